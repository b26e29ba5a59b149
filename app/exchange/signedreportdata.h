#pragma once
// The data a signed report carries. When Nianbao signs a report, the PDF carries the report's
// interchange file as its embedded report.json, under the same signature as the pages. A portal
// package (or anything else that pairs data with a signed PDF) is then believed only when its
// data is that report: the same organization, year, period, figures, narrative and
// explanations. Only the status may differ, as it moves on after signing.

#include "reportdata.h"

#include <QByteArray>
#include <optional>

namespace nianbao {

// What the signed PDF carries for this report.
QByteArray signedReportJson(const ReportData &report);

// Why the signed PDF, whose embedded report.json is signedJson, is not the report of `report`
// (translated, naming the first value that differs with both sides), or nothing when it is.
std::optional<QString> signedReportMismatch(const ReportData &report, const QByteArray &signedJson);

} // namespace nianbao
