#pragma once
// One table of the period's format as an item model laid out like the official grid: header and
// label cells are part of the grid (use spans() for the merged cells), value cells are editable.

#include "periodsession.h"
#include "tablegrid.h"

#include <QAbstractTableModel>

#include <utility>

namespace nianbao {

class FigureTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { CellIndexRole = Qt::UserRole + 1, GridKindRole, CellKeyRole };

    FigureTableModel(PeriodSession *session, const TableDef &table, QObject *parent = nullptr);

    const TableGrid &grid() const { return m_grid; }
    const TableDef &table() const { return m_table; }
    PeriodSession *session() const { return m_session; }
    QModelIndex indexOfCell(int cellIndex) const;
    bool isEditableValue(const QModelIndex &index) const;
    // Parses the text for the cell at index; nothing and *error when it is not a valid value.
    std::optional<std::optional<qint64>> parse(const QModelIndex &index, const QString &text, QString *error) const;
    QString cellLabel(const QModelIndex &index) const;
    // The text of the last entry refused by setData, once.
    std::optional<QString> takeRejectedText() { return std::exchange(m_rejected, std::nullopt); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // A typed value was refused; the message names the cell.
    void inputRejected(const QString &message);

private:
    void refreshMarks();
    const GridCell *gridCell(const QModelIndex &index) const;

    PeriodSession *m_session;
    const TableDef &m_table;
    TableGrid m_grid;
    QHash<int, Severity> m_marks; // cell → worst unexplained problem
    std::optional<QString> m_rejected;
};

} // namespace nianbao
