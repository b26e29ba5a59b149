#include "problemspanel.h"

#include "periodsession.h"
#include "problemsmodel.h"
#include "prompts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace nianbao {

ProblemsPanel::ProblemsPanel(QWidget *parent) : QWidget(parent), m_model(new ProblemsModel(this))
{
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Problems"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ProblemsModel::MessageColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ProblemsModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_explain = new QPushButton(tr("E&xplain warning…"), this);
    m_explain->setEnabled(false);
    auto *hint = new QLabel(tr("Double-click a problem (or press Enter) to go to its cells."), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(hint, 1);
    buttons->addWidget(m_explain);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &i) { activateRow(i.row()); });
    connect(m_explain, &QPushButton::clicked, this, [this] { explainRow(m_view->currentIndex().row()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_explain->setEnabled(false);
        m_view->resizeRowsToContents();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        const Problem *p = m_model->problem(i.row());
        m_explain->setEnabled(p && p->severity == Severity::Warning && m_session && !m_session->textReadOnly());
    });
}

void ProblemsPanel::setSession(PeriodSession *session)
{
    m_session = session;
    m_model->setSession(session);
}

void ProblemsPanel::activateRow(int row)
{
    if (const Problem *p = m_model->problem(row))
        emit cellsRequested(p->cells);
}

void ProblemsPanel::explainRow(int row)
{
    const Problem *p = m_model->problem(row);
    if (!p || !m_session || p->severity != Severity::Warning)
        return;
    const auto text = prompts::askText(this, tr("Explain the warning"), p->message(displayLanguage()));
    if (!text)
        return;
    QString error;
    if (!m_session->explain(*p, *text, &error))
        emit message(error);
}

} // namespace nianbao
