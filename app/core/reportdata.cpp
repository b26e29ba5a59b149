#include "reportdata.h"

using namespace Qt::StringLiterals;

namespace nianbao {

QString statusName(PeriodStatus s)
{
    switch (s) {
    case PeriodStatus::Draft: return u"draft"_s;
    case PeriodStatus::Submitted: return u"submitted"_s;
    case PeriodStatus::Final: return u"final"_s;
    }
    return {};
}

std::optional<PeriodStatus> statusFromName(const QString &name)
{
    for (PeriodStatus s : {PeriodStatus::Draft, PeriodStatus::Submitted, PeriodStatus::Final})
        if (statusName(s) == name)
            return s;
    return std::nullopt;
}

} // namespace nianbao
