#pragma once
// The live list of problems under the forms; double-click jumps to the cells, warnings can be
// explained in writing.

#include <QWidget>

class QTableView;
class QPushButton;

namespace nianbao {

class PeriodSession;
class ProblemsModel;
struct Problem;

class ProblemsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemsPanel(QWidget *parent = nullptr);
    void setSession(PeriodSession *session);
    QTableView *view() const { return m_view; }
    ProblemsModel *model() const { return m_model; }
    // Opens the cells of the problem in the given row.
    void activateRow(int row);
    void explainRow(int row);

signals:
    void cellsRequested(const QStringList &cellKeys);
    void message(const QString &text);

private:
    ProblemsModel *m_model;
    QTableView *m_view;
    QPushButton *m_explain;
    PeriodSession *m_session = nullptr;
};

} // namespace nianbao
