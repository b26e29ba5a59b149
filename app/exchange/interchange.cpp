#include "interchange.h"

#include "formatregistry.h"
#include "jsonreader.h"
#include "jsonstrict.h"
#include "textlimits.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Interchange)
};

Organization readOrganization(JsonReader &in, const QJsonObject &o, const QString &path)
{
    Organization org;
    if (!in.checkKeys(o, path,
                      {u"name"_s, u"address"_s, u"postcode"_s, u"phone"_s, u"email"_s, u"website"_s,
                       u"contact_office"_s},
                      {u"name"_s}))
        return org;
    const std::pair<QString, QString *> fields[] = {
        {u"name"_s, &org.name},   {u"address"_s, &org.address}, {u"postcode"_s, &org.postcode},
        {u"phone"_s, &org.phone}, {u"email"_s, &org.email},     {u"website"_s, &org.website},
        {u"contact_office"_s, &org.contactOffice}};
    for (const auto &[key, value] : fields)
        *value = in.textMember(o, path, key, profileFieldLimit(key));
    if (in.ok() && org.name.trimmed().isEmpty())
        in.fail(path + u".name"_s, Tr::tr("the organization's name is empty"));
    return org;
}

void readFigures(JsonReader &in, const QJsonObject &o, const QString &path, Figures &figures)
{
    const FormatDefinition &f = *figures.format();
    for (auto it = o.begin(); it != o.end() && in.ok(); ++it) {
        const QString p = jsonChildPath(path, it.key());
        const CellDef *c = f.cell(it.key());
        if (!c) {
            in.fail(p, Tr::tr("“%1” is not a cell of format %2").arg(it.key(), f.id));
            return;
        }
        if (it.value().isNull())
            continue;
        if (c->kind == CellKind::Amount) {
            if (!it.value().isString()) {
                in.fail(p, Tr::tr("expected an amount as a decimal string such as \"1234.5\""));
                return;
            }
            const auto text = in.string(it.value(), p);
            const ParsedValue v = parseDecimalString(*text, c->decimals);
            if (!v.isValue()) {
                in.fail(p, Tr::tr("the amount “%1” %2").arg(*text, v.error));
                return;
            }
            figures.set(c->index, v.raw);
        } else if (const auto v = in.integer(it.value(), p, -kMaxWholeUnits, kMaxWholeUnits)) {
            figures.set(c->index, *v);
        }
    }
}

void readNarrative(JsonReader &in, const QJsonObject &o, const QString &path, ReportData &r)
{
    const QStringList keys = r.format()->narrativeKeys();
    for (auto it = o.begin(); it != o.end() && in.ok(); ++it) {
        const QString p = jsonChildPath(path, it.key());
        if (!keys.contains(it.key())) {
            in.fail(p, Tr::tr("“%1” is not a narrative part; expected one of: %2")
                           .arg(it.key(), keys.join(u", "_s)));
            return;
        }
        if (const auto text = in.text(it.value(), p, textlimit::kNarrativePart))
            r.narrative.insert(it.key(), *text);
    }
}

template<typename Item, typename Fill>
void readList(JsonReader &in, const QJsonValue &v, const QString &path, const QStringList &keys,
              const QStringList &required, QList<Item> &out, Fill fill)
{
    const auto a = in.array(v, path);
    if (!a)
        return;
    for (qsizetype i = 0; i < a->size() && in.ok(); ++i) {
        const QString p = jsonIndexPath(path, i);
        const auto o = in.object(a->at(i), p);
        if (!o || !in.checkKeys(*o, p, keys, required))
            return;
        out << fill(*o, p);
    }
}

// Written explanations of warnings. The database keeps one per rule and cell (an absent cell is
// the empty one), so a second for the same pair is refused here rather than by the database.
void readExplanations(JsonReader &in, const QJsonValue &v, const QString &path, ReportData &r)
{
    QHash<std::pair<QString, QString>, QString> seen; // (rule, cell) → JSONPath of the first
    readList(in, v, path, {u"rule"_s, u"cell"_s, u"text"_s}, {u"rule"_s, u"text"_s}, r.explanations,
             [&](const QJsonObject &e, const QString &p) {
                 Explanation x{in.textMember(e, p, u"rule"_s, textlimit::kKey),
                               in.textMember(e, p, u"cell"_s, textlimit::kKey),
                               in.textMember(e, p, u"text"_s, textlimit::kExplanation)};
                 if (!in.ok())
                     return x;
                 const std::pair<QString, QString> key{x.rule, x.cell.isNull() ? u""_s : x.cell};
                 if (const auto first = seen.constFind(key); first != seen.cend())
                     in.fail(p, x.cell.isEmpty()
                                    ? Tr::tr("a second explanation of rule “%1” (the first is %2)")
                                          .arg(x.rule, *first)
                                    : Tr::tr("a second explanation of rule “%1” for cell “%2” "
                                             "(the first is %3)")
                                          .arg(x.rule, x.cell, *first));
                 seen.insert(key, p);
                 return x;
             });
}

// The units of a district summary; the summary's figures must be their sums.
void readUnits(JsonReader &in, const QJsonValue &v, const QString &path, const ReportData &summary,
               QList<DistrictUnit> &units)
{
    readList(in, v, path, {u"organization"_s, u"status"_s, u"signature"_s, u"figures"_s},
             {u"organization"_s, u"status"_s, u"figures"_s}, units, [&](const QJsonObject &o, const QString &p) {
                 DistrictUnit u;
                 u.year = summary.year;
                 u.figures = Figures(summary.format());
                 if (const auto org = in.object(o.value(u"organization"_s), p + u".organization"_s))
                     u.organization = readOrganization(in, *org, p + u".organization"_s);
                 if (!in.ok())
                     return u;
                 const QString status = in.stringMember(o, p, u"status"_s);
                 if (const auto s = statusFromName(status))
                     u.status = *s;
                 else if (in.ok())
                     in.fail(p + u".status"_s, Tr::tr("expected “draft”, “submitted” or “final”"));
                 if (in.ok() && o.contains(u"signature"_s)) {
                     const QString sig = in.stringMember(o, p, u"signature"_s);
                     u.signature = signatureFromName(sig);
                     if (in.ok() && u.signature == UnitSignature::Unknown)
                         in.fail(p + u".signature"_s, Tr::tr("expected “unsigned”, “signed”, “valid” or “invalid”"));
                 }
                 if (in.ok())
                     if (const auto figs = in.object(o.value(u"figures"_s), p + u".figures"_s))
                         readFigures(in, *figs, p + u".figures"_s, u.figures);
                 u.figures = u.figures.completed();
                 return u;
             });
    if (!in.ok())
        return;
    if (summary.quarter != 0) {
        in.fail(path, Tr::tr("only a summary of a whole year has units"));
        return;
    }
    // Every figure of the summary is the sum of the units' figures.
    const Figures stated = summary.figures.completed();
    for (const CellDef &c : summary.format()->cells) {
        std::optional<qint64> sum;
        for (const DistrictUnit &u : units)
            if (const auto x = u.figures.value(c.index))
                sum = sum.value_or(0) + *x;
        if (stated.value(c.index).value_or(0) != sum.value_or(0)) {
            in.fail(jsonChildPath(u"$.figures"_s, c.key),
                    Tr::tr("the summary gives %1, but its units add up to %2")
                        .arg(formatRaw(stated.value(c.index).value_or(0), c.decimals),
                             formatRaw(sum.value_or(0), c.decimals)));
            return;
        }
    }
}

QJsonObject figuresJson(const FormatDefinition &f, const Figures &values)
{
    QJsonObject figures;
    for (const CellDef &c : f.cells) {
        const auto v = values.value(c.index);
        if (!v)
            figures.insert(c.key, QJsonValue::Null);
        else if (c.kind == CellKind::Amount)
            figures.insert(c.key, formatRaw(*v, c.decimals));
        else
            figures.insert(c.key, double(*v));
    }
    return figures;
}

QJsonObject organizationJson(const Organization &o)
{
    QJsonObject org{{u"name"_s, o.name}};
    const std::pair<QString, QString> optional[] = {
        {u"address"_s, o.address}, {u"postcode"_s, o.postcode},
        {u"phone"_s, o.phone},     {u"email"_s, o.email},
        {u"website"_s, o.website}, {u"contact_office"_s, o.contactOffice}};
    for (const auto &[key, value] : optional)
        if (!value.isEmpty())
            org.insert(key, value);
    return org;
}

QJsonObject reportJson(const ReportData &r)
{
    const FormatDefinition &f = *r.format();
    QJsonObject narrative;
    for (auto it = r.narrative.begin(); it != r.narrative.end(); ++it)
        narrative.insert(it.key(), it.value());
    QJsonArray explanations;
    for (const Explanation &e : r.explanations)
        explanations.append(QJsonObject{{u"rule"_s, e.rule}, {u"cell"_s, e.cell}, {u"text"_s, e.text}});
    QJsonArray notes;
    for (const SourceNote &n : r.notes)
        notes.append(QJsonObject{{u"scope"_s, n.scope}, {u"text"_s, n.text}});

    QJsonObject root{{u"nianbao_interchange"_s, kInterchangeVersion},
                     {u"generator"_s, generatorName()},
                     {u"format"_s, f.id},
                     {u"organization"_s, organizationJson(r.organization)},
                     {u"year"_s, r.year},
                     {u"quarter"_s, r.quarter ? QJsonValue(r.quarter) : QJsonValue(QJsonValue::Null)},
                     {u"status"_s, statusName(r.status)},
                     {u"figures"_s, figuresJson(f, r.figures)},
                     {u"narrative"_s, narrative}};
    if (r.date.isValid())
        root.insert(u"date"_s, r.date.toString(Qt::ISODate));
    if (!explanations.isEmpty())
        root.insert(u"explanations"_s, explanations);
    if (!notes.isEmpty())
        root.insert(u"notes"_s, notes);
    return root;
}

} // namespace

QString generatorName()
{
    return u"Nianbao "_s + QStringLiteral(NIANBAO_VERSION);
}

InterchangeResult readInterchange(const QByteArray &json)
{
    InterchangeResult result;
    const StrictJson parsed = parseJsonStrictly(json);
    if (!parsed.syntaxError.isEmpty()) {
        result.line = parsed.line;
        result.column = parsed.column;
        result.error = Tr::tr("not valid JSON (line %1, column %2): %3")
                           .arg(result.line).arg(result.column).arg(parsed.syntaxError);
        return result;
    }
    if (!parsed.ok) {
        result.path = parsed.path;
        result.error = parsed.characterError;
        return result;
    }
    const QJsonDocument &doc = parsed.document;
    JsonReader in;
    const QString root = u"$"_s;
    ReportData r;
    if (!doc.isObject()) {
        in.fail(root, Tr::tr("expected an object with a report"));
    } else {
        const QJsonObject o = doc.object();
        in.checkKeys(o, root,
                     {u"nianbao_interchange"_s, u"generator"_s, u"format"_s, u"organization"_s,
                      u"year"_s, u"quarter"_s, u"status"_s, u"date"_s, u"figures"_s, u"narrative"_s,
                      u"explanations"_s, u"notes"_s, u"units"_s},
                     {u"nianbao_interchange"_s, u"format"_s, u"organization"_s, u"year"_s,
                      u"status"_s, u"figures"_s});
        if (in.ok())
            in.integerMember(o, root, u"nianbao_interchange"_s, kInterchangeVersion,
                             kInterchangeVersion, 0);
        in.textMember(o, root, u"generator"_s, textlimit::kGenerator);
        const QString formatId = in.ok() ? in.stringMember(o, root, u"format"_s) : QString();
        const FormatPtr format = FormatRegistry::instance().format(formatId);
        if (in.ok() && !format)
            in.fail(root + u".format"_s, Tr::tr("unknown format “%1”; expected one of: %2")
                                             .arg(formatId, FormatRegistry::instance().ids().join(u", "_s)));
        if (in.ok()) {
            r.figures = Figures(format);
            if (const auto org = in.object(o.value(u"organization"_s), root + u".organization"_s))
                r.organization = readOrganization(in, *org, root + u".organization"_s);
        }
        if (in.ok())
            r.year = int(in.integerMember(o, root, u"year"_s, 2008, 2100, 0));
        if (in.ok() && !o.value(u"quarter"_s).isNull() && o.contains(u"quarter"_s))
            r.quarter = int(in.integerMember(o, root, u"quarter"_s, 1, 4, 0));
        if (in.ok()) {
            const QString status = in.stringMember(o, root, u"status"_s);
            if (const auto s = statusFromName(status))
                r.status = *s;
            else if (in.ok())
                in.fail(root + u".status"_s, Tr::tr("expected “draft”, “submitted” or “final”"));
        }
        if (in.ok() && o.contains(u"date"_s)) {
            const QString d = in.stringMember(o, root, u"date"_s);
            r.date = QDate::fromString(d, Qt::ISODate);
            if (in.ok() && (!r.date.isValid() || d.size() != 10))
                in.fail(root + u".date"_s, Tr::tr("expected a date such as 2022-01-20"));
        }
        if (in.ok() && o.contains(u"figures"_s))
            if (const auto figs = in.object(o.value(u"figures"_s), root + u".figures"_s))
                readFigures(in, *figs, root + u".figures"_s, r.figures);
        if (in.ok() && o.contains(u"narrative"_s))
            if (const auto n = in.object(o.value(u"narrative"_s), root + u".narrative"_s))
                readNarrative(in, *n, root + u".narrative"_s, r);
        if (in.ok() && o.contains(u"explanations"_s))
            readExplanations(in, o.value(u"explanations"_s), root + u".explanations"_s, r);
        if (in.ok() && o.contains(u"notes"_s))
            readList(in, o.value(u"notes"_s), root + u".notes"_s, {u"scope"_s, u"text"_s},
                     {u"scope"_s, u"text"_s}, r.notes, [&](const QJsonObject &e, const QString &p) {
                         return SourceNote{in.textMember(e, p, u"scope"_s, textlimit::kKey),
                                           in.textMember(e, p, u"text"_s, textlimit::kNote)};
                     });
        if (in.ok() && o.contains(u"units"_s))
            readUnits(in, o.value(u"units"_s), root + u".units"_s, r, result.units);
    }
    if (!in.ok()) {
        result.units.clear();
        result.path = in.errorPath();
        result.error = in.error();
        return result;
    }
    result.report = std::move(r);
    return result;
}

QByteArray writeInterchange(const ReportData &r)
{
    return QJsonDocument(reportJson(r)).toJson(QJsonDocument::Indented);
}

QByteArray writeInterchange(const DistrictSummary &d)
{
    QJsonObject root = reportJson(d.summary);
    const FormatDefinition &f = *d.summary.format();
    QJsonArray units;
    for (const DistrictUnit &u : d.units) {
        QJsonObject unit{{u"organization"_s, organizationJson(u.organization)},
                         {u"status"_s, statusName(u.status)},
                         {u"figures"_s, figuresJson(f, u.figures)}};
        if (u.signature != UnitSignature::Unknown)
            unit.insert(u"signature"_s, signatureName(u.signature));
        units.append(unit);
    }
    root.insert(u"units"_s, units);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace nianbao
