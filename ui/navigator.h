#pragma once
// The organizations, their years and quarters, with each period's status.

#include "ledger.h"

#include <QTreeWidget>

namespace nianbao {

class Navigator : public QTreeWidget
{
    Q_OBJECT
public:
    enum Role { OrganizationRole = Qt::UserRole + 1, PeriodRole };

    explicit Navigator(QWidget *parent = nullptr);
    void reload(Ledger &ledger);
    bool selectPeriod(int periodId);
    bool selectOrganization(int organizationId);
    int currentOrganization() const;
    int currentPeriod() const; // 0 when an organization is selected

signals:
    void organizationSelected(int organizationId);
    void periodSelected(int periodId);

private:
    QString periodText(const PeriodInfo &p) const;
};

} // namespace nianbao
