#pragma once
// The two languages of the program's messages. The report's own labels are always Chinese.

#include <QString>

namespace nianbao {

enum class Language { Chinese, English };

inline const QString &pick(Language lang, const QString &zh, const QString &en)
{
    return lang == Language::English ? en : zh;
}

// Chinese unless the system's first UI language is English; `code` ("zh", "en") overrides.
Language languageFromCode(const QString &code, bool *ok = nullptr);
Language systemLanguage();
QString languageCode(Language lang);

// The language the program shows its messages in, chosen once at start-up.
Language displayLanguage();
void setDisplayLanguage(Language lang);

} // namespace nianbao
