#include "historydialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nianbao {

HistoryDialog::HistoryDialog(const QString &title, const QList<AuditEntry> &entries, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    m_table = new QTableWidget(int(entries.size()), 7, this);
    m_table->setAccessibleName(title);
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Who"), tr("What"), tr("Cell or part"), tr("Old"), tr("New"), tr("Reason")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int r = 0; r < entries.size(); ++r) {
        const AuditEntry &e = entries[r];
        const QString cells[] = {e.at.toLocalTime().toString(Qt::ISODate), e.actor, e.action, e.cellKey,
                                 e.oldValue, e.newValue, e.reason};
        for (int c = 0; c < 7; ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(900, 400);
}

} // namespace nianbao
