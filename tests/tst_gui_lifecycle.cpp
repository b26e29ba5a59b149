// The life of a period in the window: submitted and finalized through the Period menu's actions,
// a final period's forms and text are read-only and typing, pasting or clearing changes nothing;
// reopening asks for a reason (cancelling keeps it final) and makes it editable again; the audit
// log has every step with its reason.

#include "guitest.h"
#include "figuretablemodel.h"
#include "figuretableview.h"
#include "ledger.h"
#include "mainwindow.h"
#include "narrativeeditor.h"
#include "periodsession.h"
#include "periodview.h"
#include "prompts.h"

#include <QAction>
#include <QApplication>
#include <QPlainTextEdit>
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

void pressKey(Qt::Key key)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY2(target, "no widget has the focus");
    QTest::keyClick(target, key);
    QCoreApplication::processEvents(); // the delegate commits through a queued call
}

} // namespace

class TestGuiLifecycle : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void submitFinalizeReopen();
    void finalizeWithErrorsAsks();
    void reopenNeedsReasonAndSubmittedStaysEditable();

private:
    FigureTableView *applications() const { return m_window->periodView()->tableFor(u"applications"_s); }
    QModelIndex at(const QString &key) const;
    QString stored(const QString &key) const;
    PeriodStatus status() const { return m_window->ledger()->periodById(m_period)->status; }
    void type(const QString &key, const QString &text);
    bool anyEditable() const;

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<MainWindow> m_window;
    int m_period = 0;
};

void TestGuiLifecycle::initTestCase()
{
    guitest::prepare(u"lifecycle"_s);
}

void TestGuiLifecycle::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_window = guitest::openWindow(*m_tmp, u"lifecycle.sqlite"_s);
    QVERIFY(m_window);
    const int org = m_window->createOrganization(u"福州市测试局"_s);
    QVERIFY(org > 0);
    m_period = m_window->createYear(org, 2021, YearEntry::Direct);
    QVERIFY(m_period > 0);
    QVERIFY(m_window->session());
}

void TestGuiLifecycle::cleanup()
{
    m_window.reset();
    m_tmp.reset();
    prompts::setNextAnswers({});
}

void TestGuiLifecycle::cleanupTestCase()
{
    QSettings().clear();
}

QModelIndex TestGuiLifecycle::at(const QString &key) const
{
    return guitest::cellAt(*m_window, key);
}

QString TestGuiLifecycle::stored(const QString &key) const
{
    return guitest::storedFigure(*m_window, m_period, key);
}

void TestGuiLifecycle::type(const QString &key, const QString &text)
{
    FigureTableView *view = applications();
    m_window->periodView()->tabs()->setCurrentWidget(view);
    view->setFocus();
    view->setCurrentIndex(at(key));
    QTRY_COMPARE(QApplication::focusWidget(), view);
    typeText(text);
    pressKey(Qt::Key_Return);
}

// Some value cell of some form of the open period takes typing.
bool TestGuiLifecycle::anyEditable() const
{
    for (FigureTableView *view : m_window->periodView()->tables()) {
        const FigureTableModel *model = view->figureModel();
        for (int r = 0; r < model->rowCount(); ++r)
            for (int c = 0; c < model->columnCount(); ++c)
                if (model->isEditableValue(model->index(r, c)) || (model->flags(model->index(r, c)) & Qt::ItemIsEditable))
                    return true;
    }
    return false;
}

void TestGuiLifecycle::submitFinalizeReopen()
{
    // A balanced column: no errors, so finalizing asks nothing.
    type(u"applications.new.natural_person"_s, u"2"_s);
    type(u"applications.granted.natural_person"_s, u"2"_s);
    QCOMPARE(countSeverity(m_window->session()->problems(), Severity::Error), 0);
    QVERIFY(anyEditable());
    QVERIFY(m_window->action(u"submit"_s)->isEnabled());
    QVERIFY(!m_window->action(u"finalize"_s)->isEnabled());
    QVERIFY(!m_window->action(u"reopen"_s)->isEnabled());

    m_window->action(u"submit"_s)->trigger();
    QCOMPARE(status(), PeriodStatus::Submitted);
    QVERIFY(!m_window->action(u"submit"_s)->isEnabled());
    QVERIFY(m_window->action(u"finalize"_s)->isEnabled());

    m_window->action(u"finalize"_s)->trigger();
    QCOMPARE(status(), PeriodStatus::Final);
    QVERIFY(prompts::askedQuestions().isEmpty());
    QCOMPARE(m_window->session()->period().status, PeriodStatus::Final);
    QVERIFY(m_window->action(u"reopen"_s)->isEnabled());
    QVERIFY(!m_window->action(u"finalize"_s)->isEnabled());
    QVERIFY(!m_window->action(u"override"_s)->isEnabled());

    // Read-only: no cell takes a value, typing, pasting and clearing change nothing.
    QVERIFY(m_window->session()->figuresReadOnly());
    QVERIFY(!anyEditable());
    type(u"applications.new.natural_person"_s, u"7"_s);
    QVERIFY(!applications()->indexWidget(applications()->currentIndex()));
    QCOMPARE(stored(u"applications.new.natural_person"_s), u"2"_s);
    QCOMPARE(at(u"applications.new.natural_person"_s).data().toString(), u"2"_s);
    QVERIFY(!applications()->figureModel()->setData(at(u"applications.new.natural_person"_s), u"9"_s));
    applications()->setCurrentIndex(at(u"applications.new.natural_person"_s));
    QVERIFY(!applications()->pasteText(u"5\t6"_s));
    applications()->selectionModel()->select(at(u"applications.new.natural_person"_s), QItemSelectionModel::ClearAndSelect);
    pressKey(Qt::Key_Delete);
    QCOMPARE(stored(u"applications.new.natural_person"_s), u"2"_s);
    QVERIFY(!m_window->session()->undoStack()->canUndo());
    // The narrative is read-only too.
    QVERIFY(m_window->periodView()->narrative()->editor()->isReadOnly());

    // Reopening cancelled: still final.
    prompts::setNextAnswers({QString()});
    m_window->action(u"reopen"_s)->trigger();
    QVERIFY(prompts::askedQuestions().contains(u"Reopen the period"_s));
    QCOMPARE(status(), PeriodStatus::Final);
    QVERIFY(!anyEditable());

    // Reopening with a reason: a draft again, editable.
    prompts::setNextAnswers({u"correction"_s});
    m_window->action(u"reopen"_s)->trigger();
    QCOMPARE(status(), PeriodStatus::Draft);
    QCOMPARE(m_window->session()->period().status, PeriodStatus::Draft);
    QVERIFY(!m_window->session()->figuresReadOnly());
    QVERIFY(anyEditable());
    QVERIFY(!m_window->periodView()->narrative()->editor()->isReadOnly());
    type(u"applications.new.natural_person"_s, u"3"_s);
    QCOMPARE(stored(u"applications.new.natural_person"_s), u"3"_s);

    // The audit log: submit, finalize, reopen (with its reason), in that order.
    QStringList actions;
    QString reopenReason;
    for (const AuditEntry &e : m_window->ledger()->audit(m_period)) {
        if (e.action == u"submit"_s || e.action == u"finalize"_s || e.action == u"reopen"_s)
            actions << e.action;
        if (e.action == u"reopen"_s) {
            reopenReason = e.reason;
            QCOMPARE(e.oldValue, u"final"_s);
            QCOMPARE(e.newValue, u"draft"_s);
        }
    }
    QCOMPARE(actions, (QStringList{u"submit"_s, u"finalize"_s, u"reopen"_s}));
    QCOMPARE(reopenReason, u"correction"_s);
}

void TestGuiLifecycle::finalizeWithErrorsAsks()
{
    type(u"applications.new.natural_person"_s, u"5"_s); // unbalanced: an error
    QVERIFY(countSeverity(m_window->session()->problems(), Severity::Error) > 0);
    QVERIFY(m_window->changeStatus(Transition::Submit));

    prompts::setNextAnswers({u"no"_s});
    m_window->action(u"finalize"_s)->trigger();
    QVERIFY(prompts::askedQuestions().contains(u"Finalize"_s));
    QCOMPARE(status(), PeriodStatus::Submitted);

    prompts::setNextAnswers({u"yes"_s});
    m_window->action(u"finalize"_s)->trigger();
    QCOMPARE(status(), PeriodStatus::Final);
    QVERIFY(!anyEditable());
}

void TestGuiLifecycle::reopenNeedsReasonAndSubmittedStaysEditable()
{
    // A submitted period can still be corrected; undo history is cleared at a status change.
    type(u"applications.new.natural_person"_s, u"2"_s);
    QVERIFY(m_window->session()->undoStack()->canUndo());
    m_window->action(u"submit"_s)->trigger();
    QCOMPARE(status(), PeriodStatus::Submitted);
    QVERIFY(!m_window->session()->undoStack()->canUndo());
    QVERIFY(!m_window->action(u"undo"_s)->isEnabled());
    QVERIFY(anyEditable());
    type(u"applications.new.natural_person"_s, u"4"_s);
    QCOMPARE(stored(u"applications.new.natural_person"_s), u"4"_s);
    // Reopen from submitted goes back to draft with a reason as well.
    QVERIFY(m_window->action(u"reopen"_s)->isEnabled());
    prompts::setNextAnswers({u"more applications arrived"_s});
    QVERIFY(m_window->changeStatus(Transition::Reopen));
    QCOMPARE(status(), PeriodStatus::Draft);
    // Transitions that do not apply are refused without changing anything. (The period has an
    // error, so the window first asks whether to finalize anyway, before it finds that a draft
    // cannot be finalized.)
    QVERIFY(countSeverity(m_window->session()->problems(), Severity::Error) > 0);
    prompts::setNextAnswers({u"yes"_s});
    QVERIFY(!m_window->changeStatus(Transition::Finalize));
    QCOMPARE(status(), PeriodStatus::Draft);
    prompts::setNextAnswers({u"no need"_s}); // asked before it is refused, likewise
    QVERIFY(!m_window->changeStatus(Transition::Reopen));
    QCOMPARE(status(), PeriodStatus::Draft);
}

QTEST_MAIN(TestGuiLifecycle)
#include "tst_gui_lifecycle.moc"
