// Writes a PNG of every form of both formats (and of the narrative and the profile) into the test
// output folder, from the real window on a database holding the sample reports, and checks that
// each picture is a real, non-blank grab of the expected size.

#include "database.h"
#include "figuretableview.h"
#include "interchange.h"
#include "ledger.h"
#include "mainwindow.h"
#include "navigator.h"
#include "periodsession.h"
#include "periodview.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nianbao;

class TestGuiScreenshots : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void forms_data();
    void forms();

private:
    QTemporaryDir m_tmp;
    QString m_db;
    QDir m_out;
};

void TestGuiScreenshots::initTestCase()
{
    qputenv("NIANBAO_NO_DIALOGS", "1");
    QCoreApplication::setOrganizationName(u"nianbao-test"_s);
    m_db = m_tmp.filePath(u"screens.sqlite"_s);
    m_out = QDir(QStringLiteral(NIANBAO_TEST_OUTPUT));
    QVERIFY(m_out.mkpath(u"."_s));
    Status s;
    auto db = Database::open(m_db, &s);
    QVERIFY2(db, qPrintable(s.message));
    Ledger ledger(*db);
    for (const QString &name : {u"2019_jiading_chengguan"_s, u"2021_pingtan"_s}) {
        QFile f(QStringLiteral(NIANBAO_SOURCE_DIR) + u"/resources/samples/"_s + name + u".json"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto r = readInterchange(f.readAll());
        QVERIFY(r.report);
        int id = 0;
        QVERIFY(ledger.importReport(*r.report, false, &id).ok());
    }
}

void TestGuiScreenshots::forms_data()
{
    QTest::addColumn<QString>("organization");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("format");
    QTest::newRow("2019") << u"上海市嘉定区城市管理行政执法局"_s << 2019 << u"2019"_s;
    QTest::newRow("2021") << u"平潭综合实验区"_s << 2021 << u"2021"_s;
}

void TestGuiScreenshots::forms()
{
    QFETCH(QString, organization);
    QFETCH(int, year);
    QFETCH(QString, format);
    MainWindow window(m_db);
    window.resize(1400, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto org = window.ledger()->organizationByName(organization);
    QVERIFY(org);
    const auto period = window.ledger()->period(org->id, year, 0);
    QVERIFY(period);
    QVERIFY(window.navigator()->selectPeriod(period->id));
    PeriodView *view = window.periodView();
    QVERIFY(view);
    QCOMPARE(view->session()->period().formatId, format);
    QTabWidget *tabs = view->tabs();
    QCOMPARE(tabs->count(), 4); // three tables and the narrative
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        const QImage shot = window.grab().toImage();
        const QString file = m_out.filePath(u"form-%1-%2.png"_s.arg(format).arg(i + 1));
        QVERIFY(shot.save(file));
        QVERIFY(QFile::exists(file));
        QCOMPARE(shot.size(), window.size() * window.devicePixelRatio());
        // Not a blank picture: the form draws many distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < shot.height(); y += 7)
            for (int x = 0; x < shot.width(); x += 7)
                colours.insert(shot.pixel(x, y));
        QVERIFY2(colours.size() > 8, qPrintable(file));
    }
    window.navigator()->selectOrganization(org->id);
    QVERIFY(window.grab().save(m_out.filePath(u"profile-%1.png"_s.arg(format))));
}

QTEST_MAIN(TestGuiScreenshots)
#include "tst_gui_screenshots.moc"
