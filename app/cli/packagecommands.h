#pragma once
// The portal package on the command line: `export … -o PACKAGE.zip`.

#include "language.h"

#include <QString>

namespace nianbao {
class Ledger;
}

namespace nianbao::cli {

// True when the output of `export` names a package (*.zip) rather than an interchange file.
bool isPackagePath(const QString &output);
// Writes the period's portal package; a period with errors is refused with its errors (exit 1).
int exportPackage(const Ledger &ledger, int periodId, const QString &output, Language lang);

} // namespace nianbao::cli
