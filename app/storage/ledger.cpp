#include "ledger.h"

#include "formatregistry.h"
#include "ledgerrows.h"
#include "textlimits.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Storage)
};

QString statusChangeRefused(PeriodStatus from, Transition t)
{
    const QString now = from == PeriodStatus::Draft ? Tr::tr("a draft")
        : from == PeriodStatus::Submitted           ? Tr::tr("submitted")
                                                    : Tr::tr("final");
    switch (t) {
    case Transition::Submit: return Tr::tr("Only a draft can be submitted; this period is %1.").arg(now);
    case Transition::Finalize: return Tr::tr("Only a submitted period can be finalized; this period is %1.").arg(now);
    case Transition::Reopen: return Tr::tr("Only a submitted or final period can be reopened; this period is %1.").arg(now);
    }
    return {};
}

QVariantList profileValues(const Organization &o)
{
    return {text(o.name), text(o.address), text(o.postcode), text(o.phone), text(o.email), text(o.website),
            text(o.contactOffice)};
}

} // namespace

const QString kPeriodColumns =
    u"id, organization_id, report_year, quarter, format_id, entry, status, report_date"_s;

const QString kOrganizationColumns =
    u"id, name, address, postcode, phone, email, website, contact_office"_s;

PeriodInfo periodFromRow(const QSqlQuery &q)
{
    PeriodInfo p;
    p.id = q.value(0).toInt();
    p.organizationId = q.value(1).toInt();
    p.year = q.value(2).toInt();
    p.quarter = q.value(3).toInt();
    p.formatId = q.value(4).toString();
    p.entry = q.value(5).toString() == u"quarters"_s ? YearEntry::Quarters : YearEntry::Direct;
    p.status = statusFromName(q.value(6).toString()).value_or(PeriodStatus::Draft);
    p.date = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    return p;
}

OrganizationInfo organizationFromRow(const QSqlQuery &q)
{
    OrganizationInfo o;
    o.id = q.value(0).toInt();
    o.profile = {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                 q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                 q.value(7).toString()};
    return o;
}


Ledger::Ledger(Database &db) : m_db(db), m_actor(systemUser()) { }

Status Ledger::noteRead(const QSqlQuery &q, Status s) const
{
    if (s)
        rowsRead(q, &s);
    m_db.noteReadFailure(s);
    return s;
}

QString Ledger::systemUser()
{
    for (const char *var : {"USER", "LOGNAME", "USERNAME"}) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
    return u"unknown"_s;
}

QList<OrganizationInfo> Ledger::organizations(Status *status) const
{
    QList<OrganizationInfo> out;
    QSqlQuery q(m_db.connection());
    Status s;
    if (runSql(q, u"SELECT "_s + kOrganizationColumns + u" FROM organization ORDER BY name"_s, {}, &s))
        while (q.next())
            out << organizationFromRow(q);
    s = noteRead(q, s);
    if (status)
        *status = s;
    return out;
}

std::optional<OrganizationInfo> Ledger::organization(int id) const
{
    QSqlQuery q(m_db.connection());
    Status s;
    if (runSql(q, u"SELECT "_s + kOrganizationColumns + u" FROM organization WHERE id = ?"_s, {id}, &s) && q.next())
        return organizationFromRow(q);
    noteRead(q, s);
    return std::nullopt;
}

std::optional<OrganizationInfo> Ledger::organizationByName(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    Status s;
    if (runSql(q, u"SELECT "_s + kOrganizationColumns + u" FROM organization WHERE name = ?"_s, {name}, &s)
        && q.next())
        return organizationFromRow(q);
    noteRead(q, s);
    return std::nullopt;
}

Status Ledger::addOrganization(const Organization &profile, int *id)
{
    if (profile.name.trimmed().isEmpty())
        return Status::fail(Status::Code::Invalid, Tr::tr("The organization needs a name."));
    if (const auto e = profileLengthError(profile))
        return Status::fail(Status::Code::Invalid,
                            Tr::tr("The organization's “%1” is too long: %2").arg(e->key, e->message));
    if (organizationByName(profile.name))
        return Status::fail(Status::Code::Conflict, Tr::tr("There is already an organization named “%1”.").arg(profile.name));
    Transaction t(m_db.connection());
    if (!t.started())
        return t.status();
    QSqlQuery q(m_db.connection());
    Status s;
    if (!runSql(q, u"INSERT INTO organization (name, address, postcode, phone, email, website, contact_office) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)"_s, profileValues(profile), &s))
        return s;
    const int newId = q.lastInsertId().toInt();
    if (s = logOrganization(newId, {u"create"_s, u"organization"_s, {}, profile.name, {}}); !s)
        return s;
    if (s = t.commit(); !s)
        return s;
    if (id)
        *id = newId;
    return {};
}

Status Ledger::updateOrganization(int id, const Organization &profile)
{
    const auto old = organization(id);
    if (!old)
        return Status::fail(Status::Code::NotFound, Tr::tr("The organization no longer exists."));
    if (profile.name.trimmed().isEmpty())
        return Status::fail(Status::Code::Invalid, Tr::tr("The organization needs a name."));
    if (const auto e = profileLengthError(profile))
        return Status::fail(Status::Code::Invalid,
                            Tr::tr("The organization's “%1” is too long: %2").arg(e->key, e->message));
    if (old->profile == profile)
        return {};
    Transaction t(m_db.connection());
    if (!t.started())
        return t.status();
    QSqlQuery q(m_db.connection());
    Status s;
    QVariantList values = profileValues(profile);
    values << id;
    if (!runSql(q, u"UPDATE organization SET name = ?, address = ?, postcode = ?, phone = ?, email = ?, "
                   "website = ?, contact_office = ? WHERE id = ?"_s, values, &s))
        return s;
    const QVariantList before = profileValues(old->profile);
    const QStringList fields = {u"name"_s, u"address"_s, u"postcode"_s, u"phone"_s,
                                u"email"_s, u"website"_s, u"contact_office"_s};
    const QVariantList after = profileValues(profile);
    for (qsizetype i = 0; i < fields.size(); ++i)
        if (before[i] != after[i])
            if (s = logOrganization(id, {u"profile"_s, u"organization."_s + fields[i],
                                         before[i].toString(), after[i].toString(), {}}); !s)
                return s;
    return t.commit();
}

QList<PeriodInfo> Ledger::periods(int organizationId) const
{
    QList<PeriodInfo> out;
    QSqlQuery q(m_db.connection());
    Status s;
    if (runSql(q, u"SELECT "_s + kPeriodColumns
                      + u" FROM period WHERE organization_id = ? ORDER BY report_year, quarter"_s,
               {organizationId}, &s))
        while (q.next())
            out << periodFromRow(q);
    noteRead(q, s);
    return out;
}

std::optional<PeriodInfo> Ledger::period(int organizationId, int year, int quarter) const
{
    QSqlQuery q(m_db.connection());
    Status s;
    if (runSql(q, u"SELECT "_s + kPeriodColumns
                      + u" FROM period WHERE organization_id = ? AND report_year = ? AND quarter = ?"_s,
               {organizationId, year, quarter}, &s)
        && q.next())
        return periodFromRow(q);
    noteRead(q, s);
    return std::nullopt;
}

std::optional<PeriodInfo> Ledger::periodById(int id) const
{
    QSqlQuery q(m_db.connection());
    Status s;
    if (runSql(q, u"SELECT "_s + kPeriodColumns + u" FROM period WHERE id = ?"_s, {id}, &s) && q.next())
        return periodFromRow(q);
    noteRead(q, s);
    return std::nullopt;
}

Status Ledger::createYear(int organizationId, int year, YearEntry entry, const QString &formatId, int *periodId)
{
    if (!organization(organizationId))
        return Status::fail(Status::Code::NotFound, Tr::tr("The organization no longer exists."));
    if (period(organizationId, year, 0))
        return Status::fail(Status::Code::Conflict, Tr::tr("The year %1 exists already.").arg(year));
    const FormatPtr format = formatId.isEmpty() ? FormatRegistry::instance().defaultFor(year)
                                                : FormatRegistry::instance().format(formatId);
    if (!format)
        return Status::fail(Status::Code::Invalid, Tr::tr("Unknown report format “%1”.").arg(formatId));
    Transaction t(m_db.connection());
    if (!t.started())
        return t.status();
    QSqlQuery q(m_db.connection());
    Status s;
    if (!runSql(q, u"INSERT INTO period (organization_id, report_year, quarter, format_id, entry, status) "
                   "VALUES (?, ?, 0, ?, ?, 'draft')"_s,
                {organizationId, year, format->id,
                 entry == YearEntry::Quarters ? u"quarters"_s : u"direct"_s},
                &s))
        return s;
    const auto created = periodById(q.lastInsertId().toInt());
    if (!created)
        return Status::fail(Status::Code::Sql, Tr::tr("The new year could not be read back."));
    if (s = log(*created, {u"create"_s, {}, {}, format->id, {}}); !s)
        return s;
    if (entry == YearEntry::Direct)
        if (s = fillOpenings(*created, u"carry"_s); !s)
            return s;
    if (s = t.commit(); !s)
        return s;
    if (periodId)
        *periodId = created->id;
    return {};
}

Status Ledger::createQuarter(int organizationId, int year, int quarter, int *periodId)
{
    const auto y = period(organizationId, year, 0);
    if (!y)
        return Status::fail(Status::Code::NotFound, Tr::tr("Create the year %1 first.").arg(year));
    if (y->entry != YearEntry::Quarters)
        return Status::fail(Status::Code::Conflict,
                            Tr::tr("The year %1 is entered as a whole year, not by quarters.").arg(year));
    if (quarter < 1 || quarter > 4)
        return Status::fail(Status::Code::Invalid, Tr::tr("A quarter is 1 to 4."));
    if (period(organizationId, year, quarter))
        return Status::fail(Status::Code::Conflict, Tr::tr("Quarter %1 of %2 exists already.").arg(quarter).arg(year));
    if (quarter > 1 && !period(organizationId, year, quarter - 1))
        return Status::fail(Status::Code::Invalid,
                            Tr::tr("Create quarter %1 first: each quarter opens from the one before.").arg(quarter - 1));
    Transaction t(m_db.connection());
    if (!t.started())
        return t.status();
    QSqlQuery q(m_db.connection());
    Status s;
    if (!runSql(q, u"INSERT INTO period (organization_id, report_year, quarter, format_id, entry, status) "
                   "VALUES (?, ?, ?, ?, 'direct', 'draft')"_s,
                {organizationId, year, quarter, y->formatId}, &s))
        return s;
    const auto created = periodById(q.lastInsertId().toInt());
    if (!created)
        return Status::fail(Status::Code::Sql, Tr::tr("The new quarter could not be read back."));
    if ((s = log(*created, {u"create"_s, {}, {}, y->formatId, {}})) && (s = fillOpenings(*created, u"carry"_s)))
        s = t.commit();
    if (s && periodId)
        *periodId = created->id;
    return s;
}

Status Ledger::writable(int periodId, PeriodInfo *p) const
{
    const auto found = periodById(periodId);
    if (!found)
        return Status::fail(Status::Code::NotFound, Tr::tr("The period no longer exists."));
    if (isReadOnly(found->status))
        return Status::fail(Status::Code::ReadOnly,
                            Tr::tr("This period is final and cannot be changed; reopen it with a reason first."));
    *p = *found;
    return {};
}

Status Ledger::transition(int periodId, Transition t, const QString &reason)
{
    const auto p = periodById(periodId);
    if (!p)
        return Status::fail(Status::Code::NotFound, Tr::tr("The period no longer exists."));
    const auto next = nextStatus(p->status, t);
    if (!next)
        return Status::fail(Status::Code::Invalid, statusChangeRefused(p->status, t));
    if (needsReason(t) && reason.trimmed().isEmpty())
        return Status::fail(Status::Code::Invalid, Tr::tr("Reopening needs a written reason."));
    Transaction tx(m_db.connection());
    if (!tx.started())
        return tx.status();
    QSqlQuery q(m_db.connection());
    Status s;
    if (!runSql(q, u"UPDATE period SET status = ? WHERE id = ?"_s, {statusName(*next), periodId}, &s))
        return s;
    if (s = log(*p, {transitionName(t), {}, statusName(p->status), statusName(*next), reason}); !s)
        return s;
    return tx.commit();
}

Status Ledger::log(const PeriodInfo &p, const Change &c)
{
    QSqlQuery q(m_db.connection());
    Status s;
    runSql(q, u"INSERT INTO audit_log (changed_at, actor, organization_id, period_id, action, cell_key, "
              "old_value, new_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
           {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), m_actor, p.organizationId, p.id,
            c.action, c.cell, c.oldValue, c.newValue, c.reason},
           &s);
    return s;
}

Status Ledger::logOrganization(int organizationId, const Change &c)
{
    QSqlQuery q(m_db.connection());
    Status s;
    runSql(q, u"INSERT INTO audit_log (changed_at, actor, organization_id, period_id, action, cell_key, "
              "old_value, new_value, reason) VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?)"_s,
           {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), m_actor, organizationId,
            c.action, c.cell, c.oldValue, c.newValue, c.reason},
           &s);
    return s;
}

QList<AuditEntry> Ledger::audit(int periodId, const QString &cellKey) const
{
    QList<AuditEntry> out;
    QSqlQuery q(m_db.connection());
    Status s;
    QString sql = u"SELECT id, changed_at, actor, organization_id, period_id, action, cell_key, old_value, "
                  "new_value, reason FROM audit_log WHERE period_id = ?"_s;
    QVariantList values{periodId};
    if (!cellKey.isEmpty()) {
        sql += u" AND cell_key = ?"_s;
        values << cellKey;
    }
    if (!runSql(q, sql + u" ORDER BY id"_s, values, &s)) {
        noteRead(q, s);
        return out;
    }
    while (q.next())
        out << AuditEntry{q.value(0).toLongLong(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                          q.value(2).toString(), q.value(3).toInt(), q.value(4).toInt(), q.value(5).toString(),
                          q.value(6).toString(), q.value(7).toString(), q.value(8).toString(), q.value(9).toString()};
    noteRead(q, s);
    return out;
}

} // namespace nianbao
