// `nianbao rollup` as a separate process: the summary's JSON (which `nianbao validate` accepts and
// which holds every unit's figures), the PDF with its appendix, the import into --db, and the exit
// codes: 0, 1 when a unit has rule errors (the files are still written), 2 for unreadable units or
// a refused mix (nothing written).

#include "database.h"
#include "districttest.h"
#include "ledger.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nianbao;
using namespace districttest;

namespace {

struct Result {
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestDistrictCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rollsUpUnitFiles();
    void importsIntoTheDatabase();
    void rollsUpPortalPackages();
    void unitWithErrorsStillWritten();
    void refusedWritesNothing_data();
    void refusedWritesNothing();

private:
    Result run(const QStringList &arguments) const;
    QString writeUnit(const ReportData &r, const QString &file) const;
    QString describe(const Result &r) const { return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(r.exitCode).arg(r.out, r.err); }

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QStringList m_units;
    QList<ReportData> m_reports;
};

void TestDistrictCli::initTestCase()
{
    QVERIFY(m_home.isValid() && m_dir.isValid());
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    m_env.insert(u"XDG_CONFIG_HOME"_s, m_home.path());
    m_env.insert(u"XDG_DATA_HOME"_s, m_home.path());
    m_env.insert(u"HOME"_s, m_home.path());
    const ReportData seed = sample(u"2021_pingtan"_s);
    for (int i = 0; i < 4; ++i) {
        m_reports << generatedUnit(seed, u"平潭综合实验区第%1局"_s.arg(i + 1), quint32(300 + i));
        m_reports.last().status = PeriodStatus::Submitted; // a final period is not replaced
        m_units << writeUnit(m_reports.last(), u"unit%1.json"_s.arg(i + 1));
    }
}

Result TestDistrictCli::run(const QStringList &arguments) const
{
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.start(QStringLiteral(NIANBAO_EXE), arguments);
    Result r;
    r.finished = p.waitForFinished(120'000) && p.exitStatus() == QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString TestDistrictCli::writeUnit(const ReportData &r, const QString &file) const
{
    const QString path = m_dir.filePath(file);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(writeInterchange(r)) < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestDistrictCli::rollsUpUnitFiles()
{
    const QString json = m_dir.filePath(u"district.json"_s);
    const QString pdf = m_dir.filePath(u"district.pdf"_s);
    const QString html = m_dir.filePath(u"district.html"_s);
    const Result r = run(QStringList{u"rollup"_s} + m_units + QStringList{u"-o"_s, json, u"--pdf"_s, pdf, u"--html"_s, html});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r)));
    // The default name: the units' shared 平潭综合实验区.
    QVERIFY2(r.out.contains(u"平潭综合实验区"_s), qPrintable(r.out));

    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const InterchangeResult back = readInterchange(f.readAll());
    QVERIFY2(back.report, qPrintable(back.error));
    QCOMPARE(back.report->organization.name, u"平潭综合实验区"_s);
    QCOMPARE(back.units.size(), m_reports.size());
    for (qsizetype i = 0; i < m_reports.size(); ++i)
        QCOMPARE(back.units[i].figures, m_reports[i].figures.completed());
    for (const CellDef &c : back.report->format()->cells) {
        qint64 sum = 0;
        for (const ReportData &u : m_reports)
            sum += u.figures.completed().valueOrZero(c.index);
        QCOMPARE(back.report->figures.valueOrZero(c.index), sum);
    }
    // The summary is a valid interchange file for validate, and for the JSON Schema.
    const Result v = run({u"validate"_s, json});
    QVERIFY2(v.exitCode == 0, qPrintable(describe(v)));
    QProcess schema;
    schema.start(u"/usr/bin/python3"_s,
                 {u"-c"_s, u"import json, sys; from jsonschema import Draft202012Validator as V; "
                           "V(json.load(open(sys.argv[1]))).validate(json.load(open(sys.argv[2])))"_s,
                  QStringLiteral(NIANBAO_SOURCE_DIR) + u"/resources/schema/report.schema.json"_s, json});
    QVERIFY(schema.waitForFinished(60'000));
    QVERIFY2(schema.exitCode() == 0, schema.readAllStandardError().constData());

    // The PDF: the summary's title and the appendix naming every unit.
    QFile p(pdf);
    QVERIFY(p.open(QIODevice::ReadOnly));
    QVERIFY(p.read(5) == "%PDF-");
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QProcess t;
    t.start(pdftotext, {u"-layout"_s, pdf, u"-"_s});
    QVERIFY(t.waitForFinished(60'000));
    const QString text = QString::fromUtf8(t.readAllStandardOutput()).remove(u' ');
    QVERIFY(text.contains(u"平潭综合实验区"_s));
    QVERIFY(text.contains(u"附表：各单位数据"_s));
    for (const ReportData &u : m_reports)
        QVERIFY2(text.contains(u.organization.name), qPrintable(u.organization.name));

    // The portal page: the summary and every unit of the appendix.
    QFile h(html);
    QVERIFY(h.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(h.readAll());
    QVERIFY(page.contains(u"<html"_s) && page.contains(u"附表：各单位数据"_s));
    for (const ReportData &u : m_reports)
        QVERIFY(page.contains(u.organization.name));

    // --name gives the district's name.
    const Result named = run(QStringList{u"rollup"_s} + m_units + QStringList{u"-o"_s, json, u"--name"_s, u"平潭汇总"_s});
    QVERIFY2(named.exitCode == 0, qPrintable(describe(named)));
    QVERIFY(f.seek(0) || true);
    f.close();
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(readInterchange(f.readAll()).report->organization.name, u"平潭汇总"_s);
}

void TestDistrictCli::importsIntoTheDatabase()
{
    const QString db = m_dir.filePath(u"district.sqlite"_s);
    const QString json = m_dir.filePath(u"imported.json"_s);
    Result r = run(QStringList{u"--db"_s, db, u"rollup"_s} + m_units + QStringList{u"-o"_s, json});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    {
        Status s;
        auto database = Database::open(db, &s);
        QVERIFY2(database, qPrintable(s.message));
        Ledger ledger(*database);
        const QList<YearReport> year = ledger.yearReports(2021);
        QCOMPARE(year.size(), m_reports.size());
        for (const YearReport &y : year) {
            QVERIFY(y.period);
            const auto it = std::find_if(m_reports.cbegin(), m_reports.cend(), [&](const ReportData &u) {
                return u.organization.name == y.organization.profile.name;
            });
            QVERIFY(it != m_reports.cend());
            QCOMPARE(y.figures, it->figures.completed());
        }
    }
    // Again without --replace: the units exist, nothing is imported and nothing written.
    QFile::remove(json);
    r = run(QStringList{u"--db"_s, db, u"rollup"_s} + m_units + QStringList{u"-o"_s, json});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QFile::exists(json));
    r = run(QStringList{u"--db"_s, db, u"rollup"_s} + m_units + QStringList{u"-o"_s, json, u"--replace"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(QFile::exists(json));
}

void TestDistrictCli::rollsUpPortalPackages()
{
    // Two units sent as portal packages (exported from a unit's database), two as JSON files.
    const QString unitDb = m_dir.filePath(u"units.sqlite"_s);
    Result r = run({u"--db"_s, unitDb, u"import"_s, m_units.at(0), m_units.at(1)});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QStringList packages;
    for (int i = 0; i < 2; ++i) {
        packages << m_dir.filePath(u"unit%1.zip"_s.arg(i + 1));
        r = run({u"--db"_s, unitDb, u"export"_s, u"--org"_s, m_reports[i].organization.name, u"--year"_s, u"2021"_s,
                 u"-o"_s, packages.last()});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    }
    const QString json = m_dir.filePath(u"packages.json"_s);
    r = run(QStringList{u"rollup"_s} + packages + QStringList{m_units.at(2), m_units.at(3), u"-o"_s, json});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const InterchangeResult back = readInterchange(f.readAll());
    QVERIFY2(back.report, qPrintable(back.error));
    QCOMPARE(back.units.size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(back.units[i].organization.name, m_reports[i].organization.name);
        QCOMPARE(back.units[i].figures, m_reports[i].figures.completed());
    }
    // What is known of the packages' PDFs travels with them: exported unsigned.
    QCOMPARE(back.units[0].signature, UnitSignature::Unsigned);
    QCOMPARE(back.units[1].signature, UnitSignature::Unsigned);
    QCOMPARE(back.units[2].signature, UnitSignature::Unknown);

    // A broken package is refused like an unreadable file: nothing written.
    const QString broken = m_dir.filePath(u"broken.zip"_s);
    QFile zip(packages.first());
    QVERIFY(zip.open(QIODevice::ReadOnly));
    QByteArray bytes = zip.readAll();
    bytes.truncate(bytes.size() / 2);
    QFile out(broken);
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size());
    out.close();
    QFile::remove(json);
    r = run({u"rollup"_s, broken, m_units.at(2), u"-o"_s, json});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"broken.zip"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(json));
}

void TestDistrictCli::unitWithErrorsStillWritten()
{
    ReportData broken = m_reports.first();
    broken.organization.name = u"平潭综合实验区有误局"_s;
    broken.figures.set(u"applications.new.natural_person"_s, *broken.figures.value(u"applications.new.natural_person"_s) + 1);
    const QString unit = writeUnit(broken, u"broken.json"_s);
    const QString json = m_dir.filePath(u"witherrors.json"_s);
    const Result r = run({u"--lang"_s, u"en"_s, u"rollup"_s, m_units.at(1), unit, u"-o"_s, json});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(u"applications.balance"_s) || r.out.contains(u"applications.row_total"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(unit));
    QVERIFY(QFile::exists(json));
}

void TestDistrictCli::refusedWritesNothing_data()
{
    QTest::addColumn<QStringList>("units");
    QTest::addColumn<QString>("named");
    ReportData other = sample(u"2024_huaian"_s);
    QTest::newRow("different years") << QStringList{m_units.at(0), writeUnit(other, u"huaian.json"_s)} << u"淮安市人民政府"_s;
    ReportData jiading = sample(u"2019_jiading_chengguan"_s);
    jiading.year = 2021;
    QTest::newRow("different formats") << QStringList{m_units.at(0), writeUnit(jiading, u"jiading.json"_s)}
                                       << u"上海市嘉定区城市管理行政执法局"_s;
    QTest::newRow("the same unit twice") << QStringList{m_units.at(0), m_units.at(0)} << m_units.at(0);
    QTest::newRow("missing file") << QStringList{m_units.at(0), m_dir.filePath(u"nothere.json"_s)} << u"nothere.json"_s;
    QTest::newRow("not a report") << QStringList{m_units.at(0), QStringLiteral(NIANBAO_SOURCE_DIR) + u"/tests/fixtures/invalid/malformed.json"_s}
                                  << u"malformed.json"_s;
}

void TestDistrictCli::refusedWritesNothing()
{
    QFETCH(QStringList, units);
    QFETCH(QString, named);
    const QString json = m_dir.filePath(u"refused.json"_s);
    const QString pdf = m_dir.filePath(u"refused.pdf"_s);
    const QString db = m_dir.filePath(u"refused.sqlite"_s);
    const Result r = run(QStringList{u"--db"_s, db, u"rollup"_s} + units + QStringList{u"-o"_s, json, u"--pdf"_s, pdf});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(named), qPrintable(r.err));
    QVERIFY(!QFile::exists(json));
    QVERIFY(!QFile::exists(pdf));
    QVERIFY(!QFile::exists(db));
}

QTEST_GUILESS_MAIN(TestDistrictCli)
#include "tst_district_cli.moc"
