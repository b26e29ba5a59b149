#pragma once
// The main window: navigator of organizations and periods, the period's forms, the problems panel.

#include "database.h"
#include "ledger.h"
#include "reportcontent.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QStackedWidget;
class QUndoGroup;

namespace nianbao {

class DistrictView;
class Navigator;
class PackageActions;
class PeriodSession;
class PeriodView;
class ProblemsPanel;
class ProfileForm;
class VerifyDialog;
struct SignChoice;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const QString &databasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a database file; on failure explains why and offers to open another one.
    bool openDatabase(const QString &path);
    bool hasDatabase() const { return m_ledger != nullptr; }
    Ledger *ledger() const { return m_ledger.get(); }

    // What the menus do, callable directly.
    int createOrganization(const QString &name);
    int createYear(int organizationId, int year, YearEntry entry, const QString &formatId = {});
    int createNextQuarter();
    void openPeriod(int periodId);
    void openOrganization(int organizationId);
    bool changeStatus(Transition t);
    void showCellHistory();
    bool overrideCurrentCell();
    // The open period's report, as printed.
    std::optional<ReportContent> currentReportContent() const;
    bool exportPdf(const QString &path);
    // Signing (signing.cpp): a final report without errors, written and recorded with its period;
    // verifying any PDF shows a VerifyDialog (not shown under NIANBAO_NO_DIALOGS).
    bool canSign() const;
    bool signToFile(const SignChoice &choice);
    VerifyDialog *verifyPdf(const QString &path);
    // The file the next Verify action opens instead of asking (for tests).
    static void setNextVerifyFile(const QString &path);
    // The district summary of the database in a window of its own (districtview.h).
    DistrictView *openDistrictView();
    DistrictView *districtView() const;

    Navigator *navigator() const { return m_navigator; }
    PeriodView *periodView() const { return m_periodView; }
    ProfileForm *profileForm() const { return m_profile; }
    ProblemsPanel *problemsPanel() const { return m_problems; }
    PeriodSession *session() const { return m_session; }
    PackageActions *packageActions() const { return m_packages; }
    QAction *action(const QString &name) const;

private:
    void buildActions();
    void buildMenus();
    void updateActions();
    void showMessage(const QString &text);
    void clearPeriod();
    void newYearFromDialog();
    void newOrganizationFromDialog();
    void openAnotherFile();
    void backupFromDialog();
    void chooseLanguage(const QString &code);
    void exportPdfFromDialog();
    void printPreview();
    void printReportFromDialog();
    void signFromDialog();
    void verifyFromDialog();

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Ledger> m_ledger;
    Navigator *m_navigator;
    QStackedWidget *m_stack;
    QWidget *m_empty;
    ProfileForm *m_profile = nullptr;
    PeriodView *m_periodView = nullptr;
    PeriodSession *m_session = nullptr;
    ProblemsPanel *m_problems;
    QLabel *m_dbLabel;
    QHash<QString, QAction *> m_actions;
    QUndoGroup *m_undoGroup;
    PackageActions *m_packages;
    std::unique_ptr<DistrictView> m_district;
};

} // namespace nianbao
