#pragma once
// The questions the window asks a person (a reason, a confirmation). Tests answer them ahead of
// time with setNextAnswers(), so no modal dialog ever blocks a test.

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace nianbao::prompts {

// A written reason or explanation; nothing when cancelled. Empty text is refused in the dialog.
std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                               const QString &initial = {});
bool confirm(QWidget *parent, const QString &title, const QString &text);
void inform(QWidget *parent, const QString &title, const QString &text);
// File dialogs: the chosen files (one for saving), or nothing when cancelled. A queued answer is
// the file name ("" = cancel); for several files to open, names separated by '\n'.
QStringList askOpenFiles(QWidget *parent, const QString &title, const QString &filter);
QString askSaveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter);

// Answers for the next questions, in order: a string for askText ("" = cancel), "yes"/"no" for
// confirm, file names for the file dialogs; inform consumes nothing. Each question asked is recorded for the test to read.
void setNextAnswers(const QStringList &answers);
QStringList askedQuestions();
void clearAskedQuestions();

} // namespace nianbao::prompts
