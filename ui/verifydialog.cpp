#include "verifydialog.h"

#include "inputfile.h"
#include "manifest.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QPushButton>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nianbao {

VerifyDialog::VerifyDialog(const QString &file, const SignatureCheck &check, QWidget *parent)
    : QDialog(parent), m_file(file)
{
    setWindowTitle(tr("Signature of %1").arg(QFileInfo(file).fileName()));
    auto *layout = new QVBoxLayout(this);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(u"verdict"_s);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.3);
    m_verdict->setFont(bold);
    m_message = new QLabel(this);
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *file_ = new QLabel(QDir::toNativeSeparators(file), this);
    file_->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The office's own CA is often not among the system's: the user may name it.
    QPushButton *trust = buttons->addButton(tr("Check against a CA certificate…"), QDialogButtonBox::ActionRole);
    trust->setObjectName(u"trust"_s);
    connect(trust, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Trusted CA certificates"), QString(),
                                                                tr("Certificates (*.pem *.crt *.cer)"));
        if (!files.isEmpty())
            checkAgainst(files);
    });
    display(check);
    layout->addWidget(m_verdict);
    layout->addWidget(file_);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(u'M') * 40);
}

void VerifyDialog::display(const SignatureCheck &check)
{
    m_check = check;
    m_verdict->setText(signatureStateName(check.state));
    // Green only for a valid signature; every other verdict is a warning.
    const QColor colour = check.state == SignatureState::Valid ? QColor(0, 110, 40) : QColor(170, 30, 20);
    m_verdict->setStyleSheet(u"color: %1"_s.arg(colour.name()));
    m_message->setText(signatureMessage(check));
}

void VerifyDialog::checkAgainst(const QStringList &caFiles)
{
    display(verifyPdfFile(m_file, caFiles));
}

QString VerifyDialog::verdictText() const
{
    return m_verdict->text();
}

QString VerifyDialog::messageText() const
{
    return m_message->text();
}

SignatureCheck verifyPdfFile(const QString &path, const QStringList &trustedCaFiles)
{
    const InputFile pdf = readInputFile(path, kPackageMaxBytes);
    if (!pdf.ok) {
        SignatureCheck c;
        c.detail = pdf.error;
        return c;
    }
    QList<QByteArray> cas;
    for (const QString &ca : trustedCaFiles)
        if (const InputFile c = readInputFile(ca); c.ok)
            cas << c.data;
    return verifyPdfSignature(pdf.data, cas);
}

} // namespace nianbao
