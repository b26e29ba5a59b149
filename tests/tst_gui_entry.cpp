// Entering figures in the window like in a spreadsheet: typing into the applications form of a new
// 2021 year (Enter moves down, Tab moves right past the computed totals, bad input is refused and
// named), pasting blocks from WPS or Excel, clearing, and undo/redo through the session and
// through the Edit menu. Every test function gets a fresh database.

#include "guitest.h"
#include "figuretablemodel.h"
#include "figuretableview.h"
#include "ledger.h"
#include "mainwindow.h"
#include "periodsession.h"
#include "periodview.h"
#include "prompts.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace nianbao;

namespace {

// Sends each character as a key press and release to the widget that has the focus, as a person
// typing would; full-width digits are sent as text without a key code.
void typeText(const QString &text)
{
    for (const QChar c : text) {
        QWidget *target = QApplication::focusWidget();
        QVERIFY2(target, "no widget has the focus");
        const char16_t u = c.unicode();
        Qt::Key key = Qt::Key_unknown;
        if (u >= u'0' && u <= u'9')
            key = Qt::Key(Qt::Key_0 + (u - u'0'));
        else if (u >= u'a' && u <= u'z')
            key = Qt::Key(Qt::Key_A + (u - u'a'));
        else if (u == u'-')
            key = Qt::Key_Minus;
        QTest::sendKeyEvent(QTest::Click, target, key, QString(c), Qt::NoModifier);
    }
}

// An editor is open on the current cell.
bool isEditing(const QAbstractItemView *view)
{
    return view->indexWidget(view->currentIndex()) != nullptr;
}

void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY2(target, "no widget has the focus");
    QTest::keyClick(target, key, modifiers);
    // The delegate commits on Enter through a queued call.
    QCoreApplication::processEvents();
}

} // namespace

class TestGuiEntry : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void typingStoresAndMovesDown();
    void tabMovesRightSkippingTotals();
    void totalsFollowAndAreNotEditable();
    void letterRefused();
    void negativeRefused();
    void fullWidthDigitsAccepted();
    void deleteClearsAsOneStep();

    void pasteAppliesGoodCellsAsOneStep();
    void pasteDeclinedWritesNothing();
    void pasteSeparatorsAndFullWidth();
    void pasteSkipsComputedColumn();

    void undoRedoRestoresStoredValues();
    void undoRedoActions();

private:
    FigureTableView *applications() const;
    QModelIndex at(const QString &key) const;
    QString stored(const QString &key) const;
    void focusCell(const QString &key);

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<MainWindow> m_window;
    int m_period = 0;
};

void TestGuiEntry::initTestCase()
{
    guitest::prepare(u"entry"_s);
}

void TestGuiEntry::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_window = guitest::openWindow(*m_tmp, u"entry.sqlite"_s);
    QVERIFY(m_window);
    const int org = m_window->createOrganization(u"福州市测试局"_s);
    QVERIFY(org > 0);
    m_period = m_window->createYear(org, 2021, YearEntry::Direct);
    QVERIFY(m_period > 0);
    QVERIFY(m_window->session());
    QCOMPARE(m_window->session()->period().id, m_period);
    QCOMPARE(m_window->session()->period().formatId, u"2021"_s);
    QVERIFY(applications());
}

void TestGuiEntry::cleanup()
{
    m_window.reset();
    m_tmp.reset();
    prompts::setNextAnswers({});
}

void TestGuiEntry::cleanupTestCase()
{
    QSettings().clear();
}

FigureTableView *TestGuiEntry::applications() const
{
    return m_window->periodView() ? m_window->periodView()->tableFor(u"applications"_s) : nullptr;
}

QModelIndex TestGuiEntry::at(const QString &key) const
{
    return guitest::cellAt(*m_window, key);
}

// The value in the database, as text ("" when the cell is empty).
QString TestGuiEntry::stored(const QString &key) const
{
    return guitest::storedFigure(*m_window, m_period, key);
}

void TestGuiEntry::focusCell(const QString &key)
{
    FigureTableView *view = applications();
    m_window->periodView()->tabs()->setCurrentWidget(view);
    view->setFocus();
    const QModelIndex i = at(key);
    QVERIFY2(i.isValid(), qPrintable(key));
    view->setCurrentIndex(i);
    QTRY_COMPARE(QApplication::focusWidget(), view);
}

void TestGuiEntry::typingStoresAndMovesDown()
{
    FigureTableView *view = applications();
    focusCell(u"applications.new.natural_person"_s);
    typeText(u"12"_s);
    QVERIFY(isEditing(view));
    // Editing happens in the delegate's editor, which took the focus with the first digit.
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QCOMPARE(editor->text(), u"12"_s);
    pressKey(Qt::Key_Return);
    QCOMPARE(stored(u"applications.new.natural_person"_s), u"12"_s);
    QVERIFY(!isEditing(view));
    QCOMPARE(view->currentIndex(), at(u"applications.carried_over.natural_person"_s));

    // The next value goes straight into the cell below, and Enter moves on again.
    typeText(u"3"_s);
    pressKey(Qt::Key_Enter);
    QCOMPARE(stored(u"applications.carried_over.natural_person"_s), u"3"_s);
    QCOMPARE(view->currentIndex(), at(u"applications.granted.natural_person"_s));

    // Enter on the last result row skips the computed (七)总计 row.
    view->setCurrentIndex(at(u"applications.other_misc.natural_person"_s));
    typeText(u"4"_s);
    pressKey(Qt::Key_Return);
    QCOMPARE(stored(u"applications.other_misc.natural_person"_s), u"4"_s);
    QCOMPARE(view->currentIndex(), at(u"applications.carried_forward.natural_person"_s));

    // Enter without editing moves as well.
    pressKey(Qt::Key_Return);
    QCOMPARE(view->currentIndex(), at(u"applications.new.commercial"_s));
    QCOMPARE(m_window->session()->undoStack()->count(), 3);
}

void TestGuiEntry::tabMovesRightSkippingTotals()
{
    FigureTableView *view = applications();
    focusCell(u"applications.new.natural_person"_s);
    pressKey(Qt::Key_Tab);
    QCOMPARE(view->currentIndex(), at(u"applications.new.commercial"_s));

    // From the last applicant column, Tab skips the computed 总计 column to the next row.
    view->setCurrentIndex(at(u"applications.new.other_org"_s));
    pressKey(Qt::Key_Tab);
    QCOMPARE(view->currentIndex(), at(u"applications.carried_over.natural_person"_s));
    QCOMPARE(QApplication::focusWidget(), view);

    // Shift+Tab goes back, again past the total.
    pressKey(Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(view->currentIndex(), at(u"applications.new.other_org"_s));

    // Tab while typing stores the value and continues in the next cell of the row.
    view->setCurrentIndex(at(u"applications.new.legal_services"_s));
    typeText(u"7"_s);
    pressKey(Qt::Key_Tab);
    QCOMPARE(stored(u"applications.new.legal_services"_s), u"7"_s);
    QCOMPARE(view->currentIndex(), at(u"applications.new.other_org"_s));
    typeText(u"8"_s);
    pressKey(Qt::Key_Tab);
    QCOMPARE(stored(u"applications.new.other_org"_s), u"8"_s);
    QCOMPARE(view->currentIndex(), at(u"applications.carried_over.natural_person"_s));
    QCOMPARE(stored(u"applications.new.total"_s), QString());
    if (isEditing(view))
        pressKey(Qt::Key_Escape);
    QCOMPARE(m_window->session()->undoStack()->count(), 2);
}

void TestGuiEntry::totalsFollowAndAreNotEditable()
{
    FigureTableView *view = applications();
    FigureTableModel *model = view->figureModel();
    focusCell(u"applications.new.natural_person"_s);
    typeText(u"12"_s);
    pressKey(Qt::Key_Tab);
    typeText(u"3"_s);
    pressKey(Qt::Key_Return);
    QCOMPARE(at(u"applications.new.total"_s).data().toString(), u"15"_s);

    view->setCurrentIndex(at(u"applications.granted.natural_person"_s));
    typeText(u"10"_s);
    pressKey(Qt::Key_Return);
    typeText(u"2"_s);
    pressKey(Qt::Key_Return);
    QCOMPARE(stored(u"applications.partial.natural_person"_s), u"2"_s);
    QCOMPARE(at(u"applications.total.natural_person"_s).data().toString(), u"12"_s);
    QCOMPARE(at(u"applications.total.total"_s).data().toString(), u"12"_s);
    QCOMPARE(at(u"applications.granted.total"_s).data().toString(), u"10"_s);

    // Totals are computed: not editable, not stored, and typing on them does nothing.
    for (const QString &key : {u"applications.new.total"_s, u"applications.total.natural_person"_s,
                               u"applications.total.total"_s, u"applications.carried_forward.total"_s}) {
        const QModelIndex i = at(key);
        QVERIFY2(i.isValid(), qPrintable(key));
        QVERIFY2(!model->isEditableValue(i), qPrintable(key));
        QVERIFY2(!(model->flags(i) & Qt::ItemIsEditable), qPrintable(key));
        QVERIFY2(!model->setData(i, u"99"_s), qPrintable(key));
        QCOMPARE(stored(key), QString());
    }
    view->setCurrentIndex(at(u"applications.new.total"_s));
    typeText(u"5"_s);
    QVERIFY(!isEditing(view));
    QCOMPARE(at(u"applications.new.total"_s).data().toString(), u"15"_s);
    QCOMPARE(stored(u"applications.new.total"_s), QString());
}

void TestGuiEntry::letterRefused()
{
    FigureTableView *view = applications();
    QSignalSpy rejected(view->figureModel(), &FigureTableModel::inputRejected);
    QSignalSpy shown(view, &FigureTableView::message);
    focusCell(u"applications.new.natural_person"_s);
    typeText(u"12a"_s);
    pressKey(Qt::Key_Return);
    QCOMPARE(rejected.count(), 1);
    const QString message = rejected.first().first().toString();
    const QString label = m_window->session()->format().cell(u"applications.new.natural_person"_s)->label;
    QVERIFY2(message.contains(label), qPrintable(message));
    QVERIFY2(message.contains(u"12a"_s), qPrintable(message));
    QVERIFY(shown.count() >= 1);
    QCOMPARE(stored(u"applications.new.natural_person"_s), QString());
    QCOMPARE(m_window->session()->undoStack()->count(), 0);
}

void TestGuiEntry::negativeRefused()
{
    FigureTableView *view = applications();
    QSignalSpy rejected(view->figureModel(), &FigureTableModel::inputRejected);
    focusCell(u"applications.new.research"_s);
    typeText(u"-3"_s);
    pressKey(Qt::Key_Return);
    QCOMPARE(rejected.count(), 1);
    const QString label = m_window->session()->format().cell(u"applications.new.research"_s)->label;
    QVERIFY2(rejected.first().first().toString().contains(label), qPrintable(rejected.first().first().toString()));
    QCOMPARE(stored(u"applications.new.research"_s), QString());
    // Through the model as well.
    QVERIFY(!view->figureModel()->setData(at(u"applications.new.research"_s), u"-1"_s));
    QCOMPARE(rejected.count(), 2);
    QCOMPARE(stored(u"applications.new.research"_s), QString());
}

void TestGuiEntry::fullWidthDigitsAccepted()
{
    FigureTableView *view = applications();
    focusCell(u"applications.new.natural_person"_s);
    typeText(u"１２"_s);
    QVERIFY(isEditing(view));
    pressKey(Qt::Key_Return);
    QCOMPARE(stored(u"applications.new.natural_person"_s), u"12"_s);
    QCOMPARE(at(u"applications.new.natural_person"_s).data().toString(), u"12"_s);
    QCOMPARE(view->currentIndex(), at(u"applications.carried_over.natural_person"_s));
}

void TestGuiEntry::deleteClearsAsOneStep()
{
    FigureTableView *view = applications();
    focusCell(u"applications.new.natural_person"_s);
    QVERIFY(view->pasteText(u"1\t2\n3\t4"_s));
    QUndoStack *undo = m_window->session()->undoStack();
    QCOMPARE(undo->count(), 1);
    const QStringList keys{u"applications.new.natural_person"_s, u"applications.new.commercial"_s,
                           u"applications.carried_over.natural_person"_s, u"applications.carried_over.commercial"_s};
    QCOMPARE(stored(keys[3]), u"4"_s);

    view->selectionModel()->select(QItemSelection(at(keys[0]), at(keys[3])), QItemSelectionModel::ClearAndSelect);
    pressKey(Qt::Key_Delete);
    for (const QString &key : keys)
        QCOMPARE(stored(key), QString());
    QCOMPARE(undo->count(), 2);
    QCOMPARE(at(keys[0]).data().toString(), QString());

    undo->undo();
    QCOMPARE(stored(keys[0]), u"1"_s);
    QCOMPARE(stored(keys[1]), u"2"_s);
    QCOMPARE(stored(keys[2]), u"3"_s);
    QCOMPARE(stored(keys[3]), u"4"_s);
    QCOMPARE(at(keys[1]).data().toString(), u"2"_s);
}

void TestGuiEntry::pasteAppliesGoodCellsAsOneStep()
{
    FigureTableView *view = applications();
    QSignalSpy shown(view, &FigureTableView::message);
    focusCell(u"applications.new.natural_person"_s);
    QUndoStack *undo = m_window->session()->undoStack();
    const int before = undo->count();
    prompts::setNextAnswers({u"yes"_s});
    QVERIFY(view->pasteText(u"5\t3\tx\t2"_s));
    QCOMPARE(undo->count(), before + 1);
    QCOMPARE(stored(u"applications.new.natural_person"_s), u"5"_s);
    QCOMPARE(stored(u"applications.new.commercial"_s), u"3"_s);
    QCOMPARE(stored(u"applications.new.research"_s), QString());
    QCOMPARE(stored(u"applications.new.public_interest"_s), u"2"_s);
    // The person was asked, and the refused cell was named.
    QVERIFY(prompts::askedQuestions().contains(u"Paste"_s));
    const QString research = m_window->session()->format().cell(u"applications.new.research"_s)->label;
    bool named = false;
    for (const QList<QVariant> &args : shown)
        named |= args.first().toString().contains(research) && args.first().toString().contains(u'x');
    QVERIFY2(named, "the message does not name the refused cell");

    // One undo takes back all three.
    undo->undo();
    QCOMPARE(stored(u"applications.new.natural_person"_s), QString());
    QCOMPARE(stored(u"applications.new.commercial"_s), QString());
    QCOMPARE(stored(u"applications.new.public_interest"_s), QString());
}

void TestGuiEntry::pasteDeclinedWritesNothing()
{
    FigureTableView *view = applications();
    focusCell(u"applications.new.natural_person"_s);
    prompts::setNextAnswers({u"no"_s});
    QVERIFY(!view->pasteText(u"5\t3\tx\t2"_s));
    QVERIFY(prompts::askedQuestions().contains(u"Paste"_s));
    QCOMPARE(m_window->session()->undoStack()->count(), 0);
    for (const QString &key : {u"applications.new.natural_person"_s, u"applications.new.commercial"_s,
                               u"applications.new.research"_s, u"applications.new.public_interest"_s})
        QCOMPARE(stored(key), QString());
}

void TestGuiEntry::pasteSeparatorsAndFullWidth()
{
    FigureTableView *view = applications();
    focusCell(u"applications.new.natural_person"_s);
    // As WPS or Excel put it on the clipboard: CRLF line ends, a trailing line break.
    QVERIFY(view->pasteText(u"1,234\t１２\r\n5\t6\r\n"_s));
    QCOMPARE(stored(u"applications.new.natural_person"_s), u"1234"_s);
    QCOMPARE(stored(u"applications.new.commercial"_s), u"12"_s);
    QCOMPARE(stored(u"applications.carried_over.natural_person"_s), u"5"_s);
    QCOMPARE(stored(u"applications.carried_over.commercial"_s), u"6"_s);
    QCOMPARE(m_window->session()->undoStack()->count(), 1);
    QCOMPARE(at(u"applications.new.total"_s).data().toString(), u"1246"_s);
    QVERIFY(prompts::askedQuestions().isEmpty());
}

void TestGuiEntry::pasteSkipsComputedColumn()
{
    FigureTableView *view = applications();
    QSignalSpy shown(view, &FigureTableView::message);
    focusCell(u"applications.new.other_org"_s);
    QVERIFY(view->pasteText(u"1\t2\n3\t4"_s));
    QCOMPARE(stored(u"applications.new.other_org"_s), u"1"_s);
    QCOMPARE(stored(u"applications.carried_over.other_org"_s), u"3"_s);
    QCOMPARE(stored(u"applications.new.total"_s), QString());
    QCOMPARE(stored(u"applications.carried_over.total"_s), QString());
    // The totals still show what the cells add up to, not the pasted 2 and 4.
    QCOMPARE(at(u"applications.new.total"_s).data().toString(), u"1"_s);
    QCOMPARE(at(u"applications.carried_over.total"_s).data().toString(), u"3"_s);
    QCOMPARE(m_window->session()->undoStack()->count(), 1);
    QVERIFY(!shown.isEmpty());
    QVERIFY2(shown.last().first().toString().contains(u'2'), qPrintable(shown.last().first().toString()));
}

void TestGuiEntry::undoRedoRestoresStoredValues()
{
    focusCell(u"applications.new.natural_person"_s);
    typeText(u"12"_s);
    pressKey(Qt::Key_Return);
    typeText(u"3"_s);
    pressKey(Qt::Key_Return);
    QUndoStack *undo = m_window->session()->undoStack();
    QCOMPARE(undo->count(), 2);
    const QString a = u"applications.new.natural_person"_s;
    const QString b = u"applications.carried_over.natural_person"_s;

    undo->undo();
    QCOMPARE(stored(a), u"12"_s);
    QCOMPARE(stored(b), QString());
    QCOMPARE(at(b).data().toString(), QString());
    undo->undo();
    QCOMPARE(stored(a), QString());
    QCOMPARE(stored(b), QString());
    QCOMPARE(at(u"applications.new.total"_s).data().toString(), u"0"_s); // a total of nothing
    QVERIFY(!undo->canUndo());

    undo->redo();
    QCOMPARE(stored(a), u"12"_s);
    QCOMPARE(stored(b), QString());
    undo->redo();
    QCOMPARE(stored(a), u"12"_s);
    QCOMPARE(stored(b), u"3"_s);
    QCOMPARE(at(u"applications.new.total"_s).data().toString(), u"12"_s);
    QVERIFY(!undo->canRedo());
}

void TestGuiEntry::undoRedoActions()
{
    QAction *undo = m_window->action(u"undo"_s);
    QAction *redo = m_window->action(u"redo"_s);
    QVERIFY(undo);
    QVERIFY(redo);
    QVERIFY(!undo->isEnabled());
    focusCell(u"applications.new.natural_person"_s);
    typeText(u"12"_s);
    pressKey(Qt::Key_Return);
    typeText(u"3"_s);
    pressKey(Qt::Key_Return);
    QVERIFY(undo->isEnabled());
    QVERIFY(!redo->isEnabled());

    undo->trigger();
    QCOMPARE(stored(u"applications.carried_over.natural_person"_s), QString());
    undo->trigger();
    QCOMPARE(stored(u"applications.new.natural_person"_s), QString());
    QVERIFY(!undo->isEnabled());
    QVERIFY(redo->isEnabled());
    redo->trigger();
    redo->trigger();
    QCOMPARE(stored(u"applications.new.natural_person"_s), u"12"_s);
    QCOMPARE(stored(u"applications.carried_over.natural_person"_s), u"3"_s);

    // The shortcut reaches the action from the form.
    QCOMPARE(QApplication::focusWidget(), applications());
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(u"applications.carried_over.natural_person"_s), QString());
    QCOMPARE(stored(u"applications.new.natural_person"_s), u"12"_s);
}

QTEST_MAIN(TestGuiEntry)
#include "tst_gui_entry.moc"
