#include "periodview.h"

#include "figuretablemodel.h"
#include "figuretableview.h"
#include "narrativeeditor.h"
#include "periodsession.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nianbao {

PeriodView::PeriodView(PeriodSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_tabs = new QTabWidget(this);
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    const FormatDefinition &f = session->format();
    for (const SectionDef &s : f.sections) {
        if (!s.isTable)
            continue;
        const TableDef *t = f.table(s.table);
        auto *model = new FigureTableModel(session, *t, this);
        auto *view = new FigureTableView(model, this);
        connect(view, &FigureTableView::message, this, &PeriodView::message);
        m_tables << view;
        m_tabs->addTab(view, s.heading);
    }
    m_narrative = new NarrativeEditor(session, this);
    connect(m_narrative, &NarrativeEditor::message, this, &PeriodView::message);
    m_tabs->addTab(m_narrative, tr("Narrative"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    connect(session, &PeriodSession::statusChanged, this, &PeriodView::updateBanner);
    updateBanner();
}

void PeriodView::updateBanner()
{
    const PeriodInfo &p = m_session->period();
    QStringList lines;
    lines << (p.quarter ? tr("Quarter %1 of %2, format %3").arg(p.quarter).arg(p.year).arg(p.formatId)
                        : tr("The year %1, format %2").arg(p.year).arg(p.formatId));
    if (p.isRolledUp())
        lines << tr("These figures are added up from the quarters and are read-only here; enter figures in the quarters.");
    if (isReadOnly(p.status))
        lines << tr("This period is final and read-only. Reopen it with a reason to change it.");
    m_banner->setText(lines.join(u"  "_s));
}

FigureTableView *PeriodView::tableFor(const QString &tableKey) const
{
    for (FigureTableView *v : m_tables)
        if (v->figureModel()->table().key == tableKey)
            return v;
    return nullptr;
}

FigureTableView *PeriodView::currentTable() const
{
    return qobject_cast<FigureTableView *>(m_tabs->currentWidget());
}

void PeriodView::showCells(const QStringList &cellKeys)
{
    const FormatDefinition &f = m_session->format();
    const CellDef *first = cellKeys.isEmpty() ? nullptr : f.cell(cellKeys.first());
    if (!first)
        return;
    FigureTableView *view = tableFor(first->table);
    if (!view)
        return;
    QList<int> cells;
    for (const QString &key : cellKeys)
        if (const CellDef *c = f.cell(key); c && c->table == first->table)
            cells << c->index;
    m_tabs->setCurrentWidget(view);
    view->selectCells(cells);
}

} // namespace nianbao
