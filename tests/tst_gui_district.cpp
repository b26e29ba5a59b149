// The district view of the window, opened from its menu action: every organization of the
// database with its state for the year (valid, warnings, errors, signed, missing), the summary
// tables, the per-unit breakdown of a selected figure, and the export as JSON and PDF.

#include "districttest.h"
#include "districtview.h"
#include "guitest.h"
#include "sqlutil.h"
#include "summarytablemodel.h"

#include <QComboBox>
#include <QFile>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace nianbao;
using namespace districttest;

class TestGuiDistrict : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { guitest::prepare(u"district"_s); }
    void districtViewOfTheDatabase();
};

namespace {

QString cellText(QTableWidget *t, int row, int column)
{
    return t->item(row, column) ? t->item(row, column)->text() : QString();
}

int rowOf(QTableWidget *t, const QString &name)
{
    for (int r = 0; r < t->rowCount(); ++r)
        if (cellText(t, r, 0) == name)
            return r;
    return -1;
}

} // namespace

void TestGuiDistrict::districtViewOfTheDatabase()
{
    QTemporaryDir dir;
    auto window = guitest::openWindow(dir, u"district.sqlite"_s);
    QVERIFY(window);
    Ledger &ledger = *window->ledger();
    const ReportData seed = sample(u"2021_pingtan"_s);
    QList<ReportData> units;
    for (int i = 0; i < 3; ++i)
        units << generatedUnit(seed, u"某区第%1局"_s.arg(i + 1), quint32(77 + i));
    ReportData broken = generatedUnit(seed, u"某区有误局"_s, 99);
    broken.figures.set(u"applications.new.commercial"_s, *broken.figures.value(u"applications.new.commercial"_s) + 2);
    ReportData otherYear = generatedUnit(seed, u"某区缺报局"_s, 5);
    otherYear.year = 2020;
    // 某区第2局 also reported 2020: its 2021 is then checked against it (carried-over figures).
    ReportData before = generatedUnit(seed, u"某区第2局"_s, 11);
    before.year = 2020;
    QList<int> ids;
    QVERIFY(ledger.importReports(units + QList<ReportData>{broken, otherYear, before}, false, &ids).ok());
    // The first unit's PDF was signed.
    {
        QSqlQuery q(ledger.database().connection());
        Status s;
        QVERIFY(runSql(q, u"INSERT INTO signed_file (period_id, sha256, signer, signed_at, file_name) "
                          "VALUES (?, 'x', 'someone', '2022-01-01T00:00:00Z', 'a.pdf')"_s, {ids[0]}, &s));
    }

    QAction *district = window->action(u"district"_s);
    QVERIFY(district && district->isEnabled());
    district->trigger();
    DistrictView *view = window->districtView();
    QVERIFY(view);
    QVERIFY(QTest::qWaitForWindowExposed(view));
    // The newest year is shown first.
    QCOMPARE(view->year(), 2021);
    QCOMPARE(view->yearBox()->currentText(), u"2021"_s);

    QTableWidget *list = view->unitsTable();
    QCOMPARE(list->rowCount(), 5);
    // Every unit's state is what the window's own check of its year says.
    for (int row = 0; row < list->rowCount(); ++row) {
        const auto org = ledger.organizationByName(cellText(list, row, 0));
        QVERIFY(org);
        const auto period = ledger.period(org->id, 2021, 0);
        if (!period)
            continue;
        const Problems problems = ledger.check(*period);
        const int errors = countSeverity(problems, Severity::Error);
        const int warnings = countSeverity(problems, Severity::Warning);
        const auto expected = errors ? DistrictView::UnitState::Errors
            : warnings              ? DistrictView::UnitState::Warnings
                                    : DistrictView::UnitState::Valid;
        QCOMPARE(list->item(row, 2)->data(Qt::UserRole).toInt(), int(expected));
    }
    // The unit with a previous year differs from its generated carried-over figures.
    QVERIFY(list->item(rowOf(list, u"某区第2局"_s), 2)->data(Qt::UserRole).toInt() != int(DistrictView::UnitState::Valid));
    auto state = [&](const QString &name) {
        const int row = rowOf(list, name);
        return row < 0 ? -1 : list->item(row, 2)->data(Qt::UserRole).toInt();
    };
    QCOMPARE(state(u"某区第1局"_s), int(DistrictView::UnitState::Valid));
    QCOMPARE(state(u"某区有误局"_s), int(DistrictView::UnitState::Errors));
    QCOMPARE(state(u"某区缺报局"_s), int(DistrictView::UnitState::Missing));
    QVERIFY(list->item(rowOf(list, u"某区第1局"_s), 3)->data(Qt::UserRole).toBool());
    QVERIFY(!list->item(rowOf(list, u"某区第2局"_s), 3)->data(Qt::UserRole).toBool());
    QVERIFY(!cellText(list, rowOf(list, u"某区第1局"_s), 3).isEmpty());

    // The summary: four units counted (the missing one is not), name from their shared part.
    QVERIFY(view->summary());
    const DistrictSummary &d = *view->summary();
    QCOMPARE(d.units.size(), 4);
    QCOMPARE(d.summary.organization.name, u"某区"_s);
    const QList<ReportData> counted = units + QList<ReportData>{broken};
    const CellDef *granted = d.summary.format()->cell(u"applications.granted.natural_person"_s);
    qint64 sum = 0;
    for (const ReportData &u : counted)
        sum += u.figures.valueOrZero(granted->index);
    QCOMPARE(d.summary.figures.valueOrZero(granted->index), sum);

    // The read-only form of the applications table shows the sum.
    QTableView *apps = view->summaryTable(u"applications"_s);
    QVERIFY(apps);
    QVERIFY(view->showCell(granted->key));
    QCOMPARE(apps->currentIndex().data().toString(), formatRawGrouped(sum, 0));
    QVERIFY(!(apps->model()->flags(apps->currentIndex()) & Qt::ItemIsEditable));
    // Its breakdown: one row per unit, each with its own value.
    QTableWidget *parts = view->breakdownTable();
    QCOMPARE(parts->rowCount(), 4);
    for (int r = 0; r < 4; ++r) {
        const auto it = std::find_if(counted.cbegin(), counted.cend(), [&](const ReportData &u) {
            return u.organization.name == cellText(parts, r, 0);
        });
        QVERIFY(it != counted.cend());
        QCOMPARE(cellText(parts, r, 1), formatRawGrouped(it->figures.valueOrZero(granted->index), 0));
    }
    // Clicking another figure shows its breakdown.
    const CellDef *fees = d.summary.format()->cell(u"proactive.fees.amount"_s);
    QTableView *proactive = view->summaryTable(u"proactive"_s);
    const QModelIndex feeIndex = static_cast<SummaryTableModel *>(proactive->model())->indexOfCell(fees->index);
    QVERIFY(feeIndex.isValid());
    proactive->setCurrentIndex(feeIndex);
    QCOMPARE(parts->rowCount(), 4);
    const int first = rowOf(parts, counted[0].organization.name);
    QVERIFY(first >= 0);
    QCOMPARE(cellText(parts, first, 1), formatRawGrouped(counted[0].figures.valueOrZero(fees->index), fees->decimals));

    // Export: JSON with every unit, and the PDF.
    view->setDistrictName(u"某区人民政府办公室"_s);
    const QString json = dir.filePath(u"district.json"_s);
    QVERIFY(view->exportJson(json));
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const InterchangeResult back = readInterchange(f.readAll());
    QVERIFY2(back.report, qPrintable(back.error));
    QCOMPARE(back.report->organization.name, u"某区人民政府办公室"_s);
    QCOMPARE(back.units.size(), 4);
    QCOMPARE(back.report->figures, d.summary.figures);
    const QString pdf = dir.filePath(u"district.pdf"_s);
    QVERIFY(view->exportPdf(pdf));
    QFile p(pdf);
    QVERIFY(p.open(QIODevice::ReadOnly));
    QVERIFY(p.read(5) == "%PDF-");

    // Another year: only the units that reported it.
    view->yearBox()->setCurrentIndex(view->yearBox()->findData(2020));
    QCOMPARE(view->year(), 2020);
    QVERIFY(view->summary());
    QCOMPARE(view->summary()->units.size(), 2);
    QCOMPARE(state(u"某区第1局"_s), int(DistrictView::UnitState::Missing));
    QCOMPARE(state(u"某区缺报局"_s), int(DistrictView::UnitState::Valid));

    // A grab of the view, for a look.
    view->yearBox()->setCurrentIndex(view->yearBox()->findData(2021));
    view->showCell(granted->key);
    const QString shots = qEnvironmentVariable("NIANBAO_SHOT_DIR");
    if (!shots.isEmpty())
        view->grab().save(shots + u"/district.png"_s);
}

QTEST_MAIN(TestGuiDistrict)
#include "tst_gui_district.moc"
