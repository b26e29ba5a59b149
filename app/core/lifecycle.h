#pragma once
// The life of a period: draft → submitted → final, and back to draft only with a reason.
// All allowed moves are listed here and nowhere else.

#include "reportdata.h"

namespace nianbao {

enum class Transition { Submit, Finalize, Reopen };

QString transitionName(Transition t); // stored in the audit log
std::optional<PeriodStatus> nextStatus(PeriodStatus from, Transition t);
bool needsReason(Transition t);
// A final period's figures and text cannot be changed.
inline bool isReadOnly(PeriodStatus s) { return s == PeriodStatus::Final; }

} // namespace nianbao
