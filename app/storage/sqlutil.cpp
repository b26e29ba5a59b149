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

Status sqlStatus(const QSqlError &e, const QString &what)
{
    const QString native = e.nativeErrorCode();
    const QString detail = e.text();
    // SQLite result codes: 5 busy, 6 locked, 13 full, 10 I/O, 8 read-only, 14 cannot open.
    if (native == u"5"_s || native == u"6"_s)
        return Status::fail(Status::Code::Locked,
                            Tr::tr("%1: the database file is in use by another program (%2)").arg(what, detail));
    if (native == u"13"_s)
        return Status::fail(Status::Code::Io,
                            Tr::tr("%1: the disk is full; nothing was changed (%2)").arg(what, detail));
    if (native == u"8"_s || native == u"10"_s || native == u"14"_s)
        return Status::fail(Status::Code::Io,
                            Tr::tr("%1: the database file cannot be written (%2)").arg(what, detail));
    if (native == u"26"_s)
        return Status::fail(Status::Code::NotNianbao,
                            Tr::tr("%1: the file is not a database (%2)").arg(what, detail));
    return Status::fail(Status::Code::Sql, Tr::tr("%1: %2").arg(what, detail));
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

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db)), m_started(m_db.transaction()) { }

Transaction::~Transaction()
{
    if (m_started && !m_done)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (!m_started)
        return sqlStatus(m_db.lastError(), Tr::tr("Cannot start a transaction"));
    m_done = true;
    if (!m_db.commit()) {
        const Status s = sqlStatus(m_db.lastError(), Tr::tr("Cannot save"));
        m_db.rollback();
        return s;
    }
    return {};
}

} // namespace nianbao
