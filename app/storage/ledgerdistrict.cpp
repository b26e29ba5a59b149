// Ledger: all organizations' reports of one year at once, for the district roll-up.

#include "ledger.h"

#include "formatregistry.h"
#include "ledgerrows.h"
#include "rollup.h"
#include "sqlutil.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nianbao {

QList<YearReport> Ledger::yearReports(int year, Status *status) const
{
    Status s;
    QList<YearReport> out;
    QHash<int, qsizetype> byOrganization; // organization id → index in out
    for (const OrganizationInfo &o : organizations(&s)) {
        byOrganization.insert(o.id, out.size());
        out.append({o, std::nullopt, {}, false, {}});
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);

    // Cell ids to cell keys once, then to each format's cell index.
    QHash<int, QString> keys;
    if (s && runSql(q, u"SELECT id, cell_key FROM cell_key"_s, {}, &s))
        while (q.next())
            keys.insert(q.value(0).toInt(), q.value(1).toString());
    if (s)
        rowsRead(q, &s);

    // The periods of the year: the year rows, and the quarters of years entered by quarters.
    struct Stored {
        qsizetype report = -1;
        int quarter = 0;
        Figures figures;
    };
    QHash<int, Stored> periods;  // period id → its figures
    if (s && runSql(q, u"SELECT "_s + kPeriodColumns + u" FROM period WHERE report_year = ?"_s, {year}, &s)) {
        while (q.next()) {
            const PeriodInfo p = periodFromRow(q);
            const qsizetype at = byOrganization.value(p.organizationId, -1);
            if (at < 0)
                continue;
            if (p.quarter == 0)
                out[at].period = p;
            periods.insert(p.id, {at, p.quarter, Figures(FormatRegistry::instance().format(p.formatId))});
        }
        rowsRead(q, &s);
    }
    // The quarters take the year's format.
    for (Stored &st : periods)
        if (st.quarter > 0 && out[st.report].period)
            st.figures = Figures(FormatRegistry::instance().format(out[st.report].period->formatId));

    QHash<const FormatDefinition *, QHash<int, int>> cellIndex; // format → cell id → cell index
    if (s && runSql(q, u"SELECT f.period_id, f.cell_id, f.amount FROM figure f "
                       "JOIN period p ON p.id = f.period_id WHERE p.report_year = ?"_s, {year}, &s)) {
        int lastPeriod = -1;
        Stored *st = nullptr;
        QHash<int, int> *index = nullptr;
        while (q.next()) {
            const int periodId = q.value(0).toInt();
            if (periodId != lastPeriod) {
                lastPeriod = periodId;
                const auto it = periods.find(periodId);
                st = it == periods.end() || it->figures.isNull() ? nullptr : &*it;
                if (st) {
                    const FormatDefinition *f = st->figures.format().get();
                    auto ci = cellIndex.find(f);
                    if (ci == cellIndex.end()) {
                        QHash<int, int> map;
                        for (auto k = keys.cbegin(); k != keys.cend(); ++k)
                            if (const CellDef *c = f->cell(k.value()))
                                map.insert(k.key(), c->index);
                        ci = cellIndex.insert(f, map);
                    }
                    index = &*ci;
                }
            }
            if (!st)
                continue;
            const int cell = index->value(q.value(1).toInt(), -1);
            if (cell >= 0)
                st->figures.set(cell, q.value(2).toLongLong());
        }
        rowsRead(q, &s);
    }

    // Direct years as stored; years by quarters rolled up.
    QHash<qsizetype, QList<Figures>> quarters;
    for (const Stored &st : periods) {
        const auto &p = out[st.report].period;
        if (!p)
            continue;
        if (st.quarter == 0 && !p->isRolledUp()) {
            out[st.report].figures = st.figures;
        } else if (st.quarter > 0 && p->isRolledUp()) {
            QList<Figures> &list = quarters[st.report];
            list.resize(4);
            list[st.quarter - 1] = st.figures;
        }
    }
    for (YearReport &r : out)
        if (r.period && r.period->isRolledUp())
            r.figures = rollUpYear(FormatRegistry::instance().format(r.period->formatId),
                                   quarters.value(&r - out.data()));
    for (YearReport &r : out)
        if (r.period && r.figures.isNull())
            r.figures = Figures(FormatRegistry::instance().format(r.period->formatId));
    for (YearReport &r : out)
        if (!r.figures.isNull())
            r.figures = r.figures.completed();

    if (s && runSql(q, u"SELECT DISTINCT s.period_id FROM signed_file s JOIN period p ON p.id = s.period_id "
                       "WHERE p.report_year = ? AND p.quarter = 0"_s, {year}, &s))
        while (q.next())
            if (const auto it = periods.constFind(q.value(0).toInt()); it != periods.cend())
                out[it->report].hasSignedFile = true;
    if (s)
        rowsRead(q, &s);
    if (s && runSql(q, u"SELECT f.period_id, k.cell_key, f.override_reason FROM figure f "
                       "JOIN cell_key k ON k.id = f.cell_id JOIN period p ON p.id = f.period_id "
                       "WHERE p.report_year = ? AND p.quarter = 0 AND f.override_reason IS NOT NULL"_s, {year}, &s))
        while (q.next())
            if (const auto it = periods.constFind(q.value(0).toInt()); it != periods.cend())
                out[it->report].overrideReasons.insert(q.value(1).toString(), q.value(2).toString());
    if (s)
        rowsRead(q, &s);
    m_db.noteReadFailure(s);
    if (status)
        *status = s;
    if (!s)
        return {};
    return out;
}

QList<int> Ledger::reportYears() const
{
    QList<int> out;
    QSqlQuery q(m_db.connection());
    Status s;
    if (runSql(q, u"SELECT DISTINCT report_year FROM period WHERE quarter = 0 ORDER BY report_year DESC"_s, {}, &s))
        while (q.next())
            out << q.value(0).toInt();
    noteRead(q, s);
    return out;
}

} // namespace nianbao
