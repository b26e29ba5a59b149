#pragma once
// Shared by the tests of the font subsetter (tst_font_subset.cpp): the fonts they run on, the
// glyphs of the reports' own text, and small CFF fonts made for the test by
// tests/fonts/make_test_cff.py.

#include "sfnt.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRawFont>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

namespace fontsubsettest {

using namespace Qt::StringLiterals;

inline const QString kSourceDir = QStringLiteral(NIANBAO_SOURCE_DIR);
inline const QString kFontDir = QStringLiteral(NIANBAO_TEST_FONT_DIR);
inline const QString kPython = QStringLiteral(NIANBAO_PYTHON);
inline const QString kUkai = u"/usr/share/fonts/truetype/arphic/ukai.ttc"_s;
inline const QString kDejaVu = u"/usr/share/fonts/truetype/dejavu/"_s;
inline const QString kNotoSerif = u"/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"_s;

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every character of the three sample reports' text (tests/golden), once: about 760.
inline QString reportCharacters()
{
    QSet<char32_t> seen;
    QString out;
    for (const QString &name :
         QDir(kSourceDir + u"/tests/golden"_s).entryList({u"*.txt"_s}, QDir::Files)) {
        const QString text = QString::fromUtf8(readFile(kSourceDir + u"/tests/golden/"_s + name));
        for (char32_t c : text.toUcs4())
            if (c > 32 && !seen.contains(c)) {
                seen.insert(c);
                out += QString::fromUcs4(&c, 1);
            }
    }
    return out;
}

// The glyphs a font maps the characters to (those it lacks left out), then a few again in another
// order, and .notdef: duplicates and order must not matter.
inline std::vector<quint32> glyphsOf(const QRawFont &font, const QString &text)
{
    std::vector<quint32> glyphs;
    for (quint32 g : font.glyphIndexesForString(text))
        if (g != 0)
            glyphs.push_back(g);
    for (size_t i = std::min<size_t>(glyphs.size(), 12); i-- > 0;)
        glyphs.push_back(glyphs[i]);
    glyphs.push_back(0);
    return glyphs;
}

// Glyph ids spread over a face of `count` glyphs.
inline std::vector<quint32> spreadGlyphs(quint32 count, quint32 n)
{
    std::vector<quint32> glyphs;
    for (quint32 i = 0; i < n; ++i)
        glyphs.push_back(quint32((quint64(i) * 7919) % count));
    return glyphs;
}

// The small CFF fonts of make_test_cff.py, made once per run in a temporary folder.
inline QString testCffFolder()
{
    static QTemporaryDir dir;
    static bool made = false;
    if (!made) {
        QProcess p;
        p.start(kPython,
                {kSourceDir + u"/tests/fonts/make_test_cff.py"_s, kDejaVu + u"DejaVuSans.ttf"_s,
                 dir.path()});
        made = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit
            && p.exitCode() == 0;
        if (!made)
            qWarning("make_test_cff.py: %s", p.readAllStandardError().constData());
    }
    return made ? dir.path() : QString();
}

// The bytes [offset, offset + length) of table `tag` of face `face`, or {-1, 0}.
inline std::pair<qint64, qint64> tableRange(const QByteArray &file, int face, quint32 tag)
{
    QString error;
    const auto f = nianbao::sfnt::openFace(file, face, &error);
    if (f)
        for (const auto &t : f->tables)
            if (t.tag == tag)
                return {t.offset, t.length};
    return {-1, 0};
}

} // namespace fontsubsettest
