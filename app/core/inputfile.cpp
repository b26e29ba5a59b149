#include "inputfile.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace nianbao {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Input)
};

InputFile refused(const QString &error)
{
    InputFile f;
    f.error = error;
    return f;
}
} // namespace

InputFile readInputFile(const QString &path, qint64 maxBytes)
{
    // stat() before open(): opening a FIFO for reading blocks until a writer comes.
    // Opening some devices has effects of its own, so they are not even opened.
    const QByteArray name = QFile::encodeName(path);
    struct stat st;
    if (::stat(name.constData(), &st) != 0)
        return refused(Tr::tr("cannot read the file: %1").arg(qt_error_string(errno)));
    if (S_ISDIR(st.st_mode))
        return refused(Tr::tr("this is a folder, not a file"));
    if (!S_ISREG(st.st_mode))
        return refused(
            Tr::tr("this is not a regular file (a pipe, a device or a socket is not read)"));
    const QString limit = QString::number(maxBytes / (1024 * 1024));
    if (st.st_size > maxBytes)
        return refused(Tr::tr("the file is larger than %1 MB").arg(limit));
    // Should the name have been replaced by a FIFO since, O_NONBLOCK keeps open() from waiting
    // and fstat() sees what was opened.
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return refused(Tr::tr("cannot read the file: %1").arg(qt_error_string(errno)));
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return refused(
            Tr::tr("this is not a regular file (a pipe, a device or a socket is not read)"));
    }
    QFile f;
    if (!f.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return refused(Tr::tr("cannot read the file: %1").arg(f.errorString()));
    }
    // The file may have been replaced or grown since stat(): never read past the limit.
    InputFile out;
    out.data = f.read(maxBytes + 1);
    if (f.error() != QFileDevice::NoError)
        return refused(Tr::tr("cannot read the file: %1").arg(f.errorString()));
    if (out.data.size() > maxBytes)
        return refused(Tr::tr("the file is larger than %1 MB").arg(limit));
    out.ok = true;
    return out;
}

} // namespace nianbao
