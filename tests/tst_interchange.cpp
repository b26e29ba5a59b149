// The interchange file (resources/schema/README.md): samples survive a read and a write byte for
// byte, and every structural defect is reported with the JSON path of the offending value.

#include "formatregistry.h"
#include "interchange.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nianbao;

namespace {

const QString kSourceDir = QStringLiteral(NIANBAO_SOURCE_DIR);

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QByteArray sampleBytes(const QString &name)
{
    return readFile(kSourceDir + u"/resources/samples/"_s + name);
}

QByteArray fixtureBytes(const QString &name)
{
    return readFile(kSourceDir + u"/tests/fixtures/invalid/"_s + name);
}

// Replaces (or, with an undefined value, removes) the value at a slash-separated path of object
// keys and array indexes.
QJsonValue withEdit(const QJsonValue &node, const QStringList &path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString &head = path.first();
    const QStringList rest = path.mid(1);
    if (node.isObject()) {
        QJsonObject o = node.toObject();
        if (rest.isEmpty() && value.isUndefined())
            o.remove(head);
        else
            o.insert(head, withEdit(o.value(head), rest, value));
        return o;
    }
    QJsonArray a = node.toArray();
    const qsizetype i = head.toLongLong();
    if (rest.isEmpty() && value.isUndefined())
        a.removeAt(i);
    else
        a.replace(i, withEdit(a.at(i), rest, value));
    return a;
}

} // namespace

class TestInterchange : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void sampleContents();
    void structuralFixtures_data();
    void structuralFixtures();
    void malformedReportsLineAndColumn();
    void ruleFixturesDifferOnlyWhereDescribed_data();
    void ruleFixturesDifferOnlyWhereDescribed();
    void structuralEdits_data();
    void structuralEdits();
    void acceptedEdits_data();
    void acceptedEdits();
    void placeholdersSurvive();
    void writtenFromScratch();
};

void TestInterchange::roundTrip_data()
{
    QTest::addColumn<QString>("sample");
    const QStringList samples =
        QDir(kSourceDir + u"/resources/samples"_s).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    QCOMPARE(samples.size(), 3);
    for (const QString &s : samples)
        QTest::newRow(qPrintable(s)) << s;
}

void TestInterchange::roundTrip()
{
    QFETCH(QString, sample);
    const QByteArray original = sampleBytes(sample);
    QVERIFY(!original.isEmpty());
    const InterchangeResult r = readInterchange(original);
    QVERIFY2(r.report, qPrintable(r.path + u": "_s + r.error));
    QVERIFY(r.path.isEmpty());
    QVERIFY(r.error.isEmpty());
    const QByteArray written = writeInterchange(*r.report);
    QCOMPARE(written, original);
    // And once more from what was written.
    const InterchangeResult again = readInterchange(written);
    QVERIFY(again.report);
    QCOMPARE(again.report->figures, r.report->figures);
    QCOMPARE(again.report->narrative, r.report->narrative);
    QCOMPARE(again.report->organization, r.report->organization);
    QCOMPARE(again.report->notes, r.report->notes);
}

void TestInterchange::sampleContents()
{
    // What the 2021 sample says, read back into a report.
    const InterchangeResult r = readInterchange(sampleBytes(u"2021_pingtan.json"_s));
    QVERIFY(r.report);
    const ReportData &d = *r.report;
    QCOMPARE(d.format()->id, u"2021"_s);
    QCOMPARE(d.organization.name, u"平潭综合实验区"_s);
    QCOMPARE(d.organization.postcode, u"350400"_s);
    QVERIFY(d.organization.email.isEmpty());
    QCOMPARE(d.year, 2021);
    QCOMPARE(d.quarter, 0);
    QVERIFY(d.status == PeriodStatus::Final);
    QCOMPARE(d.date, QDate(2022, 2, 8));
    QCOMPARE(d.figures.count(), int(d.format()->cells.size()));
    QCOMPARE(d.figures.value(u"applications.new.natural_person"_s), std::optional<qint64>(64));
    QCOMPARE(d.figures.value(u"review.cases.direct_upheld"_s), std::optional<qint64>(12));
    QCOMPARE(d.figures.value(u"proactive.fees.amount"_s), std::optional<qint64>(24'252'311'082));
    QCOMPARE(d.notes.size(), 4);
    QCOMPARE(d.notes.at(3).scope, u"review"_s);
    QVERIFY(d.explanations.isEmpty());

    const InterchangeResult r2019 = readInterchange(sampleBytes(u"2019_jiading_chengguan.json"_s));
    QVERIFY(r2019.report);
    QCOMPARE(r2019.report->format()->id, u"2019"_s);
    // "256360000" 元 with two decimals.
    QCOMPARE(r2019.report->figures.value(u"proactive.procurement.amount"_s),
             std::optional<qint64>(25'636'000'000));
    QCOMPARE(r2019.report->figures.value(u"proactive.penalty.change"_s), std::optional<qint64>(4));
    QCOMPARE(r2019.report->narrative.value(u"preamble"_s), QString());
}

void TestInterchange::structuralFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");

    // tests/fixtures/invalid/README.md: the files with exit code 2.
    QTest::newRow("unknown_key") << u"unknown_key.json"_s << u"$.figures['applications.new.robots']"_s;
    QTest::newRow("unknown_top_key") << u"unknown_top_key.json"_s << u"$.comment"_s;
    QTest::newRow("wrong_type") << u"wrong_type.json"_s << u"$.figures['review.cases.direct_upheld']"_s;
    QTest::newRow("out_of_range") << u"out_of_range.json"_s
                                  << u"$.figures['proactive.licensing.decisions']"_s;
    QTest::newRow("bad_quarter") << u"bad_quarter.json"_s << u"$.quarter"_s;
    QTest::newRow("bad_format") << u"bad_format.json"_s << u"$.format"_s;
    QTest::newRow("amount_too_precise") << u"amount_too_precise.json"_s
                                        << u"$.figures['proactive.fees.amount']"_s;
    QTest::newRow("not_object") << u"not_object.json"_s << u"$"_s;
    QTest::newRow("name_too_long") << u"name_too_long.json"_s << u"$.organization.name"_s;
    QTest::newRow("narrative_too_long") << u"narrative_too_long.json"_s << u"$.narrative.other"_s;
    QTest::newRow("explanation_too_long") << u"explanation_too_long.json"_s
                                          << u"$.explanations[0].text"_s;
    QTest::newRow("duplicate_explanation") << u"duplicate_explanation.json"_s << u"$.explanations[1]"_s;
    QTest::newRow("noncharacter") << u"noncharacter.json"_s << u"$.organization.address"_s;
    QTest::newRow("number_not_json") << u"number_not_json.json"_s << QString();
    QTest::newRow("control_character") << u"control_character.json"_s << QString();
    // Not JSON at all: no path, a line and a column instead (malformedReportsLineAndColumn).
    QTest::newRow("malformed") << u"malformed.json"_s << QString();
}

void TestInterchange::structuralFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    const QByteArray bytes = fixtureBytes(file);
    QVERIFY2(!bytes.isEmpty(), qPrintable(file));
    const InterchangeResult r = readInterchange(bytes);
    QVERIFY(!r.report);
    QCOMPARE(r.path, path);
    QVERIFY(!r.error.isEmpty());
}

void TestInterchange::malformedReportsLineAndColumn()
{
    // The file is cut off inside a string: the error is at its very end.
    const QByteArray bytes = fixtureBytes(u"malformed.json"_s);
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.endsWith('\n'));
    const int lines = int(bytes.count('\n')) + 1;
    const QByteArray lastLine = bytes.mid(bytes.lastIndexOf('\n') + 1);
    QCOMPARE(lastLine, QByteArray("        \"applications.grante"));
    QCOMPARE(lines, 53);

    const InterchangeResult r = readInterchange(bytes);
    QVERIFY(!r.report);
    QVERIFY(r.path.isEmpty());
    QCOMPARE(r.line, 53);
    QCOMPARE(r.column, int(lastLine.size()) + 1);
    QVERIFY2(r.error.contains(u"line 53"_s), qPrintable(r.error));
    QVERIFY2(r.error.contains(u"column %1"_s.arg(lastLine.size() + 1)), qPrintable(r.error));

    // Columns count characters, not bytes: line 2 ends after 32 characters (40 bytes).
    const QByteArray chinese = "{\n  \"organization\": {\"name\": \"平潭综合";
    const InterchangeResult c = readInterchange(chinese);
    QVERIFY(!c.report);
    QCOMPARE(c.line, 2);
    QCOMPARE(c.column, 33);
}

void TestInterchange::ruleFixturesDifferOnlyWhereDescribed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("changes");

    // tests/fixtures/invalid/README.md: the files with exit code 1 are the 2021 sample with these
    // figures changed, and nothing else.
    QTest::newRow("applications_balance_broken")
        << u"applications_balance_broken.json"_s
        << QStringList{u"applications.new.natural_person=65"_s, u"applications.new.total=71"_s};
    QTest::newRow("applications_row_total_broken")
        << u"applications_row_total_broken.json"_s
        << QStringList{u"applications.granted.total=31"_s,
                       u"applications.unavailable_not_held.total=24"_s};
    QTest::newRow("applications_results_total_broken")
        << u"applications_results_total_broken.json"_s
        << QStringList{u"applications.carried_forward.natural_person=2"_s,
                       u"applications.carried_forward.total=2"_s,
                       u"applications.total.natural_person=62"_s,
                       u"applications.total.total=68"_s};
    QTest::newRow("review_total_broken") << u"review_total_broken.json"_s
                                         << QStringList{u"review.cases.recon_total=4"_s};
    QTest::newRow("negative_count") << u"negative_count.json"_s
                                    << QStringList{u"review.cases.recon_corrected=-1"_s,
                                                   u"review.cases.recon_upheld=2"_s};
}

void TestInterchange::ruleFixturesDifferOnlyWhereDescribed()
{
    QFETCH(QString, file);
    QFETCH(QStringList, changes);

    const InterchangeResult sample = readInterchange(sampleBytes(u"2021_pingtan.json"_s));
    const InterchangeResult fixture = readInterchange(fixtureBytes(file));
    QVERIFY(sample.report);
    QVERIFY2(fixture.report, qPrintable(fixture.path + u": "_s + fixture.error));
    QStringList differences;
    for (const CellDef &c : fixture.report->format()->cells) {
        const auto v = fixture.report->figures.value(c.index);
        if (v != sample.report->figures.value(c.index))
            differences << c.key + u'=' + (v ? QString::number(*v) : QString());
    }
    differences.sort();
    QCOMPARE(differences, changes);
    QCOMPARE(fixture.report->narrative, sample.report->narrative);
}

void TestInterchange::structuralEdits_data()
{
    // Each row edits the 2021 sample at a slash-separated path (an empty value removes it).
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("path");

    QTest::newRow("interchange version 2") << u"nianbao_interchange"_s << u"2"_s
                                           << u"$.nianbao_interchange"_s;
    QTest::newRow("no interchange version") << u"nianbao_interchange"_s << QString() << u"$"_s;
    QTest::newRow("no figures") << u"figures"_s << QString() << u"$"_s;
    QTest::newRow("figures not an object") << u"figures"_s << u"[]"_s << u"$.figures"_s;
    QTest::newRow("format as a number") << u"format"_s << u"2021"_s << u"$.format"_s;
    QTest::newRow("year too early") << u"year"_s << u"2007"_s << u"$.year"_s;
    QTest::newRow("year as a string") << u"year"_s << u"\"2021\""_s << u"$.year"_s;
    QTest::newRow("quarter 0") << u"quarter"_s << u"0"_s << u"$.quarter"_s;
    QTest::newRow("quarter as a fraction") << u"quarter"_s << u"1.5"_s << u"$.quarter"_s;
    QTest::newRow("unknown status") << u"status"_s << u"\"done\""_s << u"$.status"_s;
    QTest::newRow("date without zero padding") << u"date"_s << u"\"2022-2-8\""_s << u"$.date"_s;
    QTest::newRow("impossible date") << u"date"_s << u"\"2022-02-30\""_s << u"$.date"_s;
    QTest::newRow("organization without name") << u"organization/name"_s << QString()
                                               << u"$.organization"_s;
    QTest::newRow("organization with a blank name") << u"organization/name"_s << u"\"  \""_s
                                                    << u"$.organization.name"_s;
    QTest::newRow("unknown organization key") << u"organization/fax"_s << u"\"1\""_s
                                              << u"$.organization.fax"_s;
    QTest::newRow("phone as a number") << u"organization/phone"_s << u"59123165370"_s
                                       << u"$.organization.phone"_s;
    QTest::newRow("count as a fraction") << u"figures/applications.new.research"_s << u"0.5"_s
                                         << u"$.figures['applications.new.research']"_s;
    QTest::newRow("count below the range") << u"figures/applications.new.research"_s
                                           << u"-1000000000000"_s
                                           << u"$.figures['applications.new.research']"_s;
    QTest::newRow("count as true") << u"figures/review.cases.recon_upheld"_s << u"true"_s
                                   << u"$.figures['review.cases.recon_upheld']"_s;
    QTest::newRow("amount as a number") << u"figures/proactive.fees.amount"_s << u"24252.311082"_s
                                        << u"$.figures['proactive.fees.amount']"_s;
    QTest::newRow("amount with a group separator") << u"figures/proactive.fees.amount"_s
                                                   << u"\"24,252.31\""_s
                                                   << u"$.figures['proactive.fees.amount']"_s;
    QTest::newRow("a 2019 cell in a 2021 report") << u"figures/proactive.procurement.items"_s
                                                  << u"3"_s
                                                  << u"$.figures['proactive.procurement.items']"_s;
    QTest::newRow("unknown narrative part") << u"narrative/summary"_s << u"\"…\""_s
                                            << u"$.narrative.summary"_s;
    QTest::newRow("narrative text as a number") << u"narrative/other"_s << u"1"_s
                                                << u"$.narrative.other"_s;
    QTest::newRow("note without text") << u"notes/1/text"_s << QString() << u"$.notes[1]"_s;
    QTest::newRow("note with an unknown key") << u"notes/0/author"_s << u"\"x\""_s
                                              << u"$.notes[0].author"_s;
    QTest::newRow("explanations not an array") << u"explanations"_s << u"{}"_s
                                               << u"$.explanations"_s;
    QTest::newRow("explanation without rule") << u"explanations"_s
                                              << u"[{\"cell\": \"a.b.c\", \"text\": \"x\"}]"_s
                                              << u"$.explanations[0]"_s;
}

void TestInterchange::structuralEdits()
{
    QFETCH(QString, where);
    QFETCH(QString, value);
    QFETCH(QString, path);

    QJsonValue root = QJsonDocument::fromJson(sampleBytes(u"2021_pingtan.json"_s)).object();
    QVERIFY(root.isObject());
    QJsonValue replacement(QJsonValue::Undefined);
    if (!value.isEmpty()) {
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(u"["_s.append(value).append(u']').toUtf8(), &e);
        QCOMPARE(e.error, QJsonParseError::NoError);
        replacement = doc.array().at(0);
    }
    root = withEdit(root, where.split(u'/'), replacement);
    const InterchangeResult r = readInterchange(QJsonDocument(root.toObject()).toJson());
    QVERIFY2(!r.report, "the edited file was accepted");
    QCOMPARE(r.path, path);
    QVERIFY(!r.error.isEmpty());
}

void TestInterchange::acceptedEdits_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("value");

    // What the file layout allows: optional members absent, empty cells, the range limits.
    QTest::newRow("no generator") << u"generator"_s << QString();
    QTest::newRow("no quarter") << u"quarter"_s << QString();
    QTest::newRow("quarter 4") << u"quarter"_s << u"4"_s;
    QTest::newRow("no date") << u"date"_s << QString();
    QTest::newRow("no narrative") << u"narrative"_s << QString();
    QTest::newRow("no notes") << u"notes"_s << QString();
    QTest::newRow("organization with a name only") << u"organization"_s
                                                   << u"{\"name\": \"某某局\"}"_s;
    QTest::newRow("an empty cell") << u"figures/applications.new.research"_s << u"null"_s;
    QTest::newRow("an absent cell") << u"figures/applications.new.research"_s << QString();
    QTest::newRow("largest count") << u"figures/proactive.licensing.decisions"_s
                                   << u"999999999999"_s;
    QTest::newRow("negative count (a rule decides)") << u"figures/review.cases.recon_other"_s
                                                     << u"-2"_s;
    QTest::newRow("amount with fewer decimals") << u"figures/proactive.fees.amount"_s
                                                << u"\"24252.3\""_s;
    QTest::newRow("explanation without cell") << u"explanations"_s
                                              << u"[{\"rule\": \"carry.in_force\", \"text\": \"x\"}]"_s;
    QTest::newRow("year 2100") << u"year"_s << u"2100"_s;
}

void TestInterchange::acceptedEdits()
{
    QFETCH(QString, where);
    QFETCH(QString, value);

    QJsonValue root = QJsonDocument::fromJson(sampleBytes(u"2021_pingtan.json"_s)).object();
    QJsonValue replacement(QJsonValue::Undefined);
    if (!value.isEmpty())
        replacement = QJsonDocument::fromJson(u"["_s.append(value).append(u']').toUtf8()).array().at(0);
    root = withEdit(root, where.split(u'/'), replacement);
    const InterchangeResult r = readInterchange(QJsonDocument(root.toObject()).toJson());
    QVERIFY2(r.report, qPrintable(r.path + u": "_s + r.error));
    // What was read is written back canonically and reads the same again.
    const InterchangeResult again = readInterchange(writeInterchange(*r.report));
    QVERIFY(again.report);
    QCOMPARE(again.report->figures, r.report->figures);
    QCOMPARE(again.report->quarter, r.report->quarter);
    QCOMPARE(again.report->year, r.report->year);
    QCOMPARE(again.report->date, r.report->date);
    QCOMPARE(again.report->explanations, r.report->explanations);
}

void TestInterchange::placeholdersSurvive()
{
    const InterchangeResult r = readInterchange(sampleBytes(u"2021_pingtan.json"_s));
    QVERIFY(r.report);
    const QString requests = r.report->narrative.value(u"overview.requests"_s);
    QVERIFY(requests.contains(u"本年度全区共收到{applications.new.total}件申请，"
                              "及时依法依规办结{applications.total.total}件，"
                              "{applications.carried_forward.total}件结转下年度继续办理。"_s));

    ReportData edited = *r.report;
    const QString text = u"收到{applications.new.total}件，{unknown.placeholder}照录；"
                         "第二段{review.cases.recon_total}\n“引号”与\\反斜杠\t制表符"_s;
    edited.narrative.insert(u"other"_s, text);
    const QByteArray written = writeInterchange(edited);
    QVERIFY(written.contains("{applications.new.total}"));
    const InterchangeResult again = readInterchange(written);
    QVERIFY(again.report);
    QCOMPARE(again.report->narrative.value(u"other"_s), text);
    QCOMPARE(again.report->narrative.value(u"overview.requests"_s), requests);
}

void TestInterchange::writtenFromScratch()
{
    // A quarter of a 2019-format report with few figures: every cell is written, empty ones as
    // null, amounts as decimal strings without trailing zeros.
    ReportData r;
    r.figures = Figures(FormatRegistry::instance().format(u"2019"_s));
    QVERIFY(!r.figures.isNull());
    r.organization.name = u"某某区城市管理行政执法局"_s;
    r.organization.phone = u"021-12345678"_s;
    r.year = 2020;
    r.quarter = 2;
    r.status = PeriodStatus::Draft;
    QVERIFY(r.figures.set(u"proactive.procurement.amount"_s, 10050));
    QVERIFY(r.figures.set(u"proactive.penalty.change"_s, -3));
    QVERIFY(r.figures.set(u"applications.new.natural_person"_s, 100000));
    r.explanations << Explanation{u"carry.prev_items"_s, u"proactive.penalty.prev_items"_s, u"口径调整"_s};
    r.notes << SourceNote{u"report"_s, u"手工录入"_s};

    const QByteArray written = writeInterchange(r);
    const QJsonObject o = QJsonDocument::fromJson(written).object();
    QCOMPARE(o.value(u"nianbao_interchange"_s).toInt(), 1);
    QCOMPARE(o.value(u"generator"_s).toString(), u"Nianbao "_s + QStringLiteral(NIANBAO_VERSION));
    QCOMPARE(o.value(u"format"_s).toString(), u"2019"_s);
    QCOMPARE(o.value(u"quarter"_s).toInt(), 2);
    QCOMPARE(o.value(u"status"_s).toString(), u"draft"_s);
    QVERIFY(!o.contains(u"date"_s));
    QCOMPARE(o.value(u"organization"_s).toObject().keys(), (QStringList{u"name"_s, u"phone"_s}));
    const QJsonObject figures = o.value(u"figures"_s).toObject();
    QCOMPARE(figures.size(), 22 + 161 + 15);
    QVERIFY(figures.value(u"applications.new.research"_s).isNull());
    QCOMPARE(figures.value(u"proactive.procurement.amount"_s).toString(), u"100.5"_s);
    QCOMPARE(figures.value(u"proactive.penalty.change"_s).toInteger(), qint64(-3));
    QVERIFY(written.contains("\"applications.new.natural_person\": 100000,"));
    QVERIFY(written.contains("\"proactive.procurement.amount\": \"100.5\","));
    // Keys sorted, four-space indentation.
    QVERIFY(written.startsWith("{\n    \"explanations\": ["));

    const InterchangeResult back = readInterchange(written);
    QVERIFY2(back.report, qPrintable(back.path + u": "_s + back.error));
    QCOMPARE(back.report->figures, r.figures);
    QCOMPARE(back.report->organization, r.organization);
    QCOMPARE(back.report->quarter, 2);
    QCOMPARE(back.report->explanations, r.explanations);
    QCOMPARE(back.report->notes, r.notes);
    QCOMPARE(writeInterchange(*back.report), written);
}

QTEST_GUILESS_MAIN(TestInterchange)
#include "tst_interchange.moc"
