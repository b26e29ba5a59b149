#include "databasefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Storage)
};

const QStringList kSideSuffixes = {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s};

bool sameInode(const QString &a, const QString &b)
{
    struct stat sa {
    };
    struct stat sb {
    };
    return ::stat(QFile::encodeName(a).constData(), &sa) == 0
        && ::stat(QFile::encodeName(b).constData(), &sb) == 0 && sa.st_dev == sb.st_dev
        && sa.st_ino == sb.st_ino;
}

// The canonical form of a path whose file may not exist yet: its folder resolved, its name kept.
// A name that is a symbolic link (possibly dangling) is followed.
QString canonicalTarget(const QString &path)
{
    QFileInfo info(path);
    if (info.isSymLink())
        info = QFileInfo(info.symLinkTarget());
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QString() : QDir(folder).filePath(info.fileName());
}

// The nearest folder that exists, from the file's own folder upwards.
QString existingFolder(const QString &path)
{
    QDir dir = QFileInfo(path).absoluteDir();
    while (!dir.exists() && !dir.isRoot())
        dir.setPath(QFileInfo(dir.absolutePath()).absolutePath());
    return dir.absolutePath();
}

QString accessProblem(const QString &path, bool folder)
{
    if (::access(QFile::encodeName(path).constData(), W_OK) == 0)
        return {};
    switch (errno) {
    case EROFS: return Tr::tr("it is on a read-only disk or mount (%1)").arg(path);
    case EPERM:
        return folder ? Tr::tr("the folder %1 is protected against changes").arg(path)
                      : Tr::tr("the file %1 is protected against changes").arg(path);
    default:
        return folder ? Tr::tr("the folder %1 is read-only for you").arg(path)
                      : Tr::tr("the file %1 is read-only for you").arg(path);
    }
}

} // namespace

bool isDatabaseFile(const QString &file, const QString &database)
{
    if (file.isEmpty() || database.isEmpty())
        return false;
    const QString target = canonicalTarget(file);
    for (const QString &suffix : kSideSuffixes) {
        const QString side = database + suffix;
        if (sameInode(file, side))
            return true;
        // A side file that does not exist yet (or an output that does not) can still be meant.
        const QString sideTarget = canonicalTarget(side);
        if (!target.isEmpty() && target == sideTarget)
            return true;
    }
    return false;
}

Status checkOutputFile(const QString &file, const QString &database)
{
    if (!isDatabaseFile(file, database))
        return {};
    return Status::fail(
        Status::Code::Invalid,
        Tr::tr("%1 is the open database %2 or one of its working files; writing there would "
               "destroy the database. Choose another file name. Nothing was written.")
            .arg(file, database));
}

QString whyNotWritable(const QString &database)
{
    const QString folder = existingFolder(database);
    struct statvfs fs {
    };
    if (::statvfs(QFile::encodeName(folder).constData(), &fs) == 0 && (fs.f_flag & ST_RDONLY))
        return Tr::tr("it is on a read-only disk or mount (%1)").arg(folder);
    // SQLite writes its log and index files next to the database, so the folder must be writable
    // too.
    if (QString why = accessProblem(folder, true); !why.isEmpty())
        return why;
    if (QFileInfo::exists(database))
        return accessProblem(database, false);
    return {};
}

bool diskFull(const QString &database)
{
    struct statvfs fs {
    };
    if (::statvfs(QFile::encodeName(existingFolder(database)).constData(), &fs) != 0)
        return false;
    // Less than a megabyte: the log of one edit and the shared-memory index may not fit.
    return quint64(fs.f_bavail) * quint64(fs.f_frsize) < 1024 * 1024;
}

QString newestUpgradeCopy(const QString &database)
{
    const QFileInfo info(database);
    const QRegularExpression copy(u"^"_s + QRegularExpression::escape(info.fileName())
                                  + uR"(\.v\d+-\d{14}\.bak$)"_s);
    QString newest;
    QDateTime newestTime;
    const QFileInfoList files = info.absoluteDir().entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &f : files) {
        if (!copy.match(f.fileName()).hasMatch())
            continue;
        if (newest.isEmpty() || f.lastModified() > newestTime) {
            newest = f.absoluteFilePath();
            newestTime = f.lastModified();
        }
    }
    return newest;
}

QString backupAdvice(const QString &database)
{
    const QString copy = newestUpgradeCopy(database);
    if (copy.isEmpty())
        return Tr::tr(
            "Put your newest backup in its place (backups are made with “nianbao backup” or the "
            "window's “Back up database”); no copy made before an upgrade is next to the file.");
    return Tr::tr(
               "Put your newest backup in its place (backups are made with “nianbao backup” or the "
               "window's “Back up database”); the newest copy made before an upgrade is %1.")
        .arg(copy);
}

} // namespace nianbao
