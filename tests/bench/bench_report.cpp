// Benchmarks of the report: the parts of making the seed report's PDF (reading the JSON, loading
// the fonts, building the content, laying it out, writing the PDF). The whole process, start to
// exit, is measured by tests/bench/render_process.sh. Run by hand; not a test.

#include "installdirs.h"
#include "interchange.h"
#include "pdfwriter.h"
#include "reportcontent.h"
#include "reportfonts.h"
#include "reportlayout.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QPdfWriter>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nianbao;

namespace {

// The report as a plain HTML page with the same fonts and tables, for LibreOffice to convert.
QString reportHtml(const ReportContent &c)
{
    QString h = u"<html><head><meta charset=\"utf-8\"><style>body{font-family:'Nianbao Serif';font-size:16pt}"
                "h2{font-family:'Nianbao Sans';font-size:16pt}h3{font-family:'AR PL UKai CN';font-size:16pt}"
                "table{border-collapse:collapse;width:100%;font-size:10.5pt}td{border:1px solid black}</style>"
                "</head><body>"_s;
    for (const QString &line : c.titleLines)
        h += u"<h1 align=\"center\">"_s + line.toHtmlEscaped() + u"</h1>"_s;
    for (const ContentBlock &b : c.blocks) {
        if (b.kind == ContentBlock::Kind::Heading1)
            h += u"<h2>"_s + b.text.toHtmlEscaped() + u"</h2>"_s;
        else if (b.kind == ContentBlock::Kind::Heading2)
            h += u"<h3>"_s + b.text.toHtmlEscaped() + u"</h3>"_s;
        else if (b.kind == ContentBlock::Kind::Paragraph)
            h += u"<p style=\"text-indent:2em;text-align:justify\">"_s + b.text.toHtmlEscaped() + u"</p>"_s;
        else {
            h += u"<table>"_s;
            int row = -1;
            for (const ContentCell &cell : b.table->cells) {
                if (cell.row != row) {
                    h += row < 0 ? u"<tr>"_s : u"</tr><tr>"_s;
                    row = cell.row;
                }
                h += u"<td rowspan=\"%1\" colspan=\"%2\">%3</td>"_s.arg(cell.rowSpan).arg(cell.columnSpan).arg(
                    cell.text.toHtmlEscaped());
            }
            h += u"</tr></table>"_s;
        }
    }
    return h + u"<p align=\"right\">"_s + c.signatory.toHtmlEscaped() + u"<br>"_s + c.date.toHtmlEscaped()
        + u"</p></body></html>"_s;
}

} // namespace

class BenchReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void buildContent();
    void layout();
    void wholePdf();

private:
    QByteArray m_json;
    ReportData m_report;
};

void BenchReport::initTestCase()
{
    // Not one folder below the build folder as the tests are: told where the fonts are.
    setInstallPrefix(QStringLiteral(NIANBAO_TEST_PREFIX));
    QFile f(QStringLiteral(NIANBAO_SOURCE_DIR) + u"/resources/samples/2019_jiading_chengguan.json"_s);
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_json = f.readAll();
    m_report = *readInterchange(m_json).report;
    QElapsedTimer t;
    t.start();
    QVERIFY2(ReportFonts::load().ok(), qPrintable(ReportFonts::load().error));
    qInfo("loading the report fonts: %lld ms (once per process)", t.elapsed());
    // For the comparison with LibreOffice (render_process.sh): the same laid-out report as HTML.
    const QString html = qEnvironmentVariable("NIANBAO_BENCH_HTML");
    if (!html.isEmpty()) {
        QFile out(html);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(reportHtml(buildReportContent(m_report)).toUtf8());
    }
}

void BenchReport::buildContent()
{
    QBENCHMARK {
        const ReportContent c = buildReportContent(m_report);
        QVERIFY(!c.blocks.empty());
    }
}

void BenchReport::layout()
{
    const ReportContent content = buildReportContent(m_report);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(1200);
    int pages = 0;
    QBENCHMARK {
        ReportLayout l(content, ReportFonts::load(), &writer);
        pages = l.pageCount();
    }
    QVERIFY(pages > 0);
}

void BenchReport::wholePdf()
{
    QByteArray pdf;
    QBENCHMARK {
        pdf = reportPdfBytes(buildReportContent(*readInterchange(m_json).report));
    }
    QVERIFY(pdf.startsWith("%PDF"));
}

QTEST_MAIN(BenchReport)
#include "bench_report.moc"
