#pragma once
// The interchange file (resources/schema/README.md): one report period as JSON.

#include "districtrollup.h"
#include "reportdata.h"

#include <QByteArray>

namespace nianbao {

inline constexpr int kInterchangeVersion = 1;

struct InterchangeResult {
    std::optional<ReportData> report;
    QString path;     // JSONPath of the problem, or empty when the file is not JSON at all
    QString error;    // what was expected, translated
    int line = 0;     // for syntax errors
    int column = 0;
    // A district summary's units (optional top-level "units"): each unit's profile, status,
    // signature and every figure; the summary's figures are then their sums.
    QList<DistrictUnit> units;
};

InterchangeResult readInterchange(const QByteArray &json);
// Canonical form: keys sorted, four-space indentation, every cell of the format written.
QByteArray writeInterchange(const ReportData &report);
// A district summary with the figures of every unit counted in it.
QByteArray writeInterchange(const DistrictSummary &district);

QString generatorName();

} // namespace nianbao
