#include "jsonstrict.h"

#include "jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Json)
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// "FFFE", "0009", "1FFFE": as after "U+".
QString codePoint(char32_t c)
{
    return QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
}

// The characters a number token is made of.
bool inNumber(char c)
{
    return isDigit(c) || c == '+' || c == '-' || c == '.' || c == 'e' || c == 'E';
}

void lineAndColumn(const QByteArray &data, qsizetype offset, int &line, int &column)
{
    line = 1;
    column = 1;
    for (qsizetype i = 0; i < offset && i < data.size(); ++i) {
        if (data.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((uchar(data.at(i)) & 0xC0) != 0x80) {
            ++column;
        }
    }
}

struct TextError {
    qsizetype offset;
    QString message;
};

// What QJsonDocument lets through in the text itself. Run on text that it parsed, so strings
// and the rest are told apart reliably.
std::optional<TextError> checkText(const QByteArray &s)
{
    bool inString = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char c = s.at(i);
        if (inString) {
            if (c == '\\')
                ++i; // the escaped character cannot end the string
            else if (c == '"')
                inString = false;
            else if (uchar(c) < 0x20)
                return TextError {
                    i,
                    Tr::tr("a control character (U+%1) in a string must be written as an "
                           "escape such as \\n or \\t")
                        .arg(codePoint(uchar(c)))};
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '-' || c == '+' || c == '.' || isDigit(c)) {
            qsizetype end = i;
            while (end < s.size() && inNumber(s.at(end)))
                ++end;
            const QByteArrayView token(s.constData() + i, end - i);
            if (!isJsonNumber(token))
                return TextError {i,
                                  Tr::tr("“%1” is not a number as JSON writes it (such as 12, "
                                         "-3, 0.5 or 1e5)")
                                      .arg(QString::fromLatin1(token))};
            i = end - 1;
        }
    }
    return std::nullopt;
}

// Why a string is not text, or nothing.
std::optional<QString> badCharacter(const QString &s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        char32_t c = s[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(s[i], s[i + 1]);
            ++i;
        } else if (QChar::isSurrogate(c)) {
            return Tr::tr("U+%1 is half of a surrogate pair, not a character").arg(codePoint(c));
        }
        if (isNonCharacter(c))
            return Tr::tr("U+%1 is not a character (a Unicode non-character)").arg(codePoint(c));
    }
    return std::nullopt;
}

bool checkCharacters(const QJsonValue &v, const QString &path, StrictJson &out)
{
    if (v.isString()) {
        if (const auto why = badCharacter(v.toString())) {
            out.path = path;
            out.characterError = *why;
            return false;
        }
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            if (!checkCharacters(a.at(i), jsonIndexPath(path, i), out))
                return false;
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString p = jsonChildPath(path, it.key());
            if (const auto why = badCharacter(it.key())) {
                out.path = p;
                out.characterError = Tr::tr("in the key: %1").arg(*why);
                return false;
            }
            if (!checkCharacters(it.value(), p, out))
                return false;
        }
    }
    return true;
}

} // namespace

bool isJsonNumber(QByteArrayView t)
{
    qsizetype i = 0;
    const qsizetype n = t.size();
    auto digits = [&] {
        const qsizetype start = i;
        while (i < n && isDigit(t[i]))
            ++i;
        return i > start;
    };
    if (i < n && t[i] == '-')
        ++i;
    if (i < n && t[i] == '0')
        ++i;
    else if (i >= n || t[i] < '1' || t[i] > '9' || !digits())
        return false;
    if (i < n && t[i] == '.') {
        ++i;
        if (!digits())
            return false;
    }
    if (i < n && (t[i] == 'e' || t[i] == 'E')) {
        ++i;
        if (i < n && (t[i] == '+' || t[i] == '-'))
            ++i;
        if (!digits())
            return false;
    }
    return i == n;
}

StrictJson parseJsonStrictly(const QByteArray &json)
{
    StrictJson out;
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        lineAndColumn(json, parseError.offset, out.line, out.column);
        out.syntaxError = parseError.errorString();
        return out;
    }
    if (const auto e = checkText(json)) {
        lineAndColumn(json, e->offset, out.line, out.column);
        out.syntaxError = e->message;
        return out;
    }
    const QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    if (!checkCharacters(root, u"$"_s, out))
        return out;
    out.document = std::move(doc);
    out.ok = true;
    return out;
}

} // namespace nianbao
