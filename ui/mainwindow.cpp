#include "mainwindow.h"

#include "figuretablemodel.h"
#include "figuretableview.h"
#include "districtview.h"
#include "historydialog.h"
#include "narrativeeditor.h"
#include "navigator.h"
#include "newyeardialog.h"
#include "packageactions.h"
#include "periodsession.h"
#include "periodview.h"
#include "problemspanel.h"
#include "profileform.h"
#include "pdfwriter.h"
#include "prompts.h"
#include "reportclipboard.h"
#include "trustedcas.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDate>
#include <QDockWidget>
#include <QFileDialog>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace nianbao {

MainWindow::MainWindow(const QString &databasePath, QWidget *parent)
    : QMainWindow(parent), m_undoGroup(new QUndoGroup(this)), m_packages(new PackageActions(this))
{
    setWindowTitle(tr("Nianbao — annual report on government information disclosure"));
    setWindowIcon(QIcon(u":/icons/nianbao.svg"_s));
    m_navigator = new Navigator(this);
    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(tr("Choose an organization or a period on the left, or create one from the Period menu."), this);
    static_cast<QLabel *>(m_empty)->setAlignment(Qt::AlignCenter);
    static_cast<QLabel *>(m_empty)->setWordWrap(true);
    m_stack->addWidget(m_empty);
    auto *split = new QSplitter(this);
    split->addWidget(m_navigator);
    split->addWidget(m_stack);
    split->setStretchFactor(1, 1);
    split->setSizes({260, 900});
    setCentralWidget(split);

    m_problems = new ProblemsPanel(this);
    auto *dock = new QDockWidget(tr("Problems"), this);
    dock->setObjectName(u"problems"_s);
    dock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, dock);

    m_dbLabel = new QLabel(this);
    m_dbLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_dbLabel);

    buildActions();
    buildMenus();
    connect(m_navigator, &Navigator::periodSelected, this, &MainWindow::openPeriod);
    connect(m_navigator, &Navigator::organizationSelected, this, &MainWindow::openOrganization);
    connect(m_problems, &ProblemsPanel::cellsRequested, this, [this](const QStringList &cells) {
        if (m_periodView)
            m_periodView->showCells(cells);
    });
    connect(m_problems, &ProblemsPanel::message, this, &MainWindow::showMessage);
    resize(1280, 860);
    openDatabase(databasePath);
}

MainWindow::~MainWindow()
{
    clearPeriod();
}

DistrictView *MainWindow::openDistrictView()
{
    if (!m_ledger)
        return nullptr;
    if (!m_district) {
        m_district = std::make_unique<DistrictView>(m_ledger.get());
        connect(m_district.get(), &DistrictView::messageChanged, this, &MainWindow::showMessage);
    } else {
        m_district->reload();
    }
    m_district->show();
    m_district->raise();
    return m_district.get();
}

DistrictView *MainWindow::districtView() const
{
    return m_district.get();
}

QAction *MainWindow::action(const QString &name) const
{
    return m_actions.value(name);
}

void MainWindow::buildActions()
{
    auto make = [this](const QString &name, const QString &text, const QString &icon, const QKeySequence &key,
                       auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!icon.isEmpty())
            a->setIcon(QIcon(u":/icons/"_s + icon + u".svg"_s));
        if (!key.isEmpty())
            a->setShortcut(key);
        a->setToolTip(QString(text).remove(u'&'));
        connect(a, &QAction::triggered, this, slot);
        m_actions.insert(name, a);
        return a;
    };
    make(u"open"_s, tr("&Open database…"), u"open"_s, QKeySequence::Open, [this] { openAnotherFile(); });
    make(u"backup"_s, tr("&Back up database…"), QString(), QKeySequence(), [this] { backupFromDialog(); });
    make(u"importFile"_s, tr("&Import…"), QString(), QKeySequence(), [this] { m_packages->importFromDialog(); });
    make(u"exportPackage"_s, tr("Export p&ackage…"), QString(), QKeySequence(), [this] { m_packages->exportFromDialog(); });
    make(u"exportPdf"_s, tr("&Export PDF…"), QString(), QKeySequence(tr("Ctrl+E")), [this] { exportPdfFromDialog(); });
    make(u"printPreview"_s, tr("Print pre&view…"), QString(), QKeySequence(), [this] { printPreview(); });
    make(u"print"_s, tr("&Print…"), QString(), QKeySequence::Print, [this] { printReportFromDialog(); });
    make(u"signPdf"_s, tr("&Sign PDF…"), QString(), QKeySequence(), [this] { signFromDialog(); });
    make(u"verifyPdf"_s, tr("&Verify signed PDF…"), QString(), QKeySequence(), [this] { verifyFromDialog(); });
    make(u"trustedCas"_s, tr("&Trusted CA certificates…"), QString(), QKeySequence(), [this] { trustedcas::choose(this); });
    make(u"quit"_s, tr("&Quit"), QString(), QKeySequence::Quit, [this] { close(); });
    make(u"newOrganization"_s, tr("New &organization…"), u"add"_s, QKeySequence(), [this] { newOrganizationFromDialog(); });
    make(u"newYear"_s, tr("New &year…"), u"add"_s, QKeySequence(tr("Ctrl+Shift+N")), [this] { newYearFromDialog(); });
    make(u"newQuarter"_s, tr("Next &quarter"), u"add"_s, QKeySequence(tr("Ctrl+Shift+Q")), [this] { createNextQuarter(); });
    make(u"submit"_s, tr("&Submit"), u"submit"_s, QKeySequence(), [this] { changeStatus(Transition::Submit); });
    make(u"finalize"_s, tr("&Finalize"), u"final"_s, QKeySequence(), [this] { changeStatus(Transition::Finalize); });
    make(u"reopen"_s, tr("&Reopen…"), u"reopen"_s, QKeySequence(), [this] { changeStatus(Transition::Reopen); });
    make(u"history"_s, tr("Cell &history…"), u"history"_s, QKeySequence(tr("Ctrl+H")), [this] { showCellHistory(); });
    make(u"override"_s, tr("O&verride carried-over figure…"), QString(), QKeySequence(), [this] { overrideCurrentCell(); });
    make(u"paste"_s, tr("&Paste"), QString(), QKeySequence::Paste, [this] {
        if (FigureTableView *t = m_periodView ? m_periodView->currentTable() : nullptr)
            t->pasteText(QApplication::clipboard()->text());
    });
    make(u"copy"_s, tr("&Copy"), QString(), QKeySequence::Copy, [this] {
        if (FigureTableView *t = m_periodView ? m_periodView->currentTable() : nullptr)
            QApplication::clipboard()->setText(t->selectedText());
    });
    make(u"copyHtml"_s, tr("Copy report as &HTML"), QString(), QKeySequence(), [this] {
        if (const auto content = currentReportContent())
            copyReportAsHtml(*content);
    });
    make(u"clear"_s, tr("C&lear cells"), QString(), QKeySequence(), [this] {
        if (FigureTableView *t = m_periodView ? m_periodView->currentTable() : nullptr)
            t->clearSelectedCells();
    });
    make(u"problems"_s, tr("Go to &problems"), QString(), QKeySequence(tr("F8")), [this] { m_problems->view()->setFocus(); });
    make(u"forms"_s, tr("Go to the &form"), QString(), QKeySequence(tr("F6")), [this] {
        if (m_periodView && m_periodView->currentTable())
            m_periodView->currentTable()->setFocus();
    });
    make(u"district"_s, tr("&District summary…"), QString(), QKeySequence(), [this] { openDistrictView(); });
    make(u"navigator"_s, tr("Go to the &list of periods"), QString(), QKeySequence(tr("F9")), [this] { m_navigator->setFocus(); });
    // Paste, copy and clear act inside the forms, whose own keys handle them there.
    for (const QString &n : {u"paste"_s, u"copy"_s})
        m_actions[n]->setShortcutContext(Qt::WidgetShortcut);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(u"open"_s));
    file->addAction(action(u"backup"_s));
    file->addSeparator();
    for (const QString &n : {u"importFile"_s, u"exportPackage"_s})
        file->addAction(action(n));
    file->addSeparator();
    for (const QString &n : {u"exportPdf"_s, u"printPreview"_s, u"print"_s, u"signPdf"_s, u"verifyPdf"_s})
        file->addAction(action(n));
    file->addSeparator();
    file->addAction(action(u"quit"_s));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcut(QKeySequence::Redo);
    undo->setObjectName(u"undo"_s);
    redo->setObjectName(u"redo"_s);
    m_actions.insert(u"undo"_s, undo);
    m_actions.insert(u"redo"_s, redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(action(u"copy"_s));
    edit->addAction(action(u"paste"_s));
    edit->addAction(action(u"clear"_s));
    edit->addSeparator();
    edit->addAction(action(u"copyHtml"_s));

    QMenu *period = menuBar()->addMenu(tr("&Period"));
    for (const QString &n : {u"newOrganization"_s, u"newYear"_s, u"newQuarter"_s})
        period->addAction(action(n));
    period->addSeparator();
    for (const QString &n : {u"submit"_s, u"finalize"_s, u"reopen"_s})
        period->addAction(action(n));
    period->addSeparator();
    period->addAction(action(u"override"_s));
    period->addAction(action(u"history"_s));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (const QString &n : {u"navigator"_s, u"forms"_s, u"problems"_s})
        view->addAction(action(n));
    view->addSeparator();
    view->addAction(action(u"district"_s));

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QMenu *language = settings->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QString saved = QSettings().value(u"language"_s).toString();
    for (const auto &[code, name] : {std::pair{u"zh_CN"_s, u"中文"_s}, std::pair{u"en"_s, u"English"_s}}) {
        QAction *a = language->addAction(name);
        a->setCheckable(true);
        a->setChecked(saved == code || (saved.isEmpty() && code == languageCode(displayLanguage())));
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    }
    settings->addAction(action(u"trustedCas"_s));
}

void MainWindow::chooseLanguage(const QString &code)
{
    QSettings().setValue(u"language"_s, code);
    showMessage(tr("The language changes the next time Nianbao starts."));
}

bool MainWindow::openDatabase(const QString &path)
{
    clearPeriod();
    m_district.reset(); // it reads the database that is closed here
    m_ledger.reset();
    m_db.reset();
    Status s;
    auto db = Database::open(path, &s);
    if (!db) {
        m_dbLabel->setText(tr("No database open"));
        m_navigator->clear();
        updateActions();
        if (prompts::confirm(this, tr("Cannot open the database"),
                             tr("%1\n\nNothing in the file was changed. Open or create another file?").arg(s.message)))
            openAnotherFile();
        return hasDatabase();
    }
    m_db = std::move(db);
    m_ledger = std::make_unique<Ledger>(*m_db);
    m_dbLabel->setText(m_db->isReadOnly() ? tr("Database: %1 (read-only)").arg(m_db->path())
                                          : tr("Database: %1").arg(m_db->path()));
    if (m_db->isReadOnly()) // it can be read and exported; every change is refused with this reason
        showMessage(m_db->checkWritable().message);
    if (!m_db->backupPath().isEmpty())
        showMessage(tr("The database was upgraded; a copy of the old one is at %1").arg(m_db->backupPath()));
    m_navigator->reload(*m_ledger);
    // Back where the person left off.
    const int last = QSettings().value(u"lastPeriod/"_s + m_db->path()).toInt();
    if (!(last && m_navigator->selectPeriod(last)) && m_navigator->topLevelItemCount() > 0)
        m_navigator->setCurrentItem(m_navigator->topLevelItem(0));
    updateActions();
    return true;
}

void MainWindow::openAnotherFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Open or create a database"), QString(),
                                                      tr("Nianbao databases (*.sqlite *.db);;All files (*)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::clearPeriod()
{
    if (m_periodView && m_periodView->narrative())
        m_periodView->narrative()->saveNow();
    m_problems->setSession(nullptr);
    m_stack->setCurrentWidget(m_empty);
    for (QWidget *w : {static_cast<QWidget *>(m_periodView), static_cast<QWidget *>(m_profile)})
        if (w) {
            m_stack->removeWidget(w);
            delete w;
        }
    m_periodView = nullptr;
    m_profile = nullptr;
    delete m_session;
    m_session = nullptr;
}

void MainWindow::updateActions()
{
    const bool db = hasDatabase();
    const bool period = m_session != nullptr;
    const PeriodInfo p = period ? m_session->period() : PeriodInfo();
    action(u"backup"_s)->setEnabled(db);
    action(u"district"_s)->setEnabled(db);
    action(u"importFile"_s)->setEnabled(db);
    action(u"newOrganization"_s)->setEnabled(db);
    action(u"newYear"_s)->setEnabled(db && m_navigator->currentOrganization() != 0);
    action(u"newQuarter"_s)->setEnabled(period && (p.isRolledUp() || p.quarter > 0) && p.quarter < 4);
    action(u"submit"_s)->setEnabled(period && nextStatus(p.status, Transition::Submit).has_value());
    action(u"finalize"_s)->setEnabled(period && nextStatus(p.status, Transition::Finalize).has_value());
    action(u"reopen"_s)->setEnabled(period && nextStatus(p.status, Transition::Reopen).has_value());
    action(u"history"_s)->setEnabled(period);
    for (const QString &n : {u"exportPdf"_s, u"exportPackage"_s, u"printPreview"_s, u"print"_s, u"copyHtml"_s})
        action(n)->setEnabled(period);
    action(u"signPdf"_s)->setEnabled(canSign());
    action(u"override"_s)->setEnabled(period && !m_session->figuresReadOnly());
    for (const QString &n : {u"paste"_s, u"copy"_s, u"clear"_s})
        action(n)->setEnabled(period);
}

void MainWindow::openOrganization(int organizationId)
{
    clearPeriod();
    if (!m_ledger || !m_ledger->organization(organizationId)) {
        updateActions();
        return;
    }
    m_profile = new ProfileForm(*m_ledger, organizationId, this);
    connect(m_profile, &ProfileForm::message, this, &MainWindow::showMessage);
    connect(m_profile, &ProfileForm::renamed, this, [this, organizationId] {
        m_navigator->reload(*m_ledger);
        m_navigator->selectOrganization(organizationId);
    });
    m_stack->addWidget(m_profile);
    m_stack->setCurrentWidget(m_profile);
    updateActions();
}

void MainWindow::openPeriod(int periodId)
{
    clearPeriod();
    const auto p = m_ledger ? m_ledger->periodById(periodId) : std::nullopt;
    if (!p) {
        updateActions();
        return;
    }
    QSettings().setValue(u"lastPeriod/"_s + m_db->path(), periodId);
    m_session = new PeriodSession(*m_ledger, *p);
    m_periodView = new PeriodView(m_session, this);
    connect(m_periodView, &PeriodView::message, this, &MainWindow::showMessage);
    connect(m_session, &PeriodSession::saved, this, &MainWindow::showMessage);
    connect(m_session, &PeriodSession::statusChanged, this, [this] {
        const int id = m_session->period().id;
        m_navigator->reload(*m_ledger);
        {
            // Only show the period as current: reopening it here would delete the session while
            // it is still emitting; changeStatus() reopens it afterwards.
            const QSignalBlocker block(m_navigator);
            m_navigator->selectPeriod(id);
        }
        updateActions();
    });
    m_stack->addWidget(m_periodView);
    m_stack->setCurrentWidget(m_periodView);
    m_problems->setSession(m_session);
    // The Edit menu's undo and redo follow this period's history.
    m_undoGroup->addStack(m_session->undoStack());
    m_undoGroup->setActiveStack(m_session->undoStack());
    updateActions();
}

int MainWindow::createOrganization(const QString &name)
{
    if (!m_ledger)
        return 0;
    int id = 0;
    Organization o;
    o.name = name.trimmed();
    const Status s = m_ledger->addOrganization(o, &id);
    if (!s) {
        showMessage(s.message);
        prompts::inform(this, tr("New organization"), s.message);
        return 0;
    }
    m_navigator->reload(*m_ledger);
    m_navigator->selectOrganization(id);
    return id;
}

void MainWindow::newOrganizationFromDialog()
{
    if (const auto name = prompts::askText(this, tr("New organization"), tr("Full name of the organization:")))
        createOrganization(*name);
}

int MainWindow::createYear(int organizationId, int year, YearEntry entry, const QString &formatId)
{
    if (!m_ledger)
        return 0;
    int id = 0;
    const Status s = m_ledger->createYear(organizationId, year, entry, formatId, &id);
    if (!s) {
        showMessage(s.message);
        prompts::inform(this, tr("New year"), s.message);
        return 0;
    }
    m_navigator->reload(*m_ledger);
    int open = id;
    if (entry == YearEntry::Quarters && m_ledger->createQuarter(organizationId, year, 1, &open))
        showMessage(tr("Quarter 1 of %1 is ready; its opening figures come from %2.").arg(year).arg(year - 1));
    m_navigator->reload(*m_ledger);
    m_navigator->selectPeriod(open);
    return id;
}

void MainWindow::newYearFromDialog()
{
    const int org = m_navigator->currentOrganization();
    if (!org)
        return;
    int suggested = QDate::currentDate().year() - 1;
    for (const PeriodInfo &p : m_ledger->periods(org))
        suggested = std::max(suggested, p.year + 1);
    NewYearDialog dialog(suggested, this);
    if (dialog.exec() == QDialog::Accepted)
        createYear(org, dialog.year(), dialog.entry(), dialog.formatId());
}

int MainWindow::createNextQuarter()
{
    if (!m_session)
        return 0;
    const PeriodInfo p = m_session->period();
    int next = 1;
    for (const PeriodInfo &q : m_ledger->periods(p.organizationId))
        if (q.year == p.year && q.quarter >= next)
            next = q.quarter + 1;
    int id = 0;
    const Status s = m_ledger->createQuarter(p.organizationId, p.year, next, &id);
    if (!s) {
        showMessage(s.message);
        prompts::inform(this, tr("Next quarter"), s.message);
        return 0;
    }
    m_navigator->reload(*m_ledger);
    m_navigator->selectPeriod(id);
    return id;
}

bool MainWindow::changeStatus(Transition t)
{
    if (!m_session)
        return false;
    if (!nextStatus(m_session->period().status, t)) {
        QString error;
        m_session->transition(t, {}, &error); // says why the move is not possible
        showMessage(error);
        return false;
    }
    QString reason;
    if (needsReason(t)) {
        const auto answer = prompts::askText(this, tr("Reopen the period"), tr("Why is this period reopened?"));
        if (!answer)
            return false;
        reason = *answer;
    }
    if (t == Transition::Finalize && countSeverity(m_session->problems(), Severity::Error) > 0
        && !prompts::confirm(this, tr("Finalize"),
                             tr("This period still has errors. Finalize it anyway? A final period cannot be "
                                "signed while it has errors.")))
        return false;
    QString error;
    if (!m_session->transition(t, reason, &error)) {
        showMessage(error);
        prompts::inform(this, tr("Status"), error);
        return false;
    }
    if (m_periodView) {
        // Forms and editors follow the new read-only state.
        const int id = m_session->period().id;
        openPeriod(id);
    }
    return true;
}

void MainWindow::showCellHistory()
{
    if (!m_session)
        return;
    QString key;
    if (FigureTableView *t = m_periodView->currentTable())
        key = t->currentIndex().data(FigureTableModel::CellKeyRole).toString();
    const QString title = key.isEmpty() ? tr("History of the period")
                                        : tr("History of %1").arg(m_session->format().cell(key)->label);
    HistoryDialog dialog(title, m_ledger->audit(m_session->period().id, key), this);
    if (!qEnvironmentVariableIsSet("NIANBAO_NO_DIALOGS"))
        dialog.exec();
}

bool MainWindow::overrideCurrentCell()
{
    FigureTableView *t = m_periodView ? m_periodView->currentTable() : nullptr;
    if (!t)
        return false;
    const QModelIndex i = t->currentIndex();
    const int cell = i.data(FigureTableModel::CellIndexRole).toInt();
    if (!t->figureModel()->isEditableValue(i) || m_session->format().cells[size_t(cell)].rollup != Rollup::Opening) {
        showMessage(tr("Choose a carried-over (opening) cell first."));
        return false;
    }
    t->edit(i);
    return true;
}

} // namespace nianbao
