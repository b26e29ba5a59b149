#pragma once
// One report period of one organization: what the interchange file and the database hold.

#include "figures.h"

#include <QDate>
#include <QList>
#include <QMap>

namespace nianbao {

struct Organization {
    QString name;
    QString address;
    QString postcode;
    QString phone;
    QString email;
    QString website;
    QString contactOffice;

    bool operator==(const Organization &) const = default;
};

enum class PeriodStatus { Draft, Submitted, Final };
QString statusName(PeriodStatus s);                 // stored value: draft / submitted / final
std::optional<PeriodStatus> statusFromName(const QString &name);

struct Explanation {
    QString rule;
    QString cell;
    QString text;
    bool operator==(const Explanation &) const = default;
};

struct SourceNote {
    QString scope;
    QString text;
    bool operator==(const SourceNote &) const = default;
};

struct ReportData {
    Organization organization;
    int year = 0;
    int quarter = 0;                    // 1–4, or 0 for the whole year
    PeriodStatus status = PeriodStatus::Draft;
    QDate date;                         // 成文日期, may be null
    Figures figures;
    QMap<QString, QString> narrative;   // part key → text
    QList<Explanation> explanations;
    QList<SourceNote> notes;

    const FormatPtr &format() const { return figures.format(); }
};

} // namespace nianbao
