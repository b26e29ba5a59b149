#include "figuretableview.h"

#include "figuretablemodel.h"
#include "prompts.h"
#include "tablegrid.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStyledItemDelegate>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

// Editors carry the cell's official label as their accessible name.
class ValueDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QWidget *w = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            edit->setAccessibleName(index.data(Qt::AccessibleDescriptionRole).toString().section(u'\n', 0, 0));
        }
        return w;
    }
};

} // namespace

FigureTableView::FigureTableView(FigureTableModel *model, QWidget *parent) : QTableView(parent), m_model(model)
{
    setModel(model);
    setItemDelegate(new ValueDelegate(this));
    horizontalHeader()->hide();
    verticalHeader()->hide();
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::ContiguousSelection);
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
                    | QAbstractItemView::EditKeyPressed);
    setTabKeyNavigation(true);
    setAccessibleName(model->table().label);
    applySpans();
    fitColumns();
    const QModelIndex first = nextEditable(model->index(0, 0), false);
    if (first.isValid())
        setCurrentIndex(first);
    connect(model, &FigureTableModel::inputRejected, this, &FigureTableView::message);
}

void FigureTableView::applySpans()
{
    for (const GridCell &c : m_model->grid().cells())
        if (c.rowSpan > 1 || c.columnSpan > 1)
            setSpan(c.row, c.column, c.rowSpan, c.columnSpan);
}

void FigureTableView::fitColumns()
{
    const QFontMetrics fm(font());
    const int labelColumns = m_model->grid().labelColumns();
    const int ideograph = fm.horizontalAdvance(u"五"_s);
    // Value columns: wide enough for four characters of a header and for the widest figure.
    QList<int> widths(m_model->columnCount(), std::max(ideograph * 4, fm.horizontalAdvance(u"000000"_s)) + 16);
    for (int r = 0; r < m_model->rowCount(); ++r)
        for (int c = labelColumns; c < m_model->columnCount(); ++c) {
            const QModelIndex i = m_model->index(r, c);
            if (i.data(FigureTableModel::CellIndexRole).toInt() >= 0 && columnSpan(r, c) == 1)
                widths[c] = std::max(widths[c], fm.horizontalAdvance(i.data().toString()) + 16);
        }
    for (int c = 0; c < m_model->columnCount(); ++c) {
        // The innermost label column holds the long official labels; outer ones a group name.
        const int label = c == labelColumns - 1 ? ideograph * 22 : ideograph * 5;
        setColumnWidth(c, c < labelColumns ? label : widths[c]);
    }
    // Row heights from the cells of one row only: a label spanning many rows must not make the
    // first of them tall.
    const int line = fm.height() + 8;
    QList<int> heights(m_model->rowCount(), line);
    for (const GridCell &g : m_model->grid().cells()) {
        if (g.rowSpan != 1 || g.text.isEmpty())
            continue;
        int width = 0;
        for (int c = g.column; c < g.column + g.columnSpan; ++c)
            width += columnWidth(c);
        const QRect r = fm.boundingRect(QRect(0, 0, std::max(width - 8, 1), 10000), Qt::TextWordWrap, g.text);
        heights[g.row] = std::max(heights[g.row], r.height() + 8);
    }
    for (int r = 0; r < m_model->rowCount(); ++r)
        setRowHeight(r, heights[r]);
}

QModelIndex FigureTableView::nextEditable(const QModelIndex &from, bool down, bool backwards) const
{
    const int rows = m_model->rowCount();
    const int cols = m_model->columnCount();
    const int total = rows * cols;
    int pos = from.isValid() ? (down ? from.column() * rows + from.row() : from.row() * cols + from.column()) : -1;
    for (int step = 0; step < total; ++step) {
        pos = backwards ? (pos - 1 + total) % total : (pos + 1) % total;
        const int r = down ? pos % rows : pos / cols;
        const int c = down ? pos / rows : pos % cols;
        const QModelIndex i = m_model->index(r, c);
        if (m_model->isEditableValue(i))
            return i;
    }
    return {};
}

QModelIndex FigureTableView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    if (action == MoveNext)
        return nextEditable(currentIndex(), false);
    if (action == MovePrevious)
        return nextEditable(currentIndex(), false, true);
    return QTableView::moveCursor(action, modifiers);
}

void FigureTableView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    // A refused entry stays where it was typed, with its text, to be corrected.
    if (const auto rejected = m_model->takeRejectedText()) {
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        edit(currentIndex());
        if (auto *line = qobject_cast<QLineEdit *>(indexWidget(currentIndex())))
            line->setText(*rejected);
        return;
    }
    QTableView::closeEditor(editor, hint == QAbstractItemDelegate::SubmitModelCache ? QAbstractItemDelegate::NoHint : hint);
    if (hint == QAbstractItemDelegate::SubmitModelCache) {
        const QModelIndex next = nextEditable(currentIndex(), true);
        if (next.isValid())
            setCurrentIndex(next);
    }
}

void FigureTableView::keyPressEvent(QKeyEvent *event)
{
    // Ctrl+Tab belongs to the tabs around the form, not to the cells.
    if ((event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab) && (event->modifiers() & Qt::ControlModifier)) {
        event->ignore();
        return;
    }
    if (state() != EditingState) {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            const QModelIndex next = nextEditable(currentIndex(), true, event->modifiers() & Qt::ShiftModifier);
            if (next.isValid())
                setCurrentIndex(next);
            return;
        }
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            clearSelectedCells();
            return;
        }
        if (event->matches(QKeySequence::Paste)) {
            pasteText(QApplication::clipboard()->text());
            return;
        }
        if (event->matches(QKeySequence::Copy)) {
            QApplication::clipboard()->setText(selectedText());
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void FigureTableView::clearSelectedCells()
{
    QList<CellEdit> edits;
    const Figures &stated = m_model->session()->stated();
    for (const QModelIndex &i : selectionModel()->selectedIndexes()) {
        if (!m_model->isEditableValue(i))
            continue;
        const int cell = i.data(FigureTableModel::CellIndexRole).toInt();
        const auto before = stated.value(cell);
        if (before)
            edits << CellEdit{i.data(FigureTableModel::CellKeyRole).toString(), before, std::nullopt};
    }
    if (edits.isEmpty())
        return;
    const auto reason = reasonForCarriedChanges(edits);
    QString error;
    if (reason && !m_model->session()->edit(edits, *reason, &error))
        emit message(error);
}

std::optional<QString> FigureTableView::reasonForCarriedChanges(const QList<CellEdit> &edits)
{
    const FormatDefinition &format = m_model->session()->format();
    for (const CellEdit &e : edits) {
        const CellDef *c = format.cell(e.key);
        const auto carried = m_model->session()->carriedValue(c->index);
        if (c->rollup != Rollup::Opening || !carried || e.after == carried)
            continue;
        return prompts::askText(this, tr("Reason for changing a carried-over figure"),
                                tr("The change affects %1, which is carried over from the previous "
                                   "period (%2). Why is it different?")
                                    .arg(c->label, formatRaw(*carried, c->decimals)));
    }
    return QString();
}

QString FigureTableView::selectedText() const
{
    const QModelIndexList selected = selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return {};
    int top = INT_MAX, left = INT_MAX, bottom = 0, right = 0;
    for (const QModelIndex &i : selected) {
        top = std::min(top, i.row());
        bottom = std::max(bottom, i.row());
        left = std::min(left, i.column());
        right = std::max(right, i.column());
    }
    QStringList lines;
    for (int r = top; r <= bottom; ++r) {
        QStringList cells;
        for (int c = left; c <= right; ++c)
            cells << m_model->index(r, c).data(Qt::EditRole).toString();
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n');
}

bool FigureTableView::pasteText(const QString &text)
{
    const QModelIndex anchor = currentIndex();
    if (!anchor.isValid() || m_model->session()->figuresReadOnly())
        return false;
    QStringList lines = text.split(u'\n');
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    QList<CellEdit> edits;
    QStringList refused;
    int skipped = 0;
    const Figures &stated = m_model->session()->stated();
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QStringList values = line.split(u'\t');
        for (int j = 0; j < values.size(); ++j) {
            const QModelIndex target = m_model->index(anchor.row() + i, anchor.column() + j);
            if (!target.isValid() || !m_model->isEditableValue(target)) {
                if (!values[j].trimmed().isEmpty())
                    ++skipped;
                continue;
            }
            QString error;
            const auto parsed = m_model->parse(target, values[j], &error);
            if (!parsed) {
                refused << error;
                continue;
            }
            const int cell = target.data(FigureTableModel::CellIndexRole).toInt();
            edits << CellEdit{target.data(FigureTableModel::CellKeyRole).toString(), stated.value(cell), *parsed};
        }
    }
    if (!refused.isEmpty()) {
        const QString question = tr("These pasted cells are not valid numbers and were left out:\n%1\n\n"
                                    "Paste the other %n cell(s)?", nullptr, int(edits.size()))
                                     .arg(refused.join(u'\n'));
        emit message(refused.first());
        if (edits.isEmpty() || !prompts::confirm(this, tr("Paste"), question))
            return false;
    }
    // Pasting over carried-over figures is an override like typing one: it needs a reason.
    const auto reason = reasonForCarriedChanges(edits);
    if (!reason)
        return false;
    QString error;
    if (!m_model->session()->edit(edits, *reason, &error)) {
        emit message(error);
        prompts::inform(this, tr("Paste"), error);
        return false;
    }
    if (skipped > 0)
        emit message(tr("%n pasted value(s) fell on labels or computed totals and were left out.", nullptr, skipped));
    return true;
}

void FigureTableView::selectCells(const QList<int> &cells)
{
    QItemSelection selection;
    QModelIndex first;
    for (int cell : cells) {
        const QModelIndex i = m_model->indexOfCell(cell);
        if (!i.isValid())
            continue;
        selection.select(i, i);
        if (!first.isValid())
            first = i;
    }
    if (!first.isValid())
        return;
    selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    scrollTo(first);
    setFocus();
}

} // namespace nianbao
