#pragma once
// One official table of a summary, read-only, laid out like the official grid (header and label
// cells are part of the grid; the view applies the spans).

#include "tablegrid.h"
#include "figures.h"

#include <QAbstractTableModel>

namespace nianbao {

class SummaryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { CellIndexRole = Qt::UserRole + 1, CellKeyRole };

    SummaryTableModel(const FormatPtr &format, const TableDef &table, QObject *parent = nullptr);

    const TableGrid &grid() const { return m_grid; }
    const TableDef &table() const { return m_table; }
    void setFigures(const Figures &figures);   // totals derived
    QModelIndex indexOfCell(int cellIndex) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    const GridCell *gridCell(const QModelIndex &index) const;

    FormatPtr m_format;
    const TableDef &m_table;
    TableGrid m_grid;
    Figures m_figures;
};

} // namespace nianbao
