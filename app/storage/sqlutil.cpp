#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Storage)
};
} // namespace

int sqliteCode(const QSqlError &e)
{
    // Qt reports SQLite's extended result code; its low byte is the primary one.
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : 0;
}

Status sqlStatus(const QSqlError &e, const QString &what)
{
    const QString detail = e.text();
    switch (sqliteCode(e)) {
    case 5: // busy
    case 6: // locked
        return Status::fail(Status::Code::Locked,
                            Tr::tr("%1: the database file is in use by another program (%2)").arg(what, detail));
    case 13: // full
        return Status::fail(Status::Code::Io,
                            Tr::tr("%1: the disk is full; nothing was changed (%2)").arg(what, detail));
    case 8: // read-only
        return Status::fail(
            Status::Code::Io,
            Tr::tr("%1: the database is open read-only, so nothing can be changed in it; "
                   "nothing was changed (%2)")
                .arg(what, detail));
    case 10: // I/O
    case 14: // cannot open
        return Status::fail(Status::Code::Io,
                            Tr::tr("%1: the database file cannot be written (%2)").arg(what, detail));
    case 11: // corrupt
        return Status::fail(Status::Code::Damaged,
                            Tr::tr("%1: the database file is damaged (%2)").arg(what, detail));
    case 26: // not a database
        return Status::fail(Status::Code::NotNianbao,
                            Tr::tr("%1: the file is not a database (%2)").arg(what, detail));
    default: return Status::fail(Status::Code::Sql, Tr::tr("%1: %2").arg(what, detail));
    }
}

bool rowsRead(const QSqlQuery &q, Status *status)
{
    if (!q.lastError().isValid())
        return true;
    *status = sqlStatus(q.lastError(), Tr::tr("Cannot read the database"));
    return false;
}

bool runSql(QSqlQuery &q, const QString &sql, const QVariantList &values, Status *status)
{
    if (!q.prepare(sql)) {
        *status = sqlStatus(q.lastError(), Tr::tr("Database error"));
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *status = sqlStatus(q.lastError(), Tr::tr("Database error"));
        return false;
    }
    return true;
}

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    m_started = q.exec(m_db.driverName() == u"QSQLITE"_s ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s);
    if (!m_started)
        m_status = sqlStatus(q.lastError(), Tr::tr("Cannot start saving"));
}

Transaction::~Transaction()
{
    if (m_started && !m_done)
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
}

Status Transaction::commit()
{
    if (!m_started)
        return m_status;
    m_done = true;
    QSqlQuery q(m_db);
    if (!q.exec(u"COMMIT"_s)) {
        const Status s = sqlStatus(q.lastError(), Tr::tr("Cannot save"));
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
        return s;
    }
    return {};
}

} // namespace nianbao
