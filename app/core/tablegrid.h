#pragma once
// A table of a format laid out as the official printed grid: band rows, the multi-level headers
// with their spans, the corner note, row labels and value cells. The forms, the PDF and the HTML
// all draw this one grid.

#include "formatdefinition.h"

namespace nianbao {

struct GridCell {
    enum class Kind { Band, Corner, ColumnHeader, RowHeader, Value, Blank };
    Kind kind = Kind::Blank;
    int row = 0;
    int column = 0;
    int rowSpan = 1;
    int columnSpan = 1;
    QString text;      // the official label (headers, band, corner)
    int cell = -1;     // index of the value cell in the format
    int block = 0;
};

class TableGrid
{
public:
    TableGrid(const FormatDefinition &format, const TableDef &table);

    int rowCount() const { return m_rows; }
    int columnCount() const { return m_columns; }
    int labelColumns() const { return m_labelColumns; }
    const std::vector<GridCell> &cells() const { return m_cells; }
    // The grid cell that covers (row, column), or null.
    const GridCell *at(int row, int column) const;
    // Where a value cell of the format sits, or null.
    const GridCell *valueCell(int cellIndex) const;
    // The header rows of a block (band and column headers), to repeat on a new page.
    std::pair<int, int> headerRows(int block) const;   // first row, row count
    std::pair<int, int> blockRows(int block) const;    // first row, row count (all of it)

private:
    void addBlock(const FormatDefinition &format, const TableDef &table, int blockIndex);
    void add(GridCell c);

    int m_rows = 0;
    int m_columns = 0;
    int m_labelColumns = 0;
    std::vector<GridCell> m_cells;
    std::vector<int> m_cover;                   // row * columns + column → index in m_cells
    QHash<int, int> m_valueAt;                  // format cell → index in m_cells
    std::vector<std::pair<int, int>> m_headers; // per block
    std::vector<std::pair<int, int>> m_blocks;
};

} // namespace nianbao
