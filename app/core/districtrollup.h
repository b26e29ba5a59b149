#pragma once
// The district roll-up (汇总): many units' annual reports of one year summed into the district's
// own report, cell by cell, with the per-unit breakdown of every figure.

#include "reportdata.h"

#include <QList>

#include <optional>

namespace nianbao {

// Whether a unit's PDF carries a signature, when the unit came with one: Signed when a signed PDF
// is on record but was not verified here, Valid or Invalid when it was verified.
enum class UnitSignature { Unknown, Unsigned, Signed, Valid, Invalid };
QString signatureName(UnitSignature s);   // stored value: "", unsigned, signed, valid, invalid
UnitSignature signatureFromName(const QString &name);

// One unit as counted: its profile, its status and its figures with the totals derived.
struct DistrictUnit {
    Organization organization;
    PeriodStatus status = PeriodStatus::Draft;
    UnitSignature signature = UnitSignature::Unknown;
    int year = 0;
    int quarter = 0;            // a unit must report the whole year (0)
    Figures figures;
    QString source;             // the file or database it came from, for messages
};

struct UnitValue {
    QString unit;
    std::optional<qint64> value;
};

struct DistrictSummary {
    ReportData summary;         // organization = the district; narrative: a short 说明 of the units
    QList<DistrictUnit> units;  // in the order given

    // Each unit's value of one cell of the summary's format, in the units' order.
    QList<UnitValue> breakdown(int cell) const;
    QList<UnitValue> breakdown(const QString &key) const;
};

struct DistrictResult {
    std::optional<DistrictSummary> summary;
    QString error;              // translated; names the units concerned
};

// Sums the units' annual reports: every cell over every unit (totals derived first, so the sums
// of balanced tables balance). Refuses an empty list, quarterly reports, units of different
// formats or years, one organization given twice, and a sum beyond kMaxWholeUnits.
DistrictResult rollUpDistrict(QList<DistrictUnit> units, const QString &districtName);
// The same for whole reports (their profile, status and figures are taken).
DistrictResult rollUpDistrict(const QList<ReportData> &reports, const QString &districtName);

// A name for the district when none is given: the units' common leading part up to its last
// 省/市/区/县/旗/镇/乡/街道, e.g. 上海市嘉定区 for units 上海市嘉定区教育局 and 上海市嘉定区民政局;
// "汇总" when they share none.
QString defaultDistrictName(const QStringList &unitNames);

// The 说明 put in the summary's preamble: how many units, and which (up to 30 names).
QString districtNote(const QString &districtName, const QStringList &unitNames);

} // namespace nianbao
