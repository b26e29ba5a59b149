#pragma once
// One Nianbao database file: a named SQLite connection with foreign keys on, WAL checked,
// and the schema migrated to the current version (with a backup copy made first).

#include "migrations.h"
#include "status.h"

#include <QSqlDatabase>

#include <memory>

namespace nianbao {

class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens or creates the file. A file that is not a Nianbao database, or that comes from a newer
    // version, is refused and left untouched. `migrations` replaces the shipped ones (tests).
    static std::unique_ptr<Database> open(const QString &path, Status *status,
                                          const QList<Migration> *migrations = nullptr);
    static QString defaultPath();     // in QStandardPaths::AppDataLocation
    static int latestVersion();

    QSqlDatabase connection() const;
    const QString &path() const { return m_path; }
    int schemaVersion() const { return m_version; }
    const QString &backupPath() const { return m_backupPath; } // made before the last migration

    // A consistent copy while others may be writing (VACUUM INTO a temporary file, then renamed).
    Status backupTo(const QString &file) const;
    // PRAGMA integrity_check gives "ok".
    bool integrityOk(QString *details = nullptr) const;

private:
    Database(QString path, QString connectionName);
    Status configure();
    Status migrate(const QList<Migration> &migrations);

    QString m_path;
    QString m_connectionName;
    QString m_backupPath;
    int m_version = 0;
};

} // namespace nianbao
