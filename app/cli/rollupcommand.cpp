#include "rollupcommand.h"

#include "cli.h"
#include "database.h"
#include "districtcontent.h"
#include "interchange.h"
#include "ledger.h"
#include "outputfile.h"
#include "pdfwriter.h"
#include "reporthtml.h"
#include "ruleengine.h"
#include "unitfile.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace nianbao::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Cli)
};

// Prints a report's problems; returns its number of errors.
int printProblems(QTextStream &out, const QString &what, const Figures &figures, Language lang)
{
    const Problems problems = checkFigures(figures);
    const int errors = countSeverity(problems, Severity::Error);
    const int warnings = countSeverity(problems, Severity::Warning);
    if (errors == 0 && warnings == 0)
        return 0;
    out << what << u": "_s << Tr::tr("%n error(s)", nullptr, errors) << Tr::tr(", %n warning(s)", nullptr, warnings)
        << u'\n';
    for (const Problem &p : problems)
        if (p.severity != Severity::Info)
            out << u"  ["_s << p.ruleId << u"] "_s << p.message(lang) << u'\n';
    return errors;
}

} // namespace

int rollup(const RollupRequest &request, Language lang)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    // Every unit is read before anything else; one unreadable unit stops the roll-up.
    QList<DistrictUnit> units;
    QList<ReportData> reports;
    bool unreadable = false;
    for (const QString &file : request.files) {
        const UnitFile unit = loadUnitFile(file, request.trustedCaPem);
        if (!unit.report) {
            err << file << u": "_s << unit.error << u'\n';
            unreadable = true;
            continue;
        }
        units << districtUnit(unit, file);
        reports << *unit.report;
    }
    if (unreadable) {
        err << Tr::tr("Nothing was written.") << u'\n';
        return BadInput;
    }
    DistrictResult result = rollUpDistrict(units, request.name);
    if (!result.summary) {
        err << result.error << u'\n' << Tr::tr("Nothing was written.") << u'\n';
        return BadInput;
    }
    const DistrictSummary &d = *result.summary;

    // Units with errors are counted all the same; the files are written and the exit code says so.
    int errors = 0;
    for (const DistrictUnit &u : d.units)
        errors += printProblems(out, u.source, u.figures, lang);
    errors += printProblems(out, d.summary.organization.name, d.summary.figures, lang);

    const QByteArray json = writeInterchange(d);
    QByteArray pdf;
    int pages = 0;
    if (!request.pdf.isEmpty()) {
        QString error;
        pdf = reportPdfBytes(buildDistrictContent(d), &error, &pages);
        if (pdf.isEmpty()) {
            err << error << u'\n' << Tr::tr("Nothing was written.") << u'\n';
            return BadInput;
        }
    }
    const QByteArray html = request.html.isEmpty() ? QByteArray() : reportHtmlPage(buildDistrictContent(d, false));
    if (!request.db.isEmpty()) {
        Status s;
        auto db = Database::open(request.db, &s);
        if (!db) {
            err << s.message << u'\n' << Tr::tr("Nothing was written.") << u'\n';
            return BadInput;
        }
        // The files are written after the import; none of them may be the database itself.
        for (const QString &file : {request.output, request.pdf, request.html})
            if (s = db->checkOutput(file); !s)
                break;
        if (s)
            s = db->checkWritable();
        if (!s) {
            err << s.message << u'\n' << Tr::tr("Nothing was imported, nothing was written.")
                << u'\n';
            return BadInput;
        }
        Ledger ledger(*db);
        int failed = 0;
        if (s = ledger.importReports(reports, request.replace, nullptr, &failed); !s) {
            err << request.files.value(failed) << u": "_s << s.message << u'\n'
                << Tr::tr("Nothing was imported, nothing was written.") << u'\n';
            return BadInput;
        }
        out << Tr::tr("%n unit(s) imported into %1", nullptr, int(reports.size())).arg(db->path()) << u'\n';
    }
    QString error;
    if (!writeOutputFile(request.output, json, &error)
        || (!request.pdf.isEmpty() && !writeOutputFile(request.pdf, pdf, &error))
        || (!request.html.isEmpty() && !writeOutputFile(request.html, html, &error))) {
        err << error << u'\n';
        return BadInput;
    }
    out << Tr::tr("%1: %2, %3, format %4, %n unit(s)", nullptr, int(d.units.size()))
               .arg(request.output, d.summary.organization.name)
               .arg(d.summary.year)
               .arg(d.summary.format()->id)
        << u'\n';
    if (!request.pdf.isEmpty())
        out << Tr::tr("%1: %n page(s)", nullptr, pages).arg(request.pdf) << u'\n';
    return errors > 0 ? DataErrors : Success;
}

} // namespace nianbao::cli
