#include "database.h"

#include "databasefiles.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <utility>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStorage, "nianbao.storage")

namespace nianbao {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Storage)
};

const QString kApplication = u"nianbao"_s;

QString nextConnectionName(const QString &prefix)
{
    static std::atomic<int> counter{0};
    return prefix + QString::number(++counter);
}

const QString kOptions = u"QSQLITE_BUSY_TIMEOUT=3000"_s;
const QString kReadOnlyOptions = u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=3000"_s;
const QString kUriOptions = u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=3000"_s;

// How a file that cannot be written is opened. Without a log waiting to be read back, nothing can
// be writing to it (no program could create one there), so SQLite reads it as it is, without the
// shared-memory index it could not create in a read-only place.
QString readOnlyUri(const QString &path)
{
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
        + (QFileInfo::exists(path + u"-wal"_s) ? u"?mode=ro"_s : u"?immutable=1"_s);
}

Status damaged(const QString &path, const QString &detail)
{
    return Status::fail(
        Status::Code::Damaged,
        Tr::tr("%1 is damaged (%2). Nothing is exported from it or written to it. %3")
            .arg(path, detail, backupAdvice(path)));
}

// What went wrong when an existing file could not be opened or read, in words that say what to do.
Status openFailure(const QString &path, const QSqlError &e)
{
    switch (sqliteCode(e)) {
    case 26:
        return Status::fail(
            Status::Code::NotNianbao,
            Tr::tr("%1 is not a Nianbao database: it is not an SQLite database file, or its "
                   "first page is damaged (%2). It was left unchanged. If it was a Nianbao "
                   "database: %3")
                .arg(path, e.text(), backupAdvice(path)));
    case 11: return damaged(path, e.text());
    case 5:
    case 6:
        return Status::fail(
            Status::Code::Locked,
            Tr::tr("%1 is locked by another program that is using it. Close that program or "
                   "wait until it has finished, then try again. It was left unchanged.")
                .arg(path));
    default: break;
    }
    if (diskFull(path))
        return Status::fail(Status::Code::Io,
                            Tr::tr("Cannot open %1: the disk is full. Make room on it and "
                                   "try again. It was left unchanged.")
                                .arg(path));
    if (const QString why = whyNotWritable(path); !why.isEmpty())
        return Status::fail(
            Status::Code::Io,
            Tr::tr("Cannot open %1: %2 (%3). It was left unchanged.").arg(path, why, e.text()));
    return sqlStatus(e, Tr::tr("Cannot open %1").arg(path));
}

// Looks at an existing file without writing to it: is it ours, whole, and which version?
Status inspect(const QString &path, bool readOnly, int latest, int *version)
{
    *version = 0;
    const QString name = nextConnectionName(u"nianbao-inspect-"_s);
    // Reading a write-ahead-logged file makes SQLite create -wal and -shm files; a file that is
    // refused must be left as it was found, so side files made here are removed again.
    QStringList madeHere;
    for (const QString &side : {path + u"-wal"_s, path + u"-shm"_s})
        if (!QFileInfo::exists(side))
            madeHere << side;
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(readOnly ? readOnlyUri(path) : path);
        db.setConnectOptions(readOnly ? kUriOptions : kReadOnlyOptions);
        QSqlQuery q(db);
        QStringList tables;
        if (!db.open()) {
            status = openFailure(path, db.lastError());
        } else if (!q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s)) {
            status = openFailure(path, q.lastError());
        } else {
            while (q.next())
                tables << q.value(0).toString();
            if (!rowsRead(q, &status))
                status = openFailure(path, q.lastError());
        }
        if (status && !tables.isEmpty()) {
            // A damaged page is found here rather than half-way through an export.
            QStringList found;
            if (!q.exec(u"PRAGMA quick_check(5)"_s))
                status = openFailure(path, q.lastError());
            while (status && q.next())
                found << q.value(0).toString();
            if (status && !rowsRead(q, &status))
                status = openFailure(path, q.lastError());
            else if (status && found != QStringList {u"ok"_s})
                status = damaged(path, found.join(u"; "_s));
        }
        if (status && !tables.isEmpty()) {
            QString app;
            if (tables.contains(u"nianbao_meta"_s)
                && q.exec(u"SELECT meta_key, meta_value FROM nianbao_meta"_s)) {
                while (q.next()) {
                    if (q.value(0).toString() == u"application"_s)
                        app = q.value(1).toString();
                    if (q.value(0).toString() == u"schema_version"_s)
                        *version = q.value(1).toInt();
                }
            }
            if (app != kApplication)
                status = Status::fail(Status::Code::NotNianbao,
                                      Tr::tr("%1 is not a Nianbao database: it belongs to another "
                                             "program. It was left unchanged.")
                                          .arg(path));
            else if (*version > latest)
                status =
                    Status::fail(Status::Code::TooNew,
                                 Tr::tr("%1 was written by a newer version of Nianbao (database "
                                        "version %2; this version knows up to %3). Update "
                                        "Nianbao to open it. It was left unchanged.")
                                     .arg(path)
                                     .arg(*version)
                                     .arg(latest));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!status)
        for (const QString &side : madeHere)
            QFile::remove(side);
    return status;
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"nianbao.sqlite"_s);
}

int Database::latestVersion()
{
    return shippedMigrations().isEmpty() ? 0 : shippedMigrations().last().version;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

std::unique_ptr<Database> Database::open(const QString &path, Status *status,
                                         const QList<Migration> *migrations)
{
    const QList<Migration> &steps = migrations ? *migrations : shippedMigrations();
    const int latest = steps.isEmpty() ? 0 : steps.last().version;
    const QFileInfo info(path);
    QString readOnly = whyNotWritable(path);
    if (info.exists() && info.size() > 0) {
        int version = 0;
        *status = inspect(path, !readOnly.isEmpty(), latest, &version);
        if (!*status && readOnly.isEmpty() && status->code == Status::Code::Io && diskFull(path)) {
            readOnly = Tr::tr("the disk is full");
            *status = inspect(path, true, latest, &version);
        }
        if (!*status)
            return nullptr;
    } else if (!readOnly.isEmpty()) {
        *status = Status::fail(Status::Code::Io,
                               Tr::tr("Cannot create the database %1: %2").arg(path, readOnly));
        return nullptr;
    } else if (!QDir().mkpath(info.absolutePath())) {
        *status = Status::fail(Status::Code::Io, Tr::tr("Cannot create the folder %1").arg(info.absolutePath()));
        return nullptr;
    }
    std::unique_ptr<Database> db(new Database(path, nextConnectionName(u"nianbao-"_s)));
    db->m_readOnlyReason = readOnly;
    db->m_openName = readOnly.isEmpty() ? path : readOnlyUri(path);
    db->m_options = readOnly.isEmpty() ? kOptions : kUriOptions;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(u"QSQLITE"_s, db->m_connectionName);
        c.setDatabaseName(db->m_openName);
        c.setConnectOptions(db->m_options);
        if (!c.open()) {
            *status = openFailure(path, c.lastError());
            return nullptr;
        }
    }
    *status = db->configure();
    if (*status)
        *status = db->migrate(steps);
    if (*status && db->isReadOnly())
        qCDebug(lcStorage) << "opened read-only:" << path << readOnly;
    return *status ? std::move(db) : nullptr;
}

Status Database::configure()
{
    QSqlQuery q(connection());
    Status s;
    if (!runSql(q, u"PRAGMA foreign_keys = ON"_s, {}, &s))
        return s;
    if (!isReadOnly()) {
        if (!runSql(q, u"PRAGMA journal_mode = WAL"_s, {}, &s))
            return s;
        if (!q.next() || q.value(0).toString().toLower() != u"wal"_s)
            return Status::fail(Status::Code::Io,
                                Tr::tr("Cannot switch %1 to write-ahead logging; the "
                                       "folder may not be writable")
                                    .arg(m_path));
        // Every edit is its own transaction and must survive a crash of the program or the machine.
        if (!runSql(q, u"PRAGMA synchronous = FULL"_s, {}, &s))
            return s;
    }
    if (!runSql(q, u"PRAGMA foreign_keys"_s, {}, &s) || !q.next() || q.value(0).toInt() != 1)
        return Status::fail(Status::Code::Sql, Tr::tr("Cannot switch on foreign keys in %1").arg(m_path));
    return {};
}

Status Database::readVersion(int *version) const
{
    QSqlQuery q(connection());
    Status s;
    *version = 0;
    if (!runSql(q, u"SELECT count(*) FROM sqlite_master WHERE name = 'nianbao_meta'"_s, {}, &s))
        return s;
    if (!q.next() || q.value(0).toInt() == 0)
        return rowsRead(q, &s) ? Status {} : s;
    if (!runSql(q, u"SELECT meta_value FROM nianbao_meta WHERE meta_key = 'schema_version'"_s, {},
                &s))
        return s;
    if (q.next())
        *version = q.value(0).toInt();
    return rowsRead(q, &s) ? Status {} : s;
}

Status Database::migrate(const QList<Migration> &migrations)
{
    const int target = migrations.isEmpty() ? 0 : migrations.last().version;
    if (isReadOnly()) {
        if (const Status s = readVersion(&m_version); !s)
            return s;
        if (m_version < target)
            return Status::fail(
                Status::Code::Io,
                Tr::tr("%1 must be upgraded for this version of Nianbao, but it cannot be "
                       "written: %2. Copy it to a folder you can write to and open the copy.")
                    .arg(m_path, m_readOnlyReason));
        return {};
    }
    // A version only goes up: a file already at the target needs no lock, so it opens while
    // another program is in the middle of writing.
    if (const Status s = readVersion(&m_version); !s)
        return s;
    if (m_version >= target)
        return {};
    QSqlDatabase db = connection();
    bool upgraded = false; // by this program, so the file it found is copied once
    for (;;) {
        // The version is read under the write lock: two programs opening the same file at once
        // upgrade it once, one after the other, and the second finds nothing left to do.
        Transaction t(db);
        if (!t.started())
            return t.status();
        if (const Status s = readVersion(&m_version); !s)
            return s;
        const auto next =
            std::find_if(migrations.begin(), migrations.end(),
                         [this](const Migration &m) { return m.version > m_version; });
        if (next == migrations.end())
            return t.commit();
        if (m_version > 0 && !upgraded) {
            m_backupPath = m_path
                + u".v%1-%2.bak"_s.arg(m_version).arg(
                    QDateTime::currentDateTimeUtc().toString(u"yyyyMMddHHmmss"_s));
            if (const Status b = backupTo(m_backupPath); !b)
                return Status::fail(
                    b.code,
                    Tr::tr("Cannot make a backup copy before upgrading the database: %1")
                        .arg(b.message));
            qCInfo(lcStorage) << "backup before migration:" << m_backupPath;
        }
        const Migration &m = *next;
        QSqlQuery q(db);
        Status s;
        for (const QString &statement : migrationStatements(m, db.driverName()))
            if (!runSql(q, statement, {}, &s))
                return Status::fail(s.code, Tr::tr("Upgrading the database to version %1 failed; it "
                                                   "was left at version %2: %3")
                                                .arg(m.version).arg(m_version).arg(s.message));
        const bool first = m_version == 0 && m.version == migrations.first().version;
        const QString upsert = first
            ? u"INSERT INTO nianbao_meta (meta_key, meta_value) VALUES ('schema_version', ?)"_s
            : u"UPDATE nianbao_meta SET meta_value = ? WHERE meta_key = 'schema_version'"_s;
        if (!runSql(q, upsert, {QString::number(m.version)}, &s))
            return s;
        if (first
            && !runSql(
                q, u"INSERT INTO nianbao_meta (meta_key, meta_value) VALUES ('application', ?)"_s,
                {kApplication}, &s))
            return s;
        if (const Status c = t.commit(); !c)
            return c;
        m_version = m.version;
        upgraded = true;
    }
}

Status Database::backupTo(const QString &file) const
{
    if (const Status refused = checkOutputFile(file, m_path); !refused)
        return refused;
    const QFileInfo target(file);
    const QString temp = target.absoluteDir().filePath(u".%1.partial"_s.arg(target.fileName()));
    QFile::remove(temp);
    // A connection of its own reads a consistent snapshot, also while this one holds the write
    // lock before an upgrade (VACUUM cannot run inside a transaction).
    const QString name = nextConnectionName(u"nianbao-copy-"_s);
    Status s;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        c.setDatabaseName(m_openName);
        c.setConnectOptions(isReadOnly() ? m_options : kReadOnlyOptions);
        if (!c.open()) {
            s = sqlStatus(c.lastError(), Tr::tr("Cannot read %1").arg(m_path));
        } else {
            QSqlQuery q(c);
            runSql(q, u"VACUUM INTO ?"_s, {temp}, &s);
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!s) {
        QFile::remove(temp);
        return s.code == Status::Code::Damaged ? damaged(m_path, s.message) : s;
    }
    // rename(2) replaces an existing file atomically, so a reader never sees half a backup.
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(file).constData()) != 0) {
        QFile::remove(temp);
        return Status::fail(Status::Code::Io, Tr::tr("Cannot write %1").arg(file));
    }
    return {};
}

Status Database::checkWritable() const
{
    if (!isReadOnly())
        return {};
    return Status::fail(Status::Code::Io,
                        Tr::tr("%1 is open read-only because %2; nothing can be changed in "
                               "it. Nothing was written.")
                            .arg(m_path, m_readOnlyReason));
}

Status Database::checkOutput(const QString &file) const
{
    return checkOutputFile(file, m_path);
}

void Database::noteReadFailure(const Status &s) const
{
    if (!s && m_readFailure)
        m_readFailure = s.code == Status::Code::Damaged ? damaged(m_path, s.message) : s;
}

Status Database::takeReadFailure() const
{
    return std::exchange(m_readFailure, Status {});
}

bool Database::integrityOk(QString *details) const
{
    QSqlQuery q(connection());
    QStringList lines;
    if (q.exec(u"PRAGMA integrity_check"_s))
        while (q.next())
            lines << q.value(0).toString();
    if (details)
        *details = lines.join(u'\n');
    return lines == QStringList{u"ok"_s};
}

} // namespace nianbao
