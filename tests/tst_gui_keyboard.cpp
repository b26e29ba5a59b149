// The window without a mouse: choosing a period in the list (F9, arrows), going to its form (F6),
// to another form (Ctrl+Tab), typing and correcting values, undo and redo by their shortcuts,
// going to the problems (F8) and from a problem back to its cells (Enter), paste, copy and clear.
// Also: every menu action has a text, shortcuts are not ambiguous, and the forms, their editors
// and the other inputs carry accessible names.

#include "guitest.h"
#include "figuretablemodel.h"
#include "figuretableview.h"
#include "ledger.h"
#include "mainwindow.h"
#include "narrativeeditor.h"
#include "navigator.h"
#include "periodsession.h"
#include "periodview.h"
#include "problemsmodel.h"
#include "problemspanel.h"
#include "prompts.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace nianbao;

namespace {

QWidget *focused()
{
    return QApplication::focusWidget();
}

// A key as a person presses it: to the widget with the focus, shortcuts included.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = focused();
    QVERIFY2(target, "no widget has the focus");
    QTest::keyClick(target, key, modifiers);
    QCoreApplication::processEvents(); // the delegate commits through a queued call
}

void press(const QKeySequence &sequence)
{
    QVERIFY2(!sequence.isEmpty(), "no shortcut");
    QWidget *target = focused();
    QVERIFY2(target, "no widget has the focus");
    QTest::keySequence(target, sequence);
    QCoreApplication::processEvents();
}

void typeDigits(const QString &digits)
{
    for (const QChar c : digits) {
        QWidget *target = focused();
        QVERIFY2(target, "no widget has the focus");
        QVERIFY(c.isDigit());
        QTest::sendKeyEvent(QTest::Click, target, Qt::Key(Qt::Key_0 + c.digitValue()), QString(c), Qt::NoModifier);
    }
}

// Every action of a menu and of its submenus.
void collectActions(const QMenu *menu, const QString &path, QList<std::pair<QString, QAction *>> *out)
{
    for (QAction *a : menu->actions()) {
        if (a->isSeparator())
            continue;
        out->append({path + u" > "_s + a->text(), a});
        if (a->menu())
            collectActions(a->menu(), path + u" > "_s + a->text(), out);
    }
}

} // namespace

class TestGuiKeyboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void menuActionsHaveTextAndDistinctShortcuts();
    void accessibleNames();
    void wholeFlowWithoutMouse();
    void pasteCopyClearByKeys();

private:
    FigureTableView *applications() const { return m_window->periodView()->tableFor(u"applications"_s); }
    QModelIndex at(const QString &key) const;
    QString stored(const QString &key) const;

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<MainWindow> m_window;
    int m_org = 0;
    int m_2020 = 0;
    int m_2021 = 0;
};

void TestGuiKeyboard::initTestCase()
{
    guitest::prepare(u"keyboard"_s);
}

void TestGuiKeyboard::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_window = guitest::openWindow(*m_tmp, u"keyboard.sqlite"_s);
    QVERIFY(m_window);
    m_org = m_window->createOrganization(u"福州市测试局"_s);
    QVERIFY(m_org > 0);
    m_2020 = m_window->createYear(m_org, 2020, YearEntry::Direct);
    m_2021 = m_window->createYear(m_org, 2021, YearEntry::Direct);
    QVERIFY(m_2020 > 0 && m_2021 > 0);
    // Start from the organization's profile, with the focus in the list.
    QVERIFY(m_window->navigator()->selectOrganization(m_org));
    QVERIFY(!m_window->periodView());
}

void TestGuiKeyboard::cleanup()
{
    m_window.reset();
    m_tmp.reset();
    prompts::setNextAnswers({});
}

void TestGuiKeyboard::cleanupTestCase()
{
    QSettings().clear();
}

QModelIndex TestGuiKeyboard::at(const QString &key) const
{
    return guitest::cellAt(*m_window, key);
}

QString TestGuiKeyboard::stored(const QString &key) const
{
    return guitest::storedFigure(*m_window, m_window->session()->period().id, key);
}

void TestGuiKeyboard::menuActionsHaveTextAndDistinctShortcuts()
{
    QList<std::pair<QString, QAction *>> actions;
    for (QAction *top : m_window->menuBar()->actions()) {
        QVERIFY(top->menu());
        QVERIFY2(top->text().contains(u'&'), qPrintable(top->text())); // Alt+letter opens it
        collectActions(top->menu(), top->text(), &actions);
    }
    QVERIFY(actions.size() >= 20);
    QHash<QKeySequence, QString> shortcuts;
    for (const auto &[path, a] : actions) {
        QVERIFY2(!a->text().remove(u'&').trimmed().isEmpty(), qPrintable(path));
        for (const QKeySequence &k : a->shortcuts()) {
            QVERIFY2(!shortcuts.contains(k), qPrintable(path + u" and "_s + shortcuts.value(k) + u": "_s + k.toString()));
            shortcuts.insert(k, path);
        }
    }
    // The named actions are in the menus.
    for (const QString &name : {u"open"_s, u"backup"_s, u"quit"_s, u"newOrganization"_s, u"newYear"_s, u"newQuarter"_s,
                                u"submit"_s, u"finalize"_s, u"reopen"_s, u"history"_s, u"override"_s, u"paste"_s,
                                u"copy"_s, u"clear"_s, u"problems"_s, u"forms"_s, u"navigator"_s, u"undo"_s, u"redo"_s}) {
        QAction *a = m_window->action(name);
        QVERIFY2(a, qPrintable(name));
        bool inMenu = false;
        for (const auto &entry : actions)
            inMenu |= entry.second == a;
        QVERIFY2(inMenu, qPrintable(name));
    }
    // The keys that move between the parts of the window.
    QCOMPARE(m_window->action(u"forms"_s)->shortcut(), QKeySequence(Qt::Key_F6));
    QCOMPARE(m_window->action(u"problems"_s)->shortcut(), QKeySequence(Qt::Key_F8));
    QCOMPARE(m_window->action(u"navigator"_s)->shortcut(), QKeySequence(Qt::Key_F9));
}

void TestGuiKeyboard::accessibleNames()
{
    QVERIFY(m_window->navigator()->selectPeriod(m_2021));
    PeriodView *view = m_window->periodView();
    QVERIFY(view);
    QCOMPARE(view->tables().size(), 3);
    for (FigureTableView *t : view->tables()) {
        QVERIFY(!t->accessibleName().isEmpty());
        QCOMPARE(t->accessibleName(), t->figureModel()->table().label);
        // Every value cell reads as its label and value.
        const QModelIndex first = t->nextEditable(t->figureModel()->index(0, 0), false);
        QVERIFY(first.isValid());
        QVERIFY(first.data(Qt::AccessibleTextRole).toString().startsWith(t->figureModel()->cellLabel(first)));
    }

    // The editor the delegate opens is named after its cell.
    FigureTableView *table = applications();
    view->tabs()->setCurrentWidget(table);
    table->setFocus();
    table->setCurrentIndex(at(u"applications.new.research"_s));
    QTRY_COMPARE(focused(), table);
    typeDigits(u"1"_s);
    auto *editor = qobject_cast<QLineEdit *>(focused());
    QVERIFY(editor);
    QCOMPARE(table->indexWidget(table->currentIndex()), editor);
    QVERIFY(!editor->accessibleName().isEmpty());
    QCOMPARE(editor->accessibleName(), m_window->session()->format().cell(u"applications.new.research"_s)->label);
    press(Qt::Key_Escape);
    QCOMPARE(stored(u"applications.new.research"_s), QString());

    // Every other input of the window has a name, or is a button or tab bar with its own text.
    QVERIFY(!m_window->navigator()->accessibleName().isEmpty());
    QVERIFY(!m_window->problemsPanel()->view()->accessibleName().isEmpty());
    NarrativeEditor *narrative = view->narrative();
    QVERIFY(!narrative->editor()->accessibleName().isEmpty());
    QVERIFY(!narrative->findChild<QListWidget *>()->accessibleName().isEmpty());
    QVERIFY(!narrative->findChild<QComboBox *>()->accessibleName().isEmpty());
    QVERIFY(!narrative->findChild<QTextBrowser *>()->accessibleName().isEmpty());
    auto checkInputs = [this] {
        for (QWidget *w : m_window->findChildren<QWidget *>()) {
            if (!(w->focusPolicy() & Qt::TabFocus) || qobject_cast<QAbstractButton *>(w) || qobject_cast<QTabBar *>(w)
                || qobject_cast<QTabWidget *>(w) || qobject_cast<QMenuBar *>(w) || w->inherits("QScrollBar")
                || w->inherits("QSplitterHandle"))
                continue;
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        }
    };
    checkInputs();
    QVERIFY(m_window->navigator()->selectOrganization(m_org));
    QVERIFY(m_window->profileForm());
    checkInputs();
}

void TestGuiKeyboard::wholeFlowWithoutMouse()
{
    // F9: the list of periods; the arrows choose a period, which opens.
    press(Qt::Key_F9);
    QCOMPARE(focused(), m_window->navigator());
    press(Qt::Key_Down);
    QVERIFY(m_window->session());
    QCOMPARE(m_window->session()->period().id, m_2020);
    press(Qt::Key_Down);
    QCOMPARE(m_window->session()->period().id, m_2021);
    QCOMPARE(focused(), m_window->navigator());

    // F6: the form; Ctrl+Tab: the next form, the applications table.
    press(Qt::Key_F6);
    PeriodView *view = m_window->periodView();
    QCOMPARE(focused(), view->tables().first());
    press(Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(view->tabs()->currentWidget(), applications());
    QCOMPARE(focused(), applications());
    // The cursor starts on the first cell that takes a value.
    QCOMPARE(applications()->currentIndex(), at(u"applications.new.natural_person"_s));

    // Typing a value: digits, Enter.
    typeDigits(u"5"_s);
    press(Qt::Key_Return);
    QCOMPARE(stored(u"applications.new.natural_person"_s), u"5"_s);
    QCOMPARE(applications()->currentIndex(), at(u"applications.carried_over.natural_person"_s));

    // Undo and redo by their shortcuts.
    press(m_window->action(u"undo"_s)->shortcut());
    QCOMPARE(stored(u"applications.new.natural_person"_s), QString());
    press(m_window->action(u"redo"_s)->shortcut());
    QCOMPARE(stored(u"applications.new.natural_person"_s), u"5"_s);

    // F8: the problems; the column does not balance. Down picks the first row, Enter opens it.
    press(Qt::Key_F8);
    QTableView *list = m_window->problemsPanel()->view();
    QCOMPARE(focused(), list);
    QVERIFY(m_window->problemsPanel()->model()->rowCount() > 0);
    // Go to the first row: the list is sorted errors first.
    press(Qt::Key_Home, Qt::ControlModifier);
    QModelIndex current = list->currentIndex();
    if (!current.isValid()) {
        press(Qt::Key_Down);
        current = list->currentIndex();
    }
    QVERIFY(current.isValid());
    const Problem *problem = m_window->problemsPanel()->model()->problem(current.row());
    QVERIFY(problem);
    QCOMPARE(problem->ruleId, u"applications.balance"_s);
    view->tabs()->setCurrentWidget(view->tables().first()); // so that jumping back is seen
    press(Qt::Key_Return);
    QCOMPARE(view->tabs()->currentWidget(), applications());
    QCOMPARE(focused(), applications());
    QCOMPARE(applications()->currentIndex(), at(problem->cells.first()));
    for (const QString &key : problem->cells)
        QVERIFY2(applications()->selectionModel()->isSelected(at(key)), qPrintable(key));

    // Correct it from there: Enter twice moves down to （一）予以公开, type 5.
    QCOMPARE(problem->cells.first(), u"applications.new.natural_person"_s);
    press(Qt::Key_Return);
    press(Qt::Key_Return);
    QCOMPARE(applications()->currentIndex(), at(u"applications.granted.natural_person"_s));
    typeDigits(u"5"_s);
    press(Qt::Key_Return);
    QCOMPARE(stored(u"applications.granted.natural_person"_s), u"5"_s);
    for (const Problem &p : m_window->session()->problems())
        QVERIFY2(p.ruleId != u"applications.balance"_s || !p.cells.contains(u"applications.new.natural_person"_s),
                 qPrintable(p.anchor()));

    // Back to the list of periods and to the earlier year, all by keys.
    press(Qt::Key_F9);
    press(Qt::Key_Up);
    QCOMPARE(m_window->session()->period().id, m_2020);
    press(Qt::Key_F6);
    QCOMPARE(focused(), m_window->periodView()->currentTable());
}

void TestGuiKeyboard::pasteCopyClearByKeys()
{
    QVERIFY(m_window->navigator()->selectPeriod(m_2021));
    press(Qt::Key_F6);
    press(Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(focused(), applications());

    QApplication::clipboard()->setText(u"3\t4\n5\t6"_s);
    QCOMPARE(QApplication::clipboard()->text(), u"3\t4\n5\t6"_s);
    // The second line lands on 二、上年结转, carried over from 2020 (empty there): a reason is asked.
    prompts::setNextAnswers({u"pasted from the registry"_s});
    press(QKeySequence(QKeySequence::Paste));
    QVERIFY(prompts::askedQuestions().contains(u"Reason for changing a carried-over figure"_s));
    QCOMPARE(m_window->ledger()->overrideReason(m_2021, u"applications.carried_over.natural_person"_s),
             u"pasted from the registry"_s);
    QCOMPARE(stored(u"applications.new.natural_person"_s), u"3"_s);
    QCOMPARE(stored(u"applications.new.commercial"_s), u"4"_s);
    QCOMPARE(stored(u"applications.carried_over.natural_person"_s), u"5"_s);
    QCOMPARE(stored(u"applications.carried_over.commercial"_s), u"6"_s);
    QCOMPARE(m_window->session()->undoStack()->count(), 1);

    // Shift+arrows select a block; Ctrl+C copies it as tab-separated text; Delete clears it.
    press(Qt::Key_Right, Qt::ShiftModifier);
    press(Qt::Key_Down, Qt::ShiftModifier);
    press(QKeySequence(QKeySequence::Copy));
    QCOMPARE(QApplication::clipboard()->text(), u"3\t4\n5\t6"_s);

    // Delete on that block: it holds changed carried-over figures, so clearing them asks for a
    // reason like typing does, and then clears the block.
    prompts::clearAskedQuestions();
    prompts::setNextAnswers({u"cleared by mistake"_s});
    press(Qt::Key_Delete);
    QVERIFY(prompts::askedQuestions().contains(u"Reason for changing a carried-over figure"_s));
    QCOMPARE(stored(u"applications.new.natural_person"_s), QString());
    QCOMPARE(stored(u"applications.carried_over.natural_person"_s), QString());
    prompts::setNextAnswers({});
    // Undone, the block is back for the next steps.
    press(QKeySequence(QKeySequence::Undo));
    QCOMPARE(stored(u"applications.carried_over.natural_person"_s), u"5"_s);

    // Delete on the first line alone (Shift+Up shrinks the selection): one undoable step.
    press(Qt::Key_Up, Qt::ShiftModifier);
    QCOMPARE(applications()->selectionModel()->selectedIndexes().size(), 2);
    const int steps = m_window->session()->undoStack()->index();
    press(Qt::Key_Delete);
    QCOMPARE(stored(u"applications.new.natural_person"_s), QString());
    QCOMPARE(stored(u"applications.new.commercial"_s), QString());
    QCOMPARE(stored(u"applications.carried_over.commercial"_s), u"6"_s);
    QCOMPARE(m_window->session()->undoStack()->index(), steps + 1);
    press(m_window->action(u"undo"_s)->shortcut());
    QCOMPARE(stored(u"applications.new.commercial"_s), u"4"_s);
}

QTEST_MAIN(TestGuiKeyboard)
#include "tst_gui_keyboard.moc"
