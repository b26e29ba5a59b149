// MainWindow: the files it writes: the open period's report as printed, exported to PDF, previewed
// and printed; a backup copy of the database.

#include "mainwindow.h"

#include "narrativeeditor.h"
#include "pdfwriter.h"
#include "periodsession.h"
#include "periodview.h"
#include "prompts.h"

#include <QFileDialog>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

using namespace Qt::StringLiterals;

namespace nianbao {

std::optional<ReportContent> MainWindow::currentReportContent() const
{
    if (!m_session)
        return std::nullopt;
    if (m_periodView && m_periodView->narrative())
        m_periodView->narrative()->saveNow();
    const PeriodInfo &p = m_session->period();
    const auto data = m_ledger->report(p.id);
    if (!data)
        return std::nullopt;
    if (p.quarter == 0)
        return buildReportContent(*data);
    const Figures ytd = m_ledger->yearToDate(p);
    return buildReportContent(*data, &ytd);
}

bool MainWindow::exportPdf(const QString &path)
{
    if (const Status refused = m_db ? m_db->checkOutput(path) : Status {}; !refused) {
        showMessage(refused.message);
        prompts::inform(this, tr("Export PDF"), refused.message);
        return false;
    }
    const auto content = currentReportContent();
    if (!content) {
        // A read that failed gives no report at all, and says why.
        if (const Status failed = m_db ? m_db->takeReadFailure() : Status {}; !failed) {
            showMessage(failed.message);
            prompts::inform(this, tr("Export PDF"), failed.message);
        }
        return false;
    }
    const PdfResult r = writeReportPdf(*content, path);
    if (!r.ok) {
        showMessage(r.error);
        prompts::inform(this, tr("Export PDF"), r.error);
        return false;
    }
    showMessage(tr("%1 written (%n page(s))", nullptr, r.pages).arg(path));
    return true;
}

void MainWindow::exportPdfFromDialog()
{
    const auto content = currentReportContent();
    if (!content)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), content->documentTitle + u".pdf"_s,
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

void MainWindow::printPreview()
{
    const auto content = currentReportContent();
    if (!content)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print preview: %1").arg(content->documentTitle));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, &content](QPrinter *p) {
        QString error;
        if (!printReport(*content, p, &error))
            showMessage(error);
    });
    dialog.exec();
}

void MainWindow::printReportFromDialog()
{
    const auto content = currentReportContent();
    if (!content)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!printReport(*content, &printer, &error))
        prompts::inform(this, tr("Print"), error);
}

void MainWindow::backupFromDialog()
{
    if (!m_db)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Back up the database"),
                                                      m_db->path() + u".backup.sqlite"_s,
                                                      tr("Nianbao databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    const Status s = m_db->backupTo(path);
    showMessage(s ? tr("Backup written to %1").arg(path) : s.message);
    if (!s)
        prompts::inform(this, tr("Backup"), s.message);
}

} // namespace nianbao
