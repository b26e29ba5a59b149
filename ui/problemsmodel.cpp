#include "problemsmodel.h"

#include <QBrush>
#include <QFont>
#include <QIcon>

using namespace Qt::StringLiterals;

namespace nianbao {

ProblemsModel::ProblemsModel(QObject *parent) : QAbstractTableModel(parent) { }

void ProblemsModel::setSession(PeriodSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &PeriodSession::problemsChanged, this, &ProblemsModel::reset);
    reset();
}

void ProblemsModel::reset()
{
    beginResetModel();
    m_problems = m_session ? m_session->problems() : Problems();
    std::stable_sort(m_problems.begin(), m_problems.end(),
                     [](const Problem &a, const Problem &b) { return a.severity < b.severity; });
    endResetModel();
}

const Problem *ProblemsModel::problem(int row) const
{
    return row >= 0 && row < m_problems.size() ? &m_problems[row] : nullptr;
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProblemsModel::explanation(const Problem &p) const
{
    if (!m_session)
        return {};
    for (const Explanation &e : m_session->explanations())
        if (e.rule == p.ruleId && e.cell == p.anchor())
            return e.text;
    return {};
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    const Problem *p = problem(index.row());
    if (!p)
        return {};
    const bool handled = p->severity == Severity::Warning && !explanation(*p).isEmpty();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case SeverityColumn:
            switch (p->severity) {
            case Severity::Error: return tr("Error");
            case Severity::Warning: return handled ? tr("Warning (explained)") : tr("Warning");
            case Severity::Info: return tr("Note");
            }
            return {};
        case MessageColumn: return p->message(displayLanguage());
        case LeftColumn: return formatRaw(p->lhs, p->decimals);
        case RightColumn: return formatRaw(p->rhs, p->decimals);
        case DifferenceColumn: return formatRaw(p->difference(), p->decimals);
        case ExplanationColumn: return explanation(*p);
        }
    }
    if (role == Qt::DecorationRole && index.column() == SeverityColumn)
        return QIcon(p->severity == Severity::Error ? u":/icons/error.svg"_s : u":/icons/warning.svg"_s);
    if (role == Qt::TextAlignmentRole && index.column() >= LeftColumn && index.column() <= DifferenceColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && handled)
        return QBrush(Qt::gray);
    return {};
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case MessageColumn: return tr("Problem");
    case LeftColumn: return tr("Left side");
    case RightColumn: return tr("Right side");
    case DifferenceColumn: return tr("Difference");
    case ExplanationColumn: return tr("Explanation");
    }
    return {};
}

} // namespace nianbao
