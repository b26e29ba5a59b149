// Benchmarks of the district roll-up: 300 unit files read, checked and summed (the library path
// of `nianbao rollup`, files on disk), and 1,000 unit-years already in a database read in bulk and
// summed (what the district view does). Run by hand; not a test. With NIANBAO_BENCH_DIR set, the
// unit files are written there and kept, to time the whole `nianbao rollup` command on them.

#include "database.h"
#include "districttest.h"
#include "ledger.h"
#include "unitfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nianbao;
using namespace districttest;

class BenchDistrict : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rollUp300UnitFiles();
    void rollUp1000UnitYearsFromDatabase();

private:
    QTemporaryDir m_tmp;
    QStringList m_files;
    std::unique_ptr<Database> m_db;
};

void BenchDistrict::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    // 300 units of one district, from the two 2021-format samples with varied figures.
    const ReportData bases[] = {sample(u"2021_pingtan"_s), sample(u"2024_huaian"_s)};
    for (int i = 0; i < 300; ++i) {
        ReportData base = bases[i % 2];
        base.year = 2021;
        const ReportData unit = generatedUnit(base, u"某区第%1单位"_s.arg(i + 1), quint32(i + 1));
        const QString dir = qEnvironmentVariable("NIANBAO_BENCH_DIR", m_tmp.path());
        QDir().mkpath(dir);
        const QString path = QDir(dir).filePath(u"unit%1.json"_s.arg(i + 1, 3, 10, QChar(u'0')));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(writeInterchange(unit)) > 0);
        m_files << path;
    }
    // 1,000 organizations with their 2021 report (and 2020, so the year is not alone).
    QElapsedTimer timer;
    timer.start();
    Status s;
    m_db = Database::open(QDir(m_tmp.path()).filePath(u"district.sqlite"_s), &s);
    QVERIFY2(m_db, qPrintable(s.message));
    Ledger ledger(*m_db);
    for (int year : {2020, 2021}) {
        QList<ReportData> reports;
        for (int i = 0; i < 1000; ++i) {
            ReportData base = bases[i % 2];
            base.year = year;
            reports << generatedUnit(base, u"某区第%1单位"_s.arg(i + 1), quint32(year * 7919 + i));
        }
        QList<int> ids;
        s = ledger.importReports(reports, false, &ids);
        QVERIFY2(s.ok(), qPrintable(s.message));
    }
    qInfo("generated 300 files and a database of 1,000 organizations x 2 years in %lld ms", timer.elapsed());
}

void BenchDistrict::rollUp300UnitFiles()
{
    int errors = 0;
    std::optional<DistrictSummary> summary;
    QBENCHMARK {
        QList<DistrictUnit> units;
        errors = 0;
        for (const QString &file : m_files) {
            const UnitFile unit = loadUnitFile(file);
            QVERIFY2(unit.report, qPrintable(unit.error));
            errors += errorCount(unit.report->figures);
            units << districtUnit(unit, file);
        }
        DistrictResult r = rollUpDistrict(std::move(units), {});
        QVERIFY2(r.summary, qPrintable(r.error));
        errors += errorCount(r.summary->summary.figures);
        summary = std::move(r.summary);
    }
    QCOMPARE(errors, 0);
    QCOMPARE(summary->units.size(), 300);
}

void BenchDistrict::rollUp1000UnitYearsFromDatabase()
{
    Ledger ledger(*m_db);
    std::optional<DistrictSummary> summary;
    QBENCHMARK {
        Status s;
        const QList<YearReport> reports = ledger.yearReports(2021, &s);
        QVERIFY2(s.ok(), qPrintable(s.message));
        const QList<YearReport> previous = ledger.yearReports(2020, &s);
        QList<DistrictUnit> units;
        int errors = 0;
        for (qsizetype i = 0; i < reports.size(); ++i) {
            const YearReport &r = reports[i];
            // The view shows each unit's state, checked with its previous year.
            Problems problems = checkFigures(CheckInput{&r.figures, &previous[i].figures, PeriodLink::PreviousYear});
            acknowledgeOverrides(problems, *r.figures.format(), r.overrideReasons);
            errors += countSeverity(problems, Severity::Error);
            units.append({r.organization.profile, r.period->status, UnitSignature::Unknown, 2021, 0, r.figures, {}});
        }
        DistrictResult d = rollUpDistrict(std::move(units), {});
        QVERIFY2(d.summary, qPrintable(d.error));
        summary = std::move(d.summary);
        Q_UNUSED(errors);
    }
    QCOMPARE(summary->units.size(), 1000);
}

QTEST_GUILESS_MAIN(BenchDistrict)
#include "bench_district.moc"
