#include "ruleengine.h"

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

bool applies(const RuleDef &rule, PeriodLink link)
{
    if (!rule.crossPeriod)
        return true;
    switch (rule.when) {
    case RuleDef::When::Always: return link != PeriodLink::None;
    case RuleDef::When::PreviousYear: return link == PeriodLink::PreviousYear;
    case RuleDef::When::PreviousQuarter: return link == PeriodLink::PreviousQuarter;
    }
    return false;
}

struct SideValue {
    qint64 sum = 0;
    bool comparable = true; // false when a previous-period cell does not exist in its format
};

SideValue evaluate(const std::vector<Term> &terms, const Figures &cur, const Figures *prev)
{
    SideValue v;
    for (const Term &t : terms) {
        if (!t.previous) {
            v.sum += t.coefficient * cur.valueOrZero(t.cell);
            continue;
        }
        const CellDef *c = prev && prev->format() ? prev->format()->cell(t.key) : nullptr;
        if (!c) {
            v.comparable = false;
            continue;
        }
        v.sum += t.coefficient * prev->valueOrZero(c->index);
    }
    return v;
}

QString fillTemplate(QString text, const RuleDef &rule, const Check &check, const FormatDefinition &f)
{
    for (auto it = check.bindings.begin(); it != check.bindings.end(); ++it)
        text.replace(u'{' + it.key() + u'}', f.axisLabel(rule.variableAxis.value(it.key()), it.value()));
    return text;
}

// The label of a term's cell; the part every term shares (the column or row the rule is
// instantiated for, named in the message's head) is left out.
QString termLabel(const CellDef &c, const RuleDef &rule, const Check &check)
{
    for (auto it = check.bindings.begin(); it != check.bindings.end(); ++it) {
        const QString axis = rule.variableAxis.value(it.key());
        if (axis.endsWith(u".columns"_s) && c.column == it.value() && !c.rowLabel.isEmpty())
            return c.rowLabel;
        if (axis.endsWith(u".rows"_s) && c.row == it.value())
            return c.columnLabel;
    }
    return c.label;
}

// "a（1） + b（2） = 3"; long sums name only their non-zero terms.
QString describeSide(const std::vector<Term> &terms, const RuleDef &rule, const Check &check,
                     const Figures &cur, const Figures *prev, Language lang)
{
    constexpr size_t kListAll = 6;
    const FormatDefinition &f = *cur.format();
    QStringList parts;
    qint64 sum = 0;
    int decimals = 0;
    int zeros = 0;
    for (const Term &t : terms) {
        const Figures &src = t.previous ? *prev : cur;
        const CellDef *c = t.previous ? src.format()->cell(t.key) : &f.cells[size_t(t.cell)];
        const qint64 v = src.valueOrZero(c->index);
        decimals = c->decimals;
        sum += t.coefficient * v;
        if (terms.size() > kListAll && v == 0) {
            ++zeros;
            continue;
        }
        const QString who = t.previous ? pick(lang, u"上期"_s, u"previous period "_s) : QString();
        const QString sign = t.coefficient < 0 ? u"− "_s : (parts.isEmpty() ? QString() : u"+ "_s);
        parts << sign + who + termLabel(*c, rule, check) + u"（"_s + formatRaw(v, c->decimals) + u"）"_s;
    }
    QString out = parts.join(u' ');
    if (zeros > 0)
        out += pick(lang, u"（其余%1项为0）"_s, u" (the other %1 are 0)"_s).arg(zeros);
    if (terms.size() > 1)
        out += u" = "_s + formatRaw(sum, decimals);
    return out;
}

Problem relationProblem(const RuleDef &rule, const Check &check, const Figures &cur,
                        const Figures *prev, qint64 lhs, qint64 rhs)
{
    const FormatDefinition &f = *cur.format();
    Problem p;
    p.ruleId = rule.id;
    p.severity = rule.severity;
    p.lhs = lhs;
    p.rhs = rhs;
    for (const auto *side : {&check.lhs, &check.rhs})
        for (const Term &t : *side) {
            QStringList &list = t.previous ? p.previousCells : p.cells;
            if (!list.contains(t.key))
                list << t.key;
            if (!t.previous) {
                p.decimals = f.cells[size_t(t.cell)].decimals;
                p.unit = f.cells[size_t(t.cell)].unit;
            }
        }
    const QString diff = formatRaw(lhs - rhs, p.decimals);
    for (Language lang : {Language::Chinese, Language::English}) {
        const QString head = fillTemplate(pick(lang, rule.messageZh, rule.messageEn), rule, check, f);
        const QString left = describeSide(check.lhs, rule, check, cur, prev, lang);
        const QString right = describeSide(check.rhs, rule, check, cur, prev, lang);
        const QString text = lang == Language::Chinese
            ? u"%1。%2，而%3，相差%4。"_s.arg(head, left, right, diff)
            : u"%1. %2, but %3; difference %4."_s.arg(head, left, right, diff);
        (lang == Language::Chinese ? p.messageZh : p.messageEn) = text;
    }
    return p;
}

void checkNonNegative(const RuleDef &rule, const Figures &cur, Problems &out)
{
    const FormatDefinition &f = *cur.format();
    for (const CellDef &c : f.cells) {
        if (c.kind == CellKind::SignedCount)
            continue;
        const auto v = cur.value(c.index);
        if (!v || *v >= 0)
            continue;
        Problem p;
        p.ruleId = rule.id;
        p.severity = rule.severity;
        p.cells = {c.key};
        p.lhs = *v;
        p.rhs = 0;
        p.decimals = c.decimals;
        p.unit = c.unit;
        const QString value = formatRaw(*v, c.decimals);
        p.messageZh = QString(rule.messageZh).replace(u"{cell}"_s, c.label) + u"（现为"_s + value + u"）。"_s;
        p.messageEn = QString(rule.messageEn).replace(u"{cell}"_s, c.label) + u" (it is "_s + value + u")."_s;
        out << p;
    }
}

} // namespace

Problems checkFigures(const CheckInput &input)
{
    Problems out;
    if (!input.figures || input.figures->isNull())
        return out;
    const Figures cur = input.figures->completed();
    const Figures prev = input.previous ? input.previous->completed() : Figures();
    const Figures *prevPtr = input.previous ? &prev : nullptr;
    for (const RuleDef &rule : cur.format()->rules) {
        if (rule.kind == RuleDef::Kind::NonNegative) {
            checkNonNegative(rule, cur, out);
            continue;
        }
        if (!applies(rule, prevPtr ? input.link : PeriodLink::None))
            continue;
        for (const Check &check : rule.checks) {
            const SideValue l = evaluate(check.lhs, cur, prevPtr);
            const SideValue r = evaluate(check.rhs, cur, prevPtr);
            if (!l.comparable || !r.comparable || l.sum == r.sum)
                continue;
            out << relationProblem(rule, check, cur, prevPtr, l.sum, r.sum);
        }
    }
    return out;
}

std::optional<qint64> openingValue(const Figures &current, int cell, const Figures &previous,
                                   PeriodLink link)
{
    const Figures prev = previous.completed();
    const Figures cur = current.completed();
    for (const RuleDef &rule : current.format()->rules) {
        if (!rule.opens || !applies(rule, link))
            continue;
        for (const Check &check : rule.checks) {
            if (check.lhs.front().cell != cell)
                continue;
            const SideValue r = evaluate(check.rhs, cur, &prev);
            if (r.comparable)
                return r.sum;
        }
    }
    return std::nullopt;
}

} // namespace nianbao
