#include "reportcontent.h"

#include "narrative.h"

#include <QDateTime>
#include <QRegularExpression>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

// A paragraph that is only a second-level heading, such as （一）主动公开情况.
bool isSecondLevelHeading(const QString &paragraph)
{
    static const QRegularExpression re(uR"(^[（(][一二三四五六七八九十]+[）)]\S{1,30}$)"_s);
    return re.match(paragraph).hasMatch() && !paragraph.contains(u'。') && !paragraph.contains(u'：');
}

void addText(ReportContent &out, const QString &text, const Figures &figures)
{
    for (const QString &line : expandPlaceholders(text, figures).split(u'\n')) {
        const QString p = line.trimmed();
        if (p.isEmpty())
            continue;
        out.blocks.push_back({isSecondLevelHeading(p) ? ContentBlock::Kind::Heading2 : ContentBlock::Kind::Paragraph,
                              p, nullptr});
    }
}

QString cellText(const CellDef &c, const Figures &figures)
{
    // An empty cell counts as 0 in every rule, and the published table shows it so.
    const QString value = formatRaw(figures.value(c.index).value_or(0), c.decimals);
    // The unit goes with the figure unless the column heading already names it.
    if (!c.unit.isEmpty() && !c.columnLabel.contains(c.unit))
        return value + c.unit;
    return value;
}

std::shared_ptr<ContentTable> makeTable(const FormatDefinition &f, const TableDef &t, const Figures &figures,
                                        const QString &caption)
{
    const TableGrid grid(f, t);
    auto table = std::make_shared<ContentTable>();
    table->key = t.key;
    table->caption = caption;
    table->rows = grid.rowCount();
    table->columns = grid.columnCount();
    table->labelColumns = grid.labelColumns();
    std::vector<ContentCell> cells;
    for (const GridCell &g : grid.cells()) {
        ContentCell c{g.row, g.column, g.rowSpan, g.columnSpan, g.kind, g.text};
        if (g.kind == GridCell::Kind::Value && g.cell >= 0) {
            const CellDef &def = f.cells[size_t(g.cell)];
            c.text = cellText(def, figures);
            c.raw = figures.value(def.index).value_or(0);
            c.decimals = def.decimals;
        }
        cells.push_back(c);
    }
    std::stable_sort(cells.begin(), cells.end(), [](const ContentCell &a, const ContentCell &b) {
        return a.row != b.row ? a.row < b.row : a.column < b.column;
    });
    table->cells = std::move(cells);
    for (int b = 0; b < int(t.blocks.size()); ++b) {
        table->blocks.push_back(grid.headerRows(b));
        const auto [first, count] = grid.blockRows(b);
        table->blockEnds.push_back(first + count);
        table->blockBreakBefore.push_back(false);
    }
    return table;
}

} // namespace

QList<double> ContentTable::columnShares() const
{
    const QList<double> labels = labelColumns == 1 ? QList<double>{34}
        : labelColumns == 3                        ? QList<double>{7, 12.5, 30.5}
                                                   : QList<double>(labelColumns, 46.0 / std::max(1, labelColumns));
    double labelShare = 0;
    for (int c = 0; c < labelColumns; ++c)
        labelShare += labels.value(c);
    QList<double> shares;
    for (int c = 0; c < columns; ++c)
        shares << (c < labelColumns ? labels.value(c) : (100 - labelShare) / std::max(1, columns - labelColumns));
    return shares;
}

bool ContentTable::splitBefore(int row)
{
    size_t b = 0;
    while (b < blocks.size() && !(row >= blocks[b].first && row < blockEnds[b]))
        ++b;
    if (b == blocks.size())
        return false;
    const int first = blocks[b].first;
    const int heads = blocks[b].second;
    const int end = blockEnds[b];
    if (row <= first + heads)
        return false; // the first part would hold no row of figures
    std::vector<ContentCell> out;
    for (ContentCell c : cells) {
        if (c.row >= row) {
            c.row += heads;
            out.push_back(c);
            continue;
        }
        if (c.row >= first && c.row < first + heads) {
            out.push_back(c); // the header stays, and is repeated below
            ContentCell copy = c;
            copy.row = row + (c.row - first);
            out.push_back(copy);
            continue;
        }
        if (c.row + c.rowSpan > row) { // a label spanning the cut: both parts keep its text
            ContentCell rest = c;
            rest.row = row + heads;
            rest.rowSpan = c.row + c.rowSpan - row;
            c.rowSpan = row - c.row;
            out.push_back(rest);
        }
        out.push_back(c);
    }
    std::stable_sort(out.begin(), out.end(), [](const ContentCell &a, const ContentCell &c) {
        return a.row != c.row ? a.row < c.row : a.column < c.column;
    });
    cells = std::move(out);
    rows += heads;
    for (size_t i = b + 1; i < blocks.size(); ++i) {
        blocks[i].first += heads;
        blockEnds[i] += heads;
    }
    blockEnds[b] = row;
    blocks.insert(blocks.begin() + long(b) + 1, {row, heads});
    blockEnds.insert(blockEnds.begin() + long(b) + 1, end + heads);
    blockBreakBefore.insert(blockBreakBefore.begin() + long(b) + 1, true);
    return true;
}

QString officialDate(const QDate &date)
{
    return date.isValid() ? u"%1年%2月%3日"_s.arg(date.year()).arg(date.month()).arg(date.day()) : QString();
}

QString signatureLine(const QString &name, const QString &title, const QDateTime &signedAt)
{
    const QDateTime local = signedAt.toLocalTime();
    const int offset = local.offsetFromUtc();
    QString zone = u"UTC"_s;
    if (offset != 0) {
        zone += offset > 0 ? u'+' : u'-';
        zone += QString::number(std::abs(offset) / 3600);
        if (std::abs(offset) % 3600)
            zone += u':' + u"%1"_s.arg(std::abs(offset) % 3600 / 60, 2, 10, QChar(u'0'));
    }
    QString who = name;
    if (!title.isEmpty())
        who += u' ' + title;
    return u"数字签名：%1 %2 %3 %4"_s.arg(who, officialDate(local.date()), local.time().toString(u"HH:mm"_s), zone);
}

ReportContent buildReportContent(const ReportData &r, const Figures *yearToDate)
{
    ReportContent out;
    const FormatDefinition &f = *r.format();
    const Figures figures = r.figures.completed();
    const QString period = r.quarter ? u"%1年第%2季度"_s.arg(r.year).arg(r.quarter) : u"%1年"_s.arg(r.year);
    const QString suffix = r.quarter ? u"政府信息公开工作情况"_s : f.titleSuffix;
    out.titleLines = {r.organization.name, period + suffix};
    out.documentTitle = r.organization.name + period + suffix;
    addText(out, r.narrative.value(f.preamble.key), figures);
    for (const SectionDef &s : f.sections) {
        out.blocks.push_back({ContentBlock::Kind::Heading1, s.heading, nullptr});
        if (s.isTable) {
            const TableDef &t = *f.table(s.table);
            if (r.quarter && yearToDate) {
                out.blocks.push_back({ContentBlock::Kind::Table, {}, makeTable(f, t, figures, u"（本期）"_s)});
                const QString ytd = r.quarter == 1 ? u"（本年累计：第1季度）"_s
                                                   : u"（本年累计：第1至第%1季度）"_s.arg(r.quarter);
                out.blocks.push_back({ContentBlock::Kind::Table, {}, makeTable(f, t, yearToDate->completed(), ytd)});
            } else {
                out.blocks.push_back({ContentBlock::Kind::Table, {}, makeTable(f, t, figures, {})});
            }
            continue;
        }
        for (const PartDef &p : s.parts)
            addText(out, r.narrative.value(p.key), figures);
    }
    out.signatory = r.organization.name;
    out.date = officialDate(r.date);
    return out;
}

QStringList reportTextRuns(const ReportContent &c)
{
    QStringList runs = c.titleLines;
    for (const ContentBlock &b : c.blocks) {
        if (b.kind != ContentBlock::Kind::Table) {
            runs << b.text;
            continue;
        }
        if (!b.table->caption.isEmpty())
            runs << b.table->caption;
        for (const ContentCell &cell : b.table->cells)
            if (!cell.text.isEmpty())
                runs << cell.text;
        // (A table divided across pages repeats its header; the runs then follow the pages.)
    }
    runs << c.signatory;
    if (!c.date.isEmpty())
        runs << c.date;
    if (!c.signature.isEmpty())
        runs << c.signature;
    return runs;
}

QString reportPlainText(const ReportContent &c)
{
    QString out = c.titleLines.join(u'\n') + u"\n\n"_s;
    for (const ContentBlock &b : c.blocks) {
        switch (b.kind) {
        case ContentBlock::Kind::Heading1:
            out += u'\n' + b.text + u'\n';
            break;
        case ContentBlock::Kind::Heading2:
            out += u"  "_s + b.text + u'\n';
            break;
        case ContentBlock::Kind::Paragraph:
            out += u"    "_s + b.text + u'\n';
            break;
        case ContentBlock::Kind::Table: {
            const ContentTable &t = *b.table;
            if (!t.caption.isEmpty())
                out += t.caption + u'\n';
            int row = -1;
            QStringList line;
            auto flush = [&] {
                if (row >= 0)
                    out += u"| "_s + line.join(u" | "_s) + u" |\n"_s;
                line.clear();
            };
            for (const ContentCell &cell : t.cells) {
                if (cell.row != row) {
                    flush();
                    row = cell.row;
                }
                QString text = cell.text;
                if (cell.rowSpan > 1 || cell.columnSpan > 1)
                    text += u" ⟨%1×%2⟩"_s.arg(cell.rowSpan).arg(cell.columnSpan);
                line << text;
            }
            flush();
            break;
        }
        }
    }
    out += u'\n' + c.signatory + u'\n';
    if (!c.date.isEmpty())
        out += c.date + u'\n';
    if (!c.signature.isEmpty())
        out += c.signature + u'\n';
    return out;
}

} // namespace nianbao
