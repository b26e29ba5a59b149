#include "reportlayout.h"

#include "pagecanvas.h"
#include "reporttable.h"

#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

constexpr double kBodyPt = 16;       // 3号
constexpr double kTitlePt = 22;      // 2号
constexpr double kCaptionPt = 10.5;  // 五号
constexpr double kPageNumberPt = 14; // 4号
constexpr double kSignaturePt = 12;  // 小四, the signer's line
constexpr int kLinesPerPage = 22;
constexpr int kCharsPerLine = 28;
// Lengths are compared with this much slack (device pixels) against rounding.
constexpr double kSlack = 0.01;
const QColor kBandColor(198, 217, 241);

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
    m_lineHeight = m_text.height() / kLinesPerPage;
    const double width = m_text.width();
    const double ch = width / kCharsPerLine;
    // 28 characters fill the 156 mm line: tighten the advance a little below the 16 pt em.
    m_spacing = (ch - pt(kBodyPt)) * 72.0 / m_dpi;
    const QFont body = font(m_fonts.serif, kBodyPt);

    // The title, then one empty line.
    const QFont title = font(m_fonts.serifBold, kTitlePt, true);
    for (const QString &line : m_content.titleLines)
        placeLines(addText(shape(line, title, Qt::AlignHCenter, width), -1), pt(kTitlePt) * 1.5);
    skip(m_lineHeight);

    const QFont heading1 = font(m_fonts.sans, kBodyPt);
    const QFont heading2 = font(m_fonts.kai, kBodyPt);
    std::vector<Cursor> marks(m_content.blocks.size());
    m_current.assign(m_content.blocks.size(), nullptr);
    for (int i = 0; i < int(m_content.blocks.size()); ++i) {
        marks[size_t(i)] = mark();
        ContentBlock &block = m_content.blocks[size_t(i)];
        if (block.breakBefore && m_y > 0)
            newPage();
        const bool nextIsText = i + 1 < int(m_content.blocks.size())
            && m_content.blocks[size_t(i) + 1].kind != ContentBlock::Kind::Table;
        switch (block.kind) {
        case ContentBlock::Kind::Heading1:
        case ContentBlock::Kind::Heading2: {
            const QFont &f = block.kind == ContentBlock::Kind::Heading1 ? heading1 : heading2;
            Text &text = addText(shape(block.text, f, Qt::AlignLeft, width, 2 * ch), i);
            // A heading never ends a page: it goes along when the next line does not fit with it.
            const double need = text.layout->lineCount() * m_lineHeight + (nextIsText ? m_lineHeight : 0);
            if (m_y > 0 && m_y + need > m_text.height() + kSlack) {
                block.breakBefore = true;
                newPage();
            }
            placeLines(text, m_lineHeight);
            break;
        }
        case ContentBlock::Kind::Paragraph:
            placeLines(addText(shape(block.text, body, Qt::AlignJustify, width, 2 * ch), i), m_lineHeight);
            break;
        case ContentBlock::Kind::Table: {
            const bool lead = i > 0 && m_content.blocks[size_t(i) - 1].kind != ContentBlock::Kind::Table;
            const int restart = placeTable(i, lead ? &marks[size_t(i) - 1] : nullptr, marks[size_t(i)]);
            if (restart >= 0) {
                backTo(marks[size_t(restart)]);
                i = restart - 1;
            }
            break;
        }
        }
    }
    placeSignature();
    m_pages = m_page + 1;
}

ReportLayout::~ReportLayout() = default;

QFont ReportLayout::font(const QString &family, double points, bool bold, bool spaced) const
{
    QFont f(family);
    f.setPointSizeF(points);
    if (bold)
        f.setWeight(QFont::Bold);
    f.setLetterSpacing(QFont::AbsoluteSpacing, spaced ? m_spacing : 0);
    return QFont(f, m_device);
}

std::unique_ptr<QTextLayout> ReportLayout::shape(const QString &text, const QFont &font, Qt::Alignment align,
                                                 double width, double indent) const
{
    auto layout = std::make_unique<QTextLayout>(text, font, m_device);
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    layout->setTextOption(option);
    layout->setCacheEnabled(true); // keeps the glyphs for drawing: shaped once
    layout->beginLayout();
    for (bool first = true;; first = false) {
        QTextLine line = layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width - (first ? indent : 0));
        line.setPosition(QPointF(first ? indent : 0, 0));
    }
    layout->endLayout();
    return layout;
}

ReportLayout::Text &ReportLayout::addText(std::unique_ptr<QTextLayout> layout, int block)
{
    auto text = std::make_unique<Text>();
    text->layout = std::move(layout);
    text->block = block;
    m_texts.push_back(std::move(text));
    return *m_texts.back();
}

void ReportLayout::newPage()
{
    ++m_page;
    m_y = 0;
}

void ReportLayout::skip(double height)
{
    if (m_y + height > m_text.height() + kSlack)
        newPage();
    m_y += height;
}

void ReportLayout::backTo(const Cursor &c)
{
    m_page = c.page;
    m_y = c.y;
    m_lines.resize(c.lines, Line{nullptr, 0, 0});
    m_frames.resize(c.frames, Frame{0, {}, false});
}

void ReportLayout::placeLines(Text &text, double lineHeight)
{
    // The baseline lies four fifths down the fixed line.
    for (int i = 0; i < text.layout->lineCount(); ++i) {
        QTextLine line = text.layout->lineAt(i);
        if (m_y + lineHeight > m_text.height() + kSlack)
            newPage();
        line.setPosition(QPointF(line.x(), m_y + lineHeight * 4 / 5 - line.ascent()));
        m_lines.push_back({&text, i, m_page});
        m_y += lineHeight;
    }
}

int ReportLayout::placeTable(int index, const Cursor *leadMark, const Cursor &ownMark)
{
    ContentBlock &block = m_content.blocks[size_t(index)];
    ContentTable &t = *block.table;
    const double pageHeight = m_text.height();
    if (!m_current[size_t(index)]) {
        m_tables.push_back(std::make_unique<ReportTable>(t, index, *this, m_text.width()));
        m_current[size_t(index)] = m_tables.back().get();
    }
    if (!t.caption.isEmpty())
        placeLines(addText(shape(t.caption, font(m_fonts.serif, kCaptionPt), Qt::AlignHCenter, m_text.width()), index),
                   m_lineHeight);
    for (int part = 0; part < m_current[size_t(index)]->parts(); ++part) {
        if (part > 0 && t.blockBreakBefore[size_t(part)] && m_y > 0)
            newPage();
        const bool withLead = part == 0 && leadMark;
        for (;;) {
            ReportTable &table = *m_current[size_t(index)];
            const double height = table.partHeight(part);
            if (m_y + height <= pageHeight + kSlack) {
                table.place(part, m_page, m_y, &m_lines, &m_frames);
                m_y += height;
                break;
            }
            ContentBlock *leadBlock = withLead ? &m_content.blocks[size_t(index) - 1] : nullptr;
            const bool moved = leadBlock ? leadBlock->breakBefore
                                         : t.blockBreakBefore[size_t(part)] || (part == 0 && block.breakBefore);
            // How tall the block is with what goes along with it (the heading before it, the
            // caption), from where that starts.
            const Cursor &from = part > 0 ? mark() : withLead ? *leadMark : ownMark;
            const double span = (m_page - from.page) * pageHeight + m_y - from.y + height;
            // Starts the block on the next page: a later block at once; the first one, with the
            // heading before it, by laying out again from that heading (or the table).
            auto startOnNextPage = [&]() -> int {
                if (part > 0) {
                    t.blockBreakBefore[size_t(part)] = true;
                    newPage();
                    return -1;
                }
                if (leadBlock) {
                    leadBlock->breakBefore = true;
                    return index - 1;
                }
                block.breakBefore = true;
                t.blockBreakBefore[0] = true;
                return index;
            };
            // Fits on a page with what goes along: start it on the next one.
            if (!moved && span <= pageHeight + kSlack) {
                if (const int again = startOnNextPage(); again >= 0)
                    return again;
                continue;
            }
            // Longer: divide it before the first row that runs over the page end.
            const int row = table.firstRowBeyond(part, pageHeight - m_y);
            if (row >= 0 && t.splitBefore(row)) {
                m_tables.push_back(std::make_unique<ReportTable>(t, index, *this, m_text.width()));
                m_current[size_t(index)] = m_tables.back().get();
                continue;
            }
            // Not one row fits on what is left of this page: start the table on the next one, once.
            if (!moved) {
                if (const int again = startOnNextPage(); again >= 0)
                    return again;
                continue;
            }
            table.place(part, m_page, m_y, &m_lines, &m_frames); // taller than a page: it runs over
            m_y += height;
            break;
        }
        // A hairline between the blocks of a table and after it.
        skip(m_dpi / 96.0);
    }
    return -1;
}

void ReportLayout::placeSignature()
{
    // 署名 and 成文日期 without a seal: one empty line, the organization two characters from the
    // right, the date on the next line starting two characters further right. With a seal: the
    // date four characters from the right, the organization centred over it, the seal pressed on
    // both (drawn in drawSeal).
    skip(m_lineHeight);
    const QFont body = font(m_fonts.serif, kBodyPt);
    const QFontMetricsF fm(body, m_device);
    const double width = m_text.width();
    const double ch = width / kCharsPerLine;
    const double orgWidth = fm.horizontalAdvance(m_content.signatory);
    const double dateWidth = fm.horizontalAdvance(m_content.date);
    double orgRight = 2 * ch;
    double dateRight = orgRight + orgWidth - 2 * ch - dateWidth;
    if (dateRight < 2 * ch) { // a date longer than the name: the date sets the edge, the name centres over it
        dateRight = 2 * ch;
        orgRight = dateRight + (dateWidth - orgWidth) / 2;
    }
    // With a seal: the 署名 and date a little below the seal's centre, which lies 0.3 line above
    // their middle; a name longer than the date keeps two characters from the edge.
    double sealCentreLines = 0;
    if (!m_seal.isNull()) {
        const double reference = m_content.date.isEmpty() ? orgWidth : dateWidth;
        dateRight = 4 * ch;
        orgRight = dateRight + (reference - orgWidth) / 2;
        if (orgRight < 2 * ch) {
            dateRight += 2 * ch - orgRight;
            orgRight = 2 * ch;
        }
        m_sealCentre.setX(width - dateRight - reference / 2);
        sealCentreLines = (m_content.date.isEmpty() ? 0.5 : 1.0) - 0.3;
    }
    placeLines(addText(shape(m_content.signatory, body, Qt::AlignRight, width - std::max(0.0, orgRight)), -1),
               m_lineHeight);
    m_sealPage = m_page;
    m_sealCentre.setY(m_y - m_lineHeight + m_lineHeight * sealCentreLines);
    if (!m_content.date.isEmpty())
        placeLines(addText(shape(m_content.date, body, Qt::AlignRight, width - std::max(0.0, dateRight)), -1),
                   m_lineHeight);
    // The signer of a signed report, smaller, under the date and ending where it ends; below the
    // seal when there is one.
    if (m_content.signature.isEmpty())
        return;
    if (!m_seal.isNull()) {
        const double sealBottom = m_sealCentre.y() + sealSize().height() / 2;
        if (m_page == m_sealPage && sealBottom > m_y)
            skip(sealBottom - m_y + m_lineHeight * 0.1);
    }
    const QFont note = font(m_fonts.serif, kSignaturePt, false, false);
    const double right = m_content.date.isEmpty() ? orgRight : dateRight;
    placeLines(addText(shape(m_content.signature, note, Qt::AlignRight, width - std::max(0.0, right)), -1),
               m_lineHeight);
}

QList<LaidText> ReportLayout::laidText() const
{
    QList<LaidText> out;
    out.reserve(qsizetype(m_lines.size()));
    for (const Line &l : m_lines) {
        const QTextLine line = l.text->layout->lineAt(l.line);
        LaidText t;
        t.page = l.page;
        t.rect = line.naturalTextRect().translated(m_text.topLeft());
        t.text = l.text->layout->text().mid(line.textStart(), line.textLength());
        t.block = l.text->block;
        t.tablePart = l.text->tablePart;
        t.row = l.text->row;
        t.rowSpan = l.text->rowSpan;
        out << t;
    }
    return out;
}

void ReportLayout::paintPage(QPainter &painter, int pageIndex) const
{
    PainterCanvas canvas(painter);
    drawPage(canvas, pageIndex);
}

void ReportLayout::drawPage(PageCanvas &canvas, int pageIndex) const
{
    const QPointF origin = m_text.topLeft();
    // The bands' background, the rules of the tables, then the text.
    for (const Frame &f : m_frames)
        if (f.page == pageIndex && f.band)
            canvas.fillRect(f.rect.translated(origin), kBandColor);
    for (const Frame &f : m_frames)
        if (f.page == pageIndex)
            canvas.strokeRect(f.rect.translated(origin), m_dpi / 96.0);
    for (const Line &l : m_lines)
        if (l.page == pageIndex)
            canvas.drawTextLine(*l.text->layout, l.line, origin);
    drawSeal(canvas, pageIndex);

    // "— 1 —" in 4号 below the text block, 7 mm down; odd pages right, even pages left, one
    // character in from the edge.
    const auto number = shape(u"— %1 —"_s.arg(pageIndex + 1), font(m_fonts.serif, kPageNumberPt, false, false),
                              Qt::AlignLeft, m_text.width());
    const QTextLine line = number->lineAt(0);
    const double inset = pt(kPageNumberPt);
    const bool odd = (pageIndex + 1) % 2 == 1;
    const double x = odd ? m_text.right() - inset - line.naturalTextWidth() : m_text.left() + inset;
    const double y = m_text.bottom() + mm(page::kPageNumberGapMm);
    canvas.drawTextLine(*number, 0, QPointF(x, y));
}

} // namespace nianbao
