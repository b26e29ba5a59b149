#pragma once
// The report laid out as an official document (GB/T 9704): A4, margins 37/35/28/26 mm, a 2号
// title, 3号 body in 22 lines of 28 characters, 黑体 and 楷体 headings, the tables in 五号 with
// their header rows repeated on a new page, page numbers "— 1 —" in 4号 below the text block,
// and the 署名 and 成文日期 at the end (with the office's seal and the signer's line when signed).
//
// Every paragraph, heading and table cell is shaped once into a QTextLayout; lines have a fixed
// height and are placed on pages by the layout itself, so nothing is laid out twice.

#include "reportcontent.h"
#include "reportfonts.h"

#include <QFont>
#include <QImage>
#include <QList>
#include <QRectF>

#include <memory>
#include <vector>

class QPaintDevice;
class QPainter;
class QTextLayout;

namespace nianbao {

namespace page {
inline constexpr double kTopMm = 37;
inline constexpr double kBottomMm = 35;
inline constexpr double kLeftMm = 28;
inline constexpr double kRightMm = 26;
inline constexpr double kWidthMm = 210;
inline constexpr double kHeightMm = 297;
inline constexpr double kPageNumberGapMm = 7;
} // namespace page

class PageCanvas;
class ReportTable;

// A piece of text as drawn: one line of a paragraph, heading, title, caption or table cell.
struct LaidText {
    int page = 0;
    QRectF rect;          // on the page, device pixels
    QString text;
    int block = -1;       // the content block it belongs to; -1 for the title and the 落款
    int tablePart = -1;   // for a table cell: the block of the table (ContentTable::blocks)
    int row = -1;         // for a table cell: its first row and how many rows it spans
    int rowSpan = 0;
};

class ReportLayout
{
public:
    // Lays the content out for the device; its resolution is used for every size.
    ReportLayout(const ReportContent &content, const ReportFonts &fonts, QPaintDevice *device);
    ~ReportLayout();

    int pageCount() const { return m_pages; }
    // Draws one page (0-based) with its number; the canvas's origin is the page's top-left corner.
    void drawPage(PageCanvas &canvas, int page) const;
    // The same with a painter (printing, preview).
    void paintPage(QPainter &painter, int page) const;
    // The content as laid out: tables divided at page ends, with their headers repeated.
    const ReportContent &content() const { return m_content; }
    // Every line of text in the order it is drawn, with its page and place.
    QList<LaidText> laidText() const;
    QRectF textArea() const { return m_text; }
    double mm(double millimetres) const { return millimetres * m_dpi / 25.4; }
    double pt(double points) const { return points * m_dpi / 72.0; }
    const ReportFonts &fonts() const { return m_fonts; }
    static constexpr double kSealMm = 42; // a seal's usual diameter

    // One shaped piece of text and the content it comes from.
    struct Text {
        std::unique_ptr<QTextLayout> layout;
        int block = -1;
        int tablePart = -1;
        int row = -1;
        int rowSpan = 0;
    };
    // A line of a Text on a page; the line's own position is in text-area coordinates.
    struct Line {
        const Text *text;
        int line;
        int page;
    };
    // A table cell's frame and background on a page, in text-area coordinates.
    struct Frame {
        int page;
        QRectF rect;
        bool band;
    };

    // Shapes a text in the font for the device; the lines are broken at `width` (the first at
    // `width - indent`, placed `indent` in).
    std::unique_ptr<QTextLayout> shape(const QString &text, const QFont &font, Qt::Alignment align, double width,
                                       double indent = 0) const;
    // A report face for the device; `spaced` gives it the body's letter spacing (28 a line).
    QFont font(const QString &family, double points, bool bold = false, bool spaced = true) const;

private:
    // Where text goes next: the page, and the top of the next line on it; and how many lines and
    // frames were placed before, to take them back when a table moves what precedes it.
    struct Cursor {
        int page = 0;
        double y = 0;
        size_t lines = 0;
        size_t frames = 0;
    };

    Text &addText(std::unique_ptr<QTextLayout> layout, int block);
    // Places a text's lines one after the other, `lineHeight` each, moving to a new page where a
    // line does not fit.
    void placeLines(Text &text, double lineHeight);
    // Leaves `height` empty, on a new page when it does not fit.
    void skip(double height);
    void newPage();
    Cursor mark() const { return {m_page, m_y, m_lines.size(), m_frames.size()}; }
    void backTo(const Cursor &c);
    // Places a table block by block: a block that does not fit moves to a new page with the
    // heading before it (its mark: `leadMark`), a longer one is divided between rows. Returns
    // the content block to lay out again from when something before the table moved, or -1.
    int placeTable(int index, const Cursor *leadMark, const Cursor &ownMark);
    void placeSignature();
    // The seal as drawn: at most 700 pixels, a white ground made transparent (reportseal.cpp).
    static QImage sealImage(const QByteArray &bytes);
    QSizeF sealSize() const;
    // Draws the seal on its page.
    void drawSeal(PageCanvas &canvas, int page) const;

    const ReportFonts &m_fonts;
    QPaintDevice *m_device;
    int m_dpi;
    ReportContent m_content;
    QRectF m_text;
    double m_lineHeight = 0; // the body's fixed line: a 22nd of the text block
    std::vector<std::unique_ptr<Text>> m_texts;
    double m_spacing = 0;    // the body's letter spacing
    std::vector<std::unique_ptr<ReportTable>> m_tables; // every table made; lines point into them
    std::vector<ReportTable *> m_current;                // per content block, its table as divided now
    std::vector<Line> m_lines;
    std::vector<Frame> m_frames;
    int m_page = 0;
    double m_y = 0;
    int m_pages = 1;
    QImage m_seal;          // the office's seal, for a signed report; null for none
    int m_sealPage = -1;    // where it is pressed: the 署名's page
    QPointF m_sealCentre;   // and its centre, in text-area coordinates
};

} // namespace nianbao
