#include "storagecommands.h"

#include "cli.h"
#include "database.h"
#include "importer.h"
#include "interchange.h"
#include "ledger.h"
#include "outputfile.h"
#include "packagecommands.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace nianbao::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Cli)
};

std::unique_ptr<Database> openDatabase(const QString &path)
{
    Status s;
    auto db = Database::open(path.isEmpty() ? Database::defaultPath() : path, &s);
    if (!db)
        QTextStream(stderr) << s.message << u'\n';
    return db;
}

} // namespace

int importFiles(const QString &dbPath, const QStringList &files, bool replace, Language lang,
                const QList<QByteArray> &trustedCaPem)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    // Every file is read and checked before the database is even opened.
    QList<ImportSource> sources;
    if (const ImportOutcome read = readImportFiles(files, &sources, trustedCaPem); !read.ok) {
        err << read.failedFile << u": "_s << read.error << u'\n' << Tr::tr("Nothing was imported.") << u'\n';
        return BadInput;
    }
    auto db = openDatabase(dbPath);
    if (!db)
        return BadInput;
    if (const Status s = db->checkWritable(); !s) {
        err << s.message << u'\n' << Tr::tr("Nothing was imported.") << u'\n';
        return BadInput;
    }
    Ledger ledger(*db);
    const ImportOutcome outcome = importSources(ledger, sources, replace);
    if (!outcome.ok) {
        err << outcome.failedFile << u": "_s << outcome.error << u'\n' << Tr::tr("Nothing was imported.") << u'\n';
        return BadInput;
    }
    int code = Success;
    for (const ImportedReport &r : outcome.imported) {
        const int errors = countSeverity(r.problems, Severity::Error);
        out << r.file << u": "_s << Tr::tr("imported; %n error(s)", nullptr, errors)
            << Tr::tr(", %n warning(s)", nullptr, countSeverity(r.problems, Severity::Warning)) << u'\n';
        for (const Problem &p : r.problems)
            out << u"  ["_s << p.ruleId << u"] "_s << p.message(lang) << u'\n';
        if (r.signature)
            out << u"  "_s << r.signature->summary << u'\n';
        if (errors > 0)
            code = DataErrors;
    }
    return code;
}

int exportPeriod(const QString &dbPath, const PeriodSelector &which, const QString &output, Language lang)
{
    QTextStream err(stderr);
    auto db = openDatabase(dbPath);
    if (!db)
        return BadInput;
    if (const Status s = db->checkOutput(output); !s) {
        err << s.message << u'\n';
        return BadInput;
    }
    Ledger ledger(*db);
    bool isId = false;
    const int id = which.organization.toInt(&isId);
    const auto org = isId ? ledger.organization(id) : ledger.organizationByName(which.organization);
    if (const Status s = db->takeReadFailure(); !s) {
        err << s.message << u'\n';
        return BadInput;
    }
    if (!org) {
        err << Tr::tr("There is no organization “%1” in %2.").arg(which.organization, db->path()) << u'\n';
        return BadInput;
    }
    const auto period = ledger.period(org->id, which.year, which.quarter);
    Status read = db->takeReadFailure();
    const auto report = period && read ? ledger.report(period->id, &read) : std::nullopt;
    if (!read) {
        err << read.message << u'\n';
        return BadInput;
    }
    if (!report) {
        err << (which.quarter ? Tr::tr("%1 has no report for quarter %2 of %3.").arg(org->profile.name).arg(which.quarter).arg(which.year)
                              : Tr::tr("%1 has no report for %2.").arg(org->profile.name).arg(which.year))
            << u'\n';
        return BadInput;
    }
    if (isPackagePath(output))
        return exportPackage(ledger, period->id, output, lang);
    if (QString error; !writeOutputFile(output, writeInterchange(*report), &error)) {
        err << error << u'\n';
        return BadInput;
    }
    return Success;
}

int backup(const QString &dbPath, const QString &output)
{
    auto db = openDatabase(dbPath);
    if (!db)
        return BadInput;
    if (const Status s = db->backupTo(output); !s) {
        QTextStream(stderr) << s.message << u'\n';
        return BadInput;
    }
    return Success;
}

} // namespace nianbao::cli
