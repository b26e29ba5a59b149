#include "pdfface.h"

#include "fontsubset.h"
#include "pdffile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QRawFont>
#include <QtGui/private/qfontengine_ft_p.h>
#include <QtGui/private/qrawfont_p.h>

#include <ft2build.h>
#include FT_FREETYPE_H

#include <fontconfig/fontconfig.h>

#include <cmath>
#include <memory>

namespace nianbao {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Report)
};

struct PatternFree {
    void operator()(FcPattern *p) const { FcPatternDestroy(p); }
};
struct FontSetFree {
    void operator()(FcFontSet *s) const { FcFontSetDestroy(s); }
};
struct ObjectSetFree {
    void operator()(FcObjectSet *s) const { FcObjectSetDestroy(s); }
};

QByteArray hex4(quint32 code)
{
    return QByteArray::number(code, 16).rightJustified(4, '0').toUpper();
}

// Six capital letters naming the subset, from the glyphs it holds (ISO 32000 §9.6.4).
QByteArray subsetTag(const QByteArray &glyphs)
{
    const QByteArray digest = QCryptographicHash::hash(glyphs, QCryptographicHash::Sha256);
    QByteArray tag;
    for (int i = 0; i < 6; ++i)
        tag += char('A' + quint8(digest[i]) % 26);
    return tag;
}

// The file and index in a collection that fontconfig knows for a face: the face of that family and
// slant whose weight is nearest.
bool locate(const QRawFont &font, QString *file, int *index)
{
    std::unique_ptr<FcPattern, PatternFree> query(FcPatternCreate());
    const QByteArray family = font.familyName().toUtf8();
    FcPatternAddString(query.get(), FC_FAMILY, reinterpret_cast<const FcChar8 *>(family.constData()));
    FcPatternAddInteger(query.get(), FC_SLANT, font.style() == QFont::StyleNormal ? FC_SLANT_ROMAN : FC_SLANT_ITALIC);
    std::unique_ptr<FcObjectSet, ObjectSetFree> objects(FcObjectSetBuild(FC_FILE, FC_INDEX, FC_WEIGHT, nullptr));
    std::unique_ptr<FcFontSet, FontSetFree> found(FcFontList(nullptr, query.get(), objects.get()));
    if (!found)
        return false;
    const double wanted = FcWeightFromOpenTypeDouble(font.weight());
    double bestDistance = -1;
    for (int i = 0; i < found->nfont; ++i) {
        FcChar8 *path = nullptr;
        if (FcPatternGetString(found->fonts[i], FC_FILE, 0, &path) != FcResultMatch)
            continue;
        double weight = FC_WEIGHT_REGULAR;
        FcPatternGetDouble(found->fonts[i], FC_WEIGHT, 0, &weight);
        int faceIndex = 0;
        FcPatternGetInteger(found->fonts[i], FC_INDEX, 0, &faceIndex);
        const double distance = std::abs(weight - wanted);
        if (bestDistance < 0 || distance < bestDistance) {
            bestDistance = distance;
            *file = QFile::decodeName(reinterpret_cast<const char *>(path));
            *index = faceIndex;
        }
    }
    return bestDistance >= 0;
}

// The bytes of the font file a face comes from, and the face's index in it.
struct FontBytes {
    bool ok = false;
    QByteArrayView bytes;
    int index = 0;
    std::unique_ptr<QFile> file; // when the bytes are mapped here
};

FontBytes mapFile(const QString &path, int index, QString *error)
{
    FontBytes out;
    out.index = index;
    out.file = std::make_unique<QFile>(path);
    const uchar *mapped = out.file->open(QIODevice::ReadOnly) ? out.file->map(0, out.file->size()) : nullptr;
    if (!mapped) {
        *error = Tr::tr("Cannot read the font file %1: %2").arg(path, out.file->errorString());
        return out;
    }
    out.bytes = QByteArrayView(mapped, out.file->size());
    out.ok = true;
    return out;
}

FontBytes fontBytes(const QRawFont &font, const QString &outlineFile, QString *error)
{
    // A stand-in's outlines are in the face it stands for.
    if (!outlineFile.isEmpty())
        return mapFile(outlineFile, 0, error);
    FontBytes out;
    // The file as FreeType already holds it for Qt: no second mapping of a 25 MB face, and
    // exactly the face that was shaped with.
    QFontEngine *engine = QRawFontPrivate::get(font)->fontEngine;
    if (engine && engine->type() == QFontEngine::Freetype) {
        const FT_Face face = static_cast<QFontEngineFT *>(engine)->non_locked_face();
        if (face && face->stream && face->stream->base && face->stream->size > 0) {
            out.bytes = QByteArrayView(face->stream->base, qsizetype(face->stream->size));
            out.index = int(face->face_index & 0xFFFF);
            out.ok = true;
            return out;
        }
    }
    // Otherwise the file fontconfig knows for the family, mapped.
    QString path;
    int index = 0;
    if (!locate(font, &path, &index)) {
        *error = Tr::tr("The face %1 used in the report has no font file.").arg(font.familyName());
        return out;
    }
    return mapFile(path, index, error);
}

} // namespace

void PdfFace::use(quint32 glyph, QStringView text)
{
    Glyph &g = m_glyphs[glyph];
    if (g.text.isEmpty())
        g.text = text.toString();
}

bool PdfFace::write(PdfFile &pdf, QString *error)
{
    if (m_standIn && m_outlineFile.isEmpty()) {
        *error = Tr::tr("The face %1 (%2) stands in for another whose outlines are not known.")
                     .arg(m_font.familyName(), m_font.styleName());
        return false;
    }
    FontBytes face = fontBytes(m_font, m_outlineFile, error);
    if (!face.ok)
        return false;
    std::vector<quint32> glyphs;
    glyphs.reserve(m_glyphs.size());
    for (const auto &[glyph, g] : m_glyphs)
        glyphs.push_back(glyph);
    const auto subset = subsetFont(face.bytes, face.index, glyphs, error);
    if (!subset)
        return false;
    size_t i = 0;
    for (auto &[glyph, g] : m_glyphs) {
        g.code = subset->codes[i];
        g.advance = subset->advances[i];
        ++i;
    }

    const bool cff = subset->format == FontSubset::Format::Cff;
    const QByteArray used(reinterpret_cast<const char *>(glyphs.data()), qsizetype(glyphs.size() * sizeof(quint32)));
    const QByteArray name = '/' + subsetTag(used) + '+' + subset->postScriptName;
    const int cidFont = pdf.reserve();
    const int descriptor = pdf.reserve();
    const int program = pdf.reserve();
    const int toUnicodeMap = pdf.reserve();
    pdf.object(m_id, "<</Type /Font /Subtype /Type0 /BaseFont " + name + " /Encoding /Identity-H /DescendantFonts ["
                         + QByteArray::number(cidFont) + " 0 R] /ToUnicode " + QByteArray::number(toUnicodeMap)
                         + " 0 R>>");
    pdf.object(cidFont, "<</Type /Font /Subtype " + QByteArray(cff ? "/CIDFontType0" : "/CIDFontType2") + " /BaseFont "
                            + name + " /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>>"
                            + " /FontDescriptor " + QByteArray::number(descriptor) + " 0 R /DW 1000 /W " + widths()
                            + (cff ? "" : " /CIDToGIDMap /Identity") + ">>");
    const auto n = [](double v) { return PdfFile::number(v); };
    pdf.object(descriptor, "<</Type /FontDescriptor /FontName " + name + " /Flags "
                               + QByteArray::number(subset->fixedPitch ? 5 : 4) + " /FontBBox [" + n(subset->xMin) + ' '
                               + n(subset->yMin) + ' ' + n(subset->xMax) + ' ' + n(subset->yMax) + "] /ItalicAngle "
                               + n(subset->italicAngle) + " /Ascent " + n(subset->ascent) + " /Descent "
                               + n(subset->descent) + " /CapHeight " + n(subset->capHeight) + " /StemV 80 "
                               + (cff ? "/FontFile3 " : "/FontFile2 ") + QByteArray::number(program) + " 0 R>>");
    // CFF is compact already (deflate saves a fifth of it at the cost of a tenth of the whole
    // render); a TrueType subset keeps an entry per glyph of the face and shrinks to little.
    pdf.stream(program, cff ? QByteArray("/Subtype /CIDFontType0C") : QByteArray(), subset->program, !cff);
    pdf.stream(toUnicodeMap, {}, toUnicode());
    return true;
}

QByteArray PdfFace::widths() const
{
    // Runs of consecutive codes share one array: [c [w w w] c' [w] …].
    QByteArray out = "[";
    qint64 previous = -2;
    for (const auto &[glyph, g] : m_glyphs) {
        if (qint64(g.code) != previous + 1) {
            if (previous >= 0)
                out += "] ";
            out += QByteArray::number(g.code) + " [";
        } else {
            out += ' ';
        }
        out += PdfFile::number(g.advance);
        previous = g.code;
    }
    if (previous >= 0)
        out += ']';
    return out + ']';
}

QByteArray PdfFace::toUnicode() const
{
    QByteArray entries;
    int count = 0;
    QByteArray out = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                     "/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n"
                     "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                     "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    const auto flush = [&] {
        if (count > 0)
            out += QByteArray::number(count) + " beginbfchar\n" + entries + "endbfchar\n";
        entries.clear();
        count = 0;
    };
    for (const auto &[glyph, g] : m_glyphs) {
        if (g.text.isEmpty())
            continue;
        QByteArray utf16;
        for (const QChar c : g.text)
            utf16 += hex4(c.unicode());
        entries += '<' + hex4(g.code) + "> <" + utf16 + ">\n";
        if (++count == 100) // at most 100 entries in a block
            flush();
    }
    flush();
    return out + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
}

} // namespace nianbao
