#pragma once
// A table form that types like a spreadsheet: digits start editing, Enter moves down and Tab moves
// right to the next cell that takes a value, Delete clears, Ctrl+V pastes a block from WPS or
// Excel, Ctrl+C copies.

#include "periodsession.h"

#include <QTableView>

namespace nianbao {

class FigureTableModel;

class FigureTableView : public QTableView
{
    Q_OBJECT
public:
    explicit FigureTableView(FigureTableModel *model, QWidget *parent = nullptr);

    FigureTableModel *figureModel() const { return m_model; }
    // Pastes tab-separated text at the current cell, as one undoable step.
    bool pasteText(const QString &text);
    void clearSelectedCells();
    QString selectedText() const;
    // Selects the value cells of the given format cells and scrolls to the first.
    void selectCells(const QList<int> &cells);
    // The next cell that takes a value from `from`, moving down (Enter) or along the row (Tab).
    QModelIndex nextEditable(const QModelIndex &from, bool down, bool backwards = false) const;

signals:
    void message(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    // A written reason when the edits change carried-over figures: empty when none do, nothing
    // when the person cancels.
    std::optional<QString> reasonForCarriedChanges(const QList<CellEdit> &edits);
    void applySpans();
    void fitColumns();

    FigureTableModel *m_model;
};

} // namespace nianbao
