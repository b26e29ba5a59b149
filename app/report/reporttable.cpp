#include "reporttable.h"

#include <QTextLayout>

#include <algorithm>

namespace nianbao {
namespace {

constexpr double kTablePt = 10.5; // 五号

} // namespace

ReportTable::ReportTable(const ContentTable &table, int block, const ReportLayout &layout, double width)
    : m_table(table),
      m_border(layout.pt(0.75)), // a 1/96 inch rule
      m_padding(layout.pt(2))
{
    // The grid lies one and a half rules in from the table's edges; the shares are of what is
    // left between them.
    const double inner = width - 3 * m_border;
    const QList<double> shares = table.columnShares();
    std::vector<double> left(size_t(table.columns) + 1, 1.5 * m_border);
    for (int c = 0; c < table.columns; ++c)
        left[size_t(c) + 1] = left[size_t(c)] + inner * shares[c] / 100;

    const QFont plain = layout.font(layout.fonts().serif, kTablePt, false, false);
    const QFont bold = layout.font(layout.fonts().serif, kTablePt, true, false);
    const double inset = m_border + 2 * m_padding;
    m_rowHeights.assign(size_t(table.rows), 0);
    m_cells.reserve(table.cells.size());
    for (const ContentCell &c : table.cells) {
        Cell cell;
        cell.content = c;
        cell.x = left[size_t(c.column)];
        cell.width = left[size_t(std::min(table.columns, c.column + c.columnSpan))] - cell.x;
        const Qt::Alignment align = c.kind == GridCell::Kind::Value ? Qt::AlignRight
            : c.kind == GridCell::Kind::RowHeader                   ? Qt::AlignLeft
                                                                    : Qt::AlignHCenter;
        // An empty cell is as tall as a filled one.
        cell.text.layout = layout.shape(c.text, c.kind == GridCell::Kind::Band ? bold : plain, align,
                                        std::max(1.0, cell.width - inset));
        cell.text.block = block;
        cell.text.row = c.row;
        cell.text.rowSpan = c.rowSpan;
        const QTextLayout &tl = *cell.text.layout;
        for (int i = 0; i < tl.lineCount(); ++i) {
            QTextLine line = tl.lineAt(i);
            line.setPosition(QPointF(line.x(), cell.height));
            cell.height += line.height();
        }
        if (c.rowSpan == 1)
            m_rowHeights[size_t(c.row)] = std::max(m_rowHeights[size_t(c.row)], cell.height + inset);
        m_cells.push_back(std::move(cell));
    }
    // A label taller than the rows it spans makes its last row taller.
    for (const Cell &cell : m_cells) {
        const int first = cell.content.row;
        const int end = std::min(table.rows, first + cell.content.rowSpan);
        if (cell.content.rowSpan > 1 && end > first) {
            const double missing = cell.height + inset - rowsHeight(first, end);
            if (missing > 0)
                m_rowHeights[size_t(end) - 1] += missing;
        }
    }
    for (Cell &cell : m_cells) {
        for (size_t b = 0; b < table.blocks.size(); ++b)
            if (cell.content.row >= table.blocks[b].first && cell.content.row < table.blockEnds[b])
                cell.text.tablePart = int(b);
    }
}

double ReportTable::rowsHeight(int from, int to) const
{
    double h = 0;
    for (int r = from; r < to; ++r)
        h += m_rowHeights[size_t(r)];
    return h;
}

double ReportTable::partHeight(int part) const
{
    return rowsHeight(m_table.blocks[size_t(part)].first, m_table.blockEnds[size_t(part)]) + 2 * m_border;
}

int ReportTable::firstRowBeyond(int part, double room) const
{
    const int first = m_table.blocks[size_t(part)].first;
    double bottom = 1.5 * m_border;
    for (int r = first; r < m_table.blockEnds[size_t(part)]; ++r) {
        bottom += m_rowHeights[size_t(r)];
        if (bottom > room && r >= first + m_table.blocks[size_t(part)].second)
            return r;
    }
    return -1;
}

void ReportTable::place(int part, int page, double top, std::vector<ReportLayout::Line> *lines,
                        std::vector<ReportLayout::Frame> *frames)
{
    const int first = m_table.blocks[size_t(part)].first;
    const int end = m_table.blockEnds[size_t(part)];
    std::vector<double> rowTop(size_t(end - first) + 1, top + 1.5 * m_border);
    for (int r = first; r < end; ++r)
        rowTop[size_t(r - first) + 1] = rowTop[size_t(r - first)] + m_rowHeights[size_t(r)];
    for (Cell &cell : m_cells) {
        const int row = cell.content.row;
        if (row < first || row >= end)
            continue;
        const int rowEnd = std::min(end, row + cell.content.rowSpan);
        const QRectF rect(cell.x, rowTop[size_t(row - first)], cell.width,
                          rowTop[size_t(rowEnd - first)] - rowTop[size_t(row - first)]);
        frames->push_back({page, rect, cell.content.kind == GridCell::Kind::Band});
        // Centred in the cell's height.
        const double y = rect.top() + (rect.height() - cell.height) / 2;
        const double x = rect.left() + m_border / 2 + m_padding;
        QTextLayout &tl = *cell.text.layout;
        for (int i = 0; i < tl.lineCount(); ++i) {
            QTextLine line = tl.lineAt(i);
            double lineY = 0;
            for (int k = 0; k < i; ++k)
                lineY += tl.lineAt(k).height();
            line.setPosition(QPointF(x, y + lineY));
            lines->push_back({&cell.text, i, page});
        }
    }
}

} // namespace nianbao
