#include "figuretablemodel.h"

#include "gridcellstyle.h"
#include "prompts.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace nianbao {

FigureTableModel::FigureTableModel(PeriodSession *session, const TableDef &table, QObject *parent)
    : QAbstractTableModel(parent), m_session(session), m_table(table), m_grid(session->format(), table)
{
    refreshMarks();
    connect(session, &PeriodSession::figuresChanged, this, [this] {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    });
    connect(session, &PeriodSession::problemsChanged, this, [this] {
        refreshMarks();
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::BackgroundRole, Qt::ToolTipRole});
    });
    connect(session, &PeriodSession::statusChanged, this, [this] {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    });
}

void FigureTableModel::refreshMarks()
{
    m_marks.clear();
    const FormatDefinition &f = m_session->format();
    for (const Problem &p : m_session->problems()) {
        if (p.severity == Severity::Info || (p.severity == Severity::Warning && m_session->isExplained(p)))
            continue;
        for (const QString &key : p.cells) {
            const CellDef *c = f.cell(key);
            if (!c || c->table != m_table.key)
                continue;
            const auto it = m_marks.constFind(c->index);
            if (it == m_marks.cend() || p.severity < *it)
                m_marks.insert(c->index, p.severity);
        }
    }
}

int FigureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_grid.rowCount();
}

int FigureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_grid.columnCount();
}

const GridCell *FigureTableModel::gridCell(const QModelIndex &index) const
{
    const GridCell *c = m_grid.at(index.row(), index.column());
    // Only the top-left position of a merged cell carries it.
    return c && c->row == index.row() && c->column == index.column() ? c : nullptr;
}

QModelIndex FigureTableModel::indexOfCell(int cellIndex) const
{
    const GridCell *c = m_grid.valueCell(cellIndex);
    return c ? index(c->row, c->column) : QModelIndex();
}

bool FigureTableModel::isEditableValue(const QModelIndex &index) const
{
    const GridCell *g = gridCell(index);
    if (!g || g->kind != GridCell::Kind::Value || g->cell < 0 || m_session->figuresReadOnly())
        return false;
    return m_session->format().cells[size_t(g->cell)].rollup != Rollup::Computed;
}

QString FigureTableModel::cellLabel(const QModelIndex &index) const
{
    const GridCell *g = gridCell(index);
    if (!g)
        return {};
    if (g->kind == GridCell::Kind::Value && g->cell >= 0)
        return m_session->format().cells[size_t(g->cell)].label;
    return g->text;
}

std::optional<std::optional<qint64>> FigureTableModel::parse(const QModelIndex &index, const QString &text,
                                                             QString *error) const
{
    const GridCell *g = gridCell(index);
    const CellDef &c = m_session->format().cells[size_t(g->cell)];
    const ParsedValue v = parseCellText(text, c.kind, c.decimals);
    if (v.isInvalid()) {
        *error = tr("“%1” in %2 %3.").arg(text.trimmed(), c.label, v.error);
        return std::nullopt;
    }
    return v.isValue() ? std::optional<qint64>(v.raw) : std::nullopt;
}

QVariant FigureTableModel::data(const QModelIndex &index, int role) const
{
    const GridCell *g = gridCell(index);
    if (!g)
        return {};
    const bool isValue = g->kind == GridCell::Kind::Value && g->cell >= 0;
    const CellDef *c = isValue ? &m_session->format().cells[size_t(g->cell)] : nullptr;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: {
        if (!isValue)
            return role == Qt::DisplayRole ? QVariant(g->text) : QVariant();
        const auto v = m_session->figures().value(g->cell);
        if (!v)
            return QString();
        const QString text = formatRaw(*v, c->decimals);
        return role == Qt::DisplayRole && !c->unit.isEmpty() ? text + u' ' + c->unit : text;
    }
    case Qt::TextAlignmentRole:
        return gridstyle::alignment(*g);
    case Qt::BackgroundRole: {
        if (!isValue)
            return gridstyle::labelBackground(*g);
        if (const auto it = m_marks.constFind(g->cell); it != m_marks.cend())
            return QBrush(*it == Severity::Error ? QColor(248, 198, 198) : QColor(253, 231, 176));
        if (c->rollup == Rollup::Computed)
            return gridstyle::computedBackground();
        if (c->rollup == Rollup::Opening)
            return QBrush(m_session->overrideReason(g->cell).isEmpty() ? QColor(255, 251, 230) : QColor(255, 224, 179));
        return {};
    }
    case Qt::FontRole:
        return gridstyle::font(*g, isValue && c->rollup == Rollup::Computed);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        if (!isValue)
            return g->text;
        QStringList lines{c->label};
        if (c->rollup == Rollup::Computed)
            lines << tr("Total: computed from the cells it adds up.");
        if (c->rollup == Rollup::Opening) {
            if (const auto carried = m_session->carriedValue(g->cell))
                lines << tr("Carried over from the previous period: %1").arg(formatRaw(*carried, c->decimals));
            const QString reason = m_session->overrideReason(g->cell);
            if (!reason.isEmpty())
                lines << tr("Changed by hand: %1").arg(reason);
        }
        for (const Problem &p : m_session->problems())
            if (p.cells.contains(c->key))
                lines << p.message(displayLanguage());
        return lines.join(u'\n');
    }
    case Qt::AccessibleTextRole:
        return isValue ? c->label + u": "_s + data(index, Qt::DisplayRole).toString() : g->text;
    case CellIndexRole:
        return g->cell;
    case CellKeyRole:
        return c ? c->key : QString();
    case GridKindRole:
        return int(g->kind);
    default:
        return {};
    }
}

Qt::ItemFlags FigureTableModel::flags(const QModelIndex &index) const
{
    const GridCell *g = gridCell(index);
    if (!g)
        return Qt::NoItemFlags;
    if (g->kind != GridCell::Kind::Value)
        return Qt::ItemIsEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isEditableValue(index))
        f |= Qt::ItemIsEditable;
    return f;
}

bool FigureTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isEditableValue(index))
        return false;
    QString error;
    const auto parsed = parse(index, value.toString(), &error);
    if (!parsed) {
        m_rejected = value.toString();
        emit inputRejected(error);
        return false;
    }
    const GridCell *g = gridCell(index);
    const CellDef &c = m_session->format().cells[size_t(g->cell)];
    const auto before = m_session->stated().value(g->cell);
    if (before == *parsed)
        return true;
    QString reason;
    if (c.rollup == Rollup::Opening) {
        const auto carried = m_session->carriedValue(g->cell);
        if (carried && *parsed != carried) {
            const auto answer = prompts::askText(
                nullptr, tr("Reason for changing a carried-over figure"),
                tr("%1 is carried over from the previous period (%2). Why is it different?")
                    .arg(c.label, formatRaw(*carried, c.decimals)));
            if (!answer)
                return false;
            reason = *answer;
        }
    }
    if (!m_session->edit({{c.key, before, *parsed}}, reason, &error)) {
        emit inputRejected(error);
        prompts::inform(nullptr, tr("Not saved"), error);
        return false;
    }
    return true;
}

} // namespace nianbao
