#pragma once
// Sub-commands that write the report as PDF: render (from a file) and report (from the database),
// either of them signed.

#include "signcommands.h"
#include "storagecommands.h"

namespace nianbao::cli {

// With sign.sign, the PDF is signed; report then needs a final period and records the file.
int render(const QString &file, const QString &output, const SignArguments &sign = {});
int report(const QString &db, const PeriodSelector &which, const QString &output, const SignArguments &sign = {});

} // namespace nianbao::cli
