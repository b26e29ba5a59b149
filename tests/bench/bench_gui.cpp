// Benchmarks of the window, on whatever platform Qt is given (run with QT_QPA_PLATFORM=offscreen
// to leave the screen out): one edit in the applications form, from FigureTableModel::setData to
// the totals and the problems panel being up to date, with the ledger write of that cell alone for
// comparison; and opening the window on a database of 300 organizations × 10 years until it is
// shown with the last period open. The large database is generated once, exactly like
// bench_storage's (same file name, same content), and kept in the folder named by
// NIANBAO_BENCH_DIR, or a temporary one. Run by hand; not a test.

#include "database.h"
#include "figuretablemodel.h"
#include "figuretableview.h"
#include "interchange.h"
#include "ledger.h"
#include "mainwindow.h"
#include "periodsession.h"
#include "periodview.h"
#include "problemsmodel.h"
#include "problemspanel.h"
#include "prompts.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace nianbao;

namespace {

ReportData sample(const QString &name)
{
    QFile f(QDir(QStringLiteral(NIANBAO_SOURCE_DIR)).filePath(u"resources/samples/"_s + name + u".json"_s));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample %s", qPrintable(name));
    return *readInterchange(f.readAll()).report;
}

} // namespace

class BenchGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void editOneCell();
    void ledgerWriteOnly();
    void openWindowOnLargeDatabase();

private:
    int makeEditDatabase(const QString &path);
    QTemporaryDir m_tmp;
    QString m_dir;
};

void BenchGui::initTestCase()
{
    qputenv("NIANBAO_NO_DIALOGS", "1");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"nianbao-bench-gui"_s);
    QCoreApplication::setApplicationName(u"nianbao"_s);
    m_dir = qEnvironmentVariable("NIANBAO_BENCH_DIR", m_tmp.path());
    QDir().mkpath(m_dir);
}

void BenchGui::cleanupTestCase()
{
    QSettings().clear();
}

// A full 2021 report (the Pingtan sample, as a draft, its totals derived) with the year before
// it, so that the cross-period rules run too. Returns the 2021 period.
int BenchGui::makeEditDatabase(const QString &path)
{
    QFile::remove(path);
    Status s;
    auto db = Database::open(path, &s);
    if (!db)
        return 0;
    Ledger ledger(*db);
    ReportData r = sample(u"2021_pingtan"_s);
    int previous = 0;
    r.year = 2020;
    if (!ledger.importReport(r, false, &previous))
        return 0;
    // As entered in the window: totals are not stated but derived, so they follow the edit.
    r.year = 2021;
    r.status = PeriodStatus::Draft;
    for (const CellDef &c : r.format()->cells)
        if (c.rollup == Rollup::Computed)
            r.figures.set(c.index, std::nullopt);
    int period = 0;
    return ledger.importReport(r, false, &period) ? period : 0;
}

// The window shown with the applications form of that year current.
void BenchGui::editOneCell()
{
    const QString path = QDir(m_tmp.path()).filePath(u"edit.sqlite"_s);
    const int period = makeEditDatabase(path);
    QVERIFY(period > 0);
    MainWindow window(path);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openPeriod(period);
    QVERIFY(window.session());
    FigureTableView *view = window.periodView()->tableFor(u"applications"_s);
    window.periodView()->tabs()->setCurrentWidget(view);
    QCoreApplication::processEvents();
    FigureTableModel *model = view->figureModel();
    const FormatDefinition &format = window.session()->format();
    const QModelIndex cell = model->indexOfCell(format.cell(u"applications.new.natural_person"_s)->index);
    const QModelIndex total = model->indexOfCell(format.cell(u"applications.new.total"_s)->index);
    QVERIFY(model->isEditableValue(cell));
    const qint64 others = total.data().toString().toLongLong() - cell.data().toString().toLongLong();

    // Every iteration writes a different value, so every setData is a real change: ledger write,
    // undo step, recheck of all rules, totals, model signals, problems list reset.
    qint64 value = 1000;
    bool ok = true;
    QBENCHMARK {
        ok &= model->setData(cell, QString::number(++value));
    }
    QVERIFY(ok);
    QCOMPARE(total.data().toString(), QString::number(others + value));
    // The sample balances; with 自然人 raised, its column and the 总计 column no longer do.
    int balance = 0;
    const ProblemsModel *problems = window.problemsPanel()->model();
    for (int row = 0; row < problems->rowCount(); ++row)
        balance += problems->problem(row)->ruleId == u"applications.balance"_s;
    QCOMPARE(balance, 2);
    const auto stored = window.ledger()->figures(*window.ledger()->periodById(period));
    QCOMPARE(stored.value(u"applications.new.natural_person"_s), std::optional<qint64>(value));
}

// For comparison: the ledger write of the same cell alone (one transaction, synchronous = FULL).
void BenchGui::ledgerWriteOnly()
{
    const QString path = QDir(m_tmp.path()).filePath(u"write.sqlite"_s);
    const int period = makeEditDatabase(path);
    QVERIFY(period > 0);
    Status s;
    auto db = Database::open(path, &s);
    QVERIFY2(db, qPrintable(s.message));
    Ledger ledger(*db);
    qint64 value = 1000;
    QBENCHMARK {
        s = ledger.setFigure(period, u"applications.new.natural_person"_s, ++value);
    }
    QVERIFY2(s.ok(), qPrintable(s.message));
}

void BenchGui::openWindowOnLargeDatabase()
{
    const QString path = QDir(m_dir).filePath(u"large-300x10.sqlite"_s);
    if (!QFileInfo::exists(path)) {
        QElapsedTimer made;
        made.start();
        Status s;
        auto db = Database::open(path, &s);
        QVERIFY2(db, qPrintable(s.message));
        Ledger ledger(*db);
        ReportData r = sample(u"2024_huaian"_s);
        for (int org = 0; org < 300; ++org) {
            r.organization.name = u"测试单位%1"_s.arg(org, 3, 10, QChar(u'0'));
            for (int year = 2015; year < 2025; ++year) {
                r.year = year;
                int id = 0;
                s = ledger.importReport(r, false, &id);
                QVERIFY2(s.ok(), qPrintable(s.message));
            }
        }
        QSqlDatabase c = db->connection();
        c.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        qInfo("generated %s in %lld ms", qPrintable(path), made.elapsed());
    }
    // The person left off at the newest year of the last organization.
    int last = 0;
    QString key;
    {
        Status s;
        auto db = Database::open(path, &s);
        QVERIFY2(db, qPrintable(s.message));
        Ledger ledger(*db);
        const auto orgs = ledger.organizations();
        QCOMPARE(orgs.size(), 300);
        last = ledger.periods(orgs.last().id).last().id;
        key = u"lastPeriod/"_s + db->path();
    }
    QSettings().setValue(key, last);

    // Windows are closed after the measurement, so that only opening is timed.
    std::vector<std::unique_ptr<MainWindow>> windows;
    QBENCHMARK {
        windows.push_back(std::make_unique<MainWindow>(path));
        MainWindow *window = windows.back().get();
        window->show();
        if (!QTest::qWaitForWindowExposed(window))
            break;
    }
    QVERIFY(!windows.empty());
    MainWindow *window = windows.back().get();
    QVERIFY(window->isVisible());
    QVERIFY(window->hasDatabase());
    QVERIFY(window->session());
    QCOMPARE(window->session()->period().id, last);
    QCOMPARE(window->session()->period().year, 2024);
    QVERIFY(window->periodView());
    windows.clear();
}

QTEST_MAIN(BenchGui)
#include "bench_gui.moc"
