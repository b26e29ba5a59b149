#pragma once
// Installs the program's and Qt's own translations for the chosen language.

#include "language.h"

class QCoreApplication;

namespace nianbao {

// The language from --lang, else the saved setting, else the system's.
Language chooseLanguage(const QString &commandLineCode);
void installTranslators(QCoreApplication &app, Language lang);

} // namespace nianbao
