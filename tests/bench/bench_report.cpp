// Benchmarks of the report: the parts of making the seed report's PDF (reading the JSON, loading
// the fonts, building the content, laying it out, writing the PDF). The whole process, start to
// exit, is measured by tests/bench/render_process.sh. Run by hand; not a test.

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
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(1200);
        const ReportLayout layout(buildReportContent(m_report), ReportFonts::load(), &writer);
        QFile out(html);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(layout.document()->toHtml().toUtf8());
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
