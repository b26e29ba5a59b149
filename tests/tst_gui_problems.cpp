// The problems panel of the window: an unbalanced applications table is listed as an error naming
// the column, activating it opens the applications form with the cells selected, the cells are
// marked in the form; a warning across two years (documents in force that do not chain) can be
// explained in writing, is stored and then shown as explained.

#include "guitest.h"
#include "figuretablemodel.h"
#include "figuretableview.h"
#include "interchange.h"
#include "ledger.h"
#include "mainwindow.h"
#include "navigator.h"
#include "periodsession.h"
#include "periodview.h"
#include "problemsmodel.h"
#include "problemspanel.h"
#include "prompts.h"

#include <QApplication>
#include <QBrush>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace nianbao;

namespace {

// The row of the problems list with this rule (and anchor cell, when given), or -1.
int findRow(const ProblemsModel *model, const QString &rule, const QString &anchor = {})
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const Problem *p = model->problem(row);
        if (p && p->ruleId == rule && (anchor.isEmpty() || p->anchor() == anchor))
            return row;
    }
    return -1;
}

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

} // namespace

class TestGuiProblems : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void unbalancedColumnListed();
    void activateRowJumpsToCells();
    void involvedCellsMarked();
    void warningExplained();
    void explainCancelledOrOnError();

private:
    void openNewYear();
    FigureTableView *table(const QString &key) const { return m_window->periodView()->tableFor(key); }
    QModelIndex at(const QString &key) const;
    ProblemsModel *problems() const { return m_window->problemsPanel()->model(); }

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiProblems::initTestCase()
{
    guitest::prepare(u"problems"_s);
}

void TestGuiProblems::init()
{
    prompts::setNextAnswers({});
    prompts::clearAskedQuestions();
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
}

void TestGuiProblems::cleanup()
{
    m_window.reset();
    m_tmp.reset();
    prompts::setNextAnswers({});
}

void TestGuiProblems::cleanupTestCase()
{
    QSettings().clear();
}

void TestGuiProblems::openNewYear()
{
    m_window = std::make_unique<MainWindow>(m_tmp->filePath(u"problems.sqlite"_s));
    QVERIFY(m_window->hasDatabase());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const int org = m_window->createOrganization(u"福州市测试局"_s);
    QVERIFY(org > 0);
    QVERIFY(m_window->createYear(org, 2021, YearEntry::Direct) > 0);
    QVERIFY(m_window->session());
    // Only applications.new.natural_person has a value: items 1 + 2 (5) differ from items 3 + 4 (0).
    FigureTableModel *model = table(u"applications"_s)->figureModel();
    QVERIFY(model->setData(at(u"applications.new.natural_person"_s), u"5"_s));
}

QModelIndex TestGuiProblems::at(const QString &key) const
{
    const CellDef *c = m_window->session()->format().cell(key);
    if (!c)
        return {};
    const FigureTableView *view = table(c->table);
    return view ? view->figureModel()->indexOfCell(c->index) : QModelIndex();
}

void TestGuiProblems::unbalancedColumnListed()
{
    openNewYear();
    const int row = findRow(problems(), u"applications.balance"_s);
    QVERIFY(row >= 0);
    const Problem *p = problems()->problem(row);
    QCOMPARE(p->severity, Severity::Error);
    QVERIFY(p->cells.contains(u"applications.new.natural_person"_s));
    const QString message = problems()->index(row, ProblemsModel::MessageColumn).data().toString();
    QVERIFY2(message.contains(u"自然人"_s), qPrintable(message));
    QCOMPARE(problems()->index(row, ProblemsModel::SeverityColumn).data().toString(), u"Error"_s);
    QCOMPARE(problems()->index(row, ProblemsModel::LeftColumn).data().toString(), u"5"_s);
    QCOMPARE(problems()->index(row, ProblemsModel::RightColumn).data().toString(), u"0"_s);
    QCOMPARE(problems()->index(row, ProblemsModel::DifferenceColumn).data().toString(), u"5"_s);
    // Only that column and the 总计 column are unbalanced.
    QStringList anchors;
    for (int r = 0; r < problems()->rowCount(); ++r)
        if (problems()->problem(r)->ruleId == u"applications.balance"_s)
            anchors << problems()->problem(r)->anchor();
    anchors.sort();
    QCOMPARE(anchors, (QStringList{u"applications.new.natural_person"_s, u"applications.new.total"_s}));

    // Balancing the column removes the error from the list at once.
    QVERIFY(table(u"applications"_s)->figureModel()->setData(at(u"applications.granted.natural_person"_s), u"5"_s));
    QCOMPARE(findRow(problems(), u"applications.balance"_s), -1);
}

void TestGuiProblems::activateRowJumpsToCells()
{
    openNewYear();
    QTabWidget *tabs = m_window->periodView()->tabs();
    tabs->setCurrentWidget(table(u"proactive"_s));
    const int row = findRow(problems(), u"applications.balance"_s);
    QVERIFY(row >= 0);
    const QStringList cells = problems()->problem(row)->cells;
    QVERIFY(cells.size() >= 4);

    m_window->problemsPanel()->activateRow(row);
    FigureTableView *view = table(u"applications"_s);
    QCOMPARE(tabs->currentWidget(), view);
    QCOMPARE(m_window->periodView()->currentTable(), view);
    for (const QString &key : cells) {
        QVERIFY2(at(key).isValid(), qPrintable(key));
        QVERIFY2(view->selectionModel()->isSelected(at(key)), qPrintable(key));
    }
    QCOMPARE(view->currentIndex(), at(cells.first()));
    QVERIFY(!view->selectionModel()->isSelected(at(u"applications.new.commercial"_s)));

    // Double-click or Enter in the list does the same: the view's activated signal.
    tabs->setCurrentWidget(table(u"review"_s));
    QTableView *list = m_window->problemsPanel()->view();
    emit list->activated(problems()->index(row, ProblemsModel::MessageColumn));
    QCOMPARE(tabs->currentWidget(), view);
}

void TestGuiProblems::involvedCellsMarked()
{
    openNewYear();
    const QVariant untouched = at(u"applications.new.commercial"_s).data(Qt::BackgroundRole);
    const QVariant involved = at(u"applications.new.natural_person"_s).data(Qt::BackgroundRole);
    QVERIFY(involved.isValid());
    QVERIFY(involved != untouched);
    QCOMPARE(at(u"applications.carried_forward.natural_person"_s).data(Qt::BackgroundRole), involved);
    // The computed total of the column is involved too and marked, not drawn as a plain total.
    QCOMPARE(at(u"applications.total.natural_person"_s).data(Qt::BackgroundRole), involved);
    QVERIFY(at(u"applications.total.commercial"_s).data(Qt::BackgroundRole) != involved);
    // The tooltip of a marked cell says what is wrong.
    const QString tip = at(u"applications.new.natural_person"_s).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"自然人"_s) && tip.count(u'\n') >= 1, qPrintable(tip));

    // Once balanced, the mark goes.
    QVERIFY(table(u"applications"_s)->figureModel()->setData(at(u"applications.granted.natural_person"_s), u"5"_s));
    QCOMPARE(at(u"applications.new.natural_person"_s).data(Qt::BackgroundRole), untouched);
}

void TestGuiProblems::warningExplained()
{
    // Two consecutive years of the same organization; in 2022 the rules in force do not chain.
    const QString path = m_tmp->filePath(u"problems.sqlite"_s);
    int id2022 = 0;
    {
        Status s;
        auto db = Database::open(path, &s);
        QVERIFY2(db, qPrintable(s.message));
        Ledger ledger(*db);
        ReportData r = sample(u"2021_pingtan"_s);
        r.year = 2021;
        int id2021 = 0;
        QVERIFY(ledger.importReport(r, false, &id2021).ok());
        const qint64 inForce = r.figures.value(u"proactive.rules.in_force"_s).value_or(0)
            + r.figures.value(u"proactive.rules.issued"_s).value_or(0)
            - r.figures.value(u"proactive.rules.repealed"_s).value_or(0);
        const qint64 normative = r.figures.value(u"proactive.normative.in_force"_s).value_or(0)
            + r.figures.value(u"proactive.normative.issued"_s).value_or(0)
            - r.figures.value(u"proactive.normative.repealed"_s).value_or(0);
        r.year = 2022;
        r.status = PeriodStatus::Draft; // the sample is final; this year is still being written
        QVERIFY(r.figures.set(u"proactive.rules.in_force"_s, inForce + 7));
        QVERIFY(r.figures.set(u"proactive.normative.in_force"_s, normative));
        const Status imported = ledger.importReport(r, false, &id2022);
        QVERIFY2(imported.ok(), qPrintable(imported.message));
    }
    m_window = std::make_unique<MainWindow>(path);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->navigator()->selectPeriod(id2022));
    QVERIFY(m_window->session());
    QCOMPARE(m_window->session()->period().year, 2022);

    const QString anchor = u"proactive.rules.in_force"_s;
    int row = findRow(problems(), u"carry.in_force"_s, anchor);
    QVERIFY(row >= 0);
    QCOMPARE(findRow(problems(), u"carry.in_force"_s, u"proactive.normative.in_force"_s), -1);
    QCOMPARE(problems()->problem(row)->severity, Severity::Warning);
    QCOMPARE(problems()->index(row, ProblemsModel::SeverityColumn).data().toString(), u"Warning"_s);
    QCOMPARE(problems()->index(row, ProblemsModel::DifferenceColumn).data().toString(), u"7"_s);
    const QVariant warned = at(anchor).data(Qt::BackgroundRole);
    QVERIFY(warned.isValid());
    QVERIFY(warned != at(u"proactive.normative.in_force"_s).data(Qt::BackgroundRole));

    // The Explain button follows the current row: enabled on the warning.
    auto *button = m_window->problemsPanel()->findChild<QPushButton *>();
    QVERIFY(button);
    m_window->problemsPanel()->view()->setCurrentIndex(problems()->index(row, 0));
    QVERIFY(button->isEnabled());

    // Cancelling the question stores nothing.
    prompts::setNextAnswers({QString()});
    button->click();
    QVERIFY(m_window->ledger()->explanations(id2022).isEmpty());
    QCOMPARE(problems()->index(row, ProblemsModel::SeverityColumn).data().toString(), u"Warning"_s);

    prompts::setNextAnswers({u"an explanation"_s});
    button->click();
    QVERIFY(prompts::askedQuestions().contains(u"Explain the warning"_s));
    const QList<Explanation> stored = m_window->ledger()->explanations(id2022);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().rule, u"carry.in_force"_s);
    QCOMPARE(stored.first().cell, anchor);
    QCOMPARE(stored.first().text, u"an explanation"_s);

    // Shown as explained, greyed, and no longer marked in the form.
    row = findRow(problems(), u"carry.in_force"_s, anchor);
    QVERIFY(row >= 0);
    QCOMPARE(problems()->index(row, ProblemsModel::SeverityColumn).data().toString(), u"Warning (explained)"_s);
    QCOMPARE(problems()->index(row, ProblemsModel::ExplanationColumn).data().toString(), u"an explanation"_s);
    QVERIFY(problems()->index(row, ProblemsModel::MessageColumn).data(Qt::ForegroundRole).isValid());
    QVERIFY(at(anchor).data(Qt::BackgroundRole) != warned);
    QVERIFY(m_window->session()->isExplained(*problems()->problem(row)));

    // explainRow itself, on a reopened window: the explanation is still there.
    m_window.reset();
    m_window = std::make_unique<MainWindow>(path);
    QVERIFY(m_window->navigator()->selectPeriod(id2022));
    row = findRow(problems(), u"carry.in_force"_s, anchor);
    QCOMPARE(problems()->index(row, ProblemsModel::ExplanationColumn).data().toString(), u"an explanation"_s);
    prompts::setNextAnswers({u"a better explanation"_s});
    m_window->problemsPanel()->explainRow(row);
    QCOMPARE(m_window->ledger()->explanations(id2022).first().text, u"a better explanation"_s);
}

void TestGuiProblems::explainCancelledOrOnError()
{
    openNewYear();
    const int error = findRow(problems(), u"applications.balance"_s);
    QVERIFY(error >= 0);
    auto *button = m_window->problemsPanel()->findChild<QPushButton *>();
    m_window->problemsPanel()->view()->setCurrentIndex(problems()->index(error, 0));
    QVERIFY(!button->isEnabled());
    // An error cannot be explained away: no question, nothing stored.
    prompts::clearAskedQuestions();
    m_window->problemsPanel()->explainRow(error);
    QVERIFY(prompts::askedQuestions().isEmpty());
    QVERIFY(m_window->ledger()->explanations(m_window->session()->period().id).isEmpty());
    // Out-of-range rows are ignored.
    m_window->problemsPanel()->explainRow(-1);
    m_window->problemsPanel()->explainRow(problems()->rowCount());
    m_window->problemsPanel()->activateRow(problems()->rowCount());
    QVERIFY(prompts::askedQuestions().isEmpty());
}

QTEST_MAIN(TestGuiProblems)
#include "tst_gui_problems.moc"
