// Benchmarks of the core: loading a format file, checking a report's figures (one period and
// against a previous year), deriving the computed cells, and reading an interchange file.
// Run by hand (see README.md); they are not registered as tests.

#include "figures.h"
#include "formatloader.h"
#include "formatregistry.h"
#include "interchange.h"
#include "ruleengine.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;
using namespace nianbao;

namespace {

QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(NIANBAO_SOURCE_DIR)).filePath(relative);
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

const QStringList kFormats = {u"2019"_s, u"2021"_s};
const QStringList kSamples = {u"2021_pingtan"_s, u"2024_huaian"_s, u"2019_jiading_chengguan"_s};

// A previous year that satisfies every cross-period rule of the format against `current`: a
// copy of the current figures in which, for each check, the last previous-period term takes
// up the difference. The cross-period rules are then all evaluated but none reports a
// problem, so the benchmark measures the checks rather than the writing of messages.
Figures consistentPreviousYear(const Figures &current)
{
    Figures previous = current;
    const Figures cur = current.completed();
    const FormatDefinition &f = *current.format();
    auto sideSum = [&](const std::vector<Term> &terms) {
        qint64 sum = 0;
        for (const Term &t : terms) {
            const qint64 v = t.previous ? previous.value(t.key).value_or(0)
                                        : cur.valueOrZero(t.cell);
            sum += t.coefficient * v;
        }
        return sum;
    };
    for (const RuleDef &rule : f.rules) {
        if (!rule.crossPeriod || rule.when == RuleDef::When::PreviousQuarter)
            continue;
        for (const Check &check : rule.checks) {
            const Term *free = nullptr;
            bool onLeft = false;
            for (const auto *side : {&check.lhs, &check.rhs})
                for (const Term &t : *side)
                    if (t.previous) {
                        free = &t;
                        onLeft = side == &check.lhs;
                    }
            if (!free)
                continue;
            const qint64 difference = sideSum(check.lhs) - sideSum(check.rhs);
            const qint64 now = previous.value(free->key).value_or(0);
            // coefficient is ±1, so multiplying by it is the same as dividing
            const qint64 change = (onLeft ? -difference : difference) * free->coefficient;
            previous.set(free->key, now + change);
        }
    }
    return previous;
}

} // namespace

class BenchCore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void loadFormat_data();
    void loadFormat();

    void checkFigures_data() { sampleRows(); }
    void checkFigures();

    void checkFiguresPreviousYear_data();
    void checkFiguresPreviousYear();

    void completed_data();
    void completed();

    void readInterchange_data() { sampleRows(); }
    void readInterchange();

private:
    void sampleRows();

    std::map<QString, QByteArray> m_formatBytes;
    std::map<QString, QByteArray> m_sampleBytes;
    std::map<QString, Figures> m_figures;
};

void BenchCore::initTestCase()
{
    QVERIFY2(FormatRegistry::instance().error().isEmpty(),
             qPrintable(FormatRegistry::instance().error()));
    for (const QString &id : kFormats) {
        const QString path = sourcePath(u"resources/formats/"_s + id + u".json"_s);
        const QByteArray bytes = readBytes(path);
        QVERIFY2(!bytes.isEmpty(), qPrintable(path));
        m_formatBytes[id] = bytes;
    }
    for (const QString &name : kSamples) {
        const QString path = sourcePath(u"resources/samples/"_s + name + u".json"_s);
        const QByteArray bytes = readBytes(path);
        QVERIFY2(!bytes.isEmpty(), qPrintable(path));
        InterchangeResult r = nianbao::readInterchange(bytes);
        QVERIFY2(r.report, qPrintable(path + u": "_s + r.path + u": "_s + r.error));
        m_sampleBytes[name] = bytes;
        m_figures[name] = r.report->figures;
    }
}

void BenchCore::sampleRows()
{
    QTest::addColumn<QString>("sample");
    for (const QString &name : kSamples)
        QTest::newRow(qPrintable(name)) << name;
}

void BenchCore::loadFormat_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : kFormats)
        QTest::newRow(qPrintable(id)) << id;
}

void BenchCore::loadFormat()
{
    QFETCH(QString, id);
    const QByteArray &bytes = m_formatBytes.at(id);
    const QString source = id + u".json"_s;
    // The result of the first run is checked outside the measured loop.
    const FormatLoadResult first = nianbao::loadFormat(bytes, source);
    QVERIFY2(first.format, qPrintable(first.error));
    QCOMPARE(first.format->id, id);
    FormatPtr format;
    QBENCHMARK {
        format = nianbao::loadFormat(bytes, source).format;
    }
    QVERIFY(format);
}

void BenchCore::checkFigures()
{
    QFETCH(QString, sample);
    const Figures &figures = m_figures.at(sample);
    Problems problems;
    QBENCHMARK {
        problems = nianbao::checkFigures(figures);
    }
    // the same figures give the same problems every time
    QCOMPARE(problems.size(), nianbao::checkFigures(figures).size());
}

void BenchCore::checkFiguresPreviousYear_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<bool>("self");
    for (const QString &name : kSamples) {
        QTest::newRow(qPrintable(name)) << name << false;
        QTest::newRow(qPrintable(name + u", itself as previous"_s)) << name << true;
    }
}

void BenchCore::checkFiguresPreviousYear()
{
    QFETCH(QString, sample);
    QFETCH(bool, self);
    const Figures &figures = m_figures.at(sample);
    // Either a previous year that agrees with every cross-period rule, which adds no problem,
    // or the sample itself, whose carried-over figures then disagree and are reported.
    const Figures previous = self ? figures : consistentPreviousYear(figures);
    const CheckInput input{&figures, &previous, PeriodLink::PreviousYear};
    const qsizetype alone = nianbao::checkFigures(figures).size();
    const qsizetype expected = nianbao::checkFigures(input).size();
    if (self)
        QVERIFY(expected > alone);
    else
        QCOMPARE(expected, alone);
    Problems problems;
    QBENCHMARK {
        problems = nianbao::checkFigures(input);
    }
    QCOMPARE(problems.size(), expected);
}

void BenchCore::completed_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<bool>("blankTotals");
    for (const QString &name : kSamples) {
        QTest::newRow(qPrintable(name)) << name << false;
        QTest::newRow(qPrintable(name + u", computed cells empty"_s)) << name << true;
    }
}

void BenchCore::completed()
{
    QFETCH(QString, sample);
    QFETCH(bool, blankTotals);
    // The samples state every cell, so completed() derives nothing from them; with the
    // computed cells emptied it evaluates every formula.
    Figures figures = m_figures.at(sample);
    if (blankTotals) {
        for (const auto &[cell, formula] : figures.format()->computeOrder)
            figures.set(cell, std::nullopt);
        QVERIFY(figures.count() < m_figures.at(sample).count());
    }
    QCOMPARE(figures.completed(), m_figures.at(sample).completed());
    int count = 0;
    QBENCHMARK {
        count = figures.completed().count();
    }
    QCOMPARE(count, m_figures.at(sample).completed().count());
}

void BenchCore::readInterchange()
{
    QFETCH(QString, sample);
    const QByteArray &bytes = m_sampleBytes.at(sample);
    bool ok = false;
    QBENCHMARK {
        ok = nianbao::readInterchange(bytes).report.has_value();
    }
    QVERIFY(ok);
}

QTEST_GUILESS_MAIN(BenchCore)
#include "bench_core.moc"
