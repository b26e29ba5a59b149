#include "reportlayout.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

constexpr double kBodyPt = 16;     // 3号
constexpr double kTitlePt = 22;    // 2号
constexpr double kTablePt = 10.5;  // 五号
constexpr double kPageNumberPt = 14; // 4号
constexpr double kSignaturePt = 12;  // 小四, the signer's line
constexpr int kLinesPerPage = 22;
constexpr int kCharsPerLine = 28;

} // namespace

ReportLayout::ReportLayout(const ReportContent &content, const ReportFonts &fonts, QPaintDevice *device)
    : m_fonts(fonts), m_device(device), m_dpi(device->logicalDpiY()), m_content(content)
{
    if (!content.seal.isEmpty())
        m_seal = sealImage(content.seal);
    // Tables own copies, so that dividing them leaves the caller's content alone.
    for (ContentBlock &b : m_content.blocks)
        if (b.table)
            b.table = std::make_shared<ContentTable>(*b.table);
    m_text = QRectF(mm(page::kLeftMm), mm(page::kTopMm), mm(page::kWidthMm - page::kLeftMm - page::kRightMm),
                    mm(page::kHeightMm - page::kTopMm - page::kBottomMm));
    for (int round = 0; round < 50; ++round) {
        m_doc = std::make_unique<QTextDocument>();
        m_doc->setDocumentMargin(0);
        m_doc->setUseDesignMetrics(true);
        m_tables.clear();
        m_headings.clear();
        build();
        // Set after the content is in, so the document is laid out once rather than at every
        // insertion. Without the device, the layout measures in screen pixels and the text
        // comes out a third of its size.
        m_doc->documentLayout()->setPaintDevice(device);
        m_doc->setPageSize(m_text.size());
        if (!paginateTables())
            break;
    }
    splitParagraphsAtPageEnds();
}

int ReportLayout::pageCount() const
{
    return m_doc->pageCount();
}

void ReportLayout::build()
{
    ReportContent &content = m_content;
    const double lineHeight = m_text.height() / kLinesPerPage;
    const double indent = m_text.width() / kCharsPerLine * 2;
    QFont body(m_fonts.serif);
    body.setPointSizeF(kBodyPt);
    // 28 characters fill the 156 mm line: tighten the advance a little below the 16 pt em.
    body.setLetterSpacing(QFont::AbsoluteSpacing, (m_text.width() / kCharsPerLine - pt(kBodyPt)) * 72.0 / m_dpi);
    m_doc->setDefaultFont(body);

    QTextCursor cursor(m_doc.get());
    auto charFormat = [](const QString &family, double size, bool bold = false) {
        QTextCharFormat f;
        f.setFontFamilies({family});
        f.setFontPointSize(size);
        if (bold)
            f.setFontWeight(QFont::Bold);
        return f;
    };
    auto paragraph = [&](Qt::Alignment align, double firstIndent, double rightMargin = 0) {
        QTextBlockFormat b;
        b.setAlignment(align);
        // Indents and margins are in device pixels; only fixed line heights and table lengths
        // are scaled by the layout.
        b.setTextIndent(firstIndent);
        b.setRightMargin(rightMargin);
        b.setLineHeight(fmt(lineHeight), QTextBlockFormat::FixedHeight);
        return b;
    };
    bool first = true;
    auto newBlock = [&](const QTextBlockFormat &b, const QTextCharFormat &c) {
        if (first) {
            cursor.setBlockFormat(b);
            cursor.setBlockCharFormat(c);
            first = false;
        } else {
            cursor.insertBlock(b, c);
        }
    };

    // The title, then one empty line.
    QTextCharFormat title = charFormat(m_fonts.serifBold, kTitlePt, true);
    for (const QString &line : content.titleLines) {
        QTextBlockFormat b = paragraph(Qt::AlignHCenter, 0);
        b.setLineHeight(fmt(pt(kTitlePt) * 1.5), QTextBlockFormat::FixedHeight);
        newBlock(b, title);
        cursor.insertText(line, title);
    }
    newBlock(paragraph(Qt::AlignLeft, 0), charFormat(m_fonts.serif, kBodyPt));

    const QTextCharFormat text = charFormat(m_fonts.serif, kBodyPt);
    const QTextCharFormat heading1 = charFormat(m_fonts.sans, kBodyPt);
    const QTextCharFormat heading2 = charFormat(m_fonts.kai, kBodyPt);
    ContentBlock *previous = nullptr;
    int leadNumber = -1;
    for (ContentBlock &block : content.blocks) {
        if (block.kind != ContentBlock::Kind::Table)
            leadNumber = cursor.block().blockNumber() + (first ? 0 : 1);
        QTextBlockFormat pageBreak;
        pageBreak.setPageBreakPolicy(block.breakBefore ? QTextFormat::PageBreak_AlwaysBefore : QTextFormat::PageBreak_Auto);
        switch (block.kind) {
        case ContentBlock::Kind::Heading1:
            newBlock(paragraph(Qt::AlignLeft, indent), heading1);
            m_headings.append({&block, cursor.block().blockNumber()});
            cursor.mergeBlockFormat(pageBreak);
            cursor.insertText(block.text, heading1);
            break;
        case ContentBlock::Kind::Heading2:
            newBlock(paragraph(Qt::AlignLeft, indent), heading2);
            m_headings.append({&block, cursor.block().blockNumber()});
            cursor.mergeBlockFormat(pageBreak);
            cursor.insertText(block.text, heading2);
            break;
        case ContentBlock::Kind::Paragraph:
            newBlock(paragraph(Qt::AlignJustify, indent), text);
            cursor.mergeBlockFormat(pageBreak);
            cursor.insertText(block.text, text);
            break;
        case ContentBlock::Kind::Table: {
            if (!block.table->caption.isEmpty()) {
                newBlock(paragraph(Qt::AlignHCenter, 0), charFormat(m_fonts.serif, kTablePt));
                cursor.insertText(block.table->caption, charFormat(m_fonts.serif, kTablePt));
            }
            newBlock(paragraph(Qt::AlignLeft, 0), text);
            const QList<QTextTable *> made = addTable(*block.table);
            // The heading just before a table goes with it to a new page.
            ContentBlock *lead = previous && previous->kind != ContentBlock::Kind::Table ? previous : nullptr;
            for (int i = 0; i < made.size(); ++i)
                m_tables.append({made[i], &block, i, i == 0 ? lead : nullptr, i == 0 && lead ? leadNumber : -1});
            first = false;
            break;
        }
        }
        previous = &block;
    }

    // 署名 and 成文日期 without a seal: one empty line, the organization two characters from the
    // right, the date on the next line starting two characters further right. With a seal: the
    // date four characters from the right, the organization centred over it, the seal pressed on
    // both (drawn in paintPage).
    newBlock(paragraph(Qt::AlignLeft, 0), text);
    const QFontMetricsF fm(body, m_device);
    const double ch = m_text.width() / kCharsPerLine;
    const double orgWidth = fm.horizontalAdvance(content.signatory);
    const double dateWidth = fm.horizontalAdvance(content.date);
    double orgRight = 2 * ch;
    double dateRight = m_text.width() - (m_text.width() - orgRight - orgWidth + 2 * ch) - dateWidth;
    if (dateRight < 2 * ch) { // a date longer than the name: the date sets the edge, the name centres over it
        dateRight = 2 * ch;
        orgRight = dateRight + (dateWidth - orgWidth) / 2;
    }
    if (!m_seal.isNull()) {
        // The date four characters from the right, the name centred over it (or, without a date,
        // the name four from the right); a name longer than the date keeps two characters.
        const double reference = content.date.isEmpty() ? orgWidth : dateWidth;
        dateRight = 4 * ch;
        orgRight = dateRight + (reference - orgWidth) / 2;
        if (orgRight < 2 * ch) {
            dateRight += 2 * ch - orgRight;
            orgRight = 2 * ch;
        }
        m_sealCentreRight = dateRight + reference / 2;
        // The 署名 and date a little below the seal's centre: the centre 0.3 line above their middle.
        m_sealCentreLines = (content.date.isEmpty() ? 0.5 : 1.0) - 0.3;
    }
    newBlock(paragraph(Qt::AlignRight, 0, std::max(0.0, orgRight)), text);
    cursor.block().setUserState(kSignatoryState);
    cursor.insertText(content.signatory, text);
    if (!content.date.isEmpty()) {
        newBlock(paragraph(Qt::AlignRight, 0, std::max(0.0, dateRight)), text);
        cursor.insertText(content.date, text);
    }
    // The signer of a signed report, smaller, under the date and ending where it ends; below the
    // seal when there is one.
    if (!content.signature.isEmpty()) {
        if (!m_seal.isNull()) {
            const double sealLines = mm(kSealMm) * m_seal.height() / m_seal.width() / 2 / lineHeight;
            const double clear = m_sealCentreLines + sealLines - (content.date.isEmpty() ? 1 : 2) + 0.1;
            if (clear > 0) {
                QTextBlockFormat gap = paragraph(Qt::AlignLeft, 0);
                gap.setLineHeight(fmt(clear * lineHeight), QTextBlockFormat::FixedHeight);
                newBlock(gap, text);
            }
        }
        const QTextCharFormat note = charFormat(m_fonts.serif, kSignaturePt);
        newBlock(paragraph(Qt::AlignRight, 0, std::max(0.0, content.date.isEmpty() ? orgRight : dateRight)), note);
        cursor.insertText(content.signature, note);
    }
}

bool ReportLayout::paginateTables()
{
    for (;;) {
        if (divideOrMoveTables())
            return true;
        if (!keepHeadingsWithText())
            return false;
    }
}

bool ReportLayout::divideOrMoveTables()
{
    const double pageHeight = m_text.height();
    QAbstractTextDocumentLayout *layout = m_doc->documentLayout();
    auto setBreak = [&](const Placed &p) {
        // The first block of a table moves with the heading before it.
        ContentTable &table = *p.block->table;
        if (p.blockIndex == 0 && p.lead) {
            p.lead->breakBefore = true;
            QTextBlockFormat b;
            b.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(m_doc->findBlockByNumber(p.leadBlockNumber)).mergeBlockFormat(b);
        } else {
            if (p.blockIndex == 0)
                p.block->breakBefore = true;
            table.blockBreakBefore[size_t(p.blockIndex)] = true;
            QTextTableFormat f = p.table->format();
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            p.table->setFormat(f);
        }
    };
    for (int i = 0; i < m_tables.size(); ++i) {
        const Placed &p = m_tables[i];
        m_doc->pageCount(); // lays out what changed
        const QRectF r = layout->frameBoundingRect(p.table);
        const double pageEnd = (int(r.top() / pageHeight) + 1) * pageHeight;
        if (r.bottom() <= pageEnd + 0.5)
            continue;
        ContentTable &table = *p.block->table;
        const bool withLead = p.blockIndex == 0 && p.lead;
        const double top = withLead ? layout->blockBoundingRect(m_doc->findBlockByNumber(p.leadBlockNumber)).top()
                                    : r.top();
        const bool moved = withLead ? p.lead->breakBefore
                                    : bool(table.blockBreakBefore[size_t(p.blockIndex)]) || (p.blockIndex == 0 && p.block->breakBefore);
        // Fits on a page with its heading: start it on the next one.
        if (!moved && r.bottom() - top <= pageHeight) {
            setBreak(p);
            --i; // look at it again where it is now
            continue;
        }
        // Longer: divide it before the first row that runs over the page end.
        const int firstRow = table.blocks[size_t(p.blockIndex)].first;
        const int heads = table.blocks[size_t(p.blockIndex)].second;
        std::vector<double> rowTop(size_t(p.table->rows()) + 1, r.bottom());
        for (int row = 0; row < p.table->rows(); ++row)
            for (int c = 0; c < p.table->columns(); ++c) {
                const QTextTableCell cell = p.table->cellAt(row, c);
                if (cell.row() == row && cell.rowSpan() == 1)
                    rowTop[size_t(row)] = std::min(rowTop[size_t(row)],
                                                   layout->blockBoundingRect(cell.firstCursorPosition().block()).top()
                                                       - pt(3));
            }
        for (int row = heads; row < p.table->rows(); ++row) {
            if (rowTop[size_t(row) + 1] <= pageEnd)
                continue;
            if (table.splitBefore(firstRow + row))
                return true;
            break; // not even one row of figures fits here
        }
        // Not one row fits on what is left of this page: start the table on the next one, once.
        if (!moved) {
            setBreak(p);
            --i;
        }
    }
    return false;
}

bool ReportLayout::keepHeadingsWithText()
{
    const double pageHeight = m_text.height();
    QAbstractTextDocumentLayout *layout = m_doc->documentLayout();
    m_doc->pageCount(); // lays out what changed
    for (const auto &[heading, number] : std::as_const(m_headings)) {
        if (heading->breakBefore)
            continue;
        const QTextBlock block = m_doc->findBlockByNumber(number);
        const QTextBlock next = block.next();
        if (!next.isValid() || QTextCursor(next).currentTable())
            continue; // a table keeps its own heading
        const int headingPage = int(layout->blockBoundingRect(block).top() / pageHeight);
        const QTextLine firstLine = next.layout()->lineAt(0);
        const double nextTop = layout->blockBoundingRect(next).top() + (firstLine.isValid() ? firstLine.y() : 0);
        if (int(nextTop / pageHeight) > headingPage) {
            heading->breakBefore = true;
            QTextBlockFormat b;
            b.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).mergeBlockFormat(b);
            return true;
        }
    }
    return false;
}

void ReportLayout::splitParagraphsAtPageEnds()
{
    // Qt draws a paragraph's last line above the clip too when the paragraph continues on the next
    // page: hidden on paper, but it stays in the PDF's text. Paragraphs are therefore divided
    // where a page ends; the part on the new page keeps the format without the first-line indent.
    // A division at a line end changes no line, so all are found first and made from the end.
    const double pageHeight = m_text.height();
    QAbstractTextDocumentLayout *layout = m_doc->documentLayout();
    m_doc->pageCount();
    QList<std::pair<QTextBlock, int>> cuts; // block, position in the document
    for (QTextBlock block = m_doc->begin(); block.isValid(); block = block.next()) {
        if (QTextCursor(block).currentTable())
            continue;
        const QRectF r = layout->blockBoundingRect(block);
        int page = int(r.top() / pageHeight);
        const QTextLayout *lines = block.layout();
        for (int i = 1; i < lines->lineCount(); ++i) {
            const QTextLine line = lines->lineAt(i);
            if (r.top() + line.y() < (page + 1) * pageHeight)
                continue;
            cuts.append({block, block.position() + line.textStart()});
            page = int((r.top() + line.y()) / pageHeight);
        }
    }
    for (auto it = cuts.crbegin(); it != cuts.crend(); ++it) {
        QTextBlockFormat rest = it->first.blockFormat();
        rest.setTextIndent(0);
        QTextCursor cursor(m_doc.get());
        cursor.setPosition(it->second);
        cursor.insertBlock(rest, it->first.charFormat());
    }
}

QList<QTextTable *> ReportLayout::addTable(const ContentTable &t)
{
    QList<QTextTable *> made;
    QTextCursor cursor(m_doc.get());
    cursor.movePosition(QTextCursor::End);
    QList<QTextLength> widths;
    // Label columns: one column takes a third of the width; with three (三、 → （三） → 1.), the
    // outer holds a few characters a line, the middle one a （三）-style group name, the inner the
    // long official labels.
    const QList<double> labelShares = t.labelColumns == 1 ? QList<double>{34}
        : t.labelColumns == 3                             ? QList<double>{7, 12.5, 30.5}
                                                          : QList<double>(t.labelColumns, 46.0 / std::max(1, t.labelColumns));
    double labelShare = 0;
    for (int c = 0; c < t.labelColumns; ++c)
        labelShare += labelShares.value(c);
    for (int c = 0; c < t.columns; ++c) {
        const double share = c < t.labelColumns ? labelShares.value(c)
                                                : (100 - labelShare) / (t.columns - t.labelColumns);
        widths << QTextLength(QTextLength::PercentageLength, share);
    }
    const QTextCharFormat cellText = [&] {
        QTextCharFormat f;
        f.setFontFamilies({m_fonts.serif});
        f.setFontPointSize(kTablePt);
        f.setFontLetterSpacingType(QFont::AbsoluteSpacing);
        f.setFontLetterSpacing(0);
        return f;
    }();
    // One table per block (a 第二十条第（X）项 band with its own header), so that each block's
    // header rows repeat when it continues on a new page.
    for (size_t b = 0; b < t.blocks.size(); ++b) {
        const int firstRow = t.blocks[b].first;
        const int endRow = t.blockEnds[b];
        QTextTableFormat format;
        format.setColumnWidthConstraints(widths);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setBorder(1); // 1/96 inch: a 0.75 pt rule
        format.setBorderBrush(Qt::black);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderCollapse(true);
        format.setCellPadding(fmt(pt(2)));
        format.setCellSpacing(0);
        format.setPageBreakPolicy(t.blockBreakBefore[b] ? QTextFormat::PageBreak_AlwaysBefore : QTextFormat::PageBreak_Auto);
        format.setMargin(0);
        QTextTable *table = cursor.insertTable(endRow - firstRow, t.columns, format);
        made << table;
        for (const ContentCell &c : t.cells) {
            if (c.row < firstRow || c.row >= endRow)
                continue;
            const int row = c.row - firstRow;
            if (c.rowSpan > 1 || c.columnSpan > 1)
                table->mergeCells(row, c.column, c.rowSpan, c.columnSpan);
            QTextTableCell cell = table->cellAt(row, c.column);
            QTextTableCellFormat cf = cell.format().toTableCellFormat();
            cf.setVerticalAlignment(QTextCharFormat::AlignMiddle);
            if (c.kind == GridCell::Kind::Band)
                cf.setBackground(QColor(198, 217, 241));
            cell.setFormat(cf);
            QTextCursor in = cell.firstCursorPosition();
            QTextBlockFormat bf;
            bf.setAlignment(c.kind == GridCell::Kind::Value ? Qt::AlignRight
                            : c.kind == GridCell::Kind::RowHeader ? Qt::AlignLeft
                                                                  : Qt::AlignHCenter);
            in.setBlockFormat(bf);
            QTextCharFormat chars = cellText;
            if (c.kind == GridCell::Kind::Band)
                chars.setFontWeight(QFont::Bold);
            if (c.text.isEmpty())
                in.mergeBlockCharFormat(chars); // an empty cell is as tall as a filled one
            in.insertText(c.text, chars);
        }
        cursor.movePosition(QTextCursor::End);
        // The paragraph Qt keeps after a table is made as thin as possible.
        QTextBlockFormat gap;
        gap.setLineHeight(b + 1 < t.blocks.size() ? 1 : fmt(m_text.height() / kLinesPerPage / 2),
                          QTextBlockFormat::FixedHeight);
        cursor.setBlockFormat(gap);
    }
    return made;
}

void ReportLayout::paintPage(QPainter &painter, int pageIndex) const
{
    painter.save();
    painter.translate(m_text.topLeft());
    const QRectF clip(0, pageIndex * m_text.height(), m_text.width(), m_text.height());
    painter.translate(0, -clip.top());
    painter.setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.clip = clip;
    ctx.palette.setColor(QPalette::Text, Qt::black);
    m_doc->documentLayout()->draw(&painter, ctx);
    painter.restore();
    paintSeal(painter, pageIndex);

    // "— 1 —" in 4号 below the text block, 7 mm down; odd pages right, even pages left, one
    // character in from the edge.
    QFont number(m_fonts.serif);
    number.setPointSizeF(kPageNumberPt);
    painter.save();
    painter.setFont(number);
    painter.setPen(Qt::black);
    const QString label = u"— %1 —"_s.arg(pageIndex + 1);
    const QFontMetricsF fm(number, painter.device());
    const double inset = pt(kPageNumberPt);
    const bool odd = (pageIndex + 1) % 2 == 1;
    const double x = odd ? m_text.right() - inset - fm.horizontalAdvance(label) : m_text.left() + inset;
    const double y = m_text.bottom() + mm(page::kPageNumberGapMm) + fm.ascent();
    painter.drawText(QPointF(x, y), label);
    painter.restore();
}

} // namespace nianbao
