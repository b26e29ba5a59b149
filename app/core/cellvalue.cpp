#include "cellvalue.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Value)
};

QChar normalized(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF10 && u <= 0xFF19) // full-width digits
        return QChar(u - 0xFF10 + u'0');
    switch (u) {
    case 0xFF0C: return u',';   // ，
    case 0xFF0E: return u'.';   // ．
    case 0x3002: return u'.';   // 。 typed for a decimal point with a Chinese IME
    case 0xFF0D: return u'-';   // －
    case 0x2212: return u'-';   // − minus sign
    case 0xFF0B: return u'+';   // ＋
    default: return c;
    }
}

bool isEmptyMarker(const QString &s)
{
    static const QStringList markers = {u"-"_s, u"—"_s, u"——"_s, u"–"_s, u"/"_s, u"／"_s, u"－"_s};
    return s.isEmpty() || markers.contains(s);
}

ParsedValue invalid(const QString &why)
{
    return ParsedValue{ParsedValue::Status::Invalid, 0, why};
}

// Digits with optional correctly placed thousands separators.
bool stripGroupSeparators(QString &digits)
{
    if (!digits.contains(u','))
        return true;
    const QStringList groups = digits.split(u',');
    if (groups.first().isEmpty() || groups.first().size() > 3)
        return false;
    for (qsizetype i = 1; i < groups.size(); ++i)
        if (groups.at(i).size() != 3)
            return false;
    digits.remove(u',');
    return true;
}

bool allDigits(const QString &s)
{
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return !s.isEmpty();
}

ParsedValue combine(const QString &intPart, QString fracPart, int decimals, bool negative)
{
    while (fracPart.size() > decimals && fracPart.endsWith(u'0'))
        fracPart.chop(1);
    if (fracPart.size() > decimals) {
        if (decimals == 0)
            return invalid(Tr::tr("must be a whole number"));
        return invalid(Tr::tr("has more than %n decimal place(s)", nullptr, decimals));
    }
    QString trimmedInt = intPart;
    while (trimmedInt.size() > 1 && trimmedInt.startsWith(u'0'))
        trimmedInt.remove(0, 1);
    if (trimmedInt.size() > 12)
        return invalid(Tr::tr("is too large (at most 999,999,999,999)"));
    const qint64 whole = trimmedInt.toLongLong();
    const qint64 frac = fracPart.isEmpty() ? 0 : fracPart.leftJustified(decimals, u'0').toLongLong();
    const qint64 raw = whole * pow10(decimals) + frac;
    return ParsedValue{ParsedValue::Status::Value, negative ? -raw : raw, {}};
}

} // namespace

qint64 pow10(int decimals)
{
    qint64 p = 1;
    for (int i = 0; i < decimals; ++i)
        p *= 10;
    return p;
}

ParsedValue parseCellText(const QString &text, CellKind kind, int decimals)
{
    QString s;
    s.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace() || c == QChar(0x3000) || c == QChar(0x00A0))
            continue;
        s.append(normalized(c));
    }
    if (isEmptyMarker(s))
        return ParsedValue{};

    bool negative = false;
    if (s.startsWith(u'+') || s.startsWith(u'-')) {
        negative = s.startsWith(u'-');
        s.remove(0, 1);
    }
    const qsizetype point = s.indexOf(u'.');
    QString intPart = point < 0 ? s : s.left(point);
    const QString fracPart = point < 0 ? QString() : s.mid(point + 1);
    if (!stripGroupSeparators(intPart) || !allDigits(intPart)
        || (point >= 0 && !fracPart.isEmpty() && !allDigits(fracPart)))
        return invalid(Tr::tr("is not a number"));
    if (negative && kind != CellKind::SignedCount)
        return invalid(Tr::tr("cannot be negative"));
    return combine(intPart, fracPart, kind == CellKind::Amount ? decimals : 0, negative);
}

ParsedValue parseDecimalString(const QString &text, int decimals, bool allowNegative)
{
    QString s = text;
    bool negative = false;
    if (s.startsWith(u'-')) {
        negative = true;
        s.remove(0, 1);
    }
    const qsizetype point = s.indexOf(u'.');
    const QString intPart = point < 0 ? s : s.left(point);
    const QString fracPart = point < 0 ? QString() : s.mid(point + 1);
    // The one spelling of a number: no leading zeros, no bare point.
    if (!allDigits(intPart) || (point >= 0 && !allDigits(fracPart))
        || (intPart.size() > 1 && intPart.startsWith(u'0')))
        return invalid(Tr::tr("is not a decimal number such as \"1234.5\""));
    if (negative && !allowNegative)
        return invalid(Tr::tr("cannot be negative"));
    if (fracPart.size() > decimals)
        return invalid(Tr::tr("has more than %n decimal place(s)", nullptr, decimals));
    return combine(intPart, fracPart, decimals, negative);
}

QString formatRaw(qint64 raw, int decimals)
{
    const bool negative = raw < 0;
    const quint64 magnitude = negative ? quint64(-(raw + 1)) + 1 : quint64(raw);
    const quint64 scale = quint64(pow10(decimals));
    QString out = QString::number(magnitude / scale);
    if (decimals > 0) {
        QString frac = QString::number(magnitude % scale).rightJustified(decimals, u'0');
        while (frac.endsWith(u'0'))
            frac.chop(1);
        if (!frac.isEmpty())
            out += u'.' + frac;
    }
    return negative ? u'-' + out : out;
}

QString formatRawGrouped(qint64 raw, int decimals)
{
    QString plain = formatRaw(raw, decimals);
    const qsizetype start = plain.startsWith(u'-') ? 1 : 0;
    qsizetype end = plain.indexOf(u'.');
    if (end < 0)
        end = plain.size();
    for (qsizetype i = end - 3; i > start; i -= 3)
        plain.insert(i, u',');
    return plain;
}

} // namespace nianbao
