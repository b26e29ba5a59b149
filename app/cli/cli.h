#pragma once
// Command-line entry: `nianbao SUBCOMMAND …`. Exit codes: 0 success, 1 the data has errors,
// 2 bad usage or unreadable input.

#include <QStringList>

namespace nianbao::cli {

enum ExitCode { Success = 0, DataErrors = 1, BadInput = 2 };

// True when the arguments ask for a sub-command, --help or --version rather than the window.
bool isCommandLine(const QStringList &arguments);
// True for the commands that draw (fonts need a GUI application, on the offscreen platform).
bool needsGui(const QStringList &arguments);
// The --lang value given anywhere on the command line, if any.
QString languageArgument(const QStringList &arguments);
int run(const QStringList &arguments);

} // namespace nianbao::cli
