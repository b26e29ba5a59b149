// Ledger: figures, opening figures carried from the previous period, overrides, checks.

#include "ledger.h"

#include "formatregistry.h"
#include "rollup.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Storage)
};

QString shown(std::optional<qint64> v, const CellDef &c)
{
    return v ? formatRaw(*v, c.decimals) : QString();
}

} // namespace

Figures Ledger::storedFigures(const PeriodInfo &p) const
{
    Figures f(FormatRegistry::instance().format(p.formatId));
    if (f.isNull())
        return f;
    QSqlQuery q(m_db.connection());
    Status s;
    if (runSql(q, u"SELECT k.cell_key, f.amount FROM figure f JOIN cell_key k ON k.id = f.cell_id "
                   "WHERE f.period_id = ?"_s, {p.id}, &s))
        while (q.next())
            f.set(q.value(0).toString(), q.value(1).toLongLong());
    noteRead(q, s);
    return f;
}

Figures Ledger::figures(const PeriodInfo &p) const
{
    if (!p.isRolledUp())
        return storedFigures(p);
    QList<Figures> quarters;
    for (int n = 1; n <= 4; ++n) {
        const auto qp = period(p.organizationId, p.year, n);
        quarters << (qp ? storedFigures(*qp) : Figures());
    }
    return rollUpYear(FormatRegistry::instance().format(p.formatId), quarters);
}

Figures Ledger::yearToDate(const PeriodInfo &quarter) const
{
    QList<Figures> quarters;
    for (int n = 1; n <= quarter.quarter; ++n) {
        const auto qp = period(quarter.organizationId, quarter.year, n);
        quarters << (qp ? storedFigures(*qp) : Figures());
    }
    return rollUpYear(FormatRegistry::instance().format(quarter.formatId), quarters);
}

std::optional<std::pair<Figures, PeriodLink>> Ledger::previousFigures(const PeriodInfo &p) const
{
    if (p.quarter > 1) {
        if (const auto prev = period(p.organizationId, p.year, p.quarter - 1))
            return std::pair{storedFigures(*prev), PeriodLink::PreviousQuarter};
        return std::nullopt;
    }
    if (const auto prev = period(p.organizationId, p.year - 1, 0))
        return std::pair{figures(*prev), PeriodLink::PreviousYear};
    return std::nullopt;
}

Problems Ledger::check(const PeriodInfo &p) const
{
    const Figures cur = figures(p);
    const auto prev = previousFigures(p);
    Problems problems = checkFigures(CheckInput{&cur, prev ? &prev->first : nullptr,
                                                prev ? prev->second : PeriodLink::None});
    acknowledgeOverrides(problems, *cur.format(), overrideReasons(p.id));
    return problems;
}

QHash<QString, QString> Ledger::overrideReasons(int periodId) const
{
    QHash<QString, QString> out;
    QSqlQuery q(m_db.connection());
    Status s;
    if (runSql(q, u"SELECT k.cell_key, f.override_reason FROM figure f JOIN cell_key k ON k.id = f.cell_id "
                   "WHERE f.period_id = ? AND f.override_reason IS NOT NULL"_s, {periodId}, &s))
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    noteRead(q, s);
    return out;
}

std::optional<int> Ledger::cellId(const QString &key, Status *status)
{
    // Not cached: an id read inside a transaction that is later rolled back would go stale.
    QSqlQuery q(m_db.connection());
    if (!runSql(q, u"SELECT id FROM cell_key WHERE cell_key = ?"_s, {key}, status))
        return std::nullopt;
    if (q.next())
        return q.value(0).toInt();
    if (!runSql(q, u"INSERT INTO cell_key (cell_key) VALUES (?)"_s, {key}, status))
        return std::nullopt;
    return q.lastInsertId().toInt();
}

QString Ledger::overrideReason(int periodId, const QString &cellKey) const
{
    return overrideReasons(periodId).value(cellKey);
}

Status Ledger::writeFigure(const PeriodInfo &p, const CellDef &c, std::optional<qint64> value,
                           const QString &overrideReason, const QString &action, const QString &reason)
{
    Status s;
    const auto id = cellId(c.key, &s);
    if (!id)
        return s;
    QSqlQuery q(m_db.connection());
    if (!runSql(q, u"SELECT amount FROM figure WHERE period_id = ? AND cell_id = ?"_s, {p.id, *id}, &s))
        return s;
    const std::optional<qint64> old = q.next() ? std::optional(q.value(0).toLongLong()) : std::nullopt;
    if (!value) {
        if (!runSql(q, u"DELETE FROM figure WHERE period_id = ? AND cell_id = ?"_s, {p.id, *id}, &s))
            return s;
    } else if (!runSql(q, u"INSERT INTO figure (period_id, cell_id, amount, override_reason) VALUES (?, ?, ?, ?) "
                          "ON CONFLICT (period_id, cell_id) DO UPDATE SET amount = excluded.amount, "
                          "override_reason = excluded.override_reason"_s,
                       {p.id, *id, *value, overrideReason.isEmpty() ? QVariant() : QVariant(overrideReason)}, &s)) {
        return s;
    }
    if (old == value && overrideReason.isEmpty())
        return {};
    return log(p, {action, c.key, shown(old, c), shown(value, c), reason.isEmpty() ? overrideReason : reason});
}

Status Ledger::setFigure(int periodId, const QString &cellKey, std::optional<qint64> value, const QString &reason)
{
    return setFigures(periodId, {{cellKey, value}}, reason);
}

Status Ledger::setFigures(int periodId, const QList<std::pair<QString, std::optional<qint64>>> &values,
                          const QString &reason)
{
    PeriodInfo p;
    if (Status s = writable(periodId, &p); !s)
        return s;
    if (p.isRolledUp())
        return Status::fail(Status::Code::ReadOnly,
                            Tr::tr("The year %1 is added up from its quarters; enter the figures in the quarters.").arg(p.year));
    Transaction t(m_db.connection());
    if (!t.started())
        return t.status();
    if (Status s = applyFigures(p, values, reason); !s)
        return s;
    // Totals stated by an imported report give way to their formulas once a figure is typed,
    // so that what the form shows always adds up.
    const Figures stored = storedFigures(p);
    for (const auto &[cell, formula] : stored.format()->computeOrder) {
        Q_UNUSED(formula);
        if (stored.value(cell))
            if (Status s = writeFigure(p, stored.format()->cells[size_t(cell)], std::nullopt, {}, u"derive"_s, {}); !s)
                return s;
    }
    if (Status s = propagateFrom(p); !s)
        return s;
    return t.commit();
}

Status Ledger::applyFigures(const PeriodInfo &p, const QList<std::pair<QString, std::optional<qint64>>> &values,
                            const QString &reason)
{
    const FormatPtr format = FormatRegistry::instance().format(p.formatId);
    const auto prev = previousFigures(p);
    Figures current = storedFigures(p);
    for (const auto &[key, value] : values) {
        const CellDef *c = format->cell(key);
        if (!c)
            return Status::fail(Status::Code::Invalid, Tr::tr("“%1” is not a cell of format %2.").arg(key, format->id));
        if (c->rollup == Rollup::Computed)
            return Status::fail(Status::Code::Invalid, Tr::tr("%1 is a total and is computed.").arg(c->label));
        if (value && (*value < 0 && c->kind != CellKind::SignedCount))
            return Status::fail(Status::Code::Invalid, Tr::tr("%1 cannot be negative.").arg(c->label));
        if (value && (*value > kMaxWholeUnits * pow10(c->decimals) || *value < -kMaxWholeUnits * pow10(c->decimals)))
            return Status::fail(Status::Code::Invalid, Tr::tr("%1 is too large.").arg(c->label));
        QString overrideText;
        QString action = u"set"_s;
        if (c->rollup == Rollup::Opening && prev) {
            const auto expected = openingValue(current, c->index, prev->first, prev->second);
            if (expected && value != expected) {
                if (reason.trimmed().isEmpty())
                    return Status::fail(Status::Code::Invalid,
                                        Tr::tr("%1 is carried over from the previous period (%2); changing it "
                                               "needs a written reason.").arg(c->label, formatRaw(*expected, c->decimals)));
                overrideText = reason;
                action = u"override"_s;
            }
        }
        if (Status s = writeFigure(p, *c, value, overrideText, action, reason); !s)
            return s;
        current.set(c->index, value);
    }
    return {};
}

Status Ledger::fillOpenings(const PeriodInfo &p, const QString &action)
{
    const auto prev = previousFigures(p);
    if (!prev)
        return {};
    QSet<QString> overridden;
    QSqlQuery q(m_db.connection());
    Status s;
    if (!runSql(q, u"SELECT k.cell_key FROM figure f JOIN cell_key k ON k.id = f.cell_id "
                   "WHERE f.period_id = ? AND f.override_reason IS NOT NULL"_s, {p.id}, &s))
        return s;
    while (q.next())
        overridden.insert(q.value(0).toString());
    if (!rowsRead(q, &s))
        return s;
    const Figures current = storedFigures(p);
    for (const auto &[cell, value] : openingFigures(current, prev->first, prev->second)) {
        const CellDef &c = current.format()->cells[size_t(cell)];
        if (overridden.contains(c.key) || current.value(cell) == value)
            continue;
        if (s = writeFigure(p, c, value, {}, action, {}); !s)
            return s;
    }
    return {};
}

QList<PeriodInfo> Ledger::successors(const PeriodInfo &p) const
{
    QList<PeriodInfo> out;
    if (p.quarter >= 1 && p.quarter < 4)
        if (const auto next = period(p.organizationId, p.year, p.quarter + 1))
            out << *next;
    if (const auto nextYear = period(p.organizationId, p.year + 1, 0)) {
        if (!nextYear->isRolledUp())
            out << *nextYear;
        else if (const auto q1 = period(p.organizationId, p.year + 1, 1))
            out << *q1;
    }
    return out;
}

Status Ledger::propagateFrom(const PeriodInfo &p)
{
    QList<PeriodInfo> work = successors(p);
    for (int guard = 0; !work.isEmpty() && guard < 200; ++guard) {
        const PeriodInfo next = work.takeFirst();
        if (isReadOnly(next.status))
            continue; // a final period keeps its figures; the cross-period check shows any gap
        const Figures before = storedFigures(next);
        if (Status s = fillOpenings(next, u"carry"_s); !s)
            return s;
        if (!(storedFigures(next) == before))
            work << successors(next);
    }
    return {};
}

} // namespace nianbao
