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
// A string for a NOT NULL text column: a null QString would be bound as SQL NULL.
inline QVariant text(const QString &s) { return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s); }

class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool started() const { return m_started; }
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_started = false;
    bool m_done = false;
};

} // namespace nianbao
