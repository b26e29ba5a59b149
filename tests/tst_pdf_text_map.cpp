// Which text each glyph stands for in the PDF's text map: one character a glyph in the plain
// case, spaces drawn without a glyph passed over, a ligature given all it stands for, another
// form of a character given that character, and two UTF-16 units for a character beyond the BMP.

#include "pdftextmap.h"

#include <QGuiApplication>
#include <QRawFont>
#include <QTest>

using namespace Qt::StringLiterals;
using nianbao::glyphTexts;

class TestPdfTextMap : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oneGlyphACharacter();
    void spacesWithoutGlyphs();
    void ligature();
    void otherForm();
    void beyondTheBmp();
    void runsShareTheLine();

private:
    quint32 glyph(const QRawFont &font, const QString &c) const
    {
        const QList<quint32> g = font.glyphIndexesForString(c);
        return g.isEmpty() ? 0 : g.first();
    }
    QList<quint32> glyphs(const QString &s) const { return m_font.glyphIndexesForString(s); }
    QStringList texts(const QString &line, const QList<quint32> &glyphs) const
    {
        qsizetype next = 0;
        QStringList out;
        for (const QString &t : glyphTexts(m_font, line, &next, line.size(), glyphs))
            out << t;
        return out;
    }

    QRawFont m_font;
    QRawFont m_cjk;
};

void TestPdfTextMap::initTestCase()
{
    m_font = QRawFont(u"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"_s, 12);
    QVERIFY2(m_font.isValid(), "DejaVu Sans (fonts-dejavu-core) is needed");
    m_cjk = QRawFont(u"/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"_s, 12);
    QVERIFY2(m_cjk.isValid(), "Noto Serif CJK (fonts-noto-cjk) is needed");
}

void TestPdfTextMap::oneGlyphACharacter()
{
    QCOMPARE(texts(u"Abc 12"_s, glyphs(u"Abc 12"_s)), (QStringList{u"A"_s, u"b"_s, u"c"_s, u" "_s, u"1"_s, u"2"_s}));
}

void TestPdfTextMap::spacesWithoutGlyphs()
{
    // A justified line's trailing space or a space Qt drew as no glyph.
    QCOMPARE(texts(u"ab  c "_s, glyphs(u"abc"_s)), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
}

void TestPdfTextMap::ligature()
{
    // "office" drawn as o, ﬃ, c, e: the ligature stands for the three letters.
    const quint32 ffi = glyph(m_font, u"\uFB03"_s);
    QVERIFY(ffi != 0);
    QList<quint32> drawn = glyphs(u"o"_s);
    drawn << ffi << glyphs(u"ce"_s);
    QCOMPARE(texts(u"office"_s, drawn), (QStringList{u"o"_s, u"ffi"_s, u"c"_s, u"e"_s}));
}

void TestPdfTextMap::otherForm()
{
    // A glyph no character of the face maps to (here the ﬁ ligature standing in for "x"):
    // it stands for the next character, and the line goes on from there.
    const quint32 fi = glyph(m_font, u"\uFB01"_s);
    QList<quint32> drawn = glyphs(u"a"_s);
    drawn << fi << glyphs(u"b"_s);
    QCOMPARE(texts(u"axb"_s, drawn), (QStringList{u"a"_s, u"x"_s, u"b"_s}));
}

void TestPdfTextMap::beyondTheBmp()
{
    const QString line = u"人𠀾民"_s;
    QCOMPARE(line.size(), 4);
    const QList<quint32> drawn = m_cjk.glyphIndexesForString(line);
    QCOMPARE(drawn.size(), 3);
    QVERIFY(drawn[1] != 0);
    qsizetype next = 0;
    const std::vector<QString> t = glyphTexts(m_cjk, line, &next, line.size(), drawn);
    QCOMPARE(t, (std::vector<QString>{u"人"_s, u"𠀾"_s, u"民"_s}));
    QCOMPARE(next, 4);
}

void TestPdfTextMap::runsShareTheLine()
{
    // Two runs of one line (two faces): the second starts where the first stopped.
    const QString line = u"年度Ab"_s;
    qsizetype next = 0;
    const std::vector<QString> first = glyphTexts(m_cjk, line, &next, line.size(), m_cjk.glyphIndexesForString(u"年度"_s));
    QCOMPARE(first, (std::vector<QString>{u"年"_s, u"度"_s}));
    QCOMPARE(next, 2);
    const std::vector<QString> second = glyphTexts(m_font, line, &next, line.size(), glyphs(u"Ab"_s));
    QCOMPARE(second, (std::vector<QString>{u"A"_s, u"b"_s}));
    QCOMPARE(next, 4);
}

QTEST_MAIN(TestPdfTextMap)
#include "tst_pdf_text_map.moc"
