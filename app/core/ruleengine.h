#pragma once
// Runs a format's consistency rules (勾稽关系) over one period, and across two periods.

#include "figures.h"
#include "problem.h"

namespace nianbao {

// How the previous period relates to the checked one.
enum class PeriodLink { None, PreviousYear, PreviousQuarter };

struct CheckInput {
    const Figures *figures = nullptr;   // this period, as stated
    const Figures *previous = nullptr;  // the previous period (its own format), or null
    PeriodLink link = PeriodLink::None;
};

// Checks one period; with a previous period also the cross-period rules. Computed cells without
// a value are derived first, so only stated totals can disagree with their formula.
Problems checkFigures(const CheckInput &input);
inline Problems checkFigures(const Figures &figures)
{
    return checkFigures(CheckInput{&figures, nullptr, PeriodLink::None});
}

// The value an opening cell takes from the previous period, if a rule says how.
std::optional<qint64> openingValue(const Figures &current, int cell, const Figures &previous,
                                   PeriodLink link);

} // namespace nianbao
