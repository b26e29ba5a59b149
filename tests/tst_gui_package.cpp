// The window's File ▸ Import… and File ▸ Export package…, driven through their actions with the
// file names answered ahead of time: a JSON file and a package come in and open, the open period
// goes out as a package, a period that exists is replaced only when the person agrees, a broken
// package and a report with errors are refused with a message, and nothing changes then.

#include "guitest.h"
#include "interchange.h"
#include "ledger.h"
#include "packageactions.h"

#include <QFile>

using namespace Qt::StringLiterals;
using namespace nianbao;

namespace {

const QString kSource = QStringLiteral(NIANBAO_SOURCE_DIR);
const QString kSeed = kSource + u"/resources/samples/2019_jiading_chengguan.json"_s;

// The seed report as a draft, in dir: a final period could be neither changed nor replaced.
QString draftSeed(const QTemporaryDir &dir)
{
    QFile in(kSeed);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    ReportData r = *readInterchange(in.readAll()).report;
    r.status = PeriodStatus::Draft;
    const QString path = dir.filePath(u"draft.json"_s);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(writeInterchange(r));
    return path;
}

QByteArray exported(const MainWindow &window)
{
    const auto r = window.session() ? window.ledger()->report(window.session()->period().id) : std::nullopt;
    return r ? writeInterchange(*r) : QByteArray();
}

} // namespace

class TestGuiPackage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { guitest::prepare(u"package"_s); }
    void importExportImport();
    void refusals();
};

void TestGuiPackage::importExportImport()
{
    QTemporaryDir dir;
    auto window = guitest::openWindow(dir, u"first.sqlite"_s);
    QVERIFY(window);
    QVERIFY(window->action(u"importFile"_s)->isEnabled());
    QVERIFY(!window->action(u"exportPackage"_s)->isEnabled());

    prompts::setNextAnswers({draftSeed(dir)});
    window->action(u"importFile"_s)->trigger();
    QVERIFY2(window->session(), qPrintable(window->packageActions()->lastMessage()));
    QVERIFY(window->packageActions()->lastMessage().startsWith(u"Imported 1 report(s)."_s));
    QCOMPARE(window->session()->period().year, 2019);
    QVERIFY(window->action(u"exportPackage"_s)->isEnabled());

    const QString zip = dir.filePath(u"seed.zip"_s);
    prompts::setNextAnswers({zip});
    window->action(u"exportPackage"_s)->trigger();
    QVERIFY2(QFile::exists(zip), qPrintable(window->packageActions()->lastMessage()));
    QVERIFY(window->packageActions()->lastMessage().contains(u"not signed"_s));
    const QByteArray original = exported(*window);

    // Into another database through the same action: the same report, opened.
    QTemporaryDir other;
    auto second = guitest::openWindow(other, u"second.sqlite"_s);
    QVERIFY(second);
    prompts::setNextAnswers({zip});
    second->action(u"importFile"_s)->trigger();
    QVERIFY2(second->session(), qPrintable(second->packageActions()->lastMessage()));
    QVERIFY2(second->packageActions()->lastMessage().contains(u"PDF not signed"_s),
             qPrintable(second->packageActions()->lastMessage()));
    QCOMPARE(exported(*second), original);

    // Again: the person is asked; "no" leaves everything, "yes" replaces.
    const int periodId = second->session()->period().id;
    QVERIFY(second->ledger()->setFigure(periodId, u"applications.new.natural_person"_s, 999).ok());
    const QByteArray changed = exported(*second);
    prompts::clearAskedQuestions();
    prompts::setNextAnswers({zip, u"no"_s});
    second->action(u"importFile"_s)->trigger();
    QVERIFY(prompts::askedQuestions().contains(u"Replace periods"_s));
    second->openPeriod(periodId);
    QCOMPARE(exported(*second), changed);
    prompts::setNextAnswers({zip, u"yes"_s});
    second->action(u"importFile"_s)->trigger();
    QVERIFY(second->session());
    QCOMPARE(exported(*second), original);
}

void TestGuiPackage::refusals()
{
    QTemporaryDir dir;
    auto window = guitest::openWindow(dir, u"refusals.sqlite"_s);
    QVERIFY(window);
    QVERIFY(window->packageActions()->importFiles({kSeed}));
    const QByteArray before = exported(*window);

    // A damaged package: refused, with the reason, and nothing changes.
    const QString good = dir.filePath(u"good.zip"_s);
    QVERIFY(window->packageActions()->exportPackage(good));
    QFile in(good);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();
    const QString bad = dir.filePath(u"truncated.zip"_s);
    QFile out(bad);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes.left(bytes.size() / 2));
    out.close();
    prompts::setNextAnswers({bad});
    window->action(u"importFile"_s)->trigger();
    const QString message = window->packageActions()->lastMessage();
    QVERIFY2(message.startsWith(u"Nothing was imported."_s), qPrintable(message));
    QVERIFY2(message.contains(u"not a ZIP file"_s), qPrintable(message));
    QVERIFY(!window->session() || exported(*window) == before);
    QCOMPARE(window->ledger()->organizations().size(), 1);

    // A report with errors: imported (as a JSON file may be) but refused a package.
    QVERIFY(window->packageActions()->importFiles(
        {kSource + u"/tests/fixtures/invalid/applications_balance_broken.json"_s}));
    QVERIFY(window->session());
    QCOMPARE(window->session()->period().year, 2021);
    const QString zip = dir.filePath(u"broken.zip"_s);
    prompts::setNextAnswers({zip});
    window->action(u"exportPackage"_s)->trigger();
    QVERIFY(!QFile::exists(zip));
    QVERIFY2(window->packageActions()->lastMessage().contains(u"error(s)"_s),
             qPrintable(window->packageActions()->lastMessage()));
    // Cancelling the file dialog does nothing.
    prompts::setNextAnswers({QString()});
    window->action(u"importFile"_s)->trigger();
    QCOMPARE(window->ledger()->organizations().size(), 2);
}

QTEST_MAIN(TestGuiPackage)
#include "tst_gui_package.moc"
