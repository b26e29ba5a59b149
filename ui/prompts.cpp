#include "prompts.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nianbao::prompts {
namespace {

QStringList &queued()
{
    static QStringList answers;
    return answers;
}

QStringList &asked()
{
    static QStringList questions;
    return questions;
}

bool hasQueued()
{
    return !queued().isEmpty();
}

} // namespace

void setNextAnswers(const QStringList &answers)
{
    queued() = answers;
}

QStringList askedQuestions()
{
    return asked();
}

void clearAskedQuestions()
{
    asked().clear();
}

std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label, const QString &initial)
{
    asked() << title;
    if (hasQueued()) {
        const QString a = queued().takeFirst();
        return a.isEmpty() ? std::nullopt : std::optional(a);
    }
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *text = new QLabel(label, &dialog);
    text->setWordWrap(true);
    auto *edit = new QLineEdit(initial, &dialog);
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 40);
    edit->setAccessibleName(title);
    text->setBuddy(edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!initial.trimmed().isEmpty());
    QObject::connect(edit, &QLineEdit::textChanged, ok,
                     [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(text);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return edit->text().trimmed();
}

bool confirm(QWidget *parent, const QString &title, const QString &text)
{
    asked() << title;
    if (hasQueued())
        return queued().takeFirst() == u"yes"_s;
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
}

void inform(QWidget *parent, const QString &title, const QString &text)
{
    asked() << title;
    if (hasQueued() || qEnvironmentVariableIsSet("NIANBAO_NO_DIALOGS"))
        return;
    QMessageBox::warning(parent, title, text);
}

QStringList askOpenFiles(QWidget *parent, const QString &title, const QString &filter)
{
    asked() << title;
    if (hasQueued()) {
        const QString a = queued().takeFirst();
        return a.isEmpty() ? QStringList() : a.split(u'\n');
    }
    if (qEnvironmentVariableIsSet("NIANBAO_NO_DIALOGS"))
        return {};
    return QFileDialog::getOpenFileNames(parent, title, QString(), filter);
}

QString askSaveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
{
    asked() << title;
    if (hasQueued())
        return queued().takeFirst();
    if (qEnvironmentVariableIsSet("NIANBAO_NO_DIALOGS"))
        return {};
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

} // namespace nianbao::prompts
