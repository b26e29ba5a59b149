#include "lifecycle.h"

using namespace Qt::StringLiterals;

namespace nianbao {

QString transitionName(Transition t)
{
    switch (t) {
    case Transition::Submit: return u"submit"_s;
    case Transition::Finalize: return u"finalize"_s;
    case Transition::Reopen: return u"reopen"_s;
    }
    return {};
}

std::optional<PeriodStatus> nextStatus(PeriodStatus from, Transition t)
{
    switch (t) {
    case Transition::Submit:
        return from == PeriodStatus::Draft ? std::optional(PeriodStatus::Submitted) : std::nullopt;
    case Transition::Finalize:
        return from == PeriodStatus::Submitted ? std::optional(PeriodStatus::Final) : std::nullopt;
    case Transition::Reopen:
        return from != PeriodStatus::Draft ? std::optional(PeriodStatus::Draft) : std::nullopt;
    }
    return std::nullopt;
}

bool needsReason(Transition t)
{
    return t == Transition::Reopen;
}

} // namespace nianbao
