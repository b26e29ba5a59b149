// Ledger: a whole report out of the database, and a whole report into it in one transaction.

#include "ledger.h"

#include "formatregistry.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Storage)
};

QString periodName(int year, int quarter)
{
    return quarter ? Tr::tr("quarter %1 of %2").arg(quarter).arg(year) : Tr::tr("the year %1").arg(year);
}

} // namespace

std::optional<ReportData> Ledger::report(int periodId, Status *status) const
{
    m_db.takeReadFailure(); // what failed before is not this report's concern
    const auto failed = [&]() -> bool {
        const Status f = m_db.takeReadFailure();
        m_db.noteReadFailure(f); // still there for the caller
        if (status)
            *status = f;
        return !f;
    };
    const auto p = periodById(periodId);
    if (failed() || !p)
        return std::nullopt;
    const auto org = organization(p->organizationId);
    if (failed() || !org)
        return std::nullopt;
    ReportData r;
    r.organization = org->profile;
    r.year = p->year;
    r.quarter = p->quarter;
    r.status = p->status;
    r.date = p->date;
    r.figures = figures(*p).completed();
    r.narrative = narrative(periodId);
    r.explanations = explanations(periodId);
    r.notes = notes(periodId);
    if (failed())
        return std::nullopt;
    return r;
}

Status Ledger::importReport(const ReportData &r, bool replace, int *periodId)
{
    Transaction t(m_db.connection());
    if (!t.started())
        return t.status();
    int id = 0;
    if (Status s = importOne(r, replace, &id); !s)
        return s;
    if (Status s = t.commit(); !s)
        return s;
    if (periodId)
        *periodId = id;
    return {};
}

Status Ledger::importReports(const QList<ReportData> &reports, bool replace, QList<int> *periodIds,
                             int *failed, const QList<std::optional<SignedFile>> *signedFiles)
{
    Transaction t(m_db.connection());
    if (!t.started())
        return t.status();
    QList<int> ids;
    for (qsizetype i = 0; i < reports.size(); ++i) {
        const ReportData &r = reports[i];
        int id = 0;
        Status s = importOne(r, replace, &id);
        const std::optional<SignedFile> signedFile = signedFiles ? signedFiles->value(i) : std::nullopt;
        if (s && signedFile && r.status == PeriodStatus::Final) {
            const auto p = periodById(id);
            s = p ? insertSignedFile(*p, *signedFile) : Status::fail(Status::Code::NotFound, Tr::tr("The period no longer exists."));
        }
        if (!s) {
            if (failed)
                *failed = int(ids.size());
            return s;
        }
        ids << id;
    }
    if (Status s = t.commit(); !s)
        return s;
    if (periodIds)
        *periodIds = ids;
    return {};
}

Status Ledger::importOne(const ReportData &r, bool replace, int *periodId)
{
    if (!r.format())
        return Status::fail(Status::Code::Invalid, Tr::tr("The report has no format."));
    if (r.organization.name.trimmed().isEmpty())
        return Status::fail(Status::Code::Invalid, Tr::tr("The organization needs a name."));
    QSqlQuery q(m_db.connection());
    Status s;

    // The organization, created or brought up to date.
    int orgId = 0;
    if (const auto existing = organizationByName(r.organization.name)) {
        orgId = existing->id;
        QVariantList values{text(r.organization.address), text(r.organization.postcode), text(r.organization.phone),
                            text(r.organization.email), text(r.organization.website),
                            text(r.organization.contactOffice), orgId};
        if (!(existing->profile == r.organization)
            && (!runSql(q, u"UPDATE organization SET address = ?, postcode = ?, phone = ?, email = ?, website = ?, "
                           "contact_office = ? WHERE id = ?"_s, values, &s)
                || !(s = logOrganization(orgId, {u"import"_s, u"organization"_s, {}, r.organization.name, {}}))))
            return s;
    } else {
        if (!runSql(q, u"INSERT INTO organization (name, address, postcode, phone, email, website, contact_office) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                    {text(r.organization.name), text(r.organization.address), text(r.organization.postcode),
                     text(r.organization.phone), text(r.organization.email), text(r.organization.website),
                     text(r.organization.contactOffice)}, &s))
            return s;
        orgId = q.lastInsertId().toInt();
        if (s = logOrganization(orgId, {u"import"_s, u"organization"_s, {}, r.organization.name, {}}); !s)
            return s;
    }

    // The year row, and the quarter row when the report is a quarter.
    auto year = period(orgId, r.year, 0);
    if (r.quarter > 0) {
        if (year && year->entry != YearEntry::Quarters)
            return Status::fail(Status::Code::Conflict,
                                Tr::tr("%1 is entered as a whole year, so a quarter cannot be imported into it.").arg(r.year));
        if (year && year->formatId != r.format()->id)
            return Status::fail(Status::Code::Conflict, Tr::tr("The year %1 uses format %2, the file format %3.")
                                                            .arg(r.year).arg(year->formatId, r.format()->id));
        if (!year) {
            if (!runSql(q, u"INSERT INTO period (organization_id, report_year, quarter, format_id, entry, status) "
                           "VALUES (?, ?, 0, ?, 'quarters', 'draft')"_s, {orgId, r.year, r.format()->id}, &s))
                return s;
            year = periodById(q.lastInsertId().toInt());
        }
    } else if (year && year->entry == YearEntry::Quarters) {
        return Status::fail(Status::Code::Conflict,
                            Tr::tr("%1 is entered by quarters; import the quarters instead of the year.").arg(r.year));
    }
    auto target = period(orgId, r.year, r.quarter);
    if (target && !replace)
        return Status::fail(Status::Code::Conflict,
                            Tr::tr("%1 of %2 exists already; import with --replace to replace it.")
                                .arg(periodName(r.year, r.quarter), r.organization.name));
    if (target && isReadOnly(target->status))
        return Status::fail(Status::Code::ReadOnly,
                            Tr::tr("%1 of %2 is final; reopen it before replacing it.")
                                .arg(periodName(r.year, r.quarter), r.organization.name));
    if (target) {
        // Keep what is replaced in the audit log.
        const Figures old = storedFigures(*target);
        const FormatPtr oldFormat = old.format();
        for (const CellDef &c : oldFormat->cells)
            if (const auto v = old.value(c.index))
                if (s = log(*target, {u"replace"_s, c.key, formatRaw(*v, c.decimals), {}, {}}); !s)
                    return s;
        const auto oldText = narrative(target->id);
        for (auto it = oldText.begin(); it != oldText.end(); ++it)
            if (s = log(*target, {u"replace"_s, it.key(), it.value(), {}, {}}); !s)
                return s;
        for (const QString &table : {u"figure"_s, u"narrative"_s, u"explanation"_s, u"source_note"_s})
            if (!runSql(q, u"DELETE FROM "_s + table + u" WHERE period_id = ?"_s, {target->id}, &s))
                return s;
        if (!runSql(q, u"UPDATE period SET format_id = ?, status = ?, report_date = ? WHERE id = ?"_s,
                    {r.format()->id, statusName(r.status), r.date.isValid() ? QVariant(r.date.toString(Qt::ISODate)) : QVariant(),
                     target->id}, &s))
            return s;
    } else {
        if (!runSql(q, u"INSERT INTO period (organization_id, report_year, quarter, format_id, entry, status, report_date) "
                       "VALUES (?, ?, ?, ?, 'direct', ?, ?)"_s,
                    {orgId, r.year, r.quarter, r.format()->id, statusName(r.status),
                     r.date.isValid() ? QVariant(r.date.toString(Qt::ISODate)) : QVariant()}, &s))
            return s;
        target = periodById(q.lastInsertId().toInt());
    }
    if (!target)
        return Status::fail(Status::Code::Sql, Tr::tr("The imported period could not be read back."));
    target->status = r.status;

    // Contents: one prepared statement each, reused.
    QSqlQuery fig(m_db.connection());
    fig.prepare(u"INSERT INTO figure (period_id, cell_id, amount) VALUES (?, ?, ?)"_s);
    for (const CellDef &c : r.format()->cells) {
        const auto v = r.figures.value(c.index);
        if (!v)
            continue;
        const auto id = cellId(c.key, &s);
        if (!id)
            return s;
        fig.addBindValue(target->id);
        fig.addBindValue(*id);
        fig.addBindValue(*v);
        if (!fig.exec())
            return sqlStatus(fig.lastError(), Tr::tr("Cannot import"));
    }
    for (auto it = r.narrative.begin(); it != r.narrative.end(); ++it)
        if (!runSql(q, u"INSERT INTO narrative (period_id, part_key, body) VALUES (?, ?, ?)"_s,
                    {target->id, it.key(), text(it.value())}, &s))
            return s;
    for (const Explanation &e : r.explanations)
        if (!runSql(q, u"INSERT INTO explanation (period_id, rule_id, cell_key, body) VALUES (?, ?, ?, ?)"_s,
                    {target->id, e.rule, text(e.cell), text(e.text)}, &s))
            return s;
    for (qsizetype i = 0; i < r.notes.size(); ++i)
        if (!runSql(q, u"INSERT INTO source_note (period_id, seq, scope, body) VALUES (?, ?, ?, ?)"_s,
                    {target->id, int(i), text(r.notes[i].scope), text(r.notes[i].text)}, &s))
            return s;
    if (s = log(*target, {u"import"_s, {}, {}, QString::number(r.figures.count()), {}}); !s)
        return s;
    if (s = propagateFrom(*target); !s)
        return s;
    *periodId = target->id;
    return {};
}

} // namespace nianbao
