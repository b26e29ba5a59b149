#include "signdialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

struct Queued {
    bool set = false;
    std::optional<SignChoice> choice;
};

Queued &queued()
{
    static Queued q;
    return q;
}

} // namespace

SignDialog::SignDialog(const QString &suggestedOutput, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Sign the report"));
    auto *form = new QFormLayout(this);
    m_certificate = addFileRow(form, u"certificate"_s, tr("&Certificate (.p12):"),
                               tr("PKCS#12 certificates (*.p12 *.pfx)"), false);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    m_reason = new QLineEdit(tr("Approved for publication"), this);
    m_reason->setObjectName(u"reason"_s);
    form->addRow(tr("&Reason:"), m_reason);
    m_seal = addFileRow(form, u"seal"_s, tr("&Seal image (optional):"), tr("Images (*.png *.jpg *.jpeg)"), false);
    m_output = addFileRow(form, u"output"_s, tr("&Write to:"), tr("PDF files (*.pdf)"), true);
    m_output->setText(suggestedOutput);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign"));
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *e : {m_certificate, m_password, m_output})
        connect(e, &QLineEdit::textChanged, this, &SignDialog::updateOk);
    updateOk();
}

QLineEdit *SignDialog::addFileRow(QFormLayout *form, const QString &name, const QString &label,
                                  const QString &filter, bool save)
{
    auto *row = new QWidget(this);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit(row);
    edit->setObjectName(name);
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(u'M') * 30);
    auto *browse = new QToolButton(row);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose a file"));
    h->addWidget(edit, 1);
    h->addWidget(browse);
    const QString title = QString(label).remove(u'&').remove(u':');
    connect(browse, &QToolButton::clicked, this, [this, edit, filter, save, title] {
        const QString path = save ? QFileDialog::getSaveFileName(this, title, edit->text(), filter)
                                  : QFileDialog::getOpenFileName(this, title, edit->text(), filter);
        if (!path.isEmpty())
            edit->setText(path);
    });
    form->addRow(label, row);
    if (auto *l = qobject_cast<QLabel *>(form->labelForField(row)))
        l->setBuddy(edit);
    return edit;
}

QLineEdit *SignDialog::field(const QString &name) const
{
    return findChild<QLineEdit *>(name);
}

bool SignDialog::canAccept() const
{
    return !m_certificate->text().trimmed().isEmpty() && !m_password->text().isEmpty()
        && !m_output->text().trimmed().isEmpty();
}

void SignDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

SignChoice SignDialog::choice() const
{
    return {{m_certificate->text().trimmed(), m_password->text(), m_reason->text().trimmed(), m_seal->text().trimmed()},
            m_output->text().trimmed()};
}

void SignDialog::setNextAnswer(const std::optional<SignChoice> &choice)
{
    queued() = {true, choice};
}

std::optional<SignChoice> SignDialog::ask(QWidget *parent, const QString &suggestedOutput)
{
    if (queued().set) {
        const auto c = queued().choice;
        queued() = {};
        return c;
    }
    SignDialog dialog(suggestedOutput, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.choice();
}

} // namespace nianbao
