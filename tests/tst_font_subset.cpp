// The font subsetter (app/report/fontsubset.h) on the report's faces, a 楷体 collection, a CJK
// OpenType collection, DejaVu and small CFF fonts made for the test (name-keyed; CID-keyed with
// charsets of formats 0 and 1, FDSelect formats 0 and 3, several Font DICTs, with and without
// subroutines). For the glyphs of the sample reports' text, each subset is read back twice:
// - by fontTools (tests/fonts/check_subset.py): every outline and width equal to the original's,
//   the CIDs and Font DICTs, nothing else in the subset, checksums, and the FontDescriptor values;
// - by FreeType (QRawFont), as a PDF reader would: the glyph selected by each code draws the
//   original's outline, and the advances agree.
// Extra fonts can be given in NIANBAO_EXTRA_TEST_FONTS (paths separated by ':'), e.g. a copy of
// the serif face without subroutines. Damaged input: tst_font_subset_hostile.cpp.

#include "fontsubset.h"
#include "fontsubsettest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainterPath>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace nianbao;
using namespace fontsubsettest;
using nianbao::sfnt::tag;

namespace {

const QString kLatin =
    u"Àéîõü ÅǺǻ ½¼ ﬁﬂ Ω≠≤ “quotes” 0123456789 The quick brown fox jumps over the lazy dog. Ĳĳ"_s;

bool samePath(const QPainterPath &a, const QPainterPath &b, double tolerance)
{
    if (a.elementCount() != b.elementCount())
        return false;
    for (int i = 0; i < a.elementCount(); ++i) {
        const QPainterPath::Element x = a.elementAt(i), y = b.elementAt(i);
        if (x.type != y.type || std::abs(x.x - y.x) > tolerance || std::abs(x.y - y.y) > tolerance)
            return false;
    }
    return true;
}

// Runs check_subset.py on a subset; its JSON answer, or a failure.
QJsonObject fontToolsCheck(const QString &original, int face, const QByteArray &program,
                           const std::vector<quint32> &glyphs, QString *failure)
{
    QTemporaryDir dir;
    QFile out(dir.filePath(u"subset.bin"_s));
    if (!out.open(QIODevice::WriteOnly) || out.write(program) != program.size()) {
        *failure = u"cannot write the subset"_s;
        return {};
    }
    out.close();
    QStringList args {kSourceDir + u"/tests/fonts/check_subset.py"_s, original,
                      QString::number(face), out.fileName()};
    for (quint32 g : glyphs)
        args << QString::number(g);
    QProcess p;
    p.start(kPython, args);
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *failure = QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

} // namespace

class TestFontSubset : public QObject
{
    Q_OBJECT

private slots:
    void subset_data();
    void subset();
    void onlyNotdef_data();
    void onlyNotdef();
    void errors_data();
    void errors();
};

void TestFontSubset::subset_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("face");
    QTest::addColumn<QString>("text"); // the glyphs of this text; 700 spread glyphs when empty
    const QString report = reportCharacters();
    QVERIFY(report.size() > 700);
    for (const QString &name : {u"NianbaoSerif-Regular"_s, u"NianbaoSans-Bold"_s})
        QTest::newRow(name.toUtf8()) << kFontDir + u'/' + name + u".otf"_s << 0 << report;
    QTest::newRow("ukai face 0") << kUkai << 0 << report;
    QTest::newRow("Noto Serif CJK collection face 2") << kNotoSerif << 2 << QString();
    for (const QString &name : {u"DejaVuSans"_s, u"DejaVuSansMono"_s, u"DejaVuSans-Oblique"_s})
        QTest::newRow(name.toUtf8()) << kDejaVu + name + u".ttf"_s << 0 << kLatin;
    const QString made = testCffFolder();
    QVERIFY(!made.isEmpty());
    for (const QString &name :
         {u"name-keyed"_s, u"cid-ranges"_s, u"cid-scattered"_s, u"cid-plain"_s})
        QTest::newRow(name.toUtf8()) << made + u'/' + name + u".otf"_s << 0 << kLatin;
    const QString extra = qEnvironmentVariable("NIANBAO_EXTRA_TEST_FONTS");
    for (const QString &path : extra.split(u':', Qt::SkipEmptyParts))
        QTest::newRow(path.toUtf8()) << path << 0 << report;
}

void TestFontSubset::subset()
{
    QFETCH(QString, path);
    QFETCH(int, face);
    QFETCH(QString, text);
    const QByteArray file = readFile(path);
    QVERIFY2(!file.isEmpty(), qPrintable(path));
    // QRawFont reads face 0 of a collection only.
    const QRawFont original = face == 0 ? QRawFont(path, 1000, QFont::PreferNoHinting) : QRawFont();
    QVERIFY(face != 0 || original.isValid());
    const std::vector<quint32> glyphs =
        text.isEmpty() ? spreadGlyphs(65535, 700) : glyphsOf(original, text);
    QVERIFY(glyphs.size() > 40);

    QString error;
    const auto result = subsetFont(file, face, glyphs, &error);
    QVERIFY2(result, qPrintable(error));
    QVERIFY(error.isEmpty());
    const bool cff = tableRange(file, face, tag("CFF ")).first >= 0;
    QCOMPARE(result->format, cff ? FontSubset::Format::Cff : FontSubset::Format::TrueType);
    QCOMPARE(result->codes.size(), glyphs.size());
    QCOMPARE(result->advances.size(), glyphs.size());
    QVERIFY(result->program.size() < file.size());

    QString failure;
    const QJsonObject checked = fontToolsCheck(path, face, result->program, glyphs, &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const QJsonArray codes = checked[u"codes"_s].toArray();
    QCOMPARE(qsizetype(codes.size()), qsizetype(glyphs.size()));
    for (size_t i = 0; i < glyphs.size(); ++i)
        QCOMPARE(result->codes[i], quint32(codes[qsizetype(i)].toInteger()));
    if (!cff)
        QCOMPARE(result->codes, glyphs);
    const QJsonObject d = checked[u"descriptor"_s].toObject();
    QCOMPARE(result->postScriptName, d[u"postScriptName"_s].toString().toLatin1());
    const std::pair<QString, double> values[] = {
        {u"xMin"_s, result->xMin},           {u"yMin"_s, result->yMin},
        {u"xMax"_s, result->xMax},           {u"yMax"_s, result->yMax},
        {u"ascent"_s, result->ascent},       {u"descent"_s, result->descent},
        {u"capHeight"_s, result->capHeight}, {u"italicAngle"_s, result->italicAngle},
    };
    for (const auto &[key, value] : values)
        QVERIFY2(std::abs(value - d[key].toDouble()) < 1e-9, qPrintable(key));
    QCOMPARE(result->fixedPitch, d[u"fixedPitch"_s].toBool());
    QVERIFY(result->ascent > 0 && result->descent < 0 && result->xMax > result->xMin);

    if (!original.isValid())
        return;
    // As a PDF reader sees it: FreeType draws the glyph of each code like the original's glyph
    // (a bare CID-keyed CFF is indexed by CID), and the advances are the original's. Qt draws a
    // TrueType glyph hinted at the size of its em, and FreeType's auto-hinter, which ukai gets
    // for want of instructions, analyses the whole face through its cmap: unlike the subset's,
    // the original's outlines are moved by up to a unit (fontTools compares them exactly).
    const double tolerance = cff ? 1e-3 : 1.5;
    const QList<QPointF> advances = original.advancesForGlyphIndexes(
        QList<quint32>(glyphs.begin(), glyphs.end()), QRawFont::UseDesignMetrics);
    const QRawFont subset(result->program, 1000, QFont::PreferNoHinting);
    QVERIFY(subset.isValid());
    for (size_t i = 0; i < glyphs.size(); ++i) {
        QVERIFY2(std::abs(advances[qsizetype(i)].x() - result->advances[i]) < 0.02,
                 qPrintable(u"glyph %1: advance %2, not %3"_s.arg(glyphs[i])
                                .arg(result->advances[i])
                                .arg(advances[qsizetype(i)].x())));
        QVERIFY2(samePath(subset.pathForGlyph(result->codes[i]), original.pathForGlyph(glyphs[i]),
                          tolerance),
                 qPrintable(u"glyph %1 (code %2) is drawn differently"_s.arg(glyphs[i]).arg(
                     result->codes[i])));
    }
}

void TestFontSubset::onlyNotdef_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("CFF") << kFontDir + u"/NianbaoSerif-Regular.otf"_s;
    QTest::newRow("TrueType") << kDejaVu + u"DejaVuSerif.ttf"_s;
}

void TestFontSubset::onlyNotdef()
{
    QFETCH(QString, path);
    QString error;
    const auto result = subsetFont(readFile(path), 0, {}, &error);
    QVERIFY2(result, qPrintable(error));
    QVERIFY(result->codes.empty() && result->advances.empty());
    QString failure;
    fontToolsCheck(path, 0, result->program, {}, &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

namespace {

// The file with the tag of one table's directory record replaced, so that the table is missing.
QByteArray renamed(const QString &path, quint32 from, quint32 to)
{
    QByteArray file = readFile(path);
    const nianbao::sfnt::Reader r(file);
    for (qint64 i = 0; i < r.u16(4); ++i)
        if (r.u32(12 + 16 * i) == from)
            nianbao::sfnt::setU32(file, 12 + 16 * i, to);
    return file;
}

} // namespace

void TestFontSubset::errors_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("face");
    QTest::addColumn<QList<quint32>>("glyphs");
    QTest::addColumn<QString>("named"); // what the message must name
    const QString serif = kFontDir + u"/NianbaoSerif-Regular.otf"_s,
                  dejaVu = kDejaVu + u"DejaVuSans.ttf"_s;
    QTest::newRow("empty") << QByteArray() << 0 << QList<quint32> {1} << QString();
    QTest::newRow("text") << "This is not a font at all."_ba << 0 << QList<quint32> {} << QString();
    QTest::newRow("glyph past the end, CFF")
        << readFile(serif) << 0 << QList<quint32> {5, 65535} << u"65535"_s;
    QTest::newRow("glyph past the end, TrueType")
        << readFile(dejaVu) << 0 << QList<quint32> {100000} << u"100000"_s;
    QTest::newRow("face past the collection")
        << readFile(kUkai) << 4 << QList<quint32> {1} << u"4"_s;
    QTest::newRow("negative face") << readFile(kUkai) << -1 << QList<quint32> {1} << u"-1"_s;
    QTest::newRow("face 1 of a single font")
        << readFile(dejaVu) << 1 << QList<quint32> {1} << u"1"_s;
    QTest::newRow("CFF2") << renamed(serif, tag("CFF "), tag("CFF2")) << 0 << QList<quint32> {1}
                          << u"CFF2"_s;
    QTest::newRow("no loca") << renamed(dejaVu, tag("loca"), tag("locx")) << 0 << QList<quint32> {1}
                             << u"loca"_s;
    QTest::newRow("no hmtx") << renamed(dejaVu, tag("hmtx"), tag("hmtz")) << 0 << QList<quint32> {1}
                             << u"hmtx"_s;
}

void TestFontSubset::errors()
{
    QFETCH(QByteArray, file);
    QFETCH(int, face);
    QFETCH(QList<quint32>, glyphs);
    QFETCH(QString, named);
    QString error;
    const auto result =
        subsetFont(file, face, std::vector<quint32>(glyphs.begin(), glyphs.end()), &error);
    QVERIFY(!result);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(named), qPrintable(error));
}

QTEST_MAIN(TestFontSubset)
#include "tst_font_subset.moc"
