// Benchmarks of the storage: importing a full report, rolling four quarters up into the year,
// and opening a database of 300 organizations × 10 years (generated once, kept between runs in
// the folder named by NIANBAO_BENCH_DIR or a temporary one). Run by hand; not a test.

#include "database.h"
#include "interchange.h"
#include "ledger.h"
#include "rollup.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nianbao;

namespace {

ReportData sample(const QString &name)
{
    QFile f(QDir(QStringLiteral(NIANBAO_SOURCE_DIR)).filePath(u"resources/samples/"_s + name + u".json"_s));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample %s", qPrintable(name));
    return *readInterchange(f.readAll()).report;
}

qint64 fileSize(const QString &path)
{
    qint64 total = 0;
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        total += QFileInfo(path + suffix).size();
    return total;
}

} // namespace

class BenchStorage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void importReport();
    void rollUpYear();
    void openLargeDatabase();

private:
    QTemporaryDir m_tmp;
    QString m_dir;
    ReportData m_report;
};

void BenchStorage::initTestCase()
{
    m_dir = qEnvironmentVariable("NIANBAO_BENCH_DIR", m_tmp.path());
    QDir().mkpath(m_dir);
    m_report = sample(u"2024_huaian"_s);
}

void BenchStorage::importReport()
{
    Status s;
    const QString path = QDir(m_tmp.path()).filePath(u"import.sqlite"_s);
    QFile::remove(path);
    auto db = Database::open(path, &s);
    QVERIFY2(db, qPrintable(s.message));
    Ledger ledger(*db);
    int year = 2008;
    // Each iteration writes a new year of the same organization: one transaction, every cell.
    QBENCHMARK {
        m_report.year = year++;
        int id = 0;
        s = ledger.importReport(m_report, false, &id);
    }
    QVERIFY2(s.ok(), qPrintable(s.message));
}

void BenchStorage::rollUpYear()
{
    const FormatPtr format = m_report.format();
    QList<Figures> quarters;
    for (int q = 0; q < 4; ++q)
        quarters << m_report.figures;
    Figures year;
    QBENCHMARK {
        year = nianbao::rollUpYear(format, quarters).completed();
    }
    QCOMPARE(year.value(u"applications.new.total"_s), m_report.figures.value(u"applications.new.total"_s).value() * 4);
}

void BenchStorage::openLargeDatabase()
{
    const QString path = QDir(m_dir).filePath(u"large-300x10.sqlite"_s);
    if (!QFileInfo::exists(path)) {
        QElapsedTimer made;
        made.start();
        Status s;
        auto db = Database::open(path, &s);
        QVERIFY2(db, qPrintable(s.message));
        Ledger ledger(*db);
        ReportData r = m_report;
        for (int org = 0; org < 300; ++org) {
            r.organization.name = u"测试单位%1"_s.arg(org, 3, 10, QChar(u'0'));
            for (int year = 2015; year < 2025; ++year) {
                r.year = year;
                int id = 0;
                s = ledger.importReport(r, false, &id);
                QVERIFY2(s.ok(), qPrintable(s.message));
            }
        }
        QSqlDatabase c = db->connection();
        c.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        qInfo("generated %s in %lld ms", qPrintable(path), made.elapsed());
    }
    qInfo("database size: %.1f MiB", double(fileSize(path)) / (1024 * 1024));
    int organizations = 0;
    QBENCHMARK {
        Status s;
        auto db = Database::open(path, &s);
        Ledger ledger(*db);
        const auto orgs = ledger.organizations();
        organizations = int(orgs.size());
        // What the window shows first: the organization's years and the newest year's figures.
        const auto periods = ledger.periods(orgs.first().id);
        const Figures f = ledger.figures(periods.last());
        Q_UNUSED(f);
    }
    QCOMPARE(organizations, 300);
}

QTEST_GUILESS_MAIN(BenchStorage)
#include "bench_storage.moc"
