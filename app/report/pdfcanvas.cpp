#include "pdfcanvas.h"

#include "pagecanvas.h"
#include "pdfface.h"
#include "pdffile.h"
#include "pdftextmap.h"
#include "reportlayout.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QGlyphRun>
#include <QHash>
#include <QImage>
#include <QRawFont>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <memory>
#include <variant>
#include <vector>

namespace nianbao {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Report)
};

// What a page holds, kept until the faces are cut down to their glyphs and the codes known.
struct Fill {
    QRectF rect;
    QColor color;
};
struct Frame {
    QRectF rect;
    double width;
};
struct Run {
    int face;
    double size; // pixels per em
    std::vector<quint32> glyphs;
    std::vector<QPointF> positions;
};
struct Picture {
    QRectF target;
    int image;
};
using Item = std::variant<Fill, Frame, Run, Picture>;

// An image with its transparency as a soft mask (PDF images have no alpha of their own).
struct Image {
    QImage pixels;
    int id = 0;
    int mask = 0;
};

class PdfCanvas final : public PageCanvas
{
public:
    PdfCanvas(PdfFile &pdf, const ReportFonts &fonts) : m_pdf(pdf), m_fonts(fonts) {}

    void startPage() { m_pages.emplace_back(); }
    void fillRect(const QRectF &rect, const QColor &color) override { m_pages.back().push_back(Fill{rect, color}); }
    void strokeRect(const QRectF &rect, double width) override { m_pages.back().push_back(Frame{rect, width}); }
    void drawTextLine(const QTextLayout &layout, int line, const QPointF &origin) override;
    void drawImage(const QRectF &target, const QImage &image) override
    {
        Image i;
        i.pixels = image.convertToFormat(QImage::Format_ARGB32);
        i.id = m_pdf.reserve();
        i.mask = image.hasAlphaChannel() ? m_pdf.reserve() : 0;
        m_images.push_back(std::move(i));
        m_pages.back().push_back(Picture{target, int(m_images.size()) - 1});
    }

    QString error() const { return m_error; }
    // Writes the faces, images and pages; returns the page tree's object, or 0 on failure.
    int write(double widthPt, double heightPt, double toPoints);

private:
    int faceFor(const QRawFont &font);
    QByteArray content(const std::vector<Item> &items, double heightPt, double toPoints) const;
    void writeImage(const Image &image);

    PdfFile &m_pdf;
    const ReportFonts &m_fonts;
    std::vector<std::unique_ptr<PdfFace>> m_faces;
    QHash<QString, int> m_faceIndex; // by family, weight and style
    std::vector<Image> m_images;
    std::vector<std::vector<Item>> m_pages;
    QString m_error;
};

int PdfCanvas::faceFor(const QRawFont &font)
{
    const QString key = font.familyName() + QLatin1Char('/') + QString::number(font.weight()) + QLatin1Char('/')
        + QString::number(int(font.style()));
    auto it = m_faceIndex.constFind(key);
    if (it != m_faceIndex.cend())
        return *it;
    // A stand-in's outlines come from the face it stands for; never its own rectangles.
    const bool standIn = m_fonts.standInFamilies.contains(font.familyName());
    const QString outlines = m_fonts.outlineFiles.value(font.familyName() + u'/' + font.styleName());
    m_faces.push_back(std::make_unique<PdfFace>(font, m_pdf.reserve(), standIn, outlines));
    const int face = int(m_faces.size()) - 1;
    m_faceIndex.insert(key, face);
    return face;
}

void PdfCanvas::drawTextLine(const QTextLayout &layout, int lineIndex, const QPointF &origin)
{
    const QTextLine line = layout.lineAt(lineIndex);
    const QString &text = layout.text();
    qsizetype next = line.textStart();
    const qsizetype end = next + line.textLength();
    for (const QGlyphRun &glyphRun : line.glyphRuns()) {
        const QRawFont font = glyphRun.rawFont();
        const int face = faceFor(font);
        Run run{face, font.pixelSize(), {}, {}};
        const QList<quint32> glyphs = glyphRun.glyphIndexes();
        const QList<QPointF> positions = glyphRun.positions();
        run.glyphs.assign(glyphs.cbegin(), glyphs.cend());
        run.positions.reserve(size_t(positions.size()));
        for (const QPointF &p : positions)
            run.positions.push_back(origin + p);
        const std::vector<QString> texts = glyphTexts(font, text, &next, end, glyphs);
        for (qsizetype i = 0; i < glyphs.size(); ++i)
            m_faces[size_t(face)]->use(glyphs[i], texts[size_t(i)]);
        m_pages.back().push_back(std::move(run));
    }
}

// A page's content stream, written straight into one buffer.
class ContentWriter
{
public:
    ContentWriter() { m_out.reserve(64 * 1024); }
    ContentWriter &operator<<(double v)
    {
        char buffer[32];
        m_out.append(buffer, PdfFile::number(v, buffer)).append(' ');
        return *this;
    }
    ContentWriter &operator<<(const char *op)
    {
        m_out.append(op);
        return *this;
    }
    ContentWriter &operator<<(const QRectF &r) { return *this << r.x() << r.y() << r.width() << r.height(); }
    ContentWriter &code(quint32 c)
    {
        static constexpr char kHex[] = "0123456789ABCDEF";
        const char digits[4] = {kHex[(c >> 12) & 15], kHex[(c >> 8) & 15], kHex[(c >> 4) & 15], kHex[c & 15]};
        m_out.append(digits, 4);
        return *this;
    }
    QByteArray take() { return std::move(m_out); }

private:
    QByteArray m_out;
};

QByteArray PdfCanvas::content(const std::vector<Item> &items, double heightPt, double toPoints) const
{
    ContentWriter out;
    // Device pixels, y down, from the page's top-left corner.
    out << toPoints << 0.0 << 0.0 << -toPoints << 0.0 << heightPt << "cm\n";
    for (const Item &item : items) {
        if (const auto *f = std::get_if<Fill>(&item)) {
            out << f->color.redF() << f->color.greenF() << f->color.blueF() << "rg " << f->rect << "re f\n";
        } else if (const auto *r = std::get_if<Frame>(&item)) {
            out << "0 G " << r->width << "w 0 j " << r->rect << "re S\n";
        } else if (const auto *p = std::get_if<Picture>(&item)) {
            out << "q " << p->target.width() << 0.0 << 0.0 << -p->target.height() << p->target.x()
                << p->target.bottom() << "cm /Im" << double(p->image) << "Do Q\n";
        } else if (const auto *t = std::get_if<Run>(&item)) {
            const PdfFace &face = *m_faces[size_t(t->face)];
            // One text matrix per run (flipped back upright); the pen then moves by each glyph's
            // width, corrected where the layout placed the next glyph elsewhere.
            out << "BT 0 g /F" << double(t->face) << "1 Tf ";
            for (size_t i = 0; i < t->glyphs.size(); ++i) {
                const QPointF at = t->positions[i];
                if (i == 0 || at.y() != t->positions[i - 1].y()) {
                    if (i > 0)
                        out << "> ] TJ\n";
                    out << t->size << 0.0 << 0.0 << -t->size << at.x() << at.y() << "Tm [<";
                } else {
                    const double moved = (at.x() - t->positions[i - 1].x()) * 1000 / t->size;
                    const double correction = face.advance(t->glyphs[i - 1]) - moved;
                    if (std::abs(correction) >= 0.001)
                        out << "> " << correction << "<";
                }
                out.code(face.code(t->glyphs[i]));
            }
            out << "> ] TJ ET\n";
        }
    }
    return out.take();
}

void PdfCanvas::writeImage(const Image &image)
{
    const QImage &p = image.pixels;
    QByteArray rgb;
    QByteArray alpha;
    rgb.reserve(qsizetype(p.width()) * p.height() * 3);
    if (image.mask)
        alpha.reserve(qsizetype(p.width()) * p.height());
    for (int y = 0; y < p.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(p.constScanLine(y));
        for (int x = 0; x < p.width(); ++x) {
            rgb += char(qRed(line[x]));
            rgb += char(qGreen(line[x]));
            rgb += char(qBlue(line[x]));
            if (image.mask)
                alpha += char(qAlpha(line[x]));
        }
    }
    const QByteArray size = " /Width " + QByteArray::number(p.width()) + " /Height " + QByteArray::number(p.height())
        + " /BitsPerComponent 8 /Interpolate true";
    m_pdf.stream(image.id, "/Type /XObject /Subtype /Image /ColorSpace /DeviceRGB" + size
                               + (image.mask ? " /SMask " + QByteArray::number(image.mask) + " 0 R" : QByteArray()),
                 rgb);
    if (image.mask)
        m_pdf.stream(image.mask, "/Type /XObject /Subtype /Image /ColorSpace /DeviceGray" + size, alpha);
}

int PdfCanvas::write(double widthPt, double heightPt, double toPoints)
{
    for (const auto &face : m_faces)
        if (!face->write(m_pdf, &m_error))
            return 0;
    for (const Image &image : m_images)
        writeImage(image);
    QByteArray fonts;
    for (size_t i = 0; i < m_faces.size(); ++i)
        fonts += "/F" + QByteArray::number(qsizetype(i)) + ' ' + QByteArray::number(m_faces[i]->objectId()) + " 0 R ";
    QByteArray images;
    for (size_t i = 0; i < m_images.size(); ++i)
        images += "/Im" + QByteArray::number(qsizetype(i)) + ' ' + QByteArray::number(m_images[i].id) + " 0 R ";
    const int resources = m_pdf.reserve();
    m_pdf.object(resources, "<</Font <<" + fonts + ">> /XObject <<" + images + ">>>>");
    const int tree = m_pdf.reserve();
    QByteArray kids;
    for (const std::vector<Item> &items : m_pages) {
        const int page = m_pdf.reserve();
        const int stream = m_pdf.reserve();
        m_pdf.stream(stream, {}, content(items, heightPt, toPoints));
        m_pdf.object(page, "<</Type /Page /Parent " + QByteArray::number(tree) + " 0 R /MediaBox [0 0 "
                               + PdfFile::number(widthPt) + ' ' + PdfFile::number(heightPt) + "] /Resources "
                               + QByteArray::number(resources) + " 0 R /Contents " + QByteArray::number(stream)
                               + " 0 R>>");
        kids += QByteArray::number(page) + " 0 R ";
    }
    m_pdf.object(tree, "<</Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(qsizetype(m_pages.size()))
                           + ">>");
    return tree;
}

// The embedded files and their name tree, as entries of the catalog (PDF 2.0 §7.11.4, §14.13):
// each a file specification with its stream, listed in /EmbeddedFiles and in /AF as the
// document's data.
QByteArray attachments(PdfFile &pdf, const QList<PdfAttachment> &files, const QByteArray &now)
{
    if (files.isEmpty())
        return {};
    QList<std::pair<QString, int>> specs;
    for (const PdfAttachment &f : files) {
        const int stream = pdf.reserve();
        QByteArray mime = f.mimeType;
        mime.replace('/', "#2F");
        pdf.stream(stream,
                   "/Type /EmbeddedFile /Subtype /" + mime + " /Params <</Size "
                       + QByteArray::number(f.data.size()) + " /ModDate (D:" + now + "Z)>>",
                   f.data);
        const int spec = pdf.reserve();
        const QByteArray ref = QByteArray::number(stream) + " 0 R";
        pdf.object(spec,
                   "<</Type /Filespec /F " + PdfFile::text(f.name) + " /UF " + PdfFile::text(f.name)
                       + " /Desc " + PdfFile::text(f.description)
                       + " /AFRelationship /Data /EF <</F " + ref + " /UF " + ref + ">>>>");
        specs.append({f.name, spec});
    }
    // A name tree's keys are sorted.
    std::sort(specs.begin(), specs.end());
    QByteArray names;
    QByteArray associated;
    for (const auto &[name, spec] : specs) {
        names += PdfFile::text(name) + ' ' + QByteArray::number(spec) + " 0 R ";
        associated += QByteArray::number(spec) + " 0 R ";
    }
    return " /Names <</EmbeddedFiles <</Names [" + names.trimmed() + "]>>>> /AF ["
        + associated.trimmed() + "]";
}

} // namespace

QByteArray drawPdf(const ReportLayout &layout, const PdfInfo &info, QString *error)
{
    PdfFile pdf;
    PdfCanvas canvas(pdf, layout.fonts());
    for (int i = 0; i < layout.pageCount(); ++i) {
        canvas.startPage();
        layout.drawPage(canvas, i);
    }
    const double toPoints = 1 / layout.pt(1);
    const int tree = canvas.write(layout.mm(page::kWidthMm) * toPoints, layout.mm(page::kHeightMm) * toPoints, toPoints);
    if (!tree) {
        if (error)
            *error = Tr::tr("Cannot write the report as PDF: %1").arg(canvas.error());
        return {};
    }
    const QByteArray now =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
    const int catalog = pdf.reserve();
    pdf.object(catalog,
               "<</Type /Catalog /Pages " + QByteArray::number(tree) + " 0 R"
                   + attachments(pdf, info.attachments, now) + ">>");
    const int about = pdf.reserve();
    pdf.object(about, "<</Title " + PdfFile::text(info.title) + " /Creator " + PdfFile::text(info.creator)
                          + " /Producer " + PdfFile::text(info.creator) + " /CreationDate (D:" + now + "Z)>>");
    return pdf.finish(catalog, about);
}

} // namespace nianbao
