// The item models of the window under QAbstractItemModelTester, reporting through QtTest: the
// form model of every table of both formats (on the samples and on an empty year, while cells are
// edited, undone and the status changes), the problems model while its session and problems
// change, and the navigator's model while organizations and periods are added.

#include "figuretablemodel.h"
#include "formatregistry.h"
#include "interchange.h"
#include "ledger.h"
#include "mainwindow.h"
#include "navigator.h"
#include "periodsession.h"
#include "problemsmodel.h"
#include "prompts.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace nianbao;

namespace {

ReportData sample(const QString &name)
{
    QFile f(QStringLiteral(NIANBAO_SOURCE_DIR) + u"/resources/samples/"_s + name + u".json"_s);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample %s", qPrintable(name));
    const InterchangeResult r = readInterchange(f.readAll());
    if (!r.report)
        qFatal("the sample %s does not read: %s", qPrintable(name), qPrintable(r.error));
    return *r.report;
}

// Every role the views ask for, on every index.
void readEverything(const QAbstractItemModel &model)
{
    const int roles[] = {Qt::DisplayRole, Qt::EditRole, Qt::TextAlignmentRole, Qt::BackgroundRole, Qt::FontRole,
                         Qt::ToolTipRole, Qt::AccessibleTextRole, Qt::AccessibleDescriptionRole,
                         Qt::DecorationRole, Qt::ForegroundRole, FigureTableModel::CellIndexRole,
                         FigureTableModel::GridKindRole, FigureTableModel::CellKeyRole};
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex i = model.index(r, c);
            QVERIFY(i.isValid());
            (void)model.flags(i);
            for (int role : roles)
                (void)model.data(i, role);
        }
    for (int c = 0; c < model.columnCount(); ++c)
        (void)model.headerData(c, Qt::Horizontal);
}

} // namespace

class TestGuiModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void figureTableModel_data();
    void figureTableModel();
    void problemsModel();
    void navigatorModel();

private:
    QTemporaryDir m_tmp;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Ledger> m_ledger;
    QHash<QString, int> m_periods; // "2019 sample", "2021 empty", …
};

void TestGuiModels::initTestCase()
{
    qputenv("NIANBAO_NO_DIALOGS", "1");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"nianbao-test-models"_s);
    QCoreApplication::setApplicationName(u"nianbao"_s);
    m_path = m_tmp.filePath(u"models.sqlite"_s);
    Status s;
    m_db = Database::open(m_path, &s);
    QVERIFY2(m_db, qPrintable(s.message));
    m_ledger = std::make_unique<Ledger>(*m_db);
    // The samples as drafts, so that their cells can be edited.
    for (const auto &[name, format] : {std::pair{u"2019_jiading_chengguan"_s, u"2019"_s},
                                       std::pair{u"2021_pingtan"_s, u"2021"_s}}) {
        ReportData r = sample(name);
        r.status = PeriodStatus::Draft;
        int id = 0;
        QVERIFY(m_ledger->importReport(r, false, &id).ok());
        m_periods.insert(format + u" sample"_s, id);
    }
    int org = 0;
    QVERIFY(m_ledger->addOrganization(Organization{u"空白单位"_s, {}, {}, {}, {}, {}, {}}, &org).ok());
    for (const auto &[year, format] : {std::pair{2019, u"2019"_s}, std::pair{2021, u"2021"_s}}) {
        int id = 0;
        const Status created = m_ledger->createYear(org, year, YearEntry::Direct, format, &id);
        QVERIFY2(created.ok(), qPrintable(created.message));
        m_periods.insert(format + u" empty"_s, id);
    }
}

void TestGuiModels::cleanupTestCase()
{
    m_ledger.reset();
    m_db.reset();
    QSettings().clear();
}

void TestGuiModels::figureTableModel_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("table");
    for (const QString &format : {u"2019"_s, u"2021"_s}) {
        const FormatPtr f = FormatRegistry::instance().format(format);
        QVERIFY(f);
        QVERIFY(!f->tables.empty());
        for (const QString &which : {u" sample"_s, u" empty"_s})
            for (const TableDef &t : f->tables)
                QTest::addRow("%s %s", qPrintable(format + which), qPrintable(t.key)) << format + which << t.key;
    }
}

void TestGuiModels::figureTableModel()
{
    QFETCH(QString, period);
    QFETCH(QString, table);
    const auto p = m_ledger->periodById(m_periods.value(period));
    QVERIFY(p);
    PeriodSession session(*m_ledger, *p);
    const TableDef *def = session.format().table(table);
    QVERIFY(def);
    FigureTableModel model(&session, *def);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.columnCount() > 0);
    readEverything(model);

    // Every value cell of the table is somewhere in the grid, once.
    QSet<QModelIndex> seen;
    for (const CellDef &c : session.format().cells) {
        if (c.table != table)
            continue;
        const QModelIndex i = model.indexOfCell(c.index);
        QVERIFY2(i.isValid(), qPrintable(c.key));
        QCOMPARE(i.data(FigureTableModel::CellKeyRole).toString(), c.key);
        QVERIFY2(!seen.contains(i), qPrintable(c.key));
        seen.insert(i);
    }

    // Edit every editable cell, with good and bad text, then undo it all: the tester checks every
    // signal the model sends meanwhile.
    int edited = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex i = model.index(r, c);
            if (!model.isEditableValue(i))
                continue;
            QVERIFY(model.flags(i) & Qt::ItemIsEditable);
            QVERIFY(!model.setData(i, u"abc"_s));
            // Opening cells of a year with a previous one would ask for a reason: answer it.
            prompts::setNextAnswers({u"test"_s});
            const QString text = model.data(i, Qt::EditRole).toString() == u"7"_s ? u"8"_s : u"7"_s;
            QVERIFY2(model.setData(i, text), qPrintable(model.cellLabel(i)));
            QCOMPARE(model.data(i, Qt::EditRole).toString(), text);
            ++edited;
        }
    prompts::setNextAnswers({});
    QVERIFY(edited > 0);
    QCOMPARE(session.undoStack()->count(), edited);
    readEverything(model);
    while (session.undoStack()->canUndo())
        session.undoStack()->undo();
    readEverything(model);

    // A status change (read-only forms) and back.
    QString error;
    QVERIFY2(session.transition(Transition::Submit, {}, &error), qPrintable(error));
    QVERIFY2(session.transition(Transition::Finalize, {}, &error), qPrintable(error));
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = 0; c < model.columnCount(); ++c)
            QVERIFY(!model.isEditableValue(model.index(r, c)));
    readEverything(model);
    QVERIFY2(session.transition(Transition::Reopen, u"model test"_s, &error), qPrintable(error));
    session.reload();
    readEverything(model);
}

void TestGuiModels::problemsModel()
{
    ProblemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(ProblemsModel::ColumnCount));

    const auto p = m_ledger->periodById(m_periods.value(u"2021 empty"_s));
    QVERIFY(p);
    auto session = std::make_unique<PeriodSession>(*m_ledger, *p);
    model.setSession(session.get());
    readEverything(model);
    const int before = model.rowCount();

    // Problems come and go with the figures.
    QString error;
    QVERIFY(session->edit({{u"applications.new.natural_person"_s, std::nullopt, 5}}, {}, &error));
    QVERIFY(model.rowCount() > before);
    readEverything(model);
    QVERIFY(session->edit({{u"applications.granted.natural_person"_s, std::nullopt, 5}}, {}, &error));
    readEverything(model);
    session->undoStack()->undo();
    session->undoStack()->undo();
    QCOMPARE(model.rowCount(), before);

    // Explained warnings on the 2022 year of the sample: rows change text, not number.
    ReportData r = sample(u"2021_pingtan"_s);
    r.year = 2022;
    r.status = PeriodStatus::Draft;
    QVERIFY(r.figures.set(u"proactive.rules.in_force"_s, 100000));
    int id2022 = 0;
    QVERIFY(m_ledger->importReport(r, false, &id2022).ok());
    auto other = std::make_unique<PeriodSession>(*m_ledger, *m_ledger->periodById(id2022));
    model.setSession(other.get());
    readEverything(model);
    int warning = -1;
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.problem(row)->severity == Severity::Warning)
            warning = row;
    QVERIFY(warning >= 0);
    const int rows = model.rowCount();
    QVERIFY(other->explain(*model.problem(warning), u"checked"_s, &error));
    QCOMPARE(model.rowCount(), rows);
    readEverything(model);

    // Changing and dropping the session.
    model.setSession(session.get());
    model.setSession(nullptr);
    QCOMPARE(model.rowCount(), 0);
    model.setSession(other.get());
    QCOMPARE(model.rowCount(), rows);
    model.setSession(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestGuiModels::navigatorModel()
{
    QTemporaryDir dir;
    MainWindow window(dir.filePath(u"navigator.sqlite"_s));
    QVERIFY(window.hasDatabase());
    QAbstractItemModelTester tester(window.navigator()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int a = window.createOrganization(u"甲单位"_s);
    QVERIFY(a > 0);
    QVERIFY(window.createYear(a, 2020, YearEntry::Direct) > 0);
    QVERIFY(window.createYear(a, 2021, YearEntry::Quarters) > 0);
    QVERIFY(window.createNextQuarter() > 0);
    QVERIFY(window.createNextQuarter() > 0);
    const int b = window.createOrganization(u"乙单位"_s);
    QVERIFY(window.createYear(b, 2019, YearEntry::Direct, u"2019"_s) > 0);
    QVERIFY(window.changeStatus(Transition::Submit));
    QCOMPARE(window.navigator()->topLevelItemCount(), 2);
    // 甲单位: 2020, 2021 with three quarters under it.
    const QList<QTreeWidgetItem *> found = window.navigator()->findItems(u"甲单位"_s, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first()->childCount(), 2);
    QCOMPARE(found.first()->child(1)->childCount(), 3);
    window.navigator()->selectOrganization(a);
    QCOMPARE(window.navigator()->currentOrganization(), a);
    QCOMPARE(window.navigator()->currentPeriod(), 0);
    // Reopening the database rebuilds the tree.
    QVERIFY(window.openDatabase(dir.filePath(u"navigator.sqlite"_s)));
    QCOMPARE(window.navigator()->topLevelItemCount(), 2);
    window.navigator()->clear();
}

QTEST_MAIN(TestGuiModels)
#include "tst_gui_models.moc"
