#pragma once
// Small helpers over Qt Sql: prepared statements with bound values, errors turned into Status,
// and a transaction that rolls back unless committed.

#include "status.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace nianbao {

// Prepares and runs sql with the values bound in order; on failure fills *status.
bool runSql(QSqlQuery &q, const QString &sql, const QVariantList &values, Status *status);
Status sqlStatus(const QSqlError &e, const QString &what);
// The primary SQLite result code of an error (5 busy, 11 corrupt, …), 0 when there is none.
int sqliteCode(const QSqlError &e);
// Remembers in *status a failure met while stepping through the rows of a successful SELECT.
bool rowsRead(const QSqlQuery &q, Status *status);
// A string for a NOT NULL text column: a null QString would be bound as SQL NULL.
inline QVariant text(const QString &s) { return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s); }

// A write transaction. On SQLite it takes the write lock when it starts (BEGIN IMMEDIATE), waiting
// for the busy timeout if another program holds it: a transaction that read first and asked for
// the lock later would fail at once when the other program has written in between.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool started() const { return m_started; }
    // Why it did not start; nothing may be written then.
    const Status &status() const { return m_status; }
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_started = false;
    bool m_done = false;
    Status m_status;
};

} // namespace nianbao
