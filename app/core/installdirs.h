#pragma once
// Where the program finds its own files at run time: its data (the report fonts) in
// PREFIX/share/nianbao and its modules (the signing module) in PREFIX/lib/nianbao, PREFIX being
// the folder above the one the executable is in (PREFIX/bin/nianbao). The build puts them in the
// same places under the build folder (build/share/nianbao, build/lib/nianbao), so the program in
// build/app and the tests in build/tests find them the same way; nothing of the build is
// compiled into the program.

#include <QString>

namespace nianbao {

// PREFIX: the folder above the executable's, unless set.
QString installPrefix();
// For a program that is not one folder below PREFIX (a benchmark, a tool of the tests): the
// folder to use instead. Call it before anything is loaded; empty restores the default.
void setInstallPrefix(const QString &prefix);

QString dataDir(); // PREFIX/share/nianbao
QString moduleDir(); // PREFIX/lib/nianbao

} // namespace nianbao
