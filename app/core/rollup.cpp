#include "rollup.h"

namespace nianbao {

Figures rollUpYear(const FormatPtr &format, const QList<Figures> &quarters)
{
    Figures year(format);
    for (const CellDef &c : format->cells) {
        std::optional<qint64> v;
        switch (c.rollup) {
        case Rollup::Sum:
            for (const Figures &q : quarters)
                if (const auto x = q.isNull() ? std::nullopt : q.value(c.index))
                    v = v.value_or(0) + *x;
            break;
        case Rollup::Opening:
            if (!quarters.isEmpty() && !quarters.first().isNull())
                v = quarters.first().value(c.index);
            break;
        case Rollup::Closing:
            for (auto it = quarters.crbegin(); it != quarters.crend() && !v; ++it)
                if (!it->isNull())
                    v = it->value(c.index);
            break;
        case Rollup::Computed:
            break;
        }
        year.set(c.index, v);
    }
    return year;
}

QList<std::pair<int, qint64>> openingFigures(const Figures &current, const Figures &previous,
                                             PeriodLink link)
{
    QList<std::pair<int, qint64>> out;
    for (const CellDef &c : current.format()->cells)
        if (c.rollup == Rollup::Opening)
            if (const auto v = openingValue(current, c.index, previous, link))
                out.append({c.index, *v});
    return out;
}

} // namespace nianbao
