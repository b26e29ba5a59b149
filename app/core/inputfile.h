#pragma once
// Reading a file named by the user (a report, a package, a PDF, a certificate): only a regular
// file (or a link to one) is opened, so that a FIFO or a device never blocks or streams without
// end, and no more than a limit is read.

#include <QByteArray>
#include <QString>

namespace nianbao {

inline constexpr qint64 kInputFileMaxBytes = 50 * 1024 * 1024;

struct InputFile {
    bool ok = false;
    QByteArray data;
    QString error; // translated, without the file's name
};

InputFile readInputFile(const QString &path, qint64 maxBytes = kInputFileMaxBytes);

} // namespace nianbao
