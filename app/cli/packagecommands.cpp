#include "packagecommands.h"

#include "cli.h"
#include "portalpackage.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace nianbao::cli {

bool isPackagePath(const QString &output)
{
    return output.endsWith(u".zip"_s, Qt::CaseInsensitive);
}

int exportPackage(const Ledger &ledger, int periodId, const QString &output, Language lang)
{
    const PackageBuild b = writePortalPackage(ledger, periodId, output);
    QTextStream err(stderr);
    switch (b.outcome) {
    case PackageBuild::Outcome::Written:
        QTextStream(stdout) << b.message << u'\n';
        return Success;
    case PackageBuild::Outcome::DataErrors:
        err << b.message << u'\n';
        for (const Problem &p : b.errors)
            err << u"  ["_s << p.ruleId << u"] "_s << p.message(lang) << u'\n';
        return DataErrors;
    case PackageBuild::Outcome::Failed:
        break;
    }
    err << b.message << u'\n';
    return BadInput;
}

} // namespace nianbao::cli
