// Ledger: the signed PDFs of a final period.

#include "ledger.h"

#include "sqlutil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Storage)
};
} // namespace

Status Ledger::recordSignedFile(int periodId, const SignedFile &f)
{
    const auto p = periodById(periodId);
    if (!p)
        return Status::fail(Status::Code::NotFound, Tr::tr("The period no longer exists."));
    if (p->status != PeriodStatus::Final)
        return Status::fail(Status::Code::Invalid, Tr::tr("Only a final period can have a signed report."));
    Transaction tx(m_db.connection());
    if (!tx.started())
        return tx.status();
    if (const Status s = insertSignedFile(*p, f); !s)
        return s;
    return tx.commit();
}

Status Ledger::insertSignedFile(const PeriodInfo &p, const SignedFile &f)
{
    if (f.content.isEmpty() || f.signer.isEmpty() || !f.signedAt.isValid())
        return Status::fail(Status::Code::Invalid, Tr::tr("The signed file, its signer and its time are needed."));
    const QString sha256
        = QString::fromLatin1(QCryptographicHash::hash(f.content, QCryptographicHash::Sha256).toHex());
    if (!f.sha256.isEmpty() && f.sha256.compare(sha256, Qt::CaseInsensitive) != 0)
        return Status::fail(Status::Code::Invalid, Tr::tr("The SHA-256 given does not match the signed file."));
    const QString name = QFileInfo(f.fileName).fileName();
    QSqlQuery q(m_db.connection());
    Status s;
    if (!runSql(q, u"INSERT INTO signed_file (period_id, sha256, signer, signed_at, file_name, content, reason) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                {p.id, sha256, f.signer, f.signedAt.toUTC().toString(Qt::ISODate), text(name), f.content,
                 text(f.reason)},
                &s))
        return s;
    return log(p, {u"sign"_s, {}, {}, u"%1 %2 (%3)"_s.arg(name, sha256, f.signer), f.reason});
}

std::optional<SignedFile> Ledger::signedFile(int periodId) const
{
    QSqlQuery q(m_db.connection());
    Status s;
    if (!runSql(q,
                u"SELECT content, sha256, signer, signed_at, file_name, reason FROM signed_file "
                "WHERE period_id = ? ORDER BY signed_at DESC, id DESC LIMIT 1"_s,
                {periodId}, &s)
        || !q.next()) {
        noteRead(q, s);
        return std::nullopt;
    }
    SignedFile f;
    f.content = q.value(0).toByteArray();
    f.sha256 = q.value(1).toString();
    f.signer = q.value(2).toString();
    f.signedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate).toUTC();
    f.fileName = q.value(4).toString();
    f.reason = q.value(5).toString();
    return f;
}

} // namespace nianbao
