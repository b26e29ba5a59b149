// The window's report output: Export PDF writes the open period's report, and a quarter's report
// carries the quarter (本期) and the year so far (本年累计). It never writes over its own database.

#include "guitest.h"
#include "interchange.h"
#include "ledger.h"
#include "navigator.h"
#include "periodsession.h"
#include "reportcontent.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStatusBar>

using namespace Qt::StringLiterals;
using namespace nianbao;

class TestGuiPrint : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { guitest::prepare(u"print"_s); }
    void exportPdfOfTheYear();
    void quarterHasYearToDate();
};

void TestGuiPrint::exportPdfOfTheYear()
{
    QTemporaryDir dir;
    auto window = guitest::openWindow(dir, u"print.sqlite"_s);
    QVERIFY(window);
    QFile f(QStringLiteral(NIANBAO_SOURCE_DIR) + u"/resources/samples/2024_huaian.json"_s);
    QVERIFY(f.open(QIODevice::ReadOnly));
    int id = 0;
    QVERIFY(window->ledger()->importReport(*readInterchange(f.readAll()).report, false, &id).ok());
    window->navigator()->reload(*window->ledger());
    QVERIFY(window->navigator()->selectPeriod(id));
    QVERIFY(window->action(u"exportPdf"_s)->isEnabled());
    const QString pdf = dir.filePath(u"huaian.pdf"_s);
    QVERIFY(window->exportPdf(pdf));
    QFile out(pdf);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QVERIFY(out.read(5) == "%PDF-");
    QProcess text;
    text.start(u"pdftotext"_s, {pdf, u"-"_s});
    if (!text.waitForStarted())
        QSKIP("pdftotext is not installed");
    QVERIFY(text.waitForFinished());
    const QString extracted = QString::fromUtf8(text.readAllStandardOutput()).remove(u' ').remove(u'\n');
    QVERIFY(extracted.contains(u"淮安市人民政府"_s));
    QVERIFY(extracted.contains(u"2024年政府信息公开工作年度报告"_s));
    QVERIFY(extracted.contains(u"3119"_s));
    // A folder that does not exist: refused with a message, the window goes on.
    QVERIFY(!window->exportPdf(dir.filePath(u"missing/huaian.pdf"_s)));
    // The open database, or its log, by whatever name: refused, the database is whole.
    const QString db = dir.filePath(u"print.sqlite"_s);
    QVERIFY(QDir(dir.path()).mkpath(u"sub"_s));
    for (const QString &file : {db, dir.filePath(u"sub/../print.sqlite"_s), db + u"-wal"_s}) {
        QVERIFY(!window->exportPdf(file));
        QVERIFY2(window->statusBar()->currentMessage().contains(u"would destroy the database"_s),
                 qPrintable(window->statusBar()->currentMessage()));
    }
    QVERIFY(window->ledger()->periodById(id));
    QVERIFY(window->exportPdf(pdf));
}

void TestGuiPrint::quarterHasYearToDate()
{
    QTemporaryDir dir;
    auto window = guitest::openWindow(dir, u"quarters.sqlite"_s);
    QVERIFY(window);
    const int org = window->createOrganization(u"季度测试局"_s);
    QVERIFY(window->createYear(org, 2022, YearEntry::Quarters) > 0);
    QVERIFY(window->session()->ledger().setFigure(window->session()->period().id, u"applications.new.natural_person"_s, 3).ok());
    QVERIFY(window->createNextQuarter() > 0);
    QVERIFY(window->session()->ledger().setFigure(window->session()->period().id, u"applications.new.natural_person"_s, 4).ok());
    window->session()->reload();
    const auto content = window->currentReportContent();
    QVERIFY(content);
    QCOMPARE(content->titleLines.value(1), u"2022年第2季度政府信息公开工作情况"_s);
    QStringList captions;
    QStringList newTotals;
    for (const ContentBlock &b : content->blocks)
        if (b.kind == ContentBlock::Kind::Table && b.table->key == u"applications"_s) {
            captions << b.table->caption;
            for (const ContentCell &c : b.table->cells)
                if (c.row == 3 && c.column == 3) // 一、本年新收 / 自然人
                    newTotals << c.text;
        }
    QCOMPARE(captions, (QStringList{u"（本期）"_s, u"（本年累计：第1至第2季度）"_s}));
    QCOMPARE(newTotals, (QStringList{u"4"_s, u"7"_s}));
}

QTEST_MAIN(TestGuiPrint)
#include "tst_gui_print.moc"
