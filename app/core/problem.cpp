#include "problem.h"

#include <algorithm>

namespace nianbao {

int countSeverity(const Problems &problems, Severity severity)
{
    return int(std::count_if(problems.begin(), problems.end(),
                             [severity](const Problem &p) { return p.severity == severity; }));
}

} // namespace nianbao
