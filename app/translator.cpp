#include "translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace nianbao {

Language chooseLanguage(const QString &commandLineCode)
{
    bool ok = false;
    if (!commandLineCode.isEmpty()) {
        const Language l = languageFromCode(commandLineCode, &ok);
        if (ok)
            return l;
    }
    const QString saved = QSettings().value(u"language"_s).toString();
    const Language l = languageFromCode(saved, &ok);
    return ok ? l : systemLanguage();
}

void installTranslators(QCoreApplication &app, Language lang)
{
    setDisplayLanguage(lang);
    auto *own = new QTranslator(&app);
    if (own->load(u":/i18n/nianbao_"_s + languageCode(lang) + u".qm"_s))
        QCoreApplication::installTranslator(own);
    if (lang != Language::Chinese)
        return; // Qt's own strings are English already
    auto *qt = new QTranslator(&app);
    if (qt->load(u"qtbase_zh_CN"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace nianbao
