#pragma once
// The audit-log lines of one cell (or of the whole period).

#include "audit.h"

#include <QDialog>

class QTableWidget;

namespace nianbao {

class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    HistoryDialog(const QString &title, const QList<AuditEntry> &entries, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace nianbao
