#pragma once
// JSON read as RFC 8259 writes it. QJsonDocument is lenient where a file from elsewhere must not
// be: it takes "1.", ".5" and "1.e5" for numbers, raw control characters inside strings, and
// escapes of lone surrogates; and it keeps Unicode non-characters (U+FFFE, U+FDD0, …), which a
// report cannot hold and which are not written back as they came. All of these are refused here,
// the syntax with its line and column, the characters with the JSONPath of their string.

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonDocument>
#include <QString>

namespace nianbao {

struct StrictJson {
    bool ok = false;
    QJsonDocument document;
    // A syntax error: what is wrong (translated), where (1-based; columns count characters).
    QString syntaxError;
    int line = 0;
    int column = 0;
    // A string holding what is not a character: its JSONPath ("$.narrative.other") and why.
    QString path;
    QString characterError;
};

StrictJson parseJsonStrictly(const QByteArray &json);

// A number token exactly as RFC 8259 §6 allows: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
bool isJsonNumber(QByteArrayView token);
// U+FDD0…U+FDEF and the last two code points of every plane.
constexpr bool isNonCharacter(char32_t c)
{
    return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

} // namespace nianbao
