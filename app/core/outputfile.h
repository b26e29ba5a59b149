#pragma once
// Writing a file the user named (a PDF, a package, an interchange file, a backup's twin): through
// QSaveFile, so that the file appears under its name whole or not at all, and a file it replaces
// stays as it was until the new one is complete. A crash or a full disk never leaves half a file.

#include <QByteArray>
#include <QSaveFile>
#include <QString>

namespace nianbao {

// Writes the bytes to path. False with *error set (translated, naming the file) when the file
// cannot be opened, written or put in place; nothing is left behind then.
bool writeOutputFile(const QString &path, const QByteArray &bytes, QString *error);

// The same in two steps, for a file that must appear only once something else has succeeded
// (a signed PDF, once it is recorded in the database): write() puts the bytes completely into a
// temporary file beside it, commit() gives it its name. Without commit() (cancel(), or the
// object destroyed), nothing is left.
class OutputFile
{
public:
    explicit OutputFile(const QString &path);
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    bool write(const QByteArray &bytes, QString *error);
    bool commit(QString *error);
    void cancel();

private:
    bool failed(QString *error);

    QSaveFile m_file;
};

} // namespace nianbao
