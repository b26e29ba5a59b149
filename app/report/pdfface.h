#pragma once
// One face embedded in the report's PDF: the glyphs drawn with it and the text each stands for,
// written at the end as a Type 0 font whose program is a subset of the face's own outlines
// (fontsubset.h), with its widths and a text map taken from the report's own characters.

#include <QByteArray>
#include <QRawFont>
#include <QString>

#include <map>

namespace nianbao {

class PdfFile;

class PdfFace
{
public:
    // The face Qt shaped with (any size of it), embedded as the font object `objectId`. A stand-in
    // for layout (reportfonts.h) takes its outlines from `outlineFile`, and cannot be embedded
    // without one.
    PdfFace(const QRawFont &font, int objectId, bool standIn = false, QString outlineFile = {})
        : m_font(font), m_id(objectId), m_standIn(standIn), m_outlineFile(std::move(outlineFile))
    {
    }
    int objectId() const { return m_id; }
    // Notes a glyph drawn and the text it stands for (empty when unknown: the first text wins).
    void use(quint32 glyph, QStringView text);
    // Cuts the face down to the glyphs used and writes its objects; false with `error` set when
    // the face cannot be embedded this way.
    bool write(PdfFile &pdf, QString *error);
    // After write(): the code that draws a glyph, and its advance in thousandths of an em.
    quint32 code(quint32 glyph) const { return m_glyphs.at(glyph).code; }
    double advance(quint32 glyph) const { return m_glyphs.at(glyph).advance; }

private:
    struct Glyph {
        QString text;
        quint32 code = 0;
        double advance = 0;
    };
    QByteArray toUnicode() const;
    QByteArray widths() const;

    QRawFont m_font; // keeps Qt's face, and with it FreeType's view of the font file, open
    int m_id;
    bool m_standIn;
    QString m_outlineFile;
    std::map<quint32, Glyph> m_glyphs; // by glyph id
};

} // namespace nianbao
