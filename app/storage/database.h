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

    // Opens or creates the file. A file that is not a Nianbao database, that comes from a newer
    // version or that fails SQLite's quick check is refused and left untouched. A file that cannot
    // be written (read-only folder, mount or file, full disk) is opened read-only: it can be read
    // and exported, and every write is refused. `migrations` replaces the shipped ones (tests).
    static std::unique_ptr<Database> open(const QString &path, Status *status,
                                          const QList<Migration> *migrations = nullptr);
    static QString defaultPath();     // in QStandardPaths::AppDataLocation
    static int latestVersion();

    QSqlDatabase connection() const;
    const QString &path() const { return m_path; }
    int schemaVersion() const { return m_version; }
    const QString &backupPath() const { return m_backupPath; } // made before the last migration
    // Why the file was opened read-only, or empty when it can be written.
    const QString &readOnlyReason() const { return m_readOnlyReason; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    // A refusal saying why, when the file is open read-only; ok otherwise.
    Status checkWritable() const;
    // A refusal when writing `file` would replace this database or one of its side files.
    Status checkOutput(const QString &file) const;

    // The first read that failed since the last call (a damaged page met while reading), if any:
    // what was read since then is not the whole and must not be shown or exported as such.
    void noteReadFailure(const Status &s) const;
    Status takeReadFailure() const;

    // A consistent copy while others may be writing (VACUUM INTO a temporary file, then renamed).
    // The database itself or one of its side files is refused as the copy.
    Status backupTo(const QString &file) const;
    // PRAGMA integrity_check gives "ok".
    bool integrityOk(QString *details = nullptr) const;

private:
    Database(QString path, QString connectionName);
    Status configure();
    Status migrate(const QList<Migration> &migrations);
    Status readVersion(int *version) const;

    QString m_path;
    QString m_connectionName;
    QString m_openName; // the path, or a read-only URI
    QString m_options; // the connection's options
    QString m_backupPath;
    QString m_readOnlyReason;
    mutable Status m_readFailure;
    int m_version = 0;
};

} // namespace nianbao
