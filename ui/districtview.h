#pragma once
// The district view: for a chosen year, every organization of the database with its state
// (valid, warnings, errors, signed, missing), the summary of all their annual reports as the
// official tables (read-only), the per-unit breakdown of the selected figure, and the summary's
// export as PDF and as interchange JSON (with every unit's figures).

#include "districtrollup.h"
#include "ledger.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace nianbao {

class SummaryTableModel;

class DistrictView : public QWidget
{
    Q_OBJECT
public:
    // The state of one organization for the year; stored in the units table's UserRole.
    enum class UnitState { Valid, Warnings, Errors, Missing };

    explicit DistrictView(Ledger *ledger, QWidget *parent = nullptr);

    // Reads the year again from the database.
    void setYear(int year);
    int year() const { return m_year; }
    void reload();
    QString districtName() const;
    void setDistrictName(const QString &name);

    const std::optional<DistrictSummary> &summary() const { return m_summary; }
    QString message() const;                 // why there is no summary, or what it holds
    QTableWidget *unitsTable() const { return m_units; }
    QTableWidget *breakdownTable() const { return m_breakdown; }
    QTableView *summaryTable(const QString &tableKey) const;
    QComboBox *yearBox() const { return m_yearBox; }
    // Selects a summary figure and shows its breakdown.
    bool showCell(const QString &cellKey);

    bool exportJson(const QString &path);
    bool exportPdf(const QString &path);

signals:
    void messageChanged(const QString &text);

private:
    void fillYears();
    void fillUnits(const QList<YearReport> &reports, const QList<YearReport> &previous);
    void fillSummary();
    static void fitTable(SummaryTableModel *model, QTableView *view);
    void showBreakdown(int cellIndex);
    void exportJsonFromDialog();
    void exportPdfFromDialog();
    void say(const QString &text);

    Ledger *m_ledger;
    int m_year = 0;
    std::optional<DistrictSummary> m_summary;
    QComboBox *m_yearBox;
    QLineEdit *m_name;
    QLabel *m_message;
    QTableWidget *m_units;
    QTabWidget *m_tabs;
    QTableWidget *m_breakdown;
    QLabel *m_breakdownTitle;
    QList<std::pair<SummaryTableModel *, QTableView *>> m_tables;
    QString m_formatId;
};

} // namespace nianbao
