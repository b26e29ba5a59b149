#pragma once
// The result of verifying a PDF's signature: the verdict (valid, changed after signing, not the
// whole document, signer not trusted, unsigned, unreadable), with signer, time and reason.

#include "pdfverify.h"

#include <QDialog>

class QLabel;

namespace nianbao {

class VerifyDialog : public QDialog
{
    Q_OBJECT
public:
    VerifyDialog(const QString &file, const SignatureCheck &check, QWidget *parent = nullptr);

    const SignatureCheck &check() const { return m_check; }
    QString verdictText() const;
    QString messageText() const;
    // Checks again, trusting these CA certificate files (PEM) instead of the system's.
    void checkAgainst(const QStringList &caFiles);

private:
    void display(const SignatureCheck &check);
    QString m_file;
    SignatureCheck m_check;
    QLabel *m_verdict;
    QLabel *m_message;
};

// Reads and verifies a PDF (the system's CAs decide trust, plus any CA files given).
SignatureCheck verifyPdfFile(const QString &path, const QStringList &trustedCaFiles = {});

} // namespace nianbao
