#pragma once
// The relations of a format file: "a + b - prev.c = d", over cell keys.

#include "formatdefinition.h"

#include <optional>

namespace nianbao {

struct ParsedRelation {
    std::vector<Term> lhs, rhs;
};

// Parses one relation; on failure returns nothing and sets *error.
std::optional<ParsedRelation> parseRelation(const QString &text, QString *error);

} // namespace nianbao
