#pragma once
// Everything of one period in tabs: one form per table of its format, and the narrative.

#include <QTabWidget>

class QLabel;

namespace nianbao {

class FigureTableView;
class NarrativeEditor;
class PeriodSession;

class PeriodView : public QWidget
{
    Q_OBJECT
public:
    explicit PeriodView(PeriodSession *session, QWidget *parent = nullptr);

    PeriodSession *session() const { return m_session; }
    QTabWidget *tabs() const { return m_tabs; }
    QList<FigureTableView *> tables() const { return m_tables; }
    FigureTableView *tableFor(const QString &tableKey) const;
    FigureTableView *currentTable() const;
    NarrativeEditor *narrative() const { return m_narrative; }
    // Shows the form holding these cells and selects them.
    void showCells(const QStringList &cellKeys);

signals:
    void message(const QString &text);

private:
    void updateBanner();

    PeriodSession *m_session;
    QTabWidget *m_tabs;
    QLabel *m_banner;
    QList<FigureTableView *> m_tables;
    NarrativeEditor *m_narrative;
};

} // namespace nianbao
