#include "districtview.h"

#include "districtcontent.h"
#include "interchange.h"
#include "outputfile.h"
#include "pdfwriter.h"
#include "prompts.h"
#include "ruleengine.h"
#include "summarytablemodel.h"

#include <QColor>
#include <QComboBox>
#include <QDate>
#include <QFileDialog>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nianbao {

DistrictView::DistrictView(Ledger *ledger, QWidget *parent) : QWidget(parent), m_ledger(ledger)
{
    setWindowTitle(tr("District summary"));
    m_yearBox = new QComboBox(this);
    m_yearBox->setObjectName(u"districtYear"_s);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"districtName"_s);
    m_name->setPlaceholderText(tr("Name of the district"));
    auto *pdf = new QPushButton(tr("Export &PDF…"), this);
    pdf->setObjectName(u"districtExportPdf"_s);
    auto *json = new QPushButton(tr("Export &JSON…"), this);
    json->setObjectName(u"districtExportJson"_s);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Year:"), this));
    top->addWidget(m_yearBox);
    top->addWidget(new QLabel(tr("District:"), this));
    top->addWidget(m_name, 1);
    top->addWidget(pdf);
    top->addWidget(json);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_units = new QTableWidget(0, 4, this);
    m_units->setObjectName(u"districtUnits"_s);
    m_units->setHorizontalHeaderLabels({tr("Organization"), tr("Status"), tr("Checks"), tr("Signed")});
    m_units->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_units->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_units->verticalHeader()->hide();
    m_units->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    m_tabs = new QTabWidget(this);
    m_breakdownTitle = new QLabel(tr("Select a figure of the summary to see each unit's share."), this);
    m_breakdownTitle->setWordWrap(true);
    m_breakdown = new QTableWidget(0, 2, this);
    m_breakdown->setObjectName(u"districtBreakdown"_s);
    m_breakdown->setHorizontalHeaderLabels({tr("Unit"), tr("Value")});
    m_breakdown->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_breakdown->verticalHeader()->hide();
    m_breakdown->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *breakdownBox = new QWidget(this);
    auto *breakdownLayout = new QVBoxLayout(breakdownBox);
    breakdownLayout->setContentsMargins(0, 0, 0, 0);
    breakdownLayout->addWidget(m_breakdownTitle);
    breakdownLayout->addWidget(m_breakdown);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_tabs);
    right->addWidget(breakdownBox);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    auto *split = new QSplitter(this);
    split->addWidget(m_units);
    split->addWidget(right);
    split->setStretchFactor(1, 2);
    split->setSizes({380, 800});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
    resize(1200, 800);

    connect(pdf, &QPushButton::clicked, this, &DistrictView::exportPdfFromDialog);
    connect(json, &QPushButton::clicked, this, &DistrictView::exportJsonFromDialog);
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (m_summary) {
            m_summary->summary.organization.name = districtName();
            QStringList names;
            for (const DistrictUnit &u : m_summary->units)
                names << u.organization.name;
            m_summary->summary.narrative.insert(m_summary->summary.format()->preamble.key,
                                                districtNote(districtName(), names));
        }
    });
    fillYears();
    connect(m_yearBox, &QComboBox::currentIndexChanged, this, [this] {
        const int y = m_yearBox->currentData().toInt();
        if (y != m_year)
            setYear(y);
    });
    if (m_yearBox->count() > 0)
        setYear(m_yearBox->itemData(0).toInt());
}

void DistrictView::fillYears()
{
    const QSignalBlocker block(m_yearBox);
    m_yearBox->clear();
    for (int y : m_ledger->reportYears())
        m_yearBox->addItem(QString::number(y), y);
}

QString DistrictView::districtName() const
{
    const QString name = m_name->text().trimmed();
    return name.isEmpty() ? m_name->placeholderText() : name;
}

void DistrictView::setDistrictName(const QString &name)
{
    m_name->setText(name);
    emit m_name->editingFinished();
}

QString DistrictView::message() const
{
    return m_message->text();
}

void DistrictView::say(const QString &text)
{
    m_message->setText(text);
    emit messageChanged(text);
}

QTableView *DistrictView::summaryTable(const QString &tableKey) const
{
    for (const auto &[model, view] : m_tables)
        if (model->table().key == tableKey)
            return view;
    return nullptr;
}

void DistrictView::setYear(int year)
{
    m_year = year;
    {
        const QSignalBlocker block(m_yearBox);
        const int at = m_yearBox->findData(year);
        if (at < 0)
            m_yearBox->addItem(QString::number(year), year);
        m_yearBox->setCurrentIndex(m_yearBox->findData(year));
    }
    reload();
}

void DistrictView::reload()
{
    Status s;
    const QList<YearReport> reports = m_ledger->yearReports(m_year, &s);
    if (!s) {
        say(s.message);
        return;
    }
    // Each unit is checked as the window checks it: with its previous year and its overrides.
    const QList<YearReport> previous = m_ledger->yearReports(m_year - 1);
    fillUnits(reports, previous);
    QList<DistrictUnit> units;
    for (const YearReport &r : reports)
        if (r.period)
            units.append({r.organization.profile, r.period->status,
                          r.hasSignedFile ? UnitSignature::Signed : UnitSignature::Unknown, m_year, 0, r.figures,
                          {}});
    QStringList names;
    for (const DistrictUnit &u : units)
        names << u.organization.name;
    m_name->setPlaceholderText(defaultDistrictName(names));
    DistrictResult result = rollUpDistrict(std::move(units), districtName());
    m_summary = std::move(result.summary);
    if (!m_summary)
        say(result.error);
    else
        say(tr("%1 of %n organization(s) counted in the summary of %2.", nullptr, int(reports.size()))
                .arg(m_summary->units.size()).arg(m_year));
    fillSummary();
}

void DistrictView::fillUnits(const QList<YearReport> &reports, const QList<YearReport> &previous)
{
    QHash<int, const YearReport *> before;
    for (const YearReport &p : previous)
        if (p.period)
            before.insert(p.organization.id, &p);
    m_units->setRowCount(int(reports.size()));
    for (int row = 0; row < reports.size(); ++row) {
        const YearReport &r = reports[row];
        auto *name = new QTableWidgetItem(r.organization.profile.name);
        auto *status = new QTableWidgetItem;
        auto *checks = new QTableWidgetItem;
        auto *signedItem = new QTableWidgetItem;
        UnitState state = UnitState::Missing;
        if (!r.period) {
            status->setText(tr("missing"));
            checks->setText(tr("no report for %1").arg(m_year));
            checks->setForeground(Qt::darkGray);
        } else {
            status->setText(r.period->status == PeriodStatus::Final ? tr("final")
                            : r.period->status == PeriodStatus::Submitted ? tr("submitted")
                                                                          : tr("draft"));
            const YearReport *prev = before.value(r.organization.id);
            Problems problems = checkFigures(CheckInput{&r.figures, prev ? &prev->figures : nullptr,
                                                        prev ? PeriodLink::PreviousYear : PeriodLink::None});
            acknowledgeOverrides(problems, *r.figures.format(), r.overrideReasons);
            const int errors = countSeverity(problems, Severity::Error);
            const int warnings = countSeverity(problems, Severity::Warning);
            state = errors ? UnitState::Errors : warnings ? UnitState::Warnings : UnitState::Valid;
            checks->setText(errors ? tr("%n error(s)", nullptr, errors)
                            : warnings ? tr("%n warning(s)", nullptr, warnings)
                                       : tr("valid"));
            if (errors)
                checks->setBackground(QColor(248, 198, 198));
            else if (warnings)
                checks->setBackground(QColor(253, 231, 176));
            signedItem->setText(r.hasSignedFile ? tr("signed") : QString());
        }
        checks->setData(Qt::UserRole, int(state));
        signedItem->setData(Qt::UserRole, r.hasSignedFile);
        m_units->setItem(row, 0, name);
        m_units->setItem(row, 1, status);
        m_units->setItem(row, 2, checks);
        m_units->setItem(row, 3, signedItem);
    }
    m_units->resizeColumnsToContents();
}

void DistrictView::fillSummary()
{
    const FormatPtr format = m_summary ? m_summary->summary.format() : nullptr;
    const QString formatId = format ? format->id : QString();
    if (formatId != m_formatId) {
        m_tabs->clear();
        for (const auto &[model, view] : m_tables) {
            view->deleteLater();
            model->deleteLater();
        }
        m_tables.clear();
        m_formatId = formatId;
        if (format) {
            for (const TableDef &t : format->tables) {
                auto *model = new SummaryTableModel(format, t, this);
                auto *view = new QTableView(this);
                view->setObjectName(u"districtTable_"_s + t.key);
                view->setModel(model);
                view->setEditTriggers(QAbstractItemView::NoEditTriggers);
                view->setSelectionMode(QAbstractItemView::SingleSelection);
                view->horizontalHeader()->hide();
                view->verticalHeader()->hide();
                view->setWordWrap(true);
                for (const GridCell &c : model->grid().cells())
                    if (c.rowSpan > 1 || c.columnSpan > 1)
                        view->setSpan(c.row, c.column, c.rowSpan, c.columnSpan);
                connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                        [this](const QModelIndex &i) {
                            const QVariant cell = i.data(SummaryTableModel::CellIndexRole);
                            showBreakdown(cell.isValid() ? cell.toInt() : -1);
                        });
                m_tabs->addTab(view, t.label);
                m_tables.append({model, view});
            }
        }
    }
    for (const auto &[model, view] : m_tables) {
        model->setFigures(m_summary->summary.figures);
        fitTable(model, view);
    }
    showBreakdown(-1);
}

void DistrictView::fitTable(SummaryTableModel *model, QTableView *view)
{
    // As the forms: the innermost label column holds the long official labels, outer ones a
    // group name; value columns fit their widest figure; rows one line, header rows as needed.
    const QFontMetrics fm(view->font());
    const int ideograph = fm.horizontalAdvance(u"五"_s);
    const int labels = model->grid().labelColumns();
    for (int c = 0; c < model->columnCount(); ++c) {
        int width = c < labels ? ideograph * (c == labels - 1 ? 22 : 4) : ideograph * 5;
        if (c >= labels)
            for (int r = 0; r < model->rowCount(); ++r)
                if (view->columnSpan(r, c) == 1)
                    width = std::max(width, fm.horizontalAdvance(model->index(r, c).data().toString()) + 16);
        view->setColumnWidth(c, width);
    }
    for (int r = 0; r < model->rowCount(); ++r)
        view->setRowHeight(r, fm.height() + 8);
    for (const GridCell &g : model->grid().cells())
        if (g.rowSpan == 1 && (g.kind == GridCell::Kind::ColumnHeader || g.kind == GridCell::Kind::Corner))
            view->resizeRowToContents(g.row);
}

bool DistrictView::showCell(const QString &cellKey)
{
    const CellDef *c = m_summary ? m_summary->summary.format()->cell(cellKey) : nullptr;
    if (!c)
        return false;
    for (int i = 0; i < m_tables.size(); ++i) {
        const auto &[model, view] = m_tables[i];
        if (model->table().key != c->table)
            continue;
        m_tabs->setCurrentIndex(i);
        view->setCurrentIndex(model->indexOfCell(c->index));
        showBreakdown(c->index);
        return true;
    }
    return false;
}

void DistrictView::showBreakdown(int cellIndex)
{
    if (!m_summary || cellIndex < 0) {
        m_breakdown->setRowCount(0);
        m_breakdownTitle->setText(tr("Select a figure of the summary to see each unit's share."));
        return;
    }
    const CellDef &c = m_summary->summary.format()->cells[size_t(cellIndex)];
    const QList<UnitValue> values = m_summary->breakdown(cellIndex);
    m_breakdownTitle->setText(c.label);
    m_breakdown->setRowCount(int(values.size()));
    for (int row = 0; row < values.size(); ++row) {
        m_breakdown->setItem(row, 0, new QTableWidgetItem(values[row].unit));
        auto *value = new QTableWidgetItem(values[row].value ? formatRawGrouped(*values[row].value, c.decimals)
                                                             : QString());
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_breakdown->setItem(row, 1, value);
    }
}

bool DistrictView::exportJson(const QString &path)
{
    if (!m_summary)
        return false;
    if (const Status refused = m_ledger->database().checkOutput(path); !refused) {
        say(refused.message);
        prompts::inform(this, tr("Export JSON"), refused.message);
        return false;
    }
    if (QString error; !writeOutputFile(path, writeInterchange(*m_summary), &error)) {
        say(error);
        prompts::inform(this, tr("Export JSON"), error);
        return false;
    }
    say(tr("%1 written").arg(path));
    return true;
}

bool DistrictView::exportPdf(const QString &path)
{
    if (!m_summary)
        return false;
    if (const Status refused = m_ledger->database().checkOutput(path); !refused) {
        say(refused.message);
        prompts::inform(this, tr("Export PDF"), refused.message);
        return false;
    }
    const PdfResult r = writeReportPdf(buildDistrictContent(*m_summary), path);
    if (!r.ok) {
        say(r.error);
        prompts::inform(this, tr("Export PDF"), r.error);
        return false;
    }
    say(tr("%1 written (%n page(s))", nullptr, r.pages).arg(path));
    return true;
}

void DistrictView::exportJsonFromDialog()
{
    if (!m_summary)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export JSON"),
                                                      u"%1_%2.json"_s.arg(districtName()).arg(m_year),
                                                      tr("Interchange files (*.json)"));
    if (!path.isEmpty())
        exportJson(path);
}

void DistrictView::exportPdfFromDialog()
{
    if (!m_summary)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"),
                                                      u"%1_%2.pdf"_s.arg(districtName()).arg(m_year),
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

} // namespace nianbao
