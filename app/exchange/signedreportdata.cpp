#include "signedreportdata.h"

#include "interchange.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Package)
};

// The parts of the interchange file that make the report; the generator and the status do not.
QJsonObject reportFields(const ReportData &report)
{
    QJsonObject o = QJsonDocument::fromJson(writeInterchange(report)).object();
    o.remove(u"generator"_s);
    o.remove(u"status"_s);
    return o;
}

QString shown(const QJsonValue &v)
{
    QString text;
    if (v.isUndefined())
        return Tr::tr("(none)");
    if (v.isString())
        text = v.toString();
    else if (v.isObject())
        text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    else if (v.isArray())
        text = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    else if (v.isDouble())
        text = QString::number(v.toDouble(), 'g', 17);
    else if (v.isBool())
        text = v.toBool() ? u"true"_s : u"false"_s;
    else
        text = u"null"_s;
    constexpr int kShown = 40;
    return text.size() > kShown ? text.left(kShown) + u'…' : text;
}

// The first member, in key order and one level deep, whose values differ: its path and values.
struct Difference {
    QString path;
    QJsonValue ours;
    QJsonValue signedValue;
};

std::optional<Difference> firstDifference(const QJsonObject &a, const QJsonObject &b,
                                          const QString &prefix, bool deeper)
{
    QStringList keys = a.keys() + b.keys();
    keys.sort();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue x = a.value(key);
        const QJsonValue y = b.value(key);
        if (x == y)
            continue;
        if (deeper && x.isObject() && y.isObject())
            if (const auto d =
                    firstDifference(x.toObject(), y.toObject(), prefix + key + u'.', false))
                return d;
        return Difference {prefix + key, x, y};
    }
    return std::nullopt;
}

} // namespace

QByteArray signedReportJson(const ReportData &report)
{
    return writeInterchange(report);
}

std::optional<QString> signedReportMismatch(const ReportData &report, const QByteArray &signedJson)
{
    if (signedJson.isEmpty())
        return Tr::tr("the signed PDF does not carry the report's data, so nothing shows that it "
                      "is this report; "
                      "sign the report again with this version of Nianbao");
    const InterchangeResult signedReport = readInterchange(signedJson);
    if (!signedReport.report)
        return Tr::tr("the data the signed PDF carries cannot be read: %1").arg(signedReport.error);
    const ReportData &s = *signedReport.report;
    if (s.organization.name != report.organization.name || s.year != report.year
        || s.quarter != report.quarter || !s.format() || !report.format()
        || s.format()->id != report.format()->id) {
        auto period = [](const ReportData &r) {
            return r.quarter
                ? Tr::tr("%1, %2 Q%3").arg(r.organization.name).arg(r.year).arg(r.quarter)
                : Tr::tr("%1, %2").arg(r.organization.name).arg(r.year);
        };
        return Tr::tr("the signed PDF is the report of %1, not of %2")
            .arg(period(s), period(report));
    }
    const auto d = firstDifference(reportFields(report), reportFields(s), {}, true);
    if (!d)
        return std::nullopt;
    return Tr::tr("%1 is “%2” in the data but “%3” in the signed PDF")
        .arg(d->path, shown(d->ours), shown(d->signedValue));
}

} // namespace nianbao
