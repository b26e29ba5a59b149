#pragma once
// The district summary as a report: the summed tables like any annual report, then an appendix
// (附表) with one table per group of figures and one row per unit.

#include "districtrollup.h"
#include "reportcontent.h"

namespace nianbao {

// The cells shown in the appendix for one official table, in groups of at most kAppendixColumns:
// every cell of the small blocks (the 第二十条 bands), and for the large tables their main figures
// (the applications' totals of 新收, 上年结转, 予以公开, 部分公开, 办理结果总计, 结转下年度; the
// reviews' totals and corrected results). Every figure of every unit is in the JSON file.
inline constexpr int kAppendixColumns = 6;
// Unit rows of an appendix table on one page at most; a longer table continues on the next page
// with its header repeated.
inline constexpr int kAppendixRowsPerPart = 20;
std::vector<std::vector<int>> appendixColumns(const FormatDefinition &format, const TableDef &table);

// For pages (PDF, print) the appendix tables come divided into parts of kAppendixRowsPerPart
// rows, each part on a page of its own; for a page on screen (HTML) they are whole.
ReportContent buildDistrictContent(const DistrictSummary &district, bool forPages = true);

} // namespace nianbao
