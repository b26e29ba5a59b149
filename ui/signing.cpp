// MainWindow: signing the final report into a file (recorded with the period) and verifying the
// signature of any PDF.

#include "mainwindow.h"

#include "outputfile.h"
#include "periodsession.h"
#include "prompts.h"
#include "signdialog.h"
#include "signedreportdata.h"
#include "trustedcas.h"
#include "verifydialog.h"

#include <QFileDialog>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

QString &nextVerifyFile()
{
    static QString path;
    return path;
}

} // namespace

bool MainWindow::canSign() const
{
    return m_session && m_session->period().status == PeriodStatus::Final
        && countSeverity(m_session->problems(), Severity::Error) == 0;
}

bool MainWindow::signToFile(const SignChoice &choice)
{
    const QString title = tr("Sign the report");
    if (!canSign()) {
        prompts::inform(this, title, tr("Only a final report without errors can be signed."));
        return false;
    }
    if (const Status refused = m_db->checkOutput(choice.output); !refused) {
        showMessage(refused.message);
        prompts::inform(this, title, refused.message);
        return false;
    }
    const auto content = currentReportContent();
    if (!content)
        return false;
    const auto data = m_ledger->report(m_session->period().id);
    if (!data)
        return false;
    const SignedReport r = signReport(*content, signedReportJson(*data), choice.options);
    auto fail = [&](const QString &message) {
        showMessage(message);
        prompts::inform(this, title, message);
        return false;
    };
    if (!r.ok)
        return fail(r.error);
    // Complete on disk before the record; visible under its name only once recorded.
    OutputFile file(choice.output);
    QString error;
    if (!file.write(r.pdf, &error))
        return fail(error);
    const Status s = m_ledger->recordSignedFile(m_session->period().id, {r.pdf, {}, r.signer, r.signedAt,
                                                                         QFileInfo(choice.output).fileName(), r.reason});
    if (!s) {
        file.cancel();
        return fail(s.message);
    }
    if (!file.commit(&error))
        return fail(error);
    showMessage(tr("%1 signed by %2 (%n page(s))", nullptr, r.pages).arg(choice.output, r.signer));
    return true;
}

void MainWindow::signFromDialog()
{
    const auto content = currentReportContent();
    if (!content)
        return;
    if (const auto choice = SignDialog::ask(this, content->documentTitle + u".pdf"_s))
        signToFile(*choice);
}

VerifyDialog *MainWindow::verifyPdf(const QString &path)
{
    auto *dialog = new VerifyDialog(path, verifyPdfFile(path, trustedcas::files()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    showMessage(QFileInfo(path).fileName() + u": "_s + dialog->verdictText());
    if (!qEnvironmentVariableIsSet("NIANBAO_NO_DIALOGS"))
        dialog->show();
    return dialog;
}

void MainWindow::setNextVerifyFile(const QString &path)
{
    nextVerifyFile() = path;
}

void MainWindow::verifyFromDialog()
{
    QString path = nextVerifyFile();
    nextVerifyFile().clear();
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(this, tr("Verify a signed PDF"), QString(), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        verifyPdf(path);
}

} // namespace nianbao
