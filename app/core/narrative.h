#pragma once
// Narrative text with figure placeholders such as {applications.new.total}: the prose takes its
// numbers from the tables, so the two never disagree.

#include "figures.h"

namespace nianbao {

// Replaces every {cell.key} of the format by the cell's value (an empty cell reads 0); anything
// else in braces is left as written.
QString expandPlaceholders(const QString &text, const Figures &figures);
// Characters that count towards a length guideline: everything but blanks and line breaks.
int countedCharacters(const QString &text);

} // namespace nianbao
