#pragma once
// The problems of the open period as a list: severity, message, both sides and the difference.

#include "periodsession.h"

#include <QAbstractTableModel>

namespace nianbao {

class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, MessageColumn, LeftColumn, RightColumn, DifferenceColumn, ExplanationColumn, ColumnCount };

    explicit ProblemsModel(QObject *parent = nullptr);
    void setSession(PeriodSession *session);
    const Problem *problem(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reset();
    QString explanation(const Problem &p) const;

    PeriodSession *m_session = nullptr;
    Problems m_problems;
};

} // namespace nianbao
