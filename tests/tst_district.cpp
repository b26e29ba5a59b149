// The district roll-up: sums of every cell over the units (samples and generated units), the
// summary passing the rules, refusals (formats, years, quarters, twice the same unit, overflow),
// the per-unit breakdown, the interchange file with its units, and the report's appendix.

#include "districtcontent.h"
#include "districttest.h"
#include "formatregistry.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace nianbao;
using namespace districttest;

class TestDistrict : public QObject
{
    Q_OBJECT
private slots:
    void sumsOfSamples();
    void sumsOfGeneratedUnits();
    void refused_data();
    void refused();
    void overflowRefused();
    void defaultName_data();
    void defaultName();
    void interchangeKeepsEveryUnitFigure();
    void interchangeRefusesUnitsThatDoNotAddUp();
    void appendixNamesEveryUnit();
    void appendixDividedIntoPages();

private:
    static void verifySums(const DistrictSummary &d, const QList<ReportData> &units);
};

void TestDistrict::verifySums(const DistrictSummary &d, const QList<ReportData> &units)
{
    const FormatDefinition &f = *d.summary.format();
    QCOMPARE(d.units.size(), units.size());
    for (const CellDef &c : f.cells) {
        qint64 expected = 0;
        for (const ReportData &u : units)
            expected += u.figures.completed().valueOrZero(c.index);
        QVERIFY2(d.summary.figures.value(c.index).value_or(0) == expected, qPrintable(c.key));
        const QList<UnitValue> parts = d.breakdown(c.key);
        QCOMPARE(parts.size(), units.size());
        for (qsizetype i = 0; i < parts.size(); ++i) {
            QCOMPARE(parts[i].unit, units[i].organization.name);
            QCOMPARE(parts[i].value.value_or(0), units[i].figures.completed().valueOrZero(c.index));
        }
    }
}

void TestDistrict::sumsOfSamples()
{
    ReportData pingtan = sample(u"2021_pingtan"_s);
    ReportData huaian = sample(u"2024_huaian"_s);
    huaian.year = 2021;
    const QList<ReportData> units{pingtan, huaian};
    const DistrictResult r = rollUpDistrict(units, u"福建省测试区"_s);
    QVERIFY2(r.summary, qPrintable(r.error));
    QCOMPARE(r.summary->summary.organization.name, u"福建省测试区"_s);
    QCOMPARE(r.summary->summary.year, 2021);
    QCOMPARE(r.summary->summary.quarter, 0);
    QCOMPARE(r.summary->summary.format()->id, u"2021"_s);
    verifySums(*r.summary, units);
    // A concrete figure, by hand: both samples' new applications.
    QCOMPARE(*r.summary->summary.figures.value(u"applications.new.total"_s),
             *pingtan.figures.completed().value(u"applications.new.total"_s)
                 + *huaian.figures.completed().value(u"applications.new.total"_s));
    QCOMPARE(errorCount(r.summary->summary.figures), 0);
    const QString note = r.summary->summary.narrative.value(u"preamble"_s);
    QVERIFY(note.contains(u"平潭综合实验区"_s));
    QVERIFY(note.contains(u"淮安市人民政府"_s));
    QVERIFY(note.contains(u"2个单位"_s));
}

void TestDistrict::sumsOfGeneratedUnits()
{
    for (const QString &base : {u"2021_pingtan"_s, u"2019_jiading_chengguan"_s}) {
        const ReportData seed = sample(base);
        QList<ReportData> units;
        for (int i = 0; i < 40; ++i) {
            units << generatedUnit(seed, u"测试区第%1单位"_s.arg(i + 1), quint32(1000 + i));
            QCOMPARE(errorCount(units.last().figures), 0);
        }
        const DistrictResult r = rollUpDistrict(units, {});
        QVERIFY2(r.summary, qPrintable(r.error));
        QCOMPARE(r.summary->summary.organization.name, u"测试区"_s);
        verifySums(*r.summary, units);
        // Sums of balanced tables balance: the summary passes every rule.
        const Problems problems = checkFigures(r.summary->summary.figures);
        QCOMPARE(countSeverity(problems, Severity::Error), 0);
        QCOMPARE(countSeverity(problems, Severity::Warning), 0);
        // The generated units differ from each other.
        QVERIFY(units[0].figures != units[1].figures);
    }
}

void TestDistrict::refused_data()
{
    QTest::addColumn<QList<ReportData>>("units");
    QTest::addColumn<QStringList>("named");
    const ReportData pingtan = sample(u"2021_pingtan"_s);
    ReportData huaian = sample(u"2024_huaian"_s);
    ReportData jiading = sample(u"2019_jiading_chengguan"_s);
    QTest::newRow("different years") << QList<ReportData>{pingtan, huaian}
                                     << QStringList{u"平潭综合实验区"_s, u"淮安市人民政府"_s, u"2021"_s, u"2024"_s};
    jiading.year = 2021;
    QTest::newRow("different formats") << QList<ReportData>{pingtan, jiading}
                                       << QStringList{u"平潭综合实验区"_s, u"上海市嘉定区城市管理行政执法局"_s,
                                                      u"2019"_s, u"2021"_s};
    ReportData quarter = pingtan;
    quarter.organization.name = u"某局"_s;
    quarter.quarter = 2;
    QTest::newRow("a quarter") << QList<ReportData>{pingtan, quarter} << QStringList{u"某局"_s};
    QTest::newRow("twice the same") << QList<ReportData>{pingtan, pingtan}
                                    << QStringList{u"平潭综合实验区"_s};
    QTest::newRow("none") << QList<ReportData>{} << QStringList{};
}

void TestDistrict::refused()
{
    QFETCH(QList<ReportData>, units);
    QFETCH(QStringList, named);
    const DistrictResult r = rollUpDistrict(units, u"某区"_s);
    QVERIFY(!r.summary);
    QVERIFY(!r.error.isEmpty());
    for (const QString &n : named)
        QVERIFY2(r.error.contains(n), qPrintable(r.error));
}

void TestDistrict::overflowRefused()
{
    ReportData a = sample(u"2021_pingtan"_s);
    ReportData b = a;
    b.organization.name = u"另一单位"_s;
    a.figures.set(u"applications.granted.natural_person"_s, kMaxWholeUnits - 10);
    a.figures.set(u"applications.granted.total"_s, std::nullopt);
    b.figures.set(u"applications.granted.total"_s, std::nullopt);
    b.figures.set(u"applications.granted.natural_person"_s, 11);
    DistrictResult r = rollUpDistrict({a, b}, {});
    QVERIFY(!r.summary);
    QVERIFY2(r.error.contains(u"（一）予以公开"_s) && r.error.contains(u"另一单位"_s), qPrintable(r.error));
    // Amounts: 万元 with six decimals, the limit in whole units.
    const CellDef *fee = a.format()->cell(u"proactive.fees.amount"_s);
    QVERIFY(fee && fee->kind == CellKind::Amount);
    a.figures.set(u"applications.granted.natural_person"_s, 1);
    b.figures.set(u"applications.granted.natural_person"_s, 1);
    ReportData c = a;
    ReportData d = b;
    c.figures.set(fee->index, kMaxWholeUnits * pow10(fee->decimals));
    d.figures.set(fee->index, 1);
    r = rollUpDistrict({c, d}, {});
    QVERIFY(!r.summary);
    QVERIFY2(r.error.contains(u"行政事业性收费"_s), qPrintable(r.error));
}

void TestDistrict::defaultName_data()
{
    QTest::addColumn<QStringList>("units");
    QTest::addColumn<QString>("name");
    QTest::newRow("district") << QStringList{u"上海市嘉定区教育局"_s, u"上海市嘉定区民政局"_s} << u"上海市嘉定区"_s;
    QTest::newRow("town") << QStringList{u"嘉定区安亭镇人民政府"_s, u"嘉定区安亭镇财政所"_s} << u"嘉定区安亭镇"_s;
    QTest::newRow("nothing shared") << QStringList{u"平潭综合实验区"_s, u"淮安市人民政府"_s} << u"汇总"_s;
    QTest::newRow("shared but no division") << QStringList{u"教育局"_s, u"教育局附属"_s} << u"汇总"_s;
    QTest::newRow("one unit") << QStringList{u"淮安市人民政府"_s} << u"淮安市"_s;
}

void TestDistrict::defaultName()
{
    QFETCH(QStringList, units);
    QFETCH(QString, name);
    QCOMPARE(defaultDistrictName(units), name);
}

void TestDistrict::interchangeKeepsEveryUnitFigure()
{
    const ReportData seed = sample(u"2021_pingtan"_s);
    QList<ReportData> units;
    for (int i = 0; i < 5; ++i)
        units << generatedUnit(seed, u"某区单位%1"_s.arg(i), quint32(7 + i));
    DistrictResult r = rollUpDistrict(units, u"某区"_s);
    QVERIFY(r.summary);
    r.summary->units[1].signature = UnitSignature::Valid;
    r.summary->units[2].status = PeriodStatus::Final;
    const QByteArray json = writeInterchange(*r.summary);
    const InterchangeResult back = readInterchange(json);
    QVERIFY2(back.report, qPrintable(back.path + u": "_s + back.error));
    QCOMPARE(back.report->organization.name, u"某区"_s);
    QCOMPARE(back.report->figures, r.summary->summary.figures);
    QCOMPARE(back.units.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(back.units[i].organization.name, units[i].organization.name);
        QCOMPARE(back.units[i].figures, units[i].figures.completed());
    }
    QCOMPARE(back.units[1].signature, UnitSignature::Valid);
    QCOMPARE(back.units[0].signature, UnitSignature::Unknown);
    QCOMPARE(back.units[2].status, PeriodStatus::Final);
    // The same bytes again: the canonical form.
    DistrictSummary again{*back.report, back.units};
    QCOMPARE(writeInterchange(again), json);
    // A plain report has no units.
    QVERIFY(readInterchange(writeInterchange(seed)).units.isEmpty());
}

void TestDistrict::interchangeRefusesUnitsThatDoNotAddUp()
{
    const ReportData seed = sample(u"2021_pingtan"_s);
    DistrictResult r = rollUpDistrict({generatedUnit(seed, u"甲"_s, 1), generatedUnit(seed, u"乙"_s, 2)}, u"某区"_s);
    QVERIFY(r.summary);
    DistrictSummary changed = *r.summary;
    const int cell = changed.summary.format()->cell(u"applications.granted.commercial"_s)->index;
    changed.units[0].figures.set(cell, changed.units[0].figures.valueOrZero(cell) + 1);
    InterchangeResult back = readInterchange(writeInterchange(changed));
    QVERIFY(!back.report);
    QVERIFY(back.units.isEmpty());
    QCOMPARE(back.path, u"$.figures['applications.granted.commercial']"_s);

    r.summary->units[0].signature = UnitSignature::Unsigned;
    QByteArray json = writeInterchange(*r.summary);
    json.replace("\"unsigned\"", "\"maybe\"");
    back = readInterchange(json);
    QVERIFY(!back.report);
    QCOMPARE(back.path, u"$.units[0].signature"_s);
}

void TestDistrict::appendixNamesEveryUnit()
{
    for (const QString &base : {u"2021_pingtan"_s, u"2019_jiading_chengguan"_s}) {
        const ReportData seed = sample(base);
        QList<ReportData> units;
        for (int i = 0; i < 7; ++i)
            units << generatedUnit(seed, u"某区单位%1"_s.arg(i), quint32(40 + i));
        const DistrictResult r = rollUpDistrict(units, u"某区"_s);
        QVERIFY(r.summary);
        const ReportContent content = buildDistrictContent(*r.summary);
        const QString text = reportPlainText(content);
        QVERIFY(text.contains(u"附表：各单位数据"_s));
        const FormatDefinition &f = *r.summary->summary.format();
        int appendixTables = 0;
        bool inAppendix = false;
        for (const ContentBlock &b : content.blocks) {
            if (b.kind == ContentBlock::Kind::Heading1)
                inAppendix = b.text == u"附表：各单位数据"_s;
            if (!inAppendix || b.kind != ContentBlock::Kind::Table)
                continue;
            ++appendixTables;
            const ContentTable &t = *b.table;
            QCOMPARE(t.rows, 2 + 7 + 1);
            QVERIFY(t.columns - 1 <= kAppendixColumns);
            // Each unit's row gives its own figures, the last row the summary's.
            QStringList names;
            for (const ContentCell &c : t.cells)
                if (c.column == 0 && c.row >= 2)
                    names << c.text;
            QCOMPARE(names.size(), 8);
            QCOMPARE(names.last(), u"合计"_s);
        }
        int expected = 0;
        for (const TableDef &t : f.tables)
            expected += int(appendixColumns(f, t).size());
        QCOMPARE(appendixTables, expected);
        QVERIFY(expected >= 3);
        for (const ReportData &u : units)
            QVERIFY(text.contains(u.organization.name));
        // The applications' total of new applications, unit by unit.
        const QString firstNew = formatRaw(units[0].figures.completed().valueOrZero(
                                               f.cell(u"applications.new.total"_s)->index), 0);
        QVERIFY(text.contains(u"| 某区单位0 | "_s + firstNew + u" |"_s));
    }
}

void TestDistrict::appendixDividedIntoPages()
{
    const ReportData seed = sample(u"2021_pingtan"_s);
    QList<ReportData> units;
    for (int i = 0; i < 2 * kAppendixRowsPerPart + 5; ++i)
        units << generatedUnit(seed, u"某区单位%1"_s.arg(i), quint32(i));
    const DistrictResult r = rollUpDistrict(units, u"某区"_s);
    QVERIFY(r.summary);
    const ReportContent content = buildDistrictContent(*r.summary);
    int tables = 0;
    for (const ContentBlock &b : content.blocks) {
        if (b.kind != ContentBlock::Kind::Table || b.table->key.isEmpty() || b.table->labelColumns != 1
            || b.table->cells.front().text != u"单位"_s)
            continue;
        ++tables;
        const ContentTable &t = *b.table;
        // Three parts, each under the two header rows again, the later ones on a new page.
        QCOMPARE(int(t.blocks.size()), 3);
        QCOMPARE(t.blockBreakBefore, (std::vector<bool>{false, true, true}));
        for (const auto &[first, heads] : t.blocks) {
            QCOMPARE(heads, 2);
            const auto corner = std::find_if(t.cells.cbegin(), t.cells.cend(), [&](const ContentCell &c) {
                return c.row == first && c.column == 0;
            });
            QVERIFY(corner != t.cells.cend() && corner->text == u"单位"_s);
        }
        QCOMPARE(t.rows, 3 * 2 + int(units.size()) + 1);
        QCOMPARE(t.blockEnds.back() - t.blocks.back().first, 2 + 5 + 1);
    }
    QVERIFY(tables >= 3);
    // Whole for a page on screen.
    for (const ContentBlock &b : buildDistrictContent(*r.summary, false).blocks) {
        QVERIFY(!b.breakBefore);
        if (b.kind == ContentBlock::Kind::Table && b.table->cells.front().text == u"单位"_s)
            QCOMPARE(int(b.table->blocks.size()), 1);
    }
}

QTEST_GUILESS_MAIN(TestDistrict)
#include "tst_district.moc"
