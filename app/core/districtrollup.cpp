#include "districtrollup.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::District)
};

QString unitList(const QStringList &names)
{
    constexpr qsizetype shown = 5;
    if (names.size() <= shown)
        return names.join(u"、"_s);
    return Tr::tr("%1 and %n more", nullptr, int(names.size() - shown)).arg(names.mid(0, shown).join(u"、"_s));
}

QString unitName(const DistrictUnit &u)
{
    return u.source.isEmpty() ? u.organization.name : u"%1 (%2)"_s.arg(u.organization.name, u.source);
}

// Units grouped by a property, for a message that says which units differ from which.
template<typename Key>
QString groupsMessage(const QList<DistrictUnit> &units, Key key, const QString &what)
{
    QMap<QString, QStringList> groups;
    for (const DistrictUnit &u : units)
        groups[key(u)] << unitName(u);
    QStringList parts;
    for (auto it = groups.begin(); it != groups.end(); ++it)
        parts << Tr::tr("%1 %2: %3").arg(what, it.key(), unitList(it.value()));
    return parts.join(u"; "_s);
}

} // namespace

QString signatureName(UnitSignature s)
{
    switch (s) {
    case UnitSignature::Unknown: return {};
    case UnitSignature::Unsigned: return u"unsigned"_s;
    case UnitSignature::Signed: return u"signed"_s;
    case UnitSignature::Valid: return u"valid"_s;
    case UnitSignature::Invalid: return u"invalid"_s;
    }
    return {};
}

UnitSignature signatureFromName(const QString &name)
{
    for (UnitSignature s : {UnitSignature::Unsigned, UnitSignature::Signed, UnitSignature::Valid, UnitSignature::Invalid})
        if (signatureName(s) == name)
            return s;
    return UnitSignature::Unknown;
}

QList<UnitValue> DistrictSummary::breakdown(int cell) const
{
    QList<UnitValue> out;
    out.reserve(units.size());
    for (const DistrictUnit &u : units)
        out.append({u.organization.name, u.figures.value(cell)});
    return out;
}

QList<UnitValue> DistrictSummary::breakdown(const QString &key) const
{
    const CellDef *c = summary.format() ? summary.format()->cell(key) : nullptr;
    return c ? breakdown(c->index) : QList<UnitValue>();
}

DistrictResult rollUpDistrict(QList<DistrictUnit> units, const QString &districtName)
{
    DistrictResult result;
    if (units.isEmpty()) {
        result.error = Tr::tr("There are no units to roll up.");
        return result;
    }
    QStringList quarterly;
    for (const DistrictUnit &u : units)
        if (u.quarter != 0)
            quarterly << unitName(u);
    if (!quarterly.isEmpty()) {
        result.error = Tr::tr("Only annual reports can be rolled up; these are quarterly reports: %1.")
                           .arg(unitList(quarterly));
        return result;
    }
    QSet<QString> formats;
    QSet<int> years;
    for (const DistrictUnit &u : units) {
        if (u.figures.isNull()) {
            result.error = Tr::tr("%1 has no format.").arg(unitName(u));
            return result;
        }
        formats.insert(u.figures.format()->id);
        years.insert(u.year);
    }
    if (formats.size() > 1) {
        result.error = Tr::tr("The units use different report formats, which cannot be added up: %1.")
                           .arg(groupsMessage(units, [](const DistrictUnit &u) { return u.figures.format()->id; },
                                              Tr::tr("format")));
        return result;
    }
    if (years.size() > 1) {
        result.error = Tr::tr("The units report on different years: %1.")
                           .arg(groupsMessage(units, [](const DistrictUnit &u) { return QString::number(u.year); },
                                              Tr::tr("year")));
        return result;
    }
    QHash<QString, QStringList> byName;
    QStringList twice;
    for (const DistrictUnit &u : units) {
        QStringList &seen = byName[u.organization.name.trimmed()];
        seen << (u.source.isEmpty() ? u.organization.name : u.source);
        if (seen.size() == 2)
            twice << u.organization.name.trimmed();
    }
    if (!twice.isEmpty()) {
        QStringList parts;
        for (const QString &name : twice)
            parts << u"%1 (%2)"_s.arg(name, byName.value(name).join(u", "_s));
        result.error = Tr::tr("These organizations are given more than once: %1.").arg(parts.join(u"; "_s));
        return result;
    }

    const FormatPtr format = units.first().figures.format();
    Figures sum(format);
    for (DistrictUnit &u : units)
        u.figures = u.figures.completed();
    for (const CellDef &c : format->cells) {
        const qint64 limit = kMaxWholeUnits * pow10(c.decimals);
        std::optional<qint64> total;
        for (const DistrictUnit &u : units) {
            const auto v = u.figures.value(c.index);
            if (!v)
                continue;
            // Each value is within ±limit, so the running sum never leaves qint64 before the test.
            const qint64 next = total.value_or(0) + *v;
            if (next > limit || next < -limit) {
                result.error = Tr::tr("The sum of %1 is too large (at most %2), at %3.")
                                   .arg(c.label, formatRawGrouped(limit, c.decimals), unitName(u));
                return result;
            }
            total = next;
        }
        sum.set(c.index, total);
    }

    QStringList names;
    for (const DistrictUnit &u : units)
        names << u.organization.name;
    DistrictSummary d;
    d.summary.organization.name = districtName.trimmed().isEmpty() ? defaultDistrictName(names)
                                                                   : districtName.trimmed();
    d.summary.year = units.first().year;
    d.summary.quarter = 0;
    d.summary.status = PeriodStatus::Draft;
    d.summary.figures = sum;
    d.summary.narrative.insert(format->preamble.key, districtNote(d.summary.organization.name, names));
    d.units = std::move(units);
    result.summary = std::move(d);
    return result;
}

DistrictResult rollUpDistrict(const QList<ReportData> &reports, const QString &districtName)
{
    QList<DistrictUnit> units;
    units.reserve(reports.size());
    for (const ReportData &r : reports)
        units.append({r.organization, r.status, UnitSignature::Unknown, r.year, r.quarter, r.figures, {}});
    return rollUpDistrict(std::move(units), districtName);
}

QString defaultDistrictName(const QStringList &unitNames)
{
    if (unitNames.isEmpty())
        return u"汇总"_s;
    QString prefix = unitNames.first();
    for (const QString &n : unitNames) {
        qsizetype i = 0;
        while (i < prefix.size() && i < n.size() && prefix.at(i) == n.at(i))
            ++i;
        prefix.truncate(i);
    }
    // Cut after the last administrative division named in the shared part.
    static const QStringList ends = {u"街道"_s, u"省"_s, u"市"_s, u"区"_s, u"县"_s, u"旗"_s, u"镇"_s, u"乡"_s};
    qsizetype cut = 0;
    for (const QString &e : ends) {
        const qsizetype at = prefix.lastIndexOf(e);
        if (at >= 0)
            cut = std::max(cut, at + e.size());
    }
    return cut > 0 ? prefix.left(cut) : u"汇总"_s;
}

QString districtNote(const QString &districtName, const QStringList &unitNames)
{
    // A long list of names would fill pages; the appendix names every unit anyway.
    if (unitNames.size() > 30)
        return u"本报告由%1汇总%2个单位的年度报告数据生成，各单位名单及数据见附表。"_s
            .arg(districtName).arg(unitNames.size());
    return u"本报告由%1汇总%2个单位的年度报告数据生成。汇总单位：%3。"_s
        .arg(districtName).arg(unitNames.size()).arg(unitNames.join(u"、"_s));
}

} // namespace nianbao
