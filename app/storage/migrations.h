#pragma once
// The numbered schema migrations (resources/migrations/NNN_name.sql), as data.

#include <QList>
#include <QString>
#include <QStringList>

namespace nianbao {

struct Migration {
    int version = 0;
    QString name;
    QString sql;
};

// The shipped migrations, in order.
const QList<Migration> &shippedMigrations();
// The statements of a migration for a driver ("QSQLITE", "QPSQL"), placeholders replaced.
QStringList migrationStatements(const Migration &m, const QString &driver);

} // namespace nianbao
