#include "tablegrid.h"

#include <algorithm>
#include <functional>

namespace nianbao {
namespace {

int leafSpan(const HeaderNode &n)
{
    if (n.isLeaf())
        return n.span;
    int s = 0;
    for (const HeaderNode &c : n.children)
        s += leafSpan(c);
    return s;
}

int leafCount(const HeaderNode &n)
{
    if (n.isLeaf())
        return 1;
    int s = 0;
    for (const HeaderNode &c : n.children)
        s += leafCount(c);
    return s;
}

} // namespace

TableGrid::TableGrid(const FormatDefinition &format, const TableDef &table)
{
    if (table.rowLabels)
        for (const BlockDef &b : table.blocks)
            m_labelColumns = std::max(m_labelColumns, b.rowDepth);
    m_columns = m_labelColumns + table.gridColumns;
    for (int b = 0; b < int(table.blocks.size()); ++b)
        addBlock(format, table, b);
    m_cover.assign(size_t(m_rows * m_columns), -1);
    for (int i = 0; i < int(m_cells.size()); ++i) {
        const GridCell &c = m_cells[size_t(i)];
        for (int r = c.row; r < c.row + c.rowSpan; ++r)
            for (int col = c.column; col < c.column + c.columnSpan; ++col)
                m_cover[size_t(r * m_columns + col)] = i;
        if (c.kind == GridCell::Kind::Value)
            m_valueAt.insert(c.cell, i);
    }
}

void TableGrid::add(GridCell c)
{
    m_cells.push_back(std::move(c));
}

void TableGrid::addBlock(const FormatDefinition &format, const TableDef &table, int blockIndex)
{
    const BlockDef &block = table.blocks[size_t(blockIndex)];
    const int data = table.gridColumns;
    const int first = m_rows;
    int row = m_rows;
    if (!block.band.isEmpty())
        add({GridCell::Kind::Band, row++, 0, 1, m_columns, block.band, -1, blockIndex});

    // Column headers: a node at depth d sits on header row d; a leaf reaches the last header row.
    const int headerDepth = block.columnDepth;
    const int headerTop = row;
    if (m_labelColumns > 0)
        add({GridCell::Kind::Corner, headerTop, 0, headerDepth, m_labelColumns, block.corner, -1, blockIndex});
    int usedColumns = 0;
    std::function<void(const std::vector<HeaderNode> &, int, int &)> headers =
        [&](const std::vector<HeaderNode> &nodes, int depth, int &column) {
            for (const HeaderNode &n : nodes) {
                const int span = leafSpan(n);
                const int rowSpan = n.isLeaf() ? headerDepth - depth : 1;
                add({GridCell::Kind::ColumnHeader, headerTop + depth, m_labelColumns + column, rowSpan, span,
                     n.label, -1, blockIndex});
                if (!n.isLeaf()) {
                    int inner = column;
                    headers(n.children, depth + 1, inner);
                }
                column += span;
            }
        };
    headers(block.columns, 0, usedColumns);
    if (usedColumns < data)
        add({GridCell::Kind::Blank, headerTop, m_labelColumns + usedColumns, headerDepth, data - usedColumns, {}, -1,
             blockIndex});
    row = headerTop + headerDepth;
    m_headers.emplace_back(first, row - first);

    // Row labels: a group spans the rows of its leaves; a leaf reaches the last label column.
    const int dataTop = row;
    std::vector<std::pair<const HeaderNode *, int>> leaves; // leaf, grid row
    std::function<void(const std::vector<HeaderNode> &, int, int &)> labels =
        [&](const std::vector<HeaderNode> &nodes, int depth, int &r) {
            for (const HeaderNode &n : nodes) {
                const int rows = leafCount(n);
                if (m_labelColumns > 0) {
                    const int colSpan = n.isLeaf() ? m_labelColumns - depth : 1;
                    add({GridCell::Kind::RowHeader, r, depth, rows, colSpan, n.label, -1, blockIndex});
                }
                if (n.isLeaf()) {
                    leaves.emplace_back(&n, r);
                    ++r;
                } else {
                    labels(n.children, depth + 1, r);
                }
            }
        };
    int r = dataTop;
    labels(block.rows, 0, r);

    // Value cells, in the columns' order, each as wide as its column's span.
    std::vector<std::pair<QString, int>> columnSpans;
    std::function<void(const std::vector<HeaderNode> &)> collect = [&](const std::vector<HeaderNode> &nodes) {
        for (const HeaderNode &n : nodes)
            if (n.isLeaf())
                columnSpans.emplace_back(n.key, n.span);
            else
                collect(n.children);
    };
    collect(block.columns);
    for (const auto &[leaf, gridRow] : leaves) {
        int column = m_labelColumns;
        for (const auto &[key, span] : columnSpans) {
            const CellDef *c = format.cell(table.key + u'.' + leaf->key + u'.' + key);
            add({GridCell::Kind::Value, gridRow, column, 1, span, {}, c ? c->index : -1, blockIndex});
            column += span;
        }
        if (column < m_columns)
            add({GridCell::Kind::Blank, gridRow, column, 1, m_columns - column, {}, -1, blockIndex});
    }
    m_rows = r;
    m_blocks.emplace_back(first, m_rows - first);
}

const GridCell *TableGrid::at(int row, int column) const
{
    if (row < 0 || column < 0 || row >= m_rows || column >= m_columns)
        return nullptr;
    const int i = m_cover[size_t(row * m_columns + column)];
    return i < 0 ? nullptr : &m_cells[size_t(i)];
}

const GridCell *TableGrid::valueCell(int cellIndex) const
{
    const auto it = m_valueAt.constFind(cellIndex);
    return it == m_valueAt.cend() ? nullptr : &m_cells[size_t(*it)];
}

std::pair<int, int> TableGrid::headerRows(int block) const
{
    return m_headers.at(size_t(block));
}

std::pair<int, int> TableGrid::blockRows(int block) const
{
    return m_blocks.at(size_t(block));
}

} // namespace nianbao
