#pragma once
// Quarters into the year, and the opening figures of a period from the one before it.

#include "figures.h"
#include "ruleengine.h"

#include <QList>

namespace nianbao {

// The year's figures from its quarters (in order, Q1 first; missing quarters are null Figures):
// flows are summed, opening cells come from the first quarter, closing cells from the last one
// that has a value, and computed cells are left to their formulas.
Figures rollUpYear(const FormatPtr &format, const QList<Figures> &quarters);

// Every opening cell of `current` that a rule fills from `previous`, with its value.
QList<std::pair<int, qint64>> openingFigures(const Figures &current, const Figures &previous,
                                             PeriodLink link);

} // namespace nianbao
