#include "problem.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nianbao {

void acknowledgeOverrides(Problems &problems, const FormatDefinition &format,
                          const QHash<QString, QString> &reasons)
{
    if (reasons.isEmpty())
        return;
    for (Problem &p : problems) {
        const auto rule = std::find_if(format.rules.begin(), format.rules.end(),
                                       [&](const RuleDef &r) { return r.id == p.ruleId; });
        const QString reason = reasons.value(p.anchor());
        if (rule == format.rules.end() || !rule->opens || reason.isEmpty())
            continue;
        p.severity = Severity::Info;
        p.messageZh += u"（已手工修改，理由：%1）"_s.arg(reason);
        p.messageEn += u" (changed by hand: %1)"_s.arg(reason);
    }
}

int countSeverity(const Problems &problems, Severity severity)
{
    return int(std::count_if(problems.begin(), problems.end(),
                             [severity](const Problem &p) { return p.severity == severity; }));
}

} // namespace nianbao
