// Carried-over figures in a year entered by quarters: what Q1 carries forward opens Q2; typing a
// different value asks for a reason and stores it with the figure, cancelling keeps the carried
// value; the year itself is added up from the quarters and cannot be typed.

#include "guitest.h"
#include "figuretablemodel.h"
#include "figuretableview.h"
#include "ledger.h"
#include "mainwindow.h"
#include "navigator.h"
#include "periodsession.h"
#include "periodview.h"
#include "prompts.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace nianbao;

namespace {

const QString kCarriedOver = u"applications.carried_over.natural_person"_s;
const QString kReasonTitle = u"Reason for changing a carried-over figure"_s;

void typeText(const QString &text)
{
    for (const QChar c : text) {
        QWidget *target = QApplication::focusWidget();
        QVERIFY2(target, "no widget has the focus");
        const char16_t u = c.unicode();
        const Qt::Key key = u >= u'0' && u <= u'9' ? Qt::Key(Qt::Key_0 + (u - u'0')) : Qt::Key_unknown;
        QTest::sendKeyEvent(QTest::Click, target, key, QString(c), Qt::NoModifier);
    }
}

void pressEnter()
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY2(target, "no widget has the focus");
    QTest::keyClick(target, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits through a queued call
}

} // namespace

class TestGuiOverride : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void carriedValueOpensNextQuarter();
    void overrideCancelledKeepsCarriedValue();
    void overrideWithReasonStored();
    void overrideCurrentCellOpensEditor();
    void pasteOverCarriedValueAsksReason();
    void yearAddedUpIsReadOnly();

private:
    FigureTableView *applications() const { return m_window->periodView()->tableFor(u"applications"_s); }
    QModelIndex at(const QString &key) const;
    QString stored(int periodId, const QString &key) const;
    void type(const QString &key, const QString &text);
    void openSecondQuarter();

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<MainWindow> m_window;
    int m_org = 0;
    int m_year = 0;
    int m_q1 = 0;
    int m_q2 = 0;
};

void TestGuiOverride::initTestCase()
{
    guitest::prepare(u"override"_s);
}

void TestGuiOverride::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_window = guitest::openWindow(*m_tmp, u"quarters.sqlite"_s);
    QVERIFY(m_window);
    m_org = m_window->createOrganization(u"平潭综合实验区测试局"_s);
    QVERIFY(m_org > 0);
    m_year = m_window->createYear(m_org, 2021, YearEntry::Quarters);
    QVERIFY(m_year > 0);
    // The year by quarters opens on its first quarter.
    QVERIFY(m_window->session());
    QCOMPARE(m_window->session()->period().quarter, 1);
    m_q1 = m_window->session()->period().id;
    QVERIFY(m_q1 != m_year);
}

void TestGuiOverride::cleanup()
{
    m_window.reset();
    m_tmp.reset();
    prompts::setNextAnswers({});
}

void TestGuiOverride::cleanupTestCase()
{
    QSettings().clear();
}

QModelIndex TestGuiOverride::at(const QString &key) const
{
    return guitest::cellAt(*m_window, key);
}

QString TestGuiOverride::stored(int periodId, const QString &key) const
{
    return guitest::storedFigure(*m_window, periodId, key);
}

// Types a value into a cell of the applications form and presses Enter.
void TestGuiOverride::type(const QString &key, const QString &text)
{
    FigureTableView *view = applications();
    m_window->periodView()->tabs()->setCurrentWidget(view);
    view->setFocus();
    view->setCurrentIndex(at(key));
    QTRY_COMPARE(QApplication::focusWidget(), view);
    typeText(text);
    pressEnter();
}

void TestGuiOverride::openSecondQuarter()
{
    type(u"applications.carried_forward.natural_person"_s, u"3"_s);
    QCOMPARE(stored(m_q1, u"applications.carried_forward.natural_person"_s), u"3"_s);
    QVERIFY(m_window->action(u"newQuarter"_s)->isEnabled());
    m_q2 = m_window->createNextQuarter();
    QVERIFY(m_q2 > 0);
    QVERIFY(m_window->session());
    QCOMPARE(m_window->session()->period().id, m_q2);
    QCOMPARE(m_window->session()->period().quarter, 2);
}

void TestGuiOverride::carriedValueOpensNextQuarter()
{
    openSecondQuarter();
    QCOMPARE(at(kCarriedOver).data().toString(), u"3"_s);
    QCOMPARE(stored(m_q2, kCarriedOver), u"3"_s);
    const int cell = m_window->session()->format().cell(kCarriedOver)->index;
    QCOMPARE(m_window->session()->carriedValue(cell), std::optional<qint64>(3));
    QVERIFY(applications()->figureModel()->isEditableValue(at(kCarriedOver)));
    const QString tip = at(kCarriedOver).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"Carried over from the previous period: 3"_s), qPrintable(tip));

    // A later change in Q1 follows into Q2's opening figures.
    QVERIFY(m_window->navigator()->selectPeriod(m_q1));
    type(u"applications.carried_forward.commercial"_s, u"2"_s);
    QCOMPARE(stored(m_q2, u"applications.carried_over.commercial"_s), u"2"_s);
    QVERIFY(m_window->navigator()->selectPeriod(m_q2));
    QCOMPARE(at(u"applications.carried_over.commercial"_s).data().toString(), u"2"_s);
}

void TestGuiOverride::overrideCancelledKeepsCarriedValue()
{
    openSecondQuarter();
    const QVariant background = at(kCarriedOver).data(Qt::BackgroundRole);
    prompts::setNextAnswers({QString()});
    type(kCarriedOver, u"4"_s);
    QVERIFY(prompts::askedQuestions().contains(kReasonTitle));
    QCOMPARE(stored(m_q2, kCarriedOver), u"3"_s);
    QCOMPARE(at(kCarriedOver).data().toString(), u"3"_s);
    QVERIFY(m_window->ledger()->overrideReason(m_q2, kCarriedOver).isEmpty());
    QCOMPARE(m_window->session()->undoStack()->count(), 0);
    QCOMPARE(at(kCarriedOver).data(Qt::BackgroundRole), background);

    // Typing the carried value itself asks nothing.
    prompts::clearAskedQuestions();
    type(kCarriedOver, u"3"_s);
    QVERIFY(!prompts::askedQuestions().contains(kReasonTitle));
}

void TestGuiOverride::overrideWithReasonStored()
{
    openSecondQuarter();
    const QString reason = u"wrong count last quarter"_s;
    prompts::setNextAnswers({reason});
    type(kCarriedOver, u"4"_s);
    QVERIFY(prompts::askedQuestions().contains(kReasonTitle));
    QCOMPARE(stored(m_q2, kCarriedOver), u"4"_s);
    QCOMPARE(at(kCarriedOver).data().toString(), u"4"_s);
    QCOMPARE(m_window->ledger()->overrideReason(m_q2, kCarriedOver), reason);
    QCOMPARE(m_window->session()->overrideReason(m_window->session()->format().cell(kCarriedOver)->index), reason);
    // Balanced, the column has no problem of its own; the changed opening figure is drawn in
    // its own colour, and the carry rule's difference to Q1 is a note quoting the reason.
    type(u"applications.carried_forward.natural_person"_s, u"4"_s);
    bool carryError = false;
    for (const Problem &p : m_window->session()->problems())
        carryError |= p.severity == Severity::Error && p.cells.contains(kCarriedOver);
    QVERIFY(!carryError);
    QVERIFY(at(kCarriedOver).data(Qt::BackgroundRole)
            != at(u"applications.carried_over.commercial"_s).data(Qt::BackgroundRole));
    const QString tip = at(kCarriedOver).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(reason), qPrintable(tip));
    // The audit log has the override with its reason.
    bool logged = false;
    for (const AuditEntry &e : m_window->ledger()->audit(m_q2, kCarriedOver))
        logged |= e.action == u"override"_s && e.reason == reason && e.newValue == u"4"_s;
    QVERIFY(logged);

    // An overridden opening figure no longer follows Q1.
    QVERIFY(m_window->navigator()->selectPeriod(m_q1));
    type(u"applications.carried_forward.natural_person"_s, u"5"_s);
    QCOMPARE(stored(m_q2, kCarriedOver), u"4"_s);

    // Undo of the override (in Q2) restores the carried value and drops the reason.
    QVERIFY(m_window->navigator()->selectPeriod(m_q2));
    prompts::setNextAnswers({reason});
    type(kCarriedOver, u"6"_s);
    QCOMPARE(stored(m_q2, kCarriedOver), u"6"_s);
    m_window->session()->undoStack()->undo();
    QCOMPARE(stored(m_q2, kCarriedOver), u"4"_s);
    QCOMPARE(m_window->ledger()->overrideReason(m_q2, kCarriedOver), reason);

    // Typing the carried value again ends the override: no question, no reason.
    prompts::clearAskedQuestions();
    prompts::setNextAnswers({});
    type(kCarriedOver, u"5"_s);
    QVERIFY(!prompts::askedQuestions().contains(kReasonTitle));
    QCOMPARE(stored(m_q2, kCarriedOver), u"5"_s);
    QVERIFY(m_window->ledger()->overrideReason(m_q2, kCarriedOver).isEmpty());
}

void TestGuiOverride::overrideCurrentCellOpensEditor()
{
    openSecondQuarter();
    FigureTableView *view = applications();
    m_window->periodView()->tabs()->setCurrentWidget(view);
    view->setFocus();

    // Only an opening cell can be overridden.
    view->setCurrentIndex(at(u"applications.new.natural_person"_s));
    QVERIFY(!m_window->overrideCurrentCell());
    QVERIFY(!view->indexWidget(view->currentIndex()));

    view->setCurrentIndex(at(kCarriedOver));
    QVERIFY(m_window->action(u"override"_s)->isEnabled());
    QVERIFY(m_window->overrideCurrentCell());
    auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(at(kCarriedOver)));
    QVERIFY(editor);
    QTRY_COMPARE(QApplication::focusWidget(), editor);
    QCOMPARE(editor->text(), u"3"_s);
    editor->selectAll();
    prompts::setNextAnswers({u"counted twice"_s});
    typeText(u"2"_s);
    pressEnter();
    QCOMPARE(stored(m_q2, kCarriedOver), u"2"_s);
    QCOMPARE(m_window->ledger()->overrideReason(m_q2, kCarriedOver), u"counted twice"_s);
}

void TestGuiOverride::pasteOverCarriedValueAsksReason()
{
    openSecondQuarter();
    FigureTableView *view = applications();
    m_window->periodView()->tabs()->setCurrentWidget(view);
    view->setCurrentIndex(at(u"applications.new.natural_person"_s));

    // Two lines: new applications, then the carried-over ones (3 from Q1, pasted as 9).
    prompts::setNextAnswers({QString()});
    QVERIFY(!view->pasteText(u"1\t2\n9\t0"_s));
    QVERIFY(prompts::askedQuestions().contains(kReasonTitle));
    QCOMPARE(stored(m_q2, u"applications.new.natural_person"_s), QString());
    QCOMPARE(stored(m_q2, kCarriedOver), u"3"_s);
    QCOMPARE(m_window->session()->undoStack()->count(), 0);

    prompts::setNextAnswers({u"counted from the register"_s});
    QVERIFY(view->pasteText(u"1\t2\n9\t0"_s));
    QCOMPARE(stored(m_q2, u"applications.new.natural_person"_s), u"1"_s);
    QCOMPARE(stored(m_q2, kCarriedOver), u"9"_s);
    QCOMPARE(m_window->ledger()->overrideReason(m_q2, kCarriedOver), u"counted from the register"_s);
    QCOMPARE(m_window->session()->undoStack()->count(), 1);

    // Pasting the carried values themselves asks nothing.
    prompts::clearAskedQuestions();
    prompts::setNextAnswers({});
    view->setCurrentIndex(at(kCarriedOver));
    QVERIFY(view->pasteText(u"3"_s));
    QVERIFY(!prompts::askedQuestions().contains(kReasonTitle));
    QCOMPARE(stored(m_q2, kCarriedOver), u"3"_s);
    QVERIFY(m_window->ledger()->overrideReason(m_q2, kCarriedOver).isEmpty());
}

void TestGuiOverride::yearAddedUpIsReadOnly()
{
    type(u"applications.new.natural_person"_s, u"7"_s);
    QVERIFY(m_window->navigator()->selectPeriod(m_year));
    QVERIFY(m_window->session());
    QVERIFY(m_window->session()->period().isRolledUp());
    QVERIFY(m_window->session()->figuresReadOnly());
    QCOMPARE(at(u"applications.new.natural_person"_s).data().toString(), u"7"_s);
    QVERIFY(!applications()->figureModel()->isEditableValue(at(u"applications.new.natural_person"_s)));
    QVERIFY(!m_window->action(u"override"_s)->isEnabled());
    type(u"applications.new.natural_person"_s, u"9"_s);
    QCOMPARE(at(u"applications.new.natural_person"_s).data().toString(), u"7"_s);
    QCOMPARE(stored(m_q1, u"applications.new.natural_person"_s), u"7"_s);
    QVERIFY(!applications()->pasteText(u"1\t2"_s));
    QCOMPARE(stored(m_year, u"applications.new.natural_person"_s), u"7"_s);
}

QTEST_MAIN(TestGuiOverride)
#include "tst_gui_override.moc"
