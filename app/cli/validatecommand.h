#pragma once

#include "language.h"

#include <QStringList>

namespace nianbao::cli {

// nianbao validate FILE.json…: structure, then the format's rules. Problems on stdout.
int validate(const QStringList &files, bool json, Language lang);

} // namespace nianbao::cli
