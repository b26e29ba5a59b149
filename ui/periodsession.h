#pragma once
// The period open in the window: its figures as the forms show them, its problems, and every
// change to them, each saved at once and undoable.

#include "ledger.h"

#include <QObject>
#include <QUndoStack>

namespace nianbao {

struct CellEdit {
    QString key;
    std::optional<qint64> before;
    std::optional<qint64> after;
};

class PeriodSession : public QObject
{
    Q_OBJECT
public:
    PeriodSession(Ledger &ledger, const PeriodInfo &period, QObject *parent = nullptr);

    Ledger &ledger() const { return m_ledger; }
    const PeriodInfo &period() const { return m_period; }
    const FormatDefinition &format() const { return *m_figures.format(); }
    // Stored figures with totals derived: what the forms show.
    const Figures &figures() const { return m_shown; }
    const Figures &stated() const { return m_figures; }
    const Problems &problems() const { return m_problems; }
    const QList<Explanation> &explanations() const { return m_explanations; }
    bool isExplained(const Problem &p) const;
    // Figures cannot be typed: the period is final, or the year is added up from quarters.
    bool figuresReadOnly() const;
    bool textReadOnly() const;
    // The value the previous period gives an opening cell, if any.
    std::optional<qint64> carriedValue(int cell) const;
    QString overrideReason(int cell) const;
    QUndoStack *undoStack() { return &m_undo; }

    // Changes cells as one undoable step; false (and *error) when nothing could be saved.
    bool edit(const QList<CellEdit> &edits, const QString &reason, QString *error);
    // Writes the given values without touching the undo stack (used by the undo commands).
    bool apply(const QList<std::pair<QString, std::optional<qint64>>> &values, const QString &reason,
               QString *error);
    bool explain(const Problem &p, const QString &text, QString *error);
    bool transition(Transition t, const QString &reason, QString *error);
    void reload();

signals:
    void figuresChanged();
    void problemsChanged();
    void statusChanged();
    void saved(const QString &message);

private:
    void refresh();

    Ledger &m_ledger;
    PeriodInfo m_period;
    Figures m_figures;
    Figures m_shown;
    std::optional<std::pair<Figures, PeriodLink>> m_previous;
    Problems m_problems;
    QList<Explanation> m_explanations;
    QHash<QString, QString> m_overrides; // cell key → reason, read once per change rather than per paint
    QUndoStack m_undo;
};

} // namespace nianbao
