#include "database.h"

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

#include <atomic>
#include <cstdio>

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

// Looks at an existing file without writing to it: is it ours, and which version?
Status inspect(const QString &path, int latest, int *version)
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
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=3000"_s);
        if (!db.open()) {
            status = sqlStatus(db.lastError(), Tr::tr("Cannot open %1").arg(path));
        } else {
            QSqlQuery q(db);
            QStringList tables;
            if (!q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s)) {
                status = Status::fail(Status::Code::NotNianbao,
                                      Tr::tr("%1 is not a Nianbao database: it is not an SQLite "
                                             "database file (%2)").arg(path, q.lastError().text()));
            } else {
                while (q.next())
                    tables << q.value(0).toString();
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
                                                 "program. It was left unchanged.").arg(path));
                else if (*version > latest)
                    status = Status::fail(Status::Code::TooNew,
                                          Tr::tr("%1 was written by a newer version of Nianbao (database "
                                                 "version %2; this version knows up to %3). Update "
                                                 "Nianbao to open it. It was left unchanged.")
                                              .arg(path).arg(*version).arg(latest));
            }
        }
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
    if (info.exists() && info.size() > 0) {
        int version = 0;
        *status = inspect(path, latest, &version);
        if (!*status)
            return nullptr;
    } else if (!QDir().mkpath(info.absolutePath())) {
        *status = Status::fail(Status::Code::Io, Tr::tr("Cannot create the folder %1").arg(info.absolutePath()));
        return nullptr;
    }
    std::unique_ptr<Database> db(new Database(path, nextConnectionName(u"nianbao-"_s)));
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(u"QSQLITE"_s, db->m_connectionName);
        c.setDatabaseName(path);
        c.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=3000"_s);
        if (!c.open()) {
            *status = sqlStatus(c.lastError(), Tr::tr("Cannot open %1").arg(path));
            return nullptr;
        }
    }
    *status = db->configure();
    if (*status)
        *status = db->migrate(steps);
    return *status ? std::move(db) : nullptr;
}

Status Database::configure()
{
    QSqlQuery q(connection());
    Status s;
    if (!runSql(q, u"PRAGMA foreign_keys = ON"_s, {}, &s) || !runSql(q, u"PRAGMA journal_mode = WAL"_s, {}, &s))
        return s;
    if (!q.next() || q.value(0).toString().toLower() != u"wal"_s)
        return Status::fail(Status::Code::Io, Tr::tr("Cannot switch %1 to write-ahead logging; the "
                                                     "folder may not be writable").arg(m_path));
    // Every edit is its own transaction and must survive a crash of the program or the machine.
    if (!runSql(q, u"PRAGMA synchronous = FULL"_s, {}, &s))
        return s;
    if (!runSql(q, u"PRAGMA foreign_keys"_s, {}, &s) || !q.next() || q.value(0).toInt() != 1)
        return Status::fail(Status::Code::Sql, Tr::tr("Cannot switch on foreign keys in %1").arg(m_path));
    return {};
}

Status Database::migrate(const QList<Migration> &migrations)
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    Status s;
    if (!runSql(q, u"SELECT count(*) FROM sqlite_master WHERE name = 'nianbao_meta'"_s, {}, &s))
        return s;
    m_version = 0;
    if (q.next() && q.value(0).toInt() > 0) {
        if (!runSql(q, u"SELECT meta_value FROM nianbao_meta WHERE meta_key = 'schema_version'"_s, {}, &s))
            return s;
        m_version = q.next() ? q.value(0).toInt() : 0;
        q.finish(); // an active SELECT would make the VACUUM INTO of the backup fail
    }
    const int target = migrations.isEmpty() ? 0 : migrations.last().version;
    if (m_version > 0 && m_version < target) {
        m_backupPath = m_path + u".v%1-%2.bak"_s.arg(m_version).arg(
                           QDateTime::currentDateTimeUtc().toString(u"yyyyMMddHHmmss"_s));
        if (const Status b = backupTo(m_backupPath); !b)
            return Status::fail(b.code, Tr::tr("Cannot make a backup copy before upgrading the database: %1")
                                            .arg(b.message));
        qCInfo(lcStorage) << "backup before migration:" << m_backupPath;
    }
    for (const Migration &m : migrations) {
        if (m.version <= m_version)
            continue;
        Transaction t(db);
        for (const QString &statement : migrationStatements(m, db.driverName()))
            if (!runSql(q, statement, {}, &s))
                return Status::fail(s.code, Tr::tr("Upgrading the database to version %1 failed; it "
                                                   "was left at version %2: %3")
                                                .arg(m.version).arg(m_version).arg(s.message));
        const QString upsert = m_version == 0 && m.version == migrations.first().version
            ? u"INSERT INTO nianbao_meta (meta_key, meta_value) VALUES ('schema_version', ?)"_s
            : u"UPDATE nianbao_meta SET meta_value = ? WHERE meta_key = 'schema_version'"_s;
        if (!runSql(q, upsert, {QString::number(m.version)}, &s))
            return s;
        if (m_version == 0 && m.version == migrations.first().version
            && !runSql(q, u"INSERT INTO nianbao_meta (meta_key, meta_value) VALUES ('application', ?)"_s,
                       {kApplication}, &s))
            return s;
        if (const Status c = t.commit(); !c)
            return c;
        m_version = m.version;
    }
    return {};
}

Status Database::backupTo(const QString &file) const
{
    const QFileInfo target(file);
    const QString temp = target.absoluteDir().filePath(u".%1.partial"_s.arg(target.fileName()));
    QFile::remove(temp);
    QSqlQuery q(connection());
    Status s;
    if (!runSql(q, u"VACUUM INTO ?"_s, {temp}, &s)) {
        QFile::remove(temp);
        return s;
    }
    // rename(2) replaces an existing file atomically, so a reader never sees half a backup.
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(file).constData()) != 0) {
        QFile::remove(temp);
        return Status::fail(Status::Code::Io, Tr::tr("Cannot write %1").arg(file));
    }
    return {};
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
