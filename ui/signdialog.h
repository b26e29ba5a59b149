#pragma once
// The Sign dialog: the certificate file (.p12), its password, the reason, the office's seal image
// (optional) and the file to write. OK only when the certificate, password and output are given.

#include "pdfsign.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QFormLayout;
class QLineEdit;

namespace nianbao {

struct SignChoice {
    SignOptions options;
    QString output;
};

class SignDialog : public QDialog
{
    Q_OBJECT
public:
    SignDialog(const QString &suggestedOutput, QWidget *parent = nullptr);

    SignChoice choice() const;
    // The fields, by name for tests: certificate, password, reason, seal, output.
    QLineEdit *field(const QString &name) const;
    bool canAccept() const;

    // Asks; nothing when cancelled. Tests answer ahead with setNextAnswer (then no dialog shows).
    static std::optional<SignChoice> ask(QWidget *parent, const QString &suggestedOutput);
    static void setNextAnswer(const std::optional<SignChoice> &choice);

private:
    QLineEdit *addFileRow(QFormLayout *form, const QString &name, const QString &label,
                          const QString &filter, bool save);
    void updateOk();

    QLineEdit *m_certificate;
    QLineEdit *m_password;
    QLineEdit *m_reason;
    QLineEdit *m_seal;
    QLineEdit *m_output;
    QDialogButtonBox *m_buttons;
};

} // namespace nianbao
