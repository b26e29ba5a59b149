#include "narrative.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {
const QRegularExpression &placeholder()
{
    static const QRegularExpression re(uR"(\{([a-z_]+\.[a-z0-9_]+\.[a-z0-9_]+)\})"_s);
    return re;
}
} // namespace

QString expandPlaceholders(const QString &text, const Figures &figures)
{
    if (!text.contains(u'{') || figures.isNull())
        return text;
    QString out;
    qsizetype last = 0;
    auto it = placeholder().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const CellDef *c = figures.format()->cell(m.captured(1));
        if (!c)
            continue;
        out += text.mid(last, m.capturedStart() - last);
        out += formatRaw(figures.value(c->index).value_or(0), c->decimals);
        last = m.capturedEnd();
    }
    return out + text.mid(last);
}

int countedCharacters(const QString &text)
{
    int n = 0;
    for (QChar c : text)
        if (!c.isSpace())
            ++n;
    return n;
}

} // namespace nianbao
