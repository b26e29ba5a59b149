#pragma once
// The organizations, their periods and everything entered for them. Each call is one transaction
// committed before it returns, with its audit-log lines; a final period refuses changes.

#include "audit.h"
#include "database.h"
#include "lifecycle.h"
#include "problem.h"
#include "reportdata.h"
#include "ruleengine.h"

#include <QHash>

class QSqlQuery;

namespace nianbao {

enum class YearEntry { Direct, Quarters };

struct PeriodInfo {
    int id = 0;
    int organizationId = 0;
    int year = 0;
    int quarter = 0;                // 0 for the year
    QString formatId;
    YearEntry entry = YearEntry::Direct; // of the year row
    PeriodStatus status = PeriodStatus::Draft;
    QDate date;

    bool isYear() const { return quarter == 0; }
    // The year's figures are rolled up from its quarters and cannot be typed.
    bool isRolledUp() const { return isYear() && entry == YearEntry::Quarters; }
};

// A signed PDF of a period, as written.
struct SignedFile {
    QByteArray content;
    QString sha256;         // of content, hex; filled in by recordSignedFile when empty
    QString signer;
    QDateTime signedAt;     // UTC
    QString fileName;       // the name it was written under, without folders
    QString reason;
};

struct OrganizationInfo {
    int id = 0;
    Organization profile;
};

// One organization's year, as read for the district view in a few bulk queries.
struct YearReport {
    OrganizationInfo organization;
    std::optional<PeriodInfo> period;   // none: no report for that year
    Figures figures;                    // the year's figures (quarters rolled up), totals derived
    bool hasSignedFile = false;         // a signed PDF was made of it
    QHash<QString, QString> overrideReasons; // carried-over figures changed by hand: cell key → reason
};

class Ledger
{
public:
    explicit Ledger(Database &db);

    // Who the audit log names: the OS user unless a name is chosen.
    void setActor(const QString &actor) { m_actor = actor; }
    const QString &actor() const { return m_actor; }
    static QString systemUser();

    // Organizations.
    QList<OrganizationInfo> organizations(Status *status = nullptr) const;
    std::optional<OrganizationInfo> organization(int id) const;
    std::optional<OrganizationInfo> organizationByName(const QString &name) const;
    Status addOrganization(const Organization &profile, int *id);
    Status updateOrganization(int id, const Organization &profile);

    // Periods.
    QList<PeriodInfo> periods(int organizationId) const;
    std::optional<PeriodInfo> period(int organizationId, int year, int quarter) const;
    std::optional<PeriodInfo> periodById(int id) const;
    // A new year in the given format (null: the default one for that year), entered directly or by
    // quarters; a direct year gets its opening figures from the previous year.
    Status createYear(int organizationId, int year, YearEntry entry, const QString &formatId, int *periodId);
    // The next quarter of a year entered by quarters, opening from the previous quarter (or year).
    Status createQuarter(int organizationId, int year, int quarter, int *periodId);

    // Figures: stored ones, or the roll-up of the quarters.
    Figures figures(const PeriodInfo &p) const;
    // For a quarter: its year so far, quarters 1 to this one rolled up (本年累计).
    Figures yearToDate(const PeriodInfo &quarter) const;
    // The period before p and how it is linked (previous quarter, or previous year's figures).
    std::optional<std::pair<Figures, PeriodLink>> previousFigures(const PeriodInfo &p) const;
    // Sets or clears one cell. An opening cell that differs from what the previous period gives is
    // an override and needs a reason. Later periods' opening cells follow.
    Status setFigure(int periodId, const QString &cellKey, std::optional<qint64> value,
                     const QString &reason = {});
    // Several cells in one transaction (a paste), all or nothing.
    Status setFigures(int periodId, const QList<std::pair<QString, std::optional<qint64>>> &values,
                      const QString &reason = {});
    QString overrideReason(int periodId, const QString &cellKey) const;
    QHash<QString, QString> overrideReasons(int periodId) const; // cell key → reason
    // The problems of the period, with the previous period when there is one.
    Problems check(const PeriodInfo &p) const;

    // Narrative, explanations of warnings, and notes.
    QMap<QString, QString> narrative(int periodId) const;
    Status setNarrative(int periodId, const QString &partKey, const QString &text);
    QList<Explanation> explanations(int periodId) const;
    Status setExplanation(int periodId, const QString &ruleId, const QString &cellKey, const QString &text);
    QList<SourceNote> notes(int periodId) const;

    // Lifecycle.
    Status transition(int periodId, Transition t, const QString &reason = {});

    QList<AuditEntry> audit(int periodId, const QString &cellKey = {}) const;

    // Signed PDFs: kept with the final period they were made of, with an audit line ("sign").
    Status recordSignedFile(int periodId, const SignedFile &f);
    // The latest one recorded, if any.
    std::optional<SignedFile> signedFile(int periodId) const;
    // Every organization with its annual report of one year, by name; a handful of queries
    // whatever the number of organizations (ledgerdistrict.cpp).
    QList<YearReport> yearReports(int year, Status *status = nullptr) const;
    // The years that have at least one report, newest first.
    QList<int> reportYears() const;

    // Everything of a period as one report; and a whole report written in one transaction. A read
    // that fails on the way gives no report, and *status says why (never a report with gaps).
    std::optional<ReportData> report(int periodId, Status *status = nullptr) const;
    Status importReport(const ReportData &report, bool replace, int *periodId);
    // Several reports in one transaction: all of them or none; *failed is the one refused.
    // signedFiles, when given, holds per report the signed PDF that came with it (a portal
    // package's); it is recorded with a final period in the same transaction.
    Status importReports(const QList<ReportData> &reports, bool replace, QList<int> *periodIds,
                         int *failed = nullptr, const QList<std::optional<SignedFile>> *signedFiles = nullptr);

    Database &database() const { return m_db; }

private:
    struct Change {
        QString action;
        QString cell;
        QString oldValue;
        QString newValue;
        QString reason;
    };
    // Notes a read that failed, also while stepping through its rows, in the database (see
    // Database::takeReadFailure); returns the failure, or s.
    Status noteRead(const QSqlQuery &q, Status s) const;
    Status importOne(const ReportData &report, bool replace, int *periodId);
    // Writes a signed file's row and its audit line, inside the caller's transaction.
    Status insertSignedFile(const PeriodInfo &p, const SignedFile &f);
    Status log(const PeriodInfo &p, const Change &c);
    Status logOrganization(int organizationId, const Change &c);
    std::optional<int> cellId(const QString &key, Status *status);
    Status writeFigure(const PeriodInfo &p, const CellDef &c, std::optional<qint64> value,
                       const QString &overrideReason, const QString &action, const QString &reason);
    Status applyFigures(const PeriodInfo &p, const QList<std::pair<QString, std::optional<qint64>>> &values,
                        const QString &reason);
    Status fillOpenings(const PeriodInfo &p, const QString &action);
    Status propagateFrom(const PeriodInfo &p);
    Status writable(int periodId, PeriodInfo *p) const;
    QList<PeriodInfo> successors(const PeriodInfo &p) const;
    Figures storedFigures(const PeriodInfo &p) const;

    Database &m_db;
    QString m_actor;
};

} // namespace nianbao
