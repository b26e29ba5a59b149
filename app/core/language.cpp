#include "language.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace nianbao {

Language languageFromCode(const QString &code, bool *ok)
{
    const QString c = code.trimmed().toLower();
    const bool english = c == u"en"_s || c.startsWith(u"en_"_s) || c.startsWith(u"en-"_s);
    const bool chinese = c == u"zh"_s || c.startsWith(u"zh_"_s) || c.startsWith(u"zh-"_s);
    if (ok)
        *ok = english || chinese;
    return english ? Language::English : Language::Chinese;
}

Language systemLanguage()
{
    const QStringList ui = QLocale::system().uiLanguages();
    if (!ui.isEmpty() && languageFromCode(ui.first()) == Language::English
        && ui.first().toLower().startsWith(u"en"_s))
        return Language::English;
    return Language::Chinese;
}

namespace {
Language g_display = Language::Chinese;
}

Language displayLanguage()
{
    return g_display;
}

void setDisplayLanguage(Language lang)
{
    g_display = lang;
}

QString languageCode(Language lang)
{
    return lang == Language::English ? u"en"_s : u"zh_CN"_s;
}

} // namespace nianbao
