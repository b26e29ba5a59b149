#pragma once
// The report's tables as a spreadsheet (.xlsx): one worksheet per table, the official merged
// cells, wrapped and centred headers, and the figures as numbers (amounts with their decimals
// and a number format) so that they can be summed and checked.

#include "reportcontent.h"

#include <QByteArray>

namespace nianbao {

// Each worksheet holds the report title in its first row, the section heading (and caption) in
// its second, and the table from the third row on (kXlsxTableFirstRow, 0-based), column A first.
inline constexpr int kXlsxTableFirstRow = 2;

// The bytes of the .xlsx file; empty, with *error set, on failure.
QByteArray reportXlsxBytes(const ReportContent &content, QString *error = nullptr);

} // namespace nianbao
