// The faces of the report's PDF beyond its own: characters none of the report's faces has are
// drawn from the face Qt falls back to, embedded like the others and read back; and the stand-ins
// the PDF is laid out with (resources/fonts/metrics_face.py) give the layout of the faces
// themselves, word for word.

#include "pdfcanvas.h"
#include "reportfonts.h"
#include "reportlayout.h"
#include "reportpdftest.h"
#include "pdfwriter.h"

#include <QBuffer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>

using namespace reportpdftest;

class TestReportPdfFaces : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void charactersFromAnotherFace();
    void standInsLayOutLikeTheFaces_data();
    void standInsLayOutLikeTheFaces();

private:
    QString tool(const QString &name) const { return m_tools.value(name); }
    // The words of the PDF that Nianbao writes of the content laid out with these faces.
    std::vector<Page> wordsLaidOutWith(const ReportFonts &fonts, const ReportContent &content, const QString &path);

    QTemporaryDir m_dir;
    QHash<QString, QString> m_tools;
    std::map<QString, ReportContent> m_content;
};

void TestReportPdfFaces::initTestCase()
{
    for (const QString &name : {u"pdftotext"_s, u"pdffonts"_s}) {
        const QString path = QStandardPaths::findExecutable(name);
        if (path.isEmpty())
            QSKIP(qPrintable(name + u" (poppler-utils) is not installed"_s));
        m_tools.insert(name, path);
    }
    QVERIFY2(ReportFonts::load().ok(), qPrintable(ReportFonts::load().error));
    QVERIFY(m_dir.isValid());
    for (const QString &name : {u"2019_jiading_chengguan"_s, u"2021_pingtan"_s, u"2024_huaian"_s})
        m_content[name] = buildReportContent(loadSample(name));
    m_content[u"2024_huaian_q2"_s] = quarterContent();
}

void TestReportPdfFaces::standInsLayOutLikeTheFaces_data()
{
    QTest::addColumn<QString>("name");
    for (const auto &[name, content] : m_content)
        QTest::newRow(qPrintable(name)) << name;
}

void TestReportPdfFaces::charactersFromAnotherFace()
{
    // Armenian and Georgian are in none of the report's faces: Qt draws them with a face that
    // fontconfig finds (DejaVu Sans on Debian), which is embedded like the others and gives its
    // text back. Ideographs beyond the BMP (written with two UTF-16 units) come back too.
    ReportContent content = m_content[u"2021_pingtan"_s];
    const QString odd = u"（Աբգ ანა 𠀾𡈽𤋮）"_s;
    auto paragraph = std::find_if(content.blocks.begin(), content.blocks.end(),
                                  [](const ContentBlock &b) { return b.kind == ContentBlock::Kind::Paragraph; });
    QVERIFY(paragraph != content.blocks.end());
    paragraph->text += odd;
    const QString path = m_dir.filePath(u"odd.pdf"_s);
    const PdfResult written = writeReportPdf(content, path);
    QVERIFY2(written.ok, qPrintable(written.error));
    const Tool text = runTool(tool(u"pdftotext"_s), {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    QVERIFY2(text.ok, qPrintable(text.err));
    QVERIFY2(withoutSpace(QString::fromUtf8(text.out)).contains(withoutSpace(paragraph->text)),
             qPrintable(QString::fromUtf8(text.out).left(600)));
    const Tool fonts = runTool(tool(u"pdffonts"_s), {path});
    QVERIFY2(fonts.ok, qPrintable(fonts.err));
    const QStringList lines = QString::fromUtf8(fonts.out).split(u'\n', Qt::SkipEmptyParts).mid(2);
    const auto other = std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) {
        return !l.contains(u"+Nianbao"_s) && !l.contains(u"+UKaiCN"_s);
    });
    QVERIFY2(other != lines.cend(), qPrintable(lines.join(u'\n')));
    QVERIFY2(other->contains(u" yes yes yes "_s), qPrintable(*other)); // embedded, a subset, with a text map
}

std::vector<Page> TestReportPdfFaces::wordsLaidOutWith(const ReportFonts &fonts, const ReportContent &content,
                                                  const QString &path)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUpAsThePdfWriter(writer);
    const ReportLayout layout(content, fonts, &writer);
    QString error;
    const QByteArray pdf = drawPdf(layout, {content.documentTitle, u"test"_s, {}}, &error);
    QFile file(path);
    if (pdf.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    const Tool boxes = runTool(tool(u"pdftotext"_s), {u"-raw"_s, u"-bbox"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    return boxes.ok ? parseBoxes(QString::fromUtf8(boxes.out)) : std::vector<Page>{};
}

void TestReportPdfFaces::standInsLayOutLikeTheFaces()
{
    // The PDF is laid out with stand-ins of the derived faces whose glyphs are their control
    // boxes (resources/fonts/metrics_face.py); printing and the preview use the faces. Both
    // layouts must put every word in the same place, to the thousandth of a point.
    QFETCH(QString, name);
    const ReportFonts &standIns = ReportFonts::forPdf();
    QVERIFY2(!standIns.standInFamilies.isEmpty(), "the stand-in faces are not installed");
    QVERIFY(standIns.serif != ReportFonts::load().serif);
    const std::vector<Page> viaStandIns = wordsLaidOutWith(standIns, m_content[name], m_dir.filePath(name + u"-s.pdf"_s));
    const std::vector<Page> viaFaces = wordsLaidOutWith(ReportFonts::load(), m_content[name], m_dir.filePath(name + u"-f.pdf"_s));
    QVERIFY(!viaFaces.empty());
    QCOMPARE(viaStandIns.size(), viaFaces.size());
    for (size_t p = 0; p < viaFaces.size(); ++p) {
        const auto &a = viaStandIns[p].words;
        const auto &b = viaFaces[p].words;
        QCOMPARE(a.size(), b.size());
        for (size_t i = 0; i < a.size(); ++i) {
            const QString where = u"page %1, “%2”"_s.arg(p + 1).arg(b[i].text);
            QCOMPARE(a[i].text, b[i].text);
            QVERIFY2(std::abs(a[i].xMin - b[i].xMin) < 1e-3 && std::abs(a[i].xMax - b[i].xMax) < 1e-3
                         && std::abs(a[i].yMin - b[i].yMin) < 1e-3 && std::abs(a[i].yMax - b[i].yMax) < 1e-3,
                     qPrintable(where + u": x %1–%2 against %3–%4"_s.arg(a[i].xMin).arg(a[i].xMax).arg(b[i].xMin).arg(b[i].xMax)));
        }
    }
}

QTEST_MAIN(TestReportPdfFaces)
#include "tst_report_pdf_faces.moc"
