#include "summarytablemodel.h"

#include "gridcellstyle.h"

using namespace Qt::StringLiterals;

namespace nianbao {

SummaryTableModel::SummaryTableModel(const FormatPtr &format, const TableDef &table, QObject *parent)
    : QAbstractTableModel(parent), m_format(format), m_table(table), m_grid(*format, table), m_figures(format)
{
}

void SummaryTableModel::setFigures(const Figures &figures)
{
    m_figures = figures.completed();
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

const GridCell *SummaryTableModel::gridCell(const QModelIndex &index) const
{
    const GridCell *c = m_grid.at(index.row(), index.column());
    return c && c->row == index.row() && c->column == index.column() ? c : nullptr;
}

QModelIndex SummaryTableModel::indexOfCell(int cellIndex) const
{
    const GridCell *c = m_grid.valueCell(cellIndex);
    return c ? index(c->row, c->column) : QModelIndex();
}

int SummaryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_grid.rowCount();
}

int SummaryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_grid.columnCount();
}

QVariant SummaryTableModel::data(const QModelIndex &index, int role) const
{
    const GridCell *g = gridCell(index);
    if (!g)
        return {};
    const bool isValue = g->kind == GridCell::Kind::Value && g->cell >= 0;
    const CellDef *c = isValue ? &m_format->cells[size_t(g->cell)] : nullptr;
    switch (role) {
    case Qt::DisplayRole: {
        if (!isValue)
            return g->text;
        const auto v = m_figures.value(g->cell);
        if (!v)
            return QString();
        const QString text = formatRawGrouped(*v, c->decimals);
        return c->unit.isEmpty() ? text : text + u' ' + c->unit;
    }
    case Qt::TextAlignmentRole:
        return gridstyle::alignment(*g);
    case Qt::BackgroundRole:
        if (!isValue)
            return gridstyle::labelBackground(*g);
        return c->rollup == Rollup::Computed ? gridstyle::computedBackground() : QVariant();
    case Qt::FontRole:
        return gridstyle::font(*g, false);
    case Qt::ToolTipRole:
        return isValue ? c->label : g->text;
    case CellIndexRole:
        return g->cell;
    case CellKeyRole:
        return c ? c->key : QString();
    default:
        return {};
    }
}

Qt::ItemFlags SummaryTableModel::flags(const QModelIndex &index) const
{
    const GridCell *g = gridCell(index);
    if (!g)
        return Qt::NoItemFlags;
    if (g->kind != GridCell::Kind::Value)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace nianbao
