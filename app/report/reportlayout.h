#pragma once
// The report laid out as an official document (GB/T 9704): A4, margins 37/35/28/26 mm, a 2号
// title, 3号 body in 22 lines of 28 characters, 黑体 and 楷体 headings, the tables in 五号 with
// their header rows repeated on a new page, page numbers "— 1 —" in 4号 below the text block,
// and the 署名 and 成文日期 at the end (with the office's seal and the signer's line when signed).

#include "reportcontent.h"
#include "reportfonts.h"

#include <QImage>
#include <QTextDocument>

#include <memory>

class QPaintDevice;
class QTextTable;
class QPainter;

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

class ReportLayout
{
public:
    // Lays the content out for the device; its resolution is used for every size.
    ReportLayout(const ReportContent &content, const ReportFonts &fonts, QPaintDevice *device);

    int pageCount() const;
    // Paints one page (0-based) with its number; the painter's origin is the page's top-left corner.
    void paintPage(QPainter &painter, int page) const;
    QTextDocument *document() const { return m_doc.get(); }
    // The content as laid out: tables divided at page ends, with their headers repeated.
    const ReportContent &content() const { return m_content; }
    QRectF textArea() const { return m_text; }
    static constexpr double kSealMm = 42; // a seal's usual diameter
    double mm(double millimetres) const { return millimetres * m_dpi / 25.4; }
    double pt(double points) const { return points * m_dpi / 72.0; }
    // Fixed line heights and table lengths (borders, padding) are given in 1/96 inch and scaled
    // to the device by the layout; this converts device pixels to them.
    double fmt(double devicePixels) const { return devicePixels * 96.0 / m_dpi; }

private:
    void build();
    // Returns the tables made, one per block.
    QList<QTextTable *> addTable(const ContentTable &table);
    // Makes sure no table block runs over a page end: a block that fits on a page starts on the
    // next one (its heading goes along), changed in place; a longer one is divided between rows in
    // the content, which then has to be built again (returns true).
    bool paginateTables();
    // One pass over the tables: moves in place, or divides one in the content (returns true).
    bool divideOrMoveTables();
    // A heading that ends a page while its text starts the next one moves to that page, in place.
    bool keepHeadingsWithText();
    void splitParagraphsAtPageEnds();
    void paintSeal(QPainter &painter, int page) const;
    // The seal as drawn: at most 700 pixels, a white ground made transparent.
    static QImage sealImage(const QByteArray &bytes);

    struct Placed {
        QTextTable *table;
        ContentBlock *block;   // the content's table
        int blockIndex;        // which block of it
        ContentBlock *lead;    // the heading just before it, or null
        int leadBlockNumber;   // that heading's block in the document
    };
    QList<Placed> m_tables;
    QList<std::pair<ContentBlock *, int>> m_headings; // heading, its block in the document

    const ReportFonts &m_fonts;
    QPaintDevice *m_device;
    int m_dpi;
    ReportContent m_content;
    QRectF m_text;
    std::unique_ptr<QTextDocument> m_doc;
    QImage m_seal;                 // the office's seal, for a signed report; null for none
    static constexpr int kSignatoryState = 0x5ea1; // marks the 署名's block
    double m_sealCentreRight = 0;  // the seal's centre, from the right edge of the text
    double m_sealCentreLines = 0;  // and below the top of the 署名's line, in lines

};

} // namespace nianbao
