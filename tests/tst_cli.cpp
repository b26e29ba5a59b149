// The `nianbao` command line, run as a separate process: help, version, `validate` of the samples
// and of every invalid fixture, its JSON output, exit codes for bad usage, and Chinese output.
// Running without arguments opens the window, so every run here names a command or an option.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {

const QString kSourceDir = QStringLiteral(NIANBAO_SOURCE_DIR);
const QString kExe = QStringLiteral(NIANBAO_EXE);
const QString kFixtures = kSourceDir + u"/tests/fixtures/invalid/"_s;
const QString kSamples = kSourceDir + u"/resources/samples/"_s;

struct Result {
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};

// One expected outcome of `nianbao validate` for a fixture of tests/fixtures/invalid.
struct Fixture {
    QString file;
    int exit;
    QString path;          // exit 2: the JSON path named on stderr (empty when not JSON)
    QString rule;          // exit 1: the rule that fires
    int problems;          // exit 1: how many times
    QStringList labels;    // exit 1: official labels named in the messages
    int line = 0;          // exit 2 without a path: the line named on stderr
};

const QList<Fixture> &allFixtures()
{
    static const QList<Fixture> all = {
        {u"applications_balance_broken.json"_s, 1, QString(), u"applications.balance"_s, 2,
         {u"自然人"_s, u"总计"_s, u"一、本年新收政府信息公开申请数量"_s,
          u"二、上年结转政府信息公开申请数量"_s, u"四、结转下年度继续办理"_s, u"（65）"_s}},
        {u"applications_row_total_broken.json"_s, 1, QString(), u"applications.row_total"_s, 2,
         {u"（一）予以公开"_s, u"1.本机关不掌握相关政府信息"_s, u"自然人（27）"_s, u"（31）"_s}},
        {u"applications_results_total_broken.json"_s, 1, QString(), u"applications.results_total"_s,
         2, {u"（七）总计（62）"_s, u"（一）予以公开（27）"_s, u"自然人"_s}},
        {u"review_total_broken.json"_s, 1, QString(), u"review.reconsideration_total"_s, 1,
         {u"行政复议"_s, u"结果维持（1）"_s, u"其他结果（2）"_s, u"总计（4）"_s}},
        {u"negative_count.json"_s, 1, QString(), u"value.nonnegative"_s, 1,
         {u"行政复议"_s, u"结果纠正"_s, u"-1"_s}},
        {u"unknown_key.json"_s, 2, u"$.figures['applications.new.robots']"_s, QString(), 0, {}},
        {u"unknown_top_key.json"_s, 2, u"$.comment"_s, QString(), 0, {}},
        {u"wrong_type.json"_s, 2, u"$.figures['review.cases.direct_upheld']"_s, QString(), 0, {}},
        {u"out_of_range.json"_s, 2, u"$.figures['proactive.licensing.decisions']"_s, QString(), 0, {}},
        {u"bad_quarter.json"_s, 2, u"$.quarter"_s, QString(), 0, {}},
        {u"bad_format.json"_s, 2, u"$.format"_s, QString(), 0, {}},
        {u"amount_too_precise.json"_s, 2, u"$.figures['proactive.fees.amount']"_s, QString(), 0, {}},
        {u"malformed.json"_s, 2, QString(), QString(), 0, {}, 53},
        {u"number_not_json.json"_s, 2, QString(), QString(), 0, {}, 62},
        {u"control_character.json"_s, 2, QString(), QString(), 0, {}, 238},
        {u"name_too_long.json"_s, 2, u"$.organization.name"_s, QString(), 0, {}},
        {u"narrative_too_long.json"_s, 2, u"$.narrative.other"_s, QString(), 0, {}},
        {u"explanation_too_long.json"_s, 2, u"$.explanations[0].text"_s, QString(), 0, {}},
        {u"duplicate_explanation.json"_s, 2, u"$.explanations[1]"_s, QString(), 0, {}},
        {u"noncharacter.json"_s, 2, u"$.organization.address"_s, QString(), 0, {}},
        {u"not_object.json"_s, 2, u"$"_s, QString(), 0, {}},
    };
    return all;
}

class CliRunner
{
public:
    CliRunner()
    {
        // A settings directory of its own, so a saved language of the machine cannot leak in.
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        m_env.insert(u"XDG_CONFIG_HOME"_s, m_home.path());
        m_env.insert(u"HOME"_s, m_home.path());
    }

    Result run(const QStringList &arguments) const
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

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
};

QString describe(const QStringList &arguments, const Result &r)
{
    return u"nianbao %1 → exit %2\n--- stdout\n%3--- stderr\n%4"_s
        .arg(arguments.join(u' '))
        .arg(r.exitCode)
        .arg(r.out, r.err);
}

// Lines like "  error [rule.id] message" of the plain-text report.
QStringList reportedRules(const QString &out)
{
    static const QRegularExpression re(uR"(^\s+\S.*? \[([a-z_]+(?:\.[a-z_]+)+)\] )"_s,
                                       QRegularExpression::MultilineOption);
    QStringList rules;
    for (auto it = re.globalMatch(out); it.hasNext();)
        rules << it.next().captured(1);
    return rules;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void help_data();
    void help();
    void version();
    void samples_data();
    void samples();
    void fixtureList();
    void fixtures_data();
    void fixtures();
    void jsonProblems_data();
    void jsonProblems();
    void jsonSample();
    void jsonStructuralError();
    void jsonAmounts();
    void severalFiles();
    void badUsage_data();
    void badUsage();
    void chineseOutput();

private:
    CliRunner m_cli;
};

void TestCli::initTestCase()
{
    QVERIFY2(QFile::exists(kExe), qPrintable(kExe));
}

void TestCli::help_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("zh") << u"zh"_s;
}

void TestCli::help()
{
    QFETCH(QString, lang);
    for (const QString &option : {u"--help"_s, u"-h"_s}) {
        const QStringList args{u"--lang"_s, lang, option};
        const Result r = m_cli.run(args);
        QVERIFY2(r.finished, qPrintable(describe(args, r)));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"validate"_s), qPrintable(describe(args, r)));
        QVERIFY2(r.out.contains(u"--json"_s), qPrintable(describe(args, r)));
        QVERIFY2(r.out.contains(u"--lang"_s), qPrintable(describe(args, r)));
        QVERIFY2(r.err.isEmpty(), qPrintable(describe(args, r)));
    }
}

void TestCli::version()
{
    for (const QStringList &args : {QStringList{u"--version"_s}, QStringList{u"-v"_s},
                                    QStringList{u"--lang"_s, u"zh"_s, u"--version"_s}}) {
        const Result r = m_cli.run(args);
        QVERIFY2(r.finished, qPrintable(describe(args, r)));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), u"nianbao 0.1.0"_s);
        QVERIFY(r.err.isEmpty());
    }
}

void TestCli::samples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("organization");

    const QList<std::array<QString, 3>> samples = {
        {u"2019_jiading_chengguan.json"_s, u"2019"_s, u"上海市嘉定区城市管理行政执法局"_s},
        {u"2021_pingtan.json"_s, u"2021"_s, u"平潭综合实验区"_s},
        {u"2024_huaian.json"_s, u"2021"_s, u"淮安市人民政府"_s},
    };
    QCOMPARE(QDir(kSamples).entryList({u"*.json"_s}, QDir::Files).size(), samples.size());
    for (const auto &s : samples)
        for (const QString &lang : {u"en"_s, u"zh"_s})
            QTest::newRow(qPrintable(s[0] + u' ' + lang)) << s[0] << lang << s[1] << s[2];
}

void TestCli::samples()
{
    QFETCH(QString, file);
    QFETCH(QString, lang);
    QFETCH(QString, format);
    QFETCH(QString, organization);

    const QString path = kSamples + file;
    const QStringList args{u"--lang"_s, lang, u"validate"_s, path};
    const Result r = m_cli.run(args);
    QVERIFY2(r.finished, qPrintable(describe(args, r)));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(args, r)));
    QVERIFY2(r.err.isEmpty(), qPrintable(describe(args, r)));
    // One summary line naming the file, its format and organization, and no problem lines.
    QVERIFY2(r.out.startsWith(path + u": "_s), qPrintable(describe(args, r)));
    QVERIFY2(r.out.mid(path.size()).contains(format), qPrintable(describe(args, r)));
    QVERIFY2(r.out.mid(path.size()).contains(organization), qPrintable(describe(args, r)));
    QCOMPARE(r.out.trimmed().count(u'\n'), 0);
    QVERIFY(reportedRules(r.out).isEmpty());
}

void TestCli::fixtureList()
{
    // The list of this test, the fixture directory and the README table agree.
    QStringList listed;
    for (const Fixture &f : allFixtures())
        listed << f.file;
    listed.sort();
    QCOMPARE(QDir(kFixtures).entryList({u"*.json"_s}, QDir::Files, QDir::Name), listed);

    QFile readme(kFixtures + u"README.md"_s);
    QVERIFY(readme.open(QIODevice::ReadOnly | QIODevice::Text));
    static const QRegularExpression tick(u"`([^`]+)`"_s);
    QStringList inReadme;
    for (const QString &line : QString::fromUtf8(readme.readAll()).split(u'\n')) {
        if (!line.startsWith(u"| `"_s))
            continue;
        const QStringList cells = line.split(u'|');
        QCOMPARE(cells.size(), 6);
        const QString file = tick.match(cells[1]).captured(1);
        const int exit = cells[4].trimmed().toInt();
        QStringList rules;
        for (auto it = tick.globalMatch(cells[3]); it.hasNext();) {
            const QString token = it.next().captured(1);
            if (token.contains(u'.'))
                rules << token;
        }
        inReadme << file;
        const auto it = std::find_if(allFixtures().begin(), allFixtures().end(),
                                     [&](const Fixture &f) { return f.file == file; });
        QVERIFY2(it != allFixtures().end(), qPrintable(file));
        QCOMPARE(exit, it->exit);
        QCOMPARE(rules, it->rule.isEmpty() ? QStringList() : QStringList{it->rule});
    }
    inReadme.sort();
    QCOMPARE(inReadme, listed);
}

void TestCli::fixtures_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("lang");
    for (qsizetype i = 0; i < allFixtures().size(); ++i)
        for (const QString &lang : {u"en"_s, u"zh"_s})
            QTest::newRow(qPrintable(allFixtures()[i].file + u' ' + lang)) << int(i) << lang;
}

void TestCli::fixtures()
{
    QFETCH(int, index);
    QFETCH(QString, lang);
    const Fixture &f = allFixtures()[index];

    const QString path = kFixtures + f.file;
    const QStringList args{u"--lang"_s, lang, u"validate"_s, path};
    const Result r = m_cli.run(args);
    QVERIFY2(r.finished, qPrintable(describe(args, r)));
    QVERIFY2(r.exitCode == f.exit, qPrintable(describe(args, r)));

    if (f.exit == 2) {
        // Nothing on stdout; stderr names the file and where in it the problem is.
        QVERIFY2(r.out.isEmpty(), qPrintable(describe(args, r)));
        QVERIFY2(r.err.contains(f.file), qPrintable(describe(args, r)));
        if (!f.path.isEmpty())
            QVERIFY2(r.err.contains(path + u": "_s + f.path + u": "_s), qPrintable(describe(args, r)));
        else
            QVERIFY2(r.err.contains(QString::number(f.line)), qPrintable(describe(args, r)));
        return;
    }
    QVERIFY2(r.err.isEmpty(), qPrintable(describe(args, r)));
    QVERIFY2(r.out.startsWith(path + u": "_s), qPrintable(describe(args, r)));
    QCOMPARE(reportedRules(r.out), QStringList(f.problems, f.rule));
    for (const QString &label : f.labels)
        QVERIFY2(r.out.contains(label), qPrintable(u"“%1” missing in\n"_s.arg(label) + describe(args, r)));
}

void TestCli::jsonProblems_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("messageStart");
    QTest::newRow("en") << u"en"_s << u"Applications table, column “自然人”"_s;
    QTest::newRow("zh") << u"zh"_s << u"表“收到和处理政府信息公开申请情况”的“自然人”列"_s;
}

void TestCli::jsonProblems()
{
    QFETCH(QString, lang);
    QFETCH(QString, messageStart);

    const QString path = kFixtures + u"applications_balance_broken.json"_s;
    const QStringList args{u"--lang"_s, lang, u"validate"_s, u"--json"_s, path};
    const Result r = m_cli.run(args);
    QVERIFY2(r.finished, qPrintable(describe(args, r)));
    QCOMPARE(r.exitCode, 1);
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &e);
    QVERIFY2(e.error == QJsonParseError::NoError, qPrintable(describe(args, r)));
    QVERIFY(doc.isObject());
    const QJsonObject o = doc.object();
    QCOMPARE(o.value(u"file"_s).toString(), path);
    QCOMPARE(o.value(u"valid"_s), QJsonValue(false));
    QCOMPARE(o.value(u"format"_s).toString(), u"2021"_s);
    QCOMPARE(o.value(u"errors"_s).toInt(), 2);
    QCOMPARE(o.value(u"warnings"_s).toInt(), 0);
    const QJsonArray problems = o.value(u"problems"_s).toArray();
    QCOMPARE(problems.size(), 2);

    // 自然人: 65 + 0 against 63 + 1; 总计: 71 + 0 against 69 + 1.
    const QJsonObject first = problems.at(0).toObject();
    QCOMPARE(first.value(u"rule"_s).toString(), u"applications.balance"_s);
    QCOMPARE(first.value(u"severity"_s).toString(), u"error"_s);
    QCOMPARE(first.value(u"cells"_s).toArray(),
             (QJsonArray{u"applications.new.natural_person"_s,
                         u"applications.carried_over.natural_person"_s,
                         u"applications.total.natural_person"_s,
                         u"applications.carried_forward.natural_person"_s}));
    QCOMPARE(first.value(u"previous_cells"_s).toArray(), QJsonArray());
    QCOMPARE(first.value(u"left"_s).toString(), u"65"_s);
    QCOMPARE(first.value(u"right"_s).toString(), u"64"_s);
    QCOMPARE(first.value(u"difference"_s).toString(), u"1"_s);
    QVERIFY2(first.value(u"message"_s).toString().startsWith(messageStart),
             qPrintable(first.value(u"message"_s).toString()));

    const QJsonObject second = problems.at(1).toObject();
    QCOMPARE(second.value(u"rule"_s).toString(), u"applications.balance"_s);
    QCOMPARE(second.value(u"cells"_s).toArray().at(0).toString(), u"applications.new.total"_s);
    QCOMPARE(second.value(u"left"_s).toString(), u"71"_s);
    QCOMPARE(second.value(u"right"_s).toString(), u"70"_s);
    QCOMPARE(second.value(u"difference"_s).toString(), u"1"_s);
}

void TestCli::jsonSample()
{
    const QString path = kSamples + u"2019_jiading_chengguan.json"_s;
    const QStringList args{u"--lang"_s, u"en"_s, u"validate"_s, u"--json"_s, path};
    const Result r = m_cli.run(args);
    QVERIFY2(r.finished, qPrintable(describe(args, r)));
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(u"valid"_s), QJsonValue(true));
    QCOMPARE(o.value(u"format"_s).toString(), u"2019"_s);
    QCOMPARE(o.value(u"errors"_s).toInt(-1), 0);
    QCOMPARE(o.value(u"warnings"_s).toInt(-1), 0);
    QVERIFY(o.value(u"problems"_s).isArray());
    QVERIFY(o.value(u"problems"_s).toArray().isEmpty());
}

void TestCli::jsonStructuralError()
{
    const QString path = kFixtures + u"bad_format.json"_s;
    const QStringList args{u"--lang"_s, u"en"_s, u"validate"_s, u"--json"_s, path};
    const Result r = m_cli.run(args);
    QVERIFY2(r.finished, qPrintable(describe(args, r)));
    QCOMPARE(r.exitCode, 2);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(u"file"_s).toString(), path);
    QCOMPARE(o.value(u"valid"_s), QJsonValue(false));
    QCOMPARE(o.value(u"path"_s).toString(), u"$.format"_s);
    QVERIFY(o.value(u"error"_s).toString().contains(u"2030"_s));
    QVERIFY(r.err.contains(u"$.format"_s));
}

void TestCli::jsonAmounts()
{
    // Amounts keep their decimals in left/right/difference: a negative 本年收费金额 in 万元.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile sample(kSamples + u"2021_pingtan.json"_s);
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QByteArray bytes = sample.readAll();
    const QByteArray from = "\"proactive.fees.amount\": \"24252.311082\"";
    QCOMPARE(bytes.count(from), 1);
    bytes.replace(from, "\"proactive.fees.amount\": \"-1.5\"");
    const QString path = dir.filePath(u"negative_fees.json"_s);
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();

    const QStringList args{u"--lang"_s, u"en"_s, u"validate"_s, u"--json"_s, path};
    const Result r = m_cli.run(args);
    QVERIFY2(r.finished, qPrintable(describe(args, r)));
    QCOMPARE(r.exitCode, 1);
    const QJsonArray problems =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"problems"_s).toArray();
    QCOMPARE(problems.size(), 1);
    const QJsonObject p = problems.at(0).toObject();
    QCOMPARE(p.value(u"rule"_s).toString(), u"value.nonnegative"_s);
    QCOMPARE(p.value(u"cells"_s).toArray(), QJsonArray{u"proactive.fees.amount"_s});
    QCOMPARE(p.value(u"left"_s).toString(), u"-1.5"_s);
    QCOMPARE(p.value(u"right"_s).toString(), u"0"_s);
    QCOMPARE(p.value(u"difference"_s).toString(), u"-1.5"_s);
    QVERIFY(p.value(u"message"_s).toString().contains(u"本年收费金额（单位：万元）"_s));
}

void TestCli::severalFiles()
{
    const QString good = kSamples + u"2021_pingtan.json"_s;
    const QString broken = kFixtures + u"review_total_broken.json"_s;
    const QString malformed = kFixtures + u"malformed.json"_s;

    // The worst file decides the exit code; every file is reported.
    const QStringList dataArgs{u"--lang"_s, u"en"_s, u"validate"_s, good, broken};
    const Result data = m_cli.run(dataArgs);
    QVERIFY2(data.finished, qPrintable(describe(dataArgs, data)));
    QCOMPARE(data.exitCode, 1);
    QVERIFY(data.out.contains(good + u": "_s));
    QVERIFY(data.out.contains(broken + u": "_s));
    QCOMPARE(reportedRules(data.out), QStringList{u"review.reconsideration_total"_s});

    const QStringList badArgs{u"--lang"_s, u"en"_s, u"validate"_s, broken, malformed, good};
    const Result bad = m_cli.run(badArgs);
    QVERIFY2(bad.finished, qPrintable(describe(badArgs, bad)));
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.out.contains(broken + u": "_s));
    QVERIFY(bad.out.contains(good + u": "_s));
    QVERIFY(bad.err.contains(malformed + u": "_s));

    // With --json, an array with one result per file, in order.
    const QStringList jsonArgs{u"--lang"_s, u"en"_s, u"validate"_s, u"--json"_s, good, broken};
    const Result json = m_cli.run(jsonArgs);
    QVERIFY2(json.finished, qPrintable(describe(jsonArgs, json)));
    QCOMPARE(json.exitCode, 1);
    const QJsonDocument doc = QJsonDocument::fromJson(json.out.toUtf8());
    QVERIFY2(doc.isArray(), qPrintable(describe(jsonArgs, json)));
    const QJsonArray results = doc.array();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).toObject().value(u"file"_s).toString(), good);
    QCOMPARE(results.at(0).toObject().value(u"valid"_s), QJsonValue(true));
    QCOMPARE(results.at(1).toObject().value(u"valid"_s), QJsonValue(false));
    const QJsonObject problem =
        results.at(1).toObject().value(u"problems"_s).toArray().at(0).toObject();
    QCOMPARE(problem.value(u"rule"_s).toString(), u"review.reconsideration_total"_s);
    QCOMPARE(problem.value(u"left"_s).toString(), u"4"_s);
    QCOMPARE(problem.value(u"right"_s).toString(), u"3"_s);
}

void TestCli::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentioned"); // on stderr

    const QString sample = kSamples + u"2021_pingtan.json"_s;
    const QString missing = kSourceDir + u"/tests/fixtures/no-such-report.json"_s;
    QTest::newRow("missing file") << QStringList{u"--lang"_s, u"en"_s, u"validate"_s, missing}
                                  << missing;
    QTest::newRow("missing file among good ones")
        << QStringList{u"--lang"_s, u"en"_s, u"validate"_s, sample, missing} << missing;
    QTest::newRow("a directory") << QStringList{u"--lang"_s, u"en"_s, u"validate"_s, kFixtures}
                                 << u"invalid"_s;
    QTest::newRow("unknown command") << QStringList{u"--lang"_s, u"en"_s, u"frobnicate"_s}
                                     << u"frobnicate"_s;
    QTest::newRow("unknown command in Chinese") << QStringList{u"--lang"_s, u"zh"_s, u"frobnicate"_s}
                                                << u"frobnicate"_s;
    QTest::newRow("unknown option") << QStringList{u"--lang"_s, u"en"_s, u"--bogus"_s,
                                                   u"validate"_s, sample}
                                    << u"bogus"_s;
    QTest::newRow("unknown option after the command")
        << QStringList{u"--lang"_s, u"en"_s, u"validate"_s, u"--frobnicate"_s, sample}
        << u"frobnicate"_s;
    QTest::newRow("validate without files") << QStringList{u"--lang"_s, u"en"_s, u"validate"_s}
                                            << u"validate"_s;
    QTest::newRow("unknown language") << QStringList{u"--lang"_s, u"fr"_s, u"validate"_s, sample}
                                      << u"fr"_s;
}

void TestCli::badUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentioned);
    const Result r = m_cli.run(args);
    QVERIFY2(r.finished, qPrintable(describe(args, r)));
    QVERIFY2(r.exitCode == 2, qPrintable(describe(args, r)));
    QVERIFY2(r.err.contains(mentioned), qPrintable(describe(args, r)));
}

void TestCli::chineseOutput()
{
    const QString path = kFixtures + u"applications_balance_broken.json"_s;
    const QStringList args{u"--lang"_s, u"zh"_s, u"validate"_s, path};
    const Result r = m_cli.run(args);
    QVERIFY2(r.finished, qPrintable(describe(args, r)));
    QCOMPARE(r.exitCode, 1);
    // The messages come from the format file and are Chinese whatever the translations hold.
    QVERIFY2(r.out.contains(u"表“收到和处理政府信息公开申请情况”的“自然人”列"_s),
             qPrintable(describe(args, r)));
    QVERIFY2(r.out.contains(u"相差1"_s), qPrintable(describe(args, r)));
    QVERIFY2(!r.out.contains(u"Applications table"_s), qPrintable(describe(args, r)));

    // The severity word is the program's own text, from translations/nianbao_zh_CN.ts.
    QVERIFY2(r.out.contains(u"  错误 [applications.balance] "_s), qPrintable(describe(args, r)));
    QVERIFY2(!r.out.contains(u"  error ["_s), qPrintable(describe(args, r)));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
