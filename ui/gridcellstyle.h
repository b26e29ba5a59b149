#pragma once
// How the cells of an official table look in the window (the forms and the district summary):
// alignment, the band and header backgrounds, bold headers and italic totals.

#include "tablegrid.h"

#include <QVariant>

namespace nianbao::gridstyle {

// Figures right, row labels left, everything else centred.
int alignment(const GridCell &g);
// The band colour of the 第二十条 rows, grey for other label cells; nothing for a figure.
QVariant labelBackground(const GridCell &g);
// The background of a total computed from other cells.
QVariant computedBackground();
// Bold for bands and column headers, italic for a computed total.
QVariant font(const GridCell &g, bool computed);

} // namespace nianbao::gridstyle
