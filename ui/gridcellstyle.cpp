#include "gridcellstyle.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace nianbao::gridstyle {
namespace {

// A cell holding a figure of the format.
bool isFigure(const GridCell &g)
{
    return g.kind == GridCell::Kind::Value && g.cell >= 0;
}

} // namespace

int alignment(const GridCell &g)
{
    if (isFigure(g))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (g.kind == GridCell::Kind::RowHeader)
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    return int(Qt::AlignCenter);
}

QVariant labelBackground(const GridCell &g)
{
    if (g.kind == GridCell::Kind::Band)
        return QBrush(QColor(198, 217, 241)); // the official band colour
    if (!isFigure(g))
        return QBrush(QColor(242, 242, 242));
    return {};
}

QVariant computedBackground()
{
    return QBrush(QColor(226, 232, 240));
}

QVariant font(const GridCell &g, bool computed)
{
    QFont f;
    if (g.kind == GridCell::Kind::Band || g.kind == GridCell::Kind::ColumnHeader)
        f.setBold(true);
    else if (computed)
        f.setItalic(true);
    else
        return {};
    return f;
}

} // namespace nianbao::gridstyle
