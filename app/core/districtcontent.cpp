#include "districtcontent.h"

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

// The main figures of the blocks too wide for the appendix, by table.
const QHash<QString, QStringList> &mainFigures()
{
    static const QHash<QString, QStringList> keys = {
        {u"applications"_s, {u"new.total"_s, u"carried_over.total"_s, u"granted.total"_s, u"partial.total"_s,
                             u"total.total"_s, u"carried_forward.total"_s}},
        {u"review"_s, {u"cases.recon_total"_s, u"cases.recon_corrected"_s, u"cases.direct_total"_s,
                       u"cases.direct_corrected"_s, u"cases.after_total"_s, u"cases.after_corrected"_s}},
    };
    return keys;
}

QString valueText(const CellDef &c, std::optional<qint64> v)
{
    return formatRaw(v.value_or(0), c.decimals);
}

// The label of a leaf of a header tree, with its parents' labels when `withParents`.
QString leafLabel(const std::vector<HeaderNode> &nodes, const QString &key, bool withParents)
{
    for (const HeaderNode &n : nodes) {
        if (n.isLeaf() && n.key == key)
            return n.label;
        if (!n.isLeaf()) {
            const QString inner = leafLabel(n.children, key, withParents);
            if (!inner.isEmpty())
                return withParents && !n.label.isEmpty() ? n.label + u' ' + inner : inner;
        }
    }
    return {};
}

QString rowLabel(const FormatDefinition &f, const CellDef &c)
{
    return leafLabel(f.table(c.table)->blocks[size_t(c.block)].rows, c.row, false);
}

// A column's label with its groups (行政复议 总计), and the unit when the label does not name it.
QString columnLabel(const FormatDefinition &f, const CellDef &c)
{
    QString col = leafLabel(f.table(c.table)->blocks[size_t(c.block)].columns, c.column, true);
    if (!c.unit.isEmpty() && !col.contains(c.unit))
        col += u"（"_s + c.unit + u"）"_s;
    return col;
}

std::shared_ptr<ContentTable> appendixTable(const DistrictSummary &d, const std::vector<int> &cells, bool forPages)
{
    const FormatDefinition &f = *d.summary.format();
    auto t = std::make_shared<ContentTable>();
    t->key = f.cells[size_t(cells.front())].table;
    t->columns = int(cells.size()) + 1;
    t->labelColumns = 1;
    t->rows = 2 + int(d.units.size()) + 1;
    t->cells.push_back({0, 0, 2, 1, GridCell::Kind::Corner, u"单位"_s});
    // Row labels over the columns, merged where neighbours share one, column labels below; a
    // column of a table without row labels takes both header rows.
    for (size_t i = 0; i < cells.size();) {
        const CellDef &c = f.cells[size_t(cells[i])];
        const QString row = rowLabel(f, c);
        size_t j = i + 1;
        while (j < cells.size() && f.cells[size_t(cells[j])].row == c.row)
            ++j;
        if (!row.isEmpty())
            t->cells.push_back({0, int(i) + 1, 1, int(j - i), GridCell::Kind::ColumnHeader, row});
        for (size_t k = i; k < j; ++k)
            t->cells.push_back({row.isEmpty() ? 0 : 1, int(k) + 1, row.isEmpty() ? 2 : 1, 1,
                                GridCell::Kind::ColumnHeader, columnLabel(f, f.cells[size_t(cells[k])])});
        i = j;
    }
    std::stable_sort(t->cells.begin(), t->cells.end(), [](const ContentCell &a, const ContentCell &b) {
        return a.row != b.row ? a.row < b.row : a.column < b.column;
    });
    int row = 2;
    for (const DistrictUnit &u : d.units) {
        t->cells.push_back({row, 0, 1, 1, GridCell::Kind::RowHeader, u.organization.name});
        for (size_t i = 0; i < cells.size(); ++i) {
            const CellDef &c = f.cells[size_t(cells[i])];
            t->cells.push_back({row, int(i) + 1, 1, 1, GridCell::Kind::Value, valueText(c, u.figures.value(c.index))});
        }
        ++row;
    }
    t->cells.push_back({row, 0, 1, 1, GridCell::Kind::RowHeader, u"合计"_s});
    const Figures sum = d.summary.figures.completed();
    for (size_t i = 0; i < cells.size(); ++i) {
        const CellDef &c = f.cells[size_t(cells[i])];
        t->cells.push_back({row, int(i) + 1, 1, 1, GridCell::Kind::Value, valueText(c, sum.value(c.index))});
    }
    t->blocks.push_back({0, 2});
    t->blockEnds.push_back(t->rows);
    t->blockBreakBefore.push_back(false);
    // Divided ahead into parts that fit on a page, each with the header rows again: a layout
    // then only moves parts to the next page instead of dividing a long table round by round.
    for (int cut = 2 + kAppendixRowsPerPart; forPages && cut < t->rows; cut += 2 + kAppendixRowsPerPart)
        t->splitBefore(cut);
    return t;
}

const char16_t *const kNumbers[] = {u"一", u"二", u"三", u"四", u"五", u"六", u"七", u"八", u"九", u"十"};

} // namespace

std::vector<std::vector<int>> appendixColumns(const FormatDefinition &f, const TableDef &table)
{
    std::vector<std::vector<int>> groups;
    std::vector<int> current;
    auto flush = [&] {
        if (!current.empty())
            groups.push_back(std::move(current));
        current.clear();
    };
    for (int b = 0; b < int(table.blocks.size()); ++b) {
        std::vector<int> cells;
        for (const CellDef &c : f.cells)
            if (c.table == table.key && c.block == b)
                cells.push_back(c.index);
        if (int(cells.size()) > kAppendixColumns) {
            cells.clear();
            for (const QString &k : mainFigures().value(table.key))
                if (const CellDef *c = f.cell(table.key + u'.' + k))
                    cells.push_back(c->index);
            for (size_t i = 0; i < cells.size() && int(i) < kAppendixColumns * 2; i += kAppendixColumns) {
                flush();
                current.assign(cells.begin() + long(i),
                               cells.begin() + long(std::min(cells.size(), i + size_t(kAppendixColumns))));
                flush();
            }
            continue;
        }
        if (int(current.size() + cells.size()) > kAppendixColumns)
            flush();
        current.insert(current.end(), cells.begin(), cells.end());
    }
    flush();
    return groups;
}

ReportContent buildDistrictContent(const DistrictSummary &d, bool forPages)
{
    ReportContent out = buildReportContent(d.summary);
    const FormatDefinition &f = *d.summary.format();
    out.blocks.push_back({ContentBlock::Kind::Heading1, u"附表：各单位数据"_s, nullptr, forPages});
    // Every appendix table starts on a page of its own under its heading, and its parts fit on a
    // page: the layout then has no table to move or divide.
    bool first = true;
    int n = 0;
    for (const TableDef &t : f.tables) {
        const QString number = n < 10 ? QString::fromUtf16(kNumbers[n]) : QString::number(n + 1);
        ++n;
        for (const std::vector<int> &cells : appendixColumns(f, t)) {
            const int block = f.cells[size_t(cells.front())].block;
            const int lastBlock = f.cells[size_t(cells.back())].block;
            const QString band = t.blocks[size_t(block)].band;
            QString heading = u"（%1）%2"_s.arg(number, t.label);
            if (!band.isEmpty())
                heading += u"（"_s + (lastBlock == block ? band : band + u"至"_s + t.blocks[size_t(lastBlock)].band)
                    + u"）"_s;
            out.blocks.push_back({ContentBlock::Kind::Heading2, heading, nullptr, forPages && !first});
            out.blocks.push_back({ContentBlock::Kind::Table, {}, appendixTable(d, cells, forPages)});
            first = false;
        }
    }
    return out;
}

} // namespace nianbao
