// `nianbao render` and `nianbao report`, run as separate processes: a sample becomes a PDF, bad
// input or an output folder that does not exist fails with exit code 2 and leaves no file, and a
// report printed from the database after `import` reads exactly like the render of its file.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kSourceDir = QStringLiteral(NIANBAO_SOURCE_DIR);
const QString kExe = QStringLiteral(NIANBAO_EXE);
const QString kSamples = kSourceDir + u"/resources/samples/"_s;

struct Result {
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestReportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void renderSample_data();
    void renderSample();
    void renderMalformed();
    void renderKeepsExistingFileOnFailure();
    void renderIntoMissingFolder();
    void renderUsage();
    void reportFromDatabase_data();
    void reportFromDatabase();
    void reportOfMissingPeriod();
    void reportOfQuarter();

private:
    Result run(const QStringList &arguments) const;
    QString pdfText(const QString &pdf) const;
    QString describe(const QStringList &arguments, const Result &r) const;

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QString m_pdftotext;
    QString m_db;
};

void TestReportCli::initTestCase()
{
    QVERIFY(m_home.isValid() && m_dir.isValid());
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    m_env.insert(u"XDG_CONFIG_HOME"_s, m_home.path());
    m_env.insert(u"XDG_DATA_HOME"_s, m_home.path());
    m_env.insert(u"HOME"_s, m_home.path());
    m_pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    // One database holding the three samples, for `report`.
    m_db = m_dir.filePath(u"reports.sqlite"_s);
    QStringList import = {u"--db"_s, m_db, u"import"_s};
    for (const QString &name : {u"2019_jiading_chengguan"_s, u"2021_pingtan"_s, u"2024_huaian"_s})
        import << kSamples + name + u".json"_s;
    const Result r = run(import);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(import, r)));
}

Result TestReportCli::run(const QStringList &arguments) const
{
    Result r;
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.start(kExe, arguments);
    if (!p.waitForStarted(10'000))
        return r;
    r.finished = p.waitForFinished(60'000) && p.exitStatus() == QProcess::NormalExit;
    if (!r.finished) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString TestReportCli::pdfText(const QString &pdf) const
{
    QProcess p;
    p.start(m_pdftotext, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    if (!p.waitForFinished(60'000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString TestReportCli::describe(const QStringList &arguments, const Result &r) const
{
    return u"nianbao %1 → exit %2\n--- stdout\n%3--- stderr\n%4"_s.arg(arguments.join(u' ')).arg(r.exitCode).arg(r.out, r.err);
}

void TestReportCli::renderSample_data()
{
    QTest::addColumn<QString>("sample");
    for (const QString &name : {u"2019_jiading_chengguan"_s, u"2021_pingtan"_s, u"2024_huaian"_s})
        QTest::newRow(qPrintable(name)) << name;
}

void TestReportCli::renderSample()
{
    QFETCH(QString, sample);
    const QString out = m_dir.filePath(u"render-"_s + sample + u".pdf"_s);
    const QStringList args = {u"render"_s, kSamples + sample + u".json"_s, u"-o"_s, out};
    const Result r = run(args);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(args, r)));
    const QByteArray pdf = readFile(out);
    QVERIFY2(pdf.startsWith("%PDF-"), qPrintable(describe(args, r)));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    // Nothing is left beside it (QSaveFile writes a temporary file first).
    const QStringList left = QDir(m_dir.path()).entryList({u"render-"_s + sample + u".pdf*"_s}, QDir::Files | QDir::Hidden);
    QCOMPARE(left, QStringList({u"render-"_s + sample + u".pdf"_s}));
}

void TestReportCli::renderMalformed()
{
    const QString out = m_dir.filePath(u"malformed.pdf"_s);
    const QStringList args = {u"render"_s, kSourceDir + u"/tests/fixtures/invalid/malformed.json"_s, u"-o"_s, out};
    const Result r = run(args);
    QVERIFY2(r.finished && r.exitCode == 2, qPrintable(describe(args, r)));
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY2(r.err.contains(u"malformed.json"_s), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestReportCli::renderKeepsExistingFileOnFailure()
{
    const QString out = m_dir.filePath(u"kept.pdf"_s);
    {
        QFile f(out);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("an earlier file");
    }
    const QStringList args = {u"render"_s, kSourceDir + u"/tests/fixtures/invalid/not_object.json"_s, u"-o"_s, out};
    const Result r = run(args);
    QVERIFY2(r.finished && r.exitCode == 2, qPrintable(describe(args, r)));
    QCOMPARE(readFile(out), QByteArray("an earlier file"));
}

void TestReportCli::renderIntoMissingFolder()
{
    const QString out = m_dir.filePath(u"no-such-folder/report.pdf"_s);
    const QStringList args = {u"render"_s, kSamples + u"2021_pingtan.json"_s, u"-o"_s, out};
    const Result r = run(args);
    QVERIFY2(r.finished && r.exitCode == 2, qPrintable(describe(args, r)));
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"no-such-folder"_s)));
    // The message names the file it could not write.
    QVERIFY2(r.err.contains(out), qPrintable(r.err));
}

void TestReportCli::renderUsage()
{
    for (const QStringList &args : {QStringList{u"render"_s, kSamples + u"2021_pingtan.json"_s},
                                    QStringList{u"render"_s, u"-o"_s, m_dir.filePath(u"x.pdf"_s)}}) {
        const Result r = run(args);
        QVERIFY2(r.finished && r.exitCode == 2, qPrintable(describe(args, r)));
        QVERIFY(!r.err.isEmpty());
    }
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"x.pdf"_s)));
}

void TestReportCli::reportFromDatabase_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("organization");
    QTest::addColumn<int>("year");
    QTest::newRow("2019_jiading_chengguan") << u"2019_jiading_chengguan"_s << u"上海市嘉定区城市管理行政执法局"_s << 2019;
    QTest::newRow("2021_pingtan") << u"2021_pingtan"_s << u"平潭综合实验区"_s << 2021;
    QTest::newRow("2024_huaian") << u"2024_huaian"_s << u"淮安市人民政府"_s << 2024;
}

void TestReportCli::reportFromDatabase()
{
    QFETCH(QString, sample);
    QFETCH(QString, organization);
    QFETCH(int, year);
    if (m_pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString fromFile = m_dir.filePath(u"file-"_s + sample + u".pdf"_s);
    const QString fromDb = m_dir.filePath(u"db-"_s + sample + u".pdf"_s);
    const QStringList render = {u"render"_s, kSamples + sample + u".json"_s, u"-o"_s, fromFile};
    const Result a = run(render);
    QVERIFY2(a.finished && a.exitCode == 0, qPrintable(describe(render, a)));
    const QStringList report = {u"--db"_s, m_db, u"report"_s, u"--org"_s, organization, u"--year"_s,
                                QString::number(year), u"-o"_s, fromDb};
    const Result b = run(report);
    QVERIFY2(b.finished && b.exitCode == 0, qPrintable(describe(report, b)));
    const QString expected = pdfText(fromFile);
    QVERIFY(expected.contains(organization));
    QCOMPARE(pdfText(fromDb), expected);
}

void TestReportCli::reportOfMissingPeriod()
{
    const QString out = m_dir.filePath(u"missing.pdf"_s);
    const QStringList args = {u"--db"_s, m_db, u"report"_s, u"--org"_s, u"淮安市人民政府"_s, u"--year"_s, u"2023"_s,
                              u"-o"_s, out};
    const Result r = run(args);
    QVERIFY2(r.finished && r.exitCode == 2, qPrintable(describe(args, r)));
    QVERIFY(!r.err.isEmpty());
    QVERIFY(!QFileInfo::exists(out));
}

void TestReportCli::reportOfQuarter()
{
    if (m_pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    // The first two quarters of 2024 in Huai'an, each with the year's figures: the report of the
    // second gives each table for the quarter and for the year so far.
    const QJsonObject sample = QJsonDocument::fromJson(readFile(kSamples + u"2024_huaian.json"_s)).object();
    QVERIFY(!sample.isEmpty());
    QStringList import = {u"--db"_s, m_dir.filePath(u"quarters.sqlite"_s), u"import"_s};
    for (int q : {1, 2}) {
        QJsonObject o = sample;
        o.insert(u"quarter"_s, q);
        const QString path = m_dir.filePath(u"huaian-q%1.json"_s.arg(q));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(o).toJson());
        import << path;
    }
    const Result imported = run(import);
    // The second quarter's carried-over figures do not follow from the first's: stored, with errors.
    QVERIFY2(imported.finished && (imported.exitCode == 0 || imported.exitCode == 1), qPrintable(describe(import, imported)));
    const QString out = m_dir.filePath(u"q2.pdf"_s);
    const QStringList args = {u"--db"_s, m_dir.filePath(u"quarters.sqlite"_s), u"report"_s, u"--org"_s,
                              u"淮安市人民政府"_s, u"--year"_s, u"2024"_s, u"--quarter"_s, u"2"_s, u"-o"_s, out};
    const Result r = run(args);
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(args, r)));
    const QString text = pdfText(out);
    QVERIFY2(text.startsWith(u"淮安市人民政府\n2024年第2季度政府信息公开工作情况\n"_s), qPrintable(text.left(200)));
    QCOMPARE(text.count(u"（本期）"_s), 3);
    QCOMPARE(text.count(u"（本年累计：第1至第2季度）"_s), 3);
    // 本年新收: 3119 in the quarter, 6238 in the two.
    QVERIFY(text.contains(u"一、本年新收政府信息公开申请数量 3001 53 0 0 61 4 3119"_s));
    QVERIFY(text.contains(u"一、本年新收政府信息公开申请数量 6002 106 0 0 122 8 6238"_s));
}

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_report_cli.moc"
