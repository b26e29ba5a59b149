#pragma once
// A table of the report as a grid of shaped cells: column widths, row heights from the cells,
// merged cells, and where each block of the table (a band with its header rows) may be divided.

#include "reportlayout.h"

namespace nianbao {

class ReportTable
{
public:
    // Shapes every cell of `table` (content block `block`) for a table `width` wide.
    ReportTable(const ContentTable &table, int block, const ReportLayout &layout, double width);

    int parts() const { return int(m_table.blocks.size()); }
    // The height of one block of the table, its borders included.
    double partHeight(int part) const;
    // The first row after the block's header rows that ends further than `room` below the
    // block's top, or -1 when the whole block fits.
    int firstRowBeyond(int part, double room) const;
    // Places one block with its top at `top` of `page`: the cells' lines and frames.
    void place(int part, int page, double top, std::vector<ReportLayout::Line> *lines,
               std::vector<ReportLayout::Frame> *frames);

private:
    struct Cell {
        ContentCell content;
        ReportLayout::Text text;
        double x = 0;
        double width = 0;
        double height = 0; // of its lines
    };
    double rowsHeight(int from, int to) const;

    ContentTable m_table;
    std::vector<Cell> m_cells;
    std::vector<double> m_rowHeights;
    double m_border;
    double m_padding;
};

} // namespace nianbao
