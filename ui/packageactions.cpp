#include "packageactions.h"

#include "importer.h"
#include "mainwindow.h"
#include "narrativeeditor.h"
#include "navigator.h"
#include "periodsession.h"
#include "periodview.h"
#include "portalpackage.h"
#include "prompts.h"
#include "trustedcas.h"

#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

constexpr int kProblemsShown = 10;

QString problemLines(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems.mid(0, kProblemsShown))
        lines << u"• "_s + p.message(displayLanguage());
    if (problems.size() > kProblemsShown)
        lines << PackageActions::tr("… and %n more", nullptr, int(problems.size() - kProblemsShown));
    return lines.join(u'\n');
}

} // namespace

PackageActions::PackageActions(MainWindow *window) : QObject(window), m_window(window) {}

void PackageActions::report(const QString &title, const QString &text, bool problem)
{
    m_lastMessage = text;
    m_window->statusBar()->showMessage(text.section(u'\n', 0, 0), 8000);
    if (problem)
        prompts::inform(m_window, title, text);
    else if (!qEnvironmentVariableIsSet("NIANBAO_NO_DIALOGS"))
        QMessageBox::information(m_window, title, text);
}

bool PackageActions::exportPackage(const QString &path)
{
    PeriodSession *session = m_window->session();
    if (!session || !m_window->ledger())
        return false;
    if (m_window->periodView() && m_window->periodView()->narrative())
        m_window->periodView()->narrative()->saveNow();
    if (const Status refused = m_window->ledger()->database().checkOutput(path); !refused) {
        report(tr("Export package"), refused.message, true);
        return false;
    }
    const PackageBuild b = writePortalPackage(*m_window->ledger(), session->period().id, path);
    if (b.ok()) {
        m_lastMessage = b.message;
        m_window->statusBar()->showMessage(b.message, 8000);
        return true;
    }
    const QString text = b.outcome == PackageBuild::Outcome::DataErrors
        ? b.message + u"\n\n"_s + problemLines(b.errors)
        : b.message;
    report(tr("Export package"), text, true);
    return false;
}

void PackageActions::exportFromDialog()
{
    const auto content = m_window->currentReportContent();
    if (!content)
        return;
    const QString path = prompts::askSaveFile(m_window, tr("Export package"), content->documentTitle + u".zip"_s,
                                              tr("Portal packages (*.zip)"));
    if (!path.isEmpty())
        exportPackage(path);
}

bool PackageActions::importFiles(const QStringList &files)
{
    Ledger *ledger = m_window->ledger();
    if (!ledger || files.isEmpty())
        return false;
    const QString title = tr("Import");
    QList<ImportSource> sources;
    if (const ImportOutcome read = readImportFiles(files, &sources, trustedcas::certificates()); !read.ok) {
        report(title, tr("Nothing was imported.\n\n%1: %2").arg(read.failedFile, read.error), true);
        return false;
    }
    QStringList existing;
    for (const ImportSource &s : std::as_const(sources)) {
        const auto org = ledger->organizationByName(s.report.organization.name);
        if (org && ledger->period(org->id, s.report.year, s.report.quarter))
            existing << (s.report.quarter ? tr("%1: quarter %2 of %3").arg(org->profile.name).arg(s.report.quarter).arg(s.report.year)
                                          : tr("%1: %2").arg(org->profile.name).arg(s.report.year));
    }
    if (!existing.isEmpty()
        && !prompts::confirm(m_window, tr("Replace periods"),
                             tr("These periods exist already and would be replaced:\n%1\n\nReplace them?")
                                 .arg(existing.join(u'\n'))))
        return false;
    // The open period is closed first, so what it shows is saved and no editor outlives a replace.
    const int previous = m_window->session() ? m_window->session()->period().id : 0;
    m_window->openPeriod(0);
    const ImportOutcome outcome = importSources(*ledger, sources, !existing.isEmpty());
    m_window->navigator()->reload(*ledger);
    if (!outcome.ok) {
        if (previous)
            m_window->navigator()->selectPeriod(previous);
        report(title, tr("Nothing was imported.\n\n%1: %2").arg(outcome.failedFile, outcome.error), true);
        return false;
    }
    QStringList lines{tr("Imported %n report(s).", nullptr, int(outcome.imported.size()))};
    bool problems = false;
    for (const ImportedReport &r : outcome.imported) {
        const int errors = countSeverity(r.problems, Severity::Error);
        lines << QString() << tr("%1: %n error(s)", nullptr, errors).arg(r.file)
                   + tr(", %n warning(s)", nullptr, countSeverity(r.problems, Severity::Warning));
        if (!r.problems.isEmpty())
            lines << problemLines(r.problems);
        if (r.signature)
            lines << r.signature->summary;
        problems = problems || errors > 0;
    }
    m_window->navigator()->selectPeriod(outcome.imported.last().periodId);
    report(title, lines.join(u'\n'), problems);
    return true;
}

void PackageActions::importFromDialog()
{
    const QStringList files = prompts::askOpenFiles(m_window, tr("Import"),
                                                    tr("Reports and portal packages (*.json *.zip);;All files (*)"));
    if (!files.isEmpty())
        importFiles(files);
}

} // namespace nianbao
