#include "navigator.h"

#include <QHeaderView>

namespace nianbao {

Navigator::Navigator(QWidget *parent) : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setAccessibleName(tr("Organizations and periods"));
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        if (const int period = item->data(0, PeriodRole).toInt())
            emit periodSelected(period);
        else
            emit organizationSelected(item->data(0, OrganizationRole).toInt());
    });
}

QString Navigator::periodText(const PeriodInfo &p) const
{
    QString status;
    switch (p.status) {
    case PeriodStatus::Draft: status = tr("draft"); break;
    case PeriodStatus::Submitted: status = tr("submitted"); break;
    case PeriodStatus::Final: status = tr("final"); break;
    }
    if (p.quarter)
        return tr("Quarter %1 (%2)").arg(p.quarter).arg(status);
    const QString entry = p.isRolledUp() ? tr(", from quarters") : QString();
    return tr("%1 — format %2 (%3%4)").arg(p.year).arg(p.formatId, status, entry);
}

void Navigator::reload(Ledger &ledger)
{
    const QSignalBlocker block(this);
    clear();
    for (const OrganizationInfo &org : ledger.organizations()) {
        auto *top = new QTreeWidgetItem(this, {org.profile.name});
        top->setData(0, OrganizationRole, org.id);
        QTreeWidgetItem *yearItem = nullptr;
        for (const PeriodInfo &p : ledger.periods(org.id)) {
            auto *item = new QTreeWidgetItem(p.quarter && yearItem ? yearItem : top, {periodText(p)});
            item->setData(0, OrganizationRole, org.id);
            item->setData(0, PeriodRole, p.id);
            if (!p.quarter)
                yearItem = item;
        }
        top->setExpanded(true);
    }
    expandAll();
}

bool Navigator::selectPeriod(int periodId)
{
    for (QTreeWidgetItemIterator it(this); *it; ++it)
        if ((*it)->data(0, PeriodRole).toInt() == periodId) {
            setCurrentItem(*it);
            return true;
        }
    return false;
}

bool Navigator::selectOrganization(int organizationId)
{
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->data(0, OrganizationRole).toInt() == organizationId) {
            setCurrentItem(topLevelItem(i));
            return true;
        }
    return false;
}

int Navigator::currentOrganization() const
{
    return currentItem() ? currentItem()->data(0, OrganizationRole).toInt() : 0;
}

int Navigator::currentPeriod() const
{
    return currentItem() ? currentItem()->data(0, PeriodRole).toInt() : 0;
}

} // namespace nianbao
