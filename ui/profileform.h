#pragma once
// The organization's profile: the facts the report's 总体情况 opens with. Saved field by field.

#include "ledger.h"

#include <QWidget>

class QLineEdit;

namespace nianbao {

class ProfileForm : public QWidget
{
    Q_OBJECT
public:
    ProfileForm(Ledger &ledger, int organizationId, QWidget *parent = nullptr);
    QLineEdit *field(const QString &name) const;

signals:
    void message(const QString &text);
    void renamed();

private:
    void save();

    Ledger &m_ledger;
    int m_organizationId;
    QHash<QString, QLineEdit *> m_fields;
};

} // namespace nianbao
