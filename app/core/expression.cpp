#include "expression.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

bool parseSide(const QString &side, std::vector<Term> &terms, QString *error)
{
    static const QRegularExpression token(uR"(\s*([+-])?\s*([A-Za-z0-9_.]+)\s*)"_s);
    qsizetype pos = 0;
    bool first = true;
    while (pos < side.size()) {
        const auto m = token.match(side, pos, QRegularExpression::NormalMatch,
                                   QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch() || (!first && m.captured(1).isEmpty())) {
            *error = u"cannot read the relation at “%1”"_s.arg(side.mid(pos));
            return false;
        }
        Term t;
        t.coefficient = m.captured(1) == u"-"_s ? -1 : 1;
        t.key = m.captured(2);
        if (t.key.startsWith(u"prev."_s)) {
            t.previous = true;
            t.key = t.key.mid(5);
        }
        if (t.key.count(u'.') != 2) {
            *error = u"“%1” is not a cell key (table.row.column)"_s.arg(t.key);
            return false;
        }
        terms.push_back(t);
        pos = m.capturedEnd(0);
        first = false;
    }
    if (terms.empty()) {
        *error = u"a side of the relation is empty"_s;
        return false;
    }
    return true;
}

} // namespace

std::optional<ParsedRelation> parseRelation(const QString &text, QString *error)
{
    const QStringList sides = text.split(u'=');
    if (sides.size() != 2) {
        *error = u"a relation needs exactly one “=”"_s;
        return std::nullopt;
    }
    ParsedRelation r;
    if (!parseSide(sides[0], r.lhs, error) || !parseSide(sides[1], r.rhs, error))
        return std::nullopt;
    return r;
}

} // namespace nianbao
