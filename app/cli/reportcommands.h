#pragma once
// Sub-commands that write the report as PDF: render (from a file) and report (from the database).

#include "storagecommands.h"

namespace nianbao::cli {

int render(const QString &file, const QString &output);
int report(const QString &db, const PeriodSelector &which, const QString &output);

} // namespace nianbao::cli
