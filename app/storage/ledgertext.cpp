// Ledger: the narrative parts, explanations of warnings and source notes of a period.

#include "ledger.h"

#include "formatregistry.h"
#include "sqlutil.h"
#include "textlimits.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Storage)
};
} // namespace

QMap<QString, QString> Ledger::narrative(int periodId) const
{
    QMap<QString, QString> out;
    QSqlQuery q(m_db.connection());
    Status s;
    if (runSql(q, u"SELECT part_key, body FROM narrative WHERE period_id = ?"_s, {periodId}, &s))
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    noteRead(q, s);
    return out;
}

Status Ledger::setNarrative(int periodId, const QString &partKey, const QString &text)
{
    PeriodInfo p;
    if (Status s = writable(periodId, &p); !s)
        return s;
    const FormatPtr format = FormatRegistry::instance().format(p.formatId);
    if (!format || !format->narrativePart(partKey))
        return Status::fail(Status::Code::Invalid, Tr::tr("“%1” is not a narrative part.").arg(partKey));
    if (const QString e = textLengthError(text, textlimit::kNarrativePart); !e.isEmpty())
        return Status::fail(Status::Code::Invalid, Tr::tr("The text is not saved: %1").arg(e));
    const QString old = narrative(periodId).value(partKey);
    if (old == text)
        return {};
    Transaction t(m_db.connection());
    if (!t.started())
        return t.status();
    QSqlQuery q(m_db.connection());
    Status s;
    if (!runSql(q, u"INSERT INTO narrative (period_id, part_key, body) VALUES (?, ?, ?) "
                   "ON CONFLICT (period_id, part_key) DO UPDATE SET body = excluded.body"_s,
                {periodId, partKey, nianbao::text(text)}, &s))
        return s;
    if (s = log(p, {u"text"_s, partKey, old, text, {}}); !s)
        return s;
    return t.commit();
}

QList<Explanation> Ledger::explanations(int periodId) const
{
    QList<Explanation> out;
    QSqlQuery q(m_db.connection());
    Status s;
    if (runSql(q, u"SELECT rule_id, cell_key, body FROM explanation WHERE period_id = ? ORDER BY rule_id, cell_key"_s,
               {periodId}, &s))
        while (q.next())
            out << Explanation{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    noteRead(q, s);
    return out;
}

Status Ledger::setExplanation(int periodId, const QString &ruleId, const QString &cellKey, const QString &text)
{
    PeriodInfo p;
    if (Status s = writable(periodId, &p); !s)
        return s;
    if (const QString e = textLengthError(text, textlimit::kExplanation); !e.isEmpty())
        return Status::fail(Status::Code::Invalid, Tr::tr("The explanation is not saved: %1").arg(e));
    Transaction t(m_db.connection());
    if (!t.started())
        return t.status();
    QSqlQuery q(m_db.connection());
    Status s;
    const bool remove = text.trimmed().isEmpty();
    const bool ok = remove
        ? runSql(q, u"DELETE FROM explanation WHERE period_id = ? AND rule_id = ? AND cell_key = ?"_s,
                 {periodId, ruleId, cellKey}, &s)
        : runSql(q, u"INSERT INTO explanation (period_id, rule_id, cell_key, body) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (period_id, rule_id, cell_key) DO UPDATE SET body = excluded.body"_s,
                 {periodId, ruleId, cellKey, text}, &s);
    if (!ok)
        return s;
    if (s = log(p, {u"explain"_s, cellKey, ruleId, text, {}}); !s)
        return s;
    return t.commit();
}

QList<SourceNote> Ledger::notes(int periodId) const
{
    QList<SourceNote> out;
    QSqlQuery q(m_db.connection());
    Status s;
    if (runSql(q, u"SELECT scope, body FROM source_note WHERE period_id = ? ORDER BY seq"_s, {periodId}, &s))
        while (q.next())
            out << SourceNote{q.value(0).toString(), q.value(1).toString()};
    noteRead(q, s);
    return out;
}

} // namespace nianbao
