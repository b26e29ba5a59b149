// Benchmarks of the portal package: the seed report's package made from the database (PDF, HTML,
// JSON, spreadsheet, manifest, ZIP), and a package read and checked, and imported into the
// database. Run by hand; not a test.

#include "database.h"
#include "importer.h"
#include "installdirs.h"
#include "interchange.h"
#include "ledger.h"
#include "packagereader.h"
#include "portalpackage.h"
#include "reportfonts.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nianbao;

class BenchPackage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void exportPackage();
    void readPackage();
    void importPackage();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Ledger> m_ledger;
    int m_period = 0;
    QByteArray m_package;
    QString m_packagePath;
};

void BenchPackage::initTestCase()
{
    // Not one folder below the build folder as the tests are: told where the fonts are.
    setInstallPrefix(QStringLiteral(NIANBAO_TEST_PREFIX));
    QFile f(QStringLiteral(NIANBAO_SOURCE_DIR) + u"/resources/samples/2019_jiading_chengguan.json"_s);
    QVERIFY(f.open(QIODevice::ReadOnly));
    Status s;
    m_db = Database::open(m_dir.filePath(u"bench.sqlite"_s), &s);
    QVERIFY2(m_db, qPrintable(s.message));
    m_ledger = std::make_unique<Ledger>(*m_db);
    // A draft, so that the package imported again replaces it.
    ReportData seed = *readInterchange(f.readAll()).report;
    seed.status = PeriodStatus::Draft;
    QVERIFY(m_ledger->importReport(seed, false, &m_period).ok());
    QVERIFY(ReportFonts::load().ok()); // once per process, not part of what is measured
    const PackageBuild b = buildPortalPackage(*m_ledger, m_period);
    QVERIFY2(b.ok(), qPrintable(b.message));
    m_package = b.bytes;
    m_packagePath = m_dir.filePath(u"seed.zip"_s);
    QFile out(m_packagePath);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(m_package);
    qInfo("seed package: %lld bytes", qint64(m_package.size()));
    for (const PackageFile &file : b.manifest.files)
        qInfo("  %s: %lld bytes", qPrintable(file.name), file.size);
}

void BenchPackage::exportPackage()
{
    QBENCHMARK {
        const PackageBuild b = buildPortalPackage(*m_ledger, m_period);
        QVERIFY(b.ok());
    }
}

void BenchPackage::readPackage()
{
    QBENCHMARK {
        const PackageReadResult r = nianbao::readPackage(m_package);
        QVERIFY(r.package);
    }
}

void BenchPackage::importPackage()
{
    QBENCHMARK {
        const ImportOutcome o = importFiles(*m_ledger, {m_packagePath}, true);
        QVERIFY(o.ok);
    }
}

QTEST_MAIN(BenchPackage)
#include "bench_package.moc"
