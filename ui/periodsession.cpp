#include "periodsession.h"

#include "ruleengine.h"

#include <QTime>
#include <QUndoCommand>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

// One step of the undo history: cells before and after, written again on undo and redo.
class FigureEditCommand : public QUndoCommand
{
public:
    FigureEditCommand(PeriodSession *session, QList<CellEdit> edits, QString reason, const QString &text)
        : QUndoCommand(text), m_session(session), m_edits(std::move(edits)), m_reason(std::move(reason))
    {
    }
    void undo() override { write(false); }
    void redo() override
    {
        if (m_first) { // already written by PeriodSession::edit
            m_first = false;
            return;
        }
        write(true);
    }

private:
    void write(bool forward)
    {
        QList<std::pair<QString, std::optional<qint64>>> values;
        for (const CellEdit &e : m_edits)
            values.append({e.key, forward ? e.after : e.before});
        QString error;
        if (!m_session->apply(values, m_reason, &error))
            setObsolete(true);
    }

    PeriodSession *m_session;
    QList<CellEdit> m_edits;
    QString m_reason;
    bool m_first = true;
};

} // namespace

PeriodSession::PeriodSession(Ledger &ledger, const PeriodInfo &period, QObject *parent)
    : QObject(parent), m_ledger(ledger), m_period(period)
{
    refresh();
}

void PeriodSession::refresh()
{
    if (const auto p = m_ledger.periodById(m_period.id))
        m_period = *p;
    m_figures = m_ledger.figures(m_period);
    m_shown = m_figures.completed();
    m_previous = m_ledger.previousFigures(m_period);
    m_problems = checkFigures(CheckInput{&m_figures, m_previous ? &m_previous->first : nullptr,
                                         m_previous ? m_previous->second : PeriodLink::None});
    m_overrides = m_ledger.overrideReasons(m_period.id);
    acknowledgeOverrides(m_problems, format(), m_overrides);
    m_explanations = m_ledger.explanations(m_period.id);
}

void PeriodSession::reload()
{
    refresh();
    emit figuresChanged();
    emit problemsChanged();
    emit statusChanged();
}

bool PeriodSession::isExplained(const Problem &p) const
{
    for (const Explanation &e : m_explanations)
        if (e.rule == p.ruleId && e.cell == p.anchor() && !e.text.trimmed().isEmpty())
            return true;
    return false;
}

bool PeriodSession::figuresReadOnly() const
{
    return isReadOnly(m_period.status) || m_period.isRolledUp();
}

bool PeriodSession::textReadOnly() const
{
    return isReadOnly(m_period.status);
}

std::optional<qint64> PeriodSession::carriedValue(int cell) const
{
    if (!m_previous)
        return std::nullopt;
    return openingValue(m_figures, cell, m_previous->first, m_previous->second);
}

QString PeriodSession::overrideReason(int cell) const
{
    return m_overrides.value(format().cells[size_t(cell)].key);
}

bool PeriodSession::apply(const QList<std::pair<QString, std::optional<qint64>>> &values, const QString &reason,
                          QString *error)
{
    const Status s = m_ledger.setFigures(m_period.id, values, reason);
    if (!s) {
        *error = s.message;
        return false;
    }
    refresh();
    emit figuresChanged();
    emit problemsChanged();
    emit saved(tr("Saved at %1").arg(QTime::currentTime().toString(u"HH:mm:ss"_s)));
    return true;
}

bool PeriodSession::edit(const QList<CellEdit> &edits, const QString &reason, QString *error)
{
    QList<CellEdit> changed;
    QList<std::pair<QString, std::optional<qint64>>> values;
    for (const CellEdit &e : edits)
        if (e.before != e.after) {
            changed << e;
            values.append({e.key, e.after});
        }
    if (changed.isEmpty())
        return true;
    if (!apply(values, reason, error))
        return false;
    const QString text = changed.size() == 1 ? tr("Change %1").arg(format().cell(changed.first().key)->label)
                                             : tr("Change %n cell(s)", nullptr, int(changed.size()));
    m_undo.push(new FigureEditCommand(this, changed, reason, text));
    return true;
}

bool PeriodSession::explain(const Problem &p, const QString &text, QString *error)
{
    const Status s = m_ledger.setExplanation(m_period.id, p.ruleId, p.anchor(), text);
    if (!s) {
        *error = s.message;
        return false;
    }
    m_explanations = m_ledger.explanations(m_period.id);
    emit problemsChanged();
    emit saved(tr("Explanation saved"));
    return true;
}

bool PeriodSession::transition(Transition t, const QString &reason, QString *error)
{
    const Status s = m_ledger.transition(m_period.id, t, reason);
    if (!s) {
        *error = s.message;
        return false;
    }
    m_undo.clear(); // figures written before a status change are not undone across it
    reload();
    emit saved(tr("Status changed"));
    return true;
}

} // namespace nianbao
