#include "reportcommands.h"

#include "cli.h"
#include "database.h"
#include "interchange.h"
#include "ledger.h"
#include "manifest.h"
#include "pdfwriter.h"
#include "reportcontent.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace nianbao::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Cli)
};

int write(const ReportContent &content, const QString &output)
{
    const PdfResult r = writeReportPdf(content, output);
    if (!r.ok) {
        QTextStream(stderr) << r.error << u'\n';
        return BadInput;
    }
    return Success;
}

} // namespace

int render(const QString &file, const QString &output, const SignArguments &sign)
{
    QTextStream err(stderr);
    const InputFile input = readInputFile(file, kPackageMaxBytes);
    if (!input.ok) {
        err << file << u": "_s << input.error << u'\n';
        return BadInput;
    }
    const InterchangeResult r = readInterchange(input.data);
    if (!r.report) {
        err << file << u": "_s << (r.path.isEmpty() ? QString() : r.path + u": "_s) << r.error << u'\n';
        return BadInput;
    }
    if (sign.sign)
        return signAndWrite(buildReportContent(*r.report), *r.report, sign, output);
    return write(buildReportContent(*r.report), output);
}

int report(const QString &dbPath, const PeriodSelector &which, const QString &output, const SignArguments &sign)
{
    QTextStream err(stderr);
    Status s;
    auto db = Database::open(dbPath.isEmpty() ? Database::defaultPath() : dbPath, &s);
    if (!db) {
        err << s.message << u'\n';
        return BadInput;
    }
    if (s = db->checkOutput(output); !s) {
        err << s.message << u'\n';
        return BadInput;
    }
    Ledger ledger(*db);
    bool isId = false;
    const int id = which.organization.toInt(&isId);
    const auto org = isId ? ledger.organization(id) : ledger.organizationByName(which.organization);
    const auto period = org ? ledger.period(org->id, which.year, which.quarter) : std::nullopt;
    s = db->takeReadFailure();
    const auto data = period && s ? ledger.report(period->id, &s) : std::nullopt;
    if (!s) {
        err << s.message << u'\n';
        return BadInput;
    }
    if (!data) {
        err << Tr::tr("There is no such report in %1.").arg(db->path()) << u'\n';
        return BadInput;
    }
    const Figures ytd = period->quarter == 0 ? Figures() : ledger.yearToDate(*period);
    const ReportContent content = buildReportContent(*data, period->quarter == 0 ? nullptr : &ytd);
    if (!sign.sign)
        return write(content, output);
    if (period->status != PeriodStatus::Final) {
        err << Tr::tr("Only a final report is signed; finalize the period first.") << u'\n';
        return DataErrors;
    }
    return signAndWrite(content, *data, sign, output, &ledger, &*period);
}

} // namespace nianbao::cli
