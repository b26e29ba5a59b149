#include "validatecommand.h"

#include "cli.h"
#include "interchange.h"
#include "manifest.h"
#include "ruleengine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace nianbao::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Cli)
};

QString severityText(Severity s)
{
    switch (s) {
    case Severity::Error: return Tr::tr("error");
    case Severity::Warning: return Tr::tr("warning");
    case Severity::Info: return Tr::tr("info");
    }
    return {};
}

QJsonObject problemJson(const Problem &p, Language lang)
{
    QJsonArray cells;
    for (const QString &c : p.cells)
        cells.append(c);
    QJsonArray previous;
    for (const QString &c : p.previousCells)
        previous.append(c);
    return QJsonObject{{u"rule"_s, p.ruleId},
                       {u"severity"_s, severityName(p.severity)},
                       {u"message"_s, p.message(lang)},
                       {u"cells"_s, cells},
                       {u"previous_cells"_s, previous},
                       {u"left"_s, formatRaw(p.lhs, p.decimals)},
                       {u"right"_s, formatRaw(p.rhs, p.decimals)},
                       {u"difference"_s, formatRaw(p.difference(), p.decimals)}};
}

// Returns the exit code for one file and appends its JSON result.
int validateOne(const QString &file, bool json, Language lang, QJsonArray &results)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QJsonObject result{{u"file"_s, file}};
    const InputFile input = readInputFile(file, kPackageMaxBytes);
    if (!input.ok) {
        const QString &msg = input.error;
        err << file << u": "_s << msg << u'\n';
        result.insert(u"valid"_s, false);
        result.insert(u"error"_s, msg);
        results.append(result);
        return BadInput;
    }
    const InterchangeResult read = readInterchange(input.data);
    if (!read.report) {
        const QString where = read.path.isEmpty() ? QString() : read.path + u": "_s;
        err << file << u": "_s << where << read.error << u'\n';
        result.insert(u"valid"_s, false);
        result.insert(u"path"_s, read.path);
        result.insert(u"error"_s, read.error);
        results.append(result);
        return BadInput;
    }
    const ReportData &r = *read.report;
    const Problems problems = checkFigures(r.figures);
    const int errors = countSeverity(problems, Severity::Error);
    const int warnings = countSeverity(problems, Severity::Warning);
    if (!json) {
        const QString period = r.quarter ? Tr::tr("%1 Q%2").arg(r.year).arg(r.quarter)
                                         : Tr::tr("%1 (whole year)").arg(r.year);
        out << file << u": "_s
            << Tr::tr("format %1, %2, %3: %n error(s)", nullptr, errors)
                   .arg(r.format()->id, r.organization.name, period)
            << Tr::tr(", %n warning(s)", nullptr, warnings) << u'\n';
        for (const Problem &p : problems)
            out << u"  "_s << severityText(p.severity) << u" ["_s << p.ruleId << u"] "_s
                << p.message(lang) << u"\n    "_s << Tr::tr("cells: %1").arg(p.cells.join(u", "_s))
                << u'\n';
    }
    QJsonArray list;
    for (const Problem &p : problems)
        list.append(problemJson(p, lang));
    result.insert(u"valid"_s, errors == 0);
    result.insert(u"format"_s, r.format()->id);
    result.insert(u"errors"_s, errors);
    result.insert(u"warnings"_s, warnings);
    result.insert(u"problems"_s, list);
    results.append(result);
    return errors > 0 ? DataErrors : Success;
}

} // namespace

int validate(const QStringList &files, bool json, Language lang)
{
    int code = Success;
    QJsonArray results;
    for (const QString &file : files)
        code = std::max(code, validateOne(file, json, lang, results));
    if (json) {
        QTextStream out(stdout);
        const QJsonDocument doc = files.size() == 1 ? QJsonDocument(results.at(0).toObject())
                                                    : QJsonDocument(results);
        out << doc.toJson(QJsonDocument::Indented);
    }
    return code;
}

} // namespace nianbao::cli
