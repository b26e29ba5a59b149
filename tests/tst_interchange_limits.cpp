// What the interchange reader refuses beyond the structure: numbers that RFC 8259 does not
// allow, raw control characters, Unicode non-characters and lone surrogates, texts over their
// limits (app/core/textlimits.h), and two explanations of the same rule and cell; the manifest
// of a package is held to the same rules, and so are the ledger's own edits.

#include "database.h"
#include "interchange.h"
#include "jsonstrict.h"
#include "ledger.h"
#include "manifest.h"
#include "textlimits.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nianbao;

namespace {

const QString kSourceDir = QStringLiteral(NIANBAO_SOURCE_DIR);
// Line 62 of the sample: `        "applications.new.natural_person": 64,`
const QByteArray kFigureLine = "\"applications.new.natural_person\": 64,";
const QByteArray kAddress = "\"address\": \"";

QByteArray sample()
{
    QFile f(kSourceDir + u"/resources/samples/2021_pingtan.json"_s);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The sample with text put in front of the organization's address (inside the string).
QByteArray withAddressPrefix(const QByteArray &raw)
{
    QByteArray json = sample();
    json.replace(kAddress, kAddress + raw);
    return json;
}

QByteArray withFigure(const QByteArray &token)
{
    QByteArray json = sample();
    json.replace(kFigureLine, "\"applications.new.natural_person\": " + token + ',');
    return json;
}

// A JSON string literal of n copies of a character.
QByteArray repeated(const QString &c, qsizetype n)
{
    return '"' + c.repeated(n).toUtf8() + '"';
}

QString describe(const InterchangeResult &r)
{
    return u"path %1, line %2, column %3: %4"_s.arg(r.path).arg(r.line).arg(r.column).arg(r.error);
}

} // namespace

class TestInterchangeLimits : public QObject
{
    Q_OBJECT
private slots:
    void numberTokens_data();
    void numberTokens();
    void numbersInAFile_data();
    void numbersInAFile();
    void controlCharacters();
    void nonCharacters_data();
    void nonCharacters();
    void nonCharacterInAKey();
    void invalidUtf8_data();
    void invalidUtf8();
    void textLimits_data();
    void textLimits();
    void duplicateExplanations();
    void manifestRules();
    void ledgerLimits();
};

void TestInterchangeLimits::numberTokens_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<bool>("valid");
    const char *valid[] = {"0",   "-0",  "7",    "64",   "-12",   "0.5", "-0.5",        "10.25",
                           "1e5", "1E5", "1e+5", "1e-5", "6.4e1", "0e0", "123456789012"};
    const char *invalid[] = {"1.", ".5",  "01",   "-01",  "00", "+1",  "1.e5",  "1e", "1e+",
                             "-",  "--1", "1.5.", "0.e1", "1E", "-.5", "1e5.5", "",   "."};
    for (const char *t : valid)
        QTest::addRow("valid %s", t) << QByteArray(t) << true;
    for (const char *t : invalid)
        QTest::addRow("invalid '%s'", t) << QByteArray(t) << false;
}

void TestInterchangeLimits::numberTokens()
{
    QFETCH(QByteArray, token);
    QFETCH(bool, valid);
    QCOMPARE(isJsonNumber(token), valid);
}

void TestInterchangeLimits::numbersInAFile_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("qtTakesIt"); // QJsonDocument alone would read it
    QTest::newRow("64.") << QByteArray("64.") << false << true;
    QTest::newRow(".64e2") << QByteArray(".64e2") << false << true;
    QTest::newRow("6.e1") << QByteArray("6.e1") << false << true;
    QTest::newRow("064") << QByteArray("064") << false << false;
    QTest::newRow("+64") << QByteArray("+64") << false << false;
    QTest::newRow("64") << QByteArray("64") << true << true;
    QTest::newRow("64.0") << QByteArray("64.0") << true << true;
    QTest::newRow("6.4e1") << QByteArray("6.4e1") << true << true;
    QTest::newRow("640E-1") << QByteArray("640E-1") << true << true;
}

void TestInterchangeLimits::numbersInAFile()
{
    QFETCH(QByteArray, token);
    QFETCH(bool, valid);
    QFETCH(bool, qtTakesIt);
    QVERIFY(sample().contains(kFigureLine));
    const InterchangeResult r = readInterchange(withFigure(token));
    if (valid) {
        QVERIFY2(r.report, qPrintable(describe(r)));
        const CellDef *c = r.report->format()->cell(u"applications.new.natural_person"_s);
        QCOMPARE(r.report->figures.value(c->index), std::optional<qint64>(64));
        return;
    }
    QVERIFY(!r.report);
    QVERIFY2(r.path.isEmpty(), qPrintable(describe(r)));
    QCOMPARE(r.line, 62);
    if (!qtTakesIt)
        return; // refused by QJsonDocument itself, where it stops reading
    // Where the token starts, and the token itself.
    QCOMPARE(r.column, 44);
    QVERIFY2(r.error.contains(u"line 62, column 44"_s)
                 && r.error.contains(QString::fromLatin1(token)),
             qPrintable(r.error));
}

void TestInterchangeLimits::controlCharacters()
{
    // A raw tab inside a string: JSON writes it "\t".
    InterchangeResult r = readInterchange(withAddressPrefix("\t"));
    QVERIFY(!r.report);
    QVERIFY2(r.error.contains(u"U+0009"_s) && r.line > 1, qPrintable(describe(r)));
    // Escaped, it is fine.
    r = readInterchange(withAddressPrefix("\\t"));
    QVERIFY2(r.report, qPrintable(describe(r)));
    QVERIFY(r.report->organization.address.startsWith(u'\t'));
}

void TestInterchangeLimits::nonCharacters_data()
{
    QTest::addColumn<QByteArray>("raw"); // put into the address, as it stands in the file
    QTest::addColumn<QString>("refused"); // the code point named, or empty when accepted
    QTest::newRow("\\uFFFE") << QByteArray("\\uFFFE") << u"U+FFFE"_s;
    QTest::newRow("\\uffff") << QByteArray("\\uffff") << u"U+FFFF"_s;
    QTest::newRow("\\uFDD0") << QByteArray("\\uFDD0") << u"U+FDD0"_s;
    QTest::newRow("\\uFDEF") << QByteArray("\\uFDEF") << u"U+FDEF"_s;
    QTest::newRow("U+1FFFE escaped") << QByteArray("\\uD83F\\uDFFE") << u"U+1FFFE"_s;
    QTest::newRow("U+10FFFF escaped") << QByteArray("\\uDBFF\\uDFFF") << u"U+10FFFF"_s;
    QTest::newRow("U+FFFE as UTF-8") << QByteArray("\xEF\xBF\xBE") << u"U+FFFE"_s;
    QTest::newRow("U+FDD5 as UTF-8") << QByteArray("\xEF\xB7\x95") << u"U+FDD5"_s;
    QTest::newRow("U+2FFFF as UTF-8") << QByteArray("\xF0\xAF\xBF\xBF") << u"U+2FFFF"_s;
    QTest::newRow("lone high surrogate") << QByteArray("\\uD800") << u"U+D800"_s;
    QTest::newRow("lone low surrogate") << QByteArray("\\uDC00x") << u"U+DC00"_s;
    QTest::newRow("reversed pair") << QByteArray("\\uDC00\\uD800") << u"U+DC00"_s;
    // Their neighbours are characters.
    QTest::newRow("\\uFFFD") << QByteArray("\\uFFFD") << QString();
    QTest::newRow("\\uFDCF") << QByteArray("\\uFDCF") << QString();
    QTest::newRow("\\uFDF0") << QByteArray("\\uFDF0") << QString();
    QTest::newRow("U+1F600") << QByteArray("\\uD83D\\uDE00") << QString();
    QTest::newRow("U+1FFFD as UTF-8") << QByteArray("\xF0\x9F\xBF\xBD") << QString();
}

void TestInterchangeLimits::nonCharacters()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, refused);
    const InterchangeResult r = readInterchange(withAddressPrefix(raw));
    if (refused.isEmpty()) {
        QVERIFY2(r.report, qPrintable(describe(r)));
        return;
    }
    QVERIFY(!r.report);
    QCOMPARE(r.path, u"$.organization.address"_s);
    QVERIFY2(r.error.contains(refused) && r.error.contains(u"not a character"_s),
             qPrintable(r.error));
}

void TestInterchangeLimits::nonCharacterInAKey()
{
    QByteArray json = sample();
    json.replace("\"other\":", "\"oth\\uFFFFer\":");
    const InterchangeResult r = readInterchange(json);
    QVERIFY(!r.report);
    QCOMPARE(r.path, u"$.narrative['oth\uFFFFer']"_s);
    QVERIFY2(r.error.contains(u"key"_s) && r.error.contains(u"U+FFFF"_s), qPrintable(r.error));
    // In a part of the file the reader never looks at beyond its keys: still refused.
    json = sample();
    json.replace("\"figures\": {", "\"figures\": {\"x\uFDD1\": 1,");
    QCOMPARE(readInterchange(json).path, u"$.figures['x\uFDD1']"_s);
}

void TestInterchangeLimits::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("stray continuation") << QByteArray("\x80");
    QTest::newRow("0xFF") << QByteArray("\xFF");
    QTest::newRow("overlong /") << QByteArray("\xC0\xAF");
    QTest::newRow("overlong 3 bytes") << QByteArray("\xE0\x80\xAF");
    QTest::newRow("encoded surrogate") << QByteArray("\xED\xA0\x80");
    QTest::newRow("beyond U+10FFFF") << QByteArray("\xF4\x90\x80\x80");
    QTest::newRow("cut short") << QByteArray("\xE5\xB9");
}

void TestInterchangeLimits::invalidUtf8()
{
    // Refused, never read as U+FFFD.
    QFETCH(QByteArray, raw);
    const InterchangeResult r = readInterchange(withAddressPrefix(raw));
    QVERIFY2(!r.report, qPrintable(r.report ? r.report->organization.address : QString()));
    QVERIFY2(r.line > 1 && !r.error.isEmpty(), qPrintable(describe(r)));
}

void TestInterchangeLimits::textLimits_data()
{
    QTest::addColumn<QString>("field"); // its JSONPath after "$."
    QTest::addColumn<qsizetype>("limit");
    QTest::newRow("name") << u"organization.name"_s << textlimit::kOrganizationName;
    QTest::newRow("address") << u"organization.address"_s << textlimit::kProfileField;
    QTest::newRow("contact office") << u"organization.contact_office"_s << textlimit::kProfileField;
    QTest::newRow("narrative") << u"narrative.problems"_s << textlimit::kNarrativePart;
    QTest::newRow("explanation") << u"explanations[0].text"_s << textlimit::kExplanation;
    QTest::newRow("rule") << u"explanations[0].rule"_s << textlimit::kKey;
    QTest::newRow("cell") << u"explanations[0].cell"_s << textlimit::kKey;
    QTest::newRow("note") << u"notes[0].text"_s << textlimit::kNote;
    QTest::newRow("scope") << u"notes[0].scope"_s << textlimit::kKey;
    QTest::newRow("generator") << u"generator"_s << textlimit::kGenerator;
}

void TestInterchangeLimits::textLimits()
{
    QFETCH(QString, field);
    QFETCH(qsizetype, limit);
    auto withText = [&](const QString &text) {
        QJsonObject o = QJsonDocument::fromJson(sample()).object();
        const QStringList part = field.split(u'.');
        if (part[0] == u"organization" || part[0] == u"narrative") {
            QJsonObject inner = o.value(part[0]).toObject();
            inner.insert(part[1], text);
            o.insert(part[0], inner);
        } else if (part[0] == u"explanations[0]") {
            QJsonObject e {{u"rule"_s, u"r"_s}, {u"cell"_s, u"c"_s}, {u"text"_s, u"t"_s}};
            e.insert(part[1], text);
            o.insert(u"explanations"_s, QJsonArray {e});
        } else if (part[0] == u"notes[0]") {
            QJsonObject n {{u"scope"_s, u"report"_s}, {u"text"_s, u"t"_s}};
            n.insert(part[1], text);
            o.insert(u"notes"_s, QJsonArray {n});
        } else {
            o.insert(field, text);
        }
        return readInterchange(QJsonDocument(o).toJson());
    };
    // At the limit, in characters: 𠀀 (U+20000) is two UTF-16 units and counts once.
    for (const QString &c : {u"年"_s, u"\U00020000"_s}) {
        const InterchangeResult ok = withText(c.repeated(limit));
        QVERIFY2(ok.report, qPrintable(describe(ok)));
    }
    const InterchangeResult over = withText(u"年"_s.repeated(limit + 1));
    QVERIFY(!over.report);
    QCOMPARE(over.path, u"$."_s + field);
    QVERIFY2(over.error.contains(QString::number(limit))
                 && over.error.contains(QString::number(limit + 1)),
             qPrintable(over.error));
}

void TestInterchangeLimits::duplicateExplanations()
{
    auto withExplanations = [](const QByteArray &list) {
        QByteArray json = sample();
        json.replace("\"narrative\": {", "\"explanations\": [" + list + "], \"narrative\": {");
        return readInterchange(json);
    };
    const QByteArray a =
        R"({"rule": "carry.in_force", "cell": "proactive.rules.in_force", "text": "一"})";
    const QByteArray b =
        R"({"rule": "carry.in_force", "cell": "proactive.rules.in_force", "text": "二"})";
    const QByteArray otherCell =
        R"({"rule": "carry.in_force", "cell": "proactive.rules.issued", "text": "三"})";
    const QByteArray noCell = R"({"rule": "carry.in_force", "text": "四"})";
    const QByteArray emptyCell = R"({"rule": "carry.in_force", "cell": "", "text": "五"})";

    InterchangeResult r = withExplanations(a + ',' + otherCell + ',' + noCell);
    QVERIFY2(r.report, qPrintable(describe(r)));
    QCOMPARE(r.report->explanations.size(), 3);

    r = withExplanations(a + ',' + otherCell + ',' + b);
    QVERIFY(!r.report);
    QCOMPARE(r.path, u"$.explanations[2]"_s);
    QVERIFY2(r.error.contains(u"carry.in_force"_s)
                 && r.error.contains(u"proactive.rules.in_force"_s)
                 && r.error.contains(u"$.explanations[0]"_s),
             qPrintable(r.error));
    // An absent cell is the empty one, as the database keeps it.
    r = withExplanations(noCell + ',' + emptyCell);
    QVERIFY(!r.report);
    QCOMPARE(r.path, u"$.explanations[1]"_s);
}

void TestInterchangeLimits::manifestRules()
{
    const QByteArray good = R"({"package": "nianbao-portal-package", "version": 1, "generator": "g",
        "created": "2024-01-20T08:30:00Z", "organization": "某局", "year": 2024, "quarter": null,
        "format": "2021", "signed": false, "files": []})";
    ManifestResult m = readManifest(good);
    QCOMPARE(m.path, u"$.files"_s); // the files are missing: everything before them was read

    QByteArray text = good;
    m = readManifest(text.replace("2024,", "2024.,"));
    QVERIFY(!m.manifest);
    QVERIFY2(m.path.isEmpty() && m.error.contains(u"2024."_s), qPrintable(m.error));

    text = good;
    m = readManifest(text.replace("某局", "某\\uFFFE局"));
    QCOMPARE(m.path, u"$.organization"_s);

    text = good;
    m = readManifest(text.replace("\"某局\"", repeated(u"局"_s, textlimit::kOrganizationName + 1)));
    QCOMPARE(m.path, u"$.organization"_s);
    QVERIFY2(m.error.contains(QString::number(textlimit::kOrganizationName)), qPrintable(m.error));
}

void TestInterchangeLimits::ledgerLimits()
{
    // The window edits through the ledger, which holds the same limits.
    QTemporaryDir dir;
    Status s;
    auto db = Database::open(dir.filePath(u"t.sqlite"_s), &s);
    QVERIFY2(db, qPrintable(s.message));
    Ledger ledger(*db);
    Organization org {u"某局"_s, {}, {}, {}, {}, {}, {}};
    int orgId = 0;
    QVERIFY(ledger.addOrganization(org, &orgId).ok());
    Organization tooLong = org;
    tooLong.contactOffice = u"办"_s.repeated(textlimit::kProfileField + 1);
    s = ledger.updateOrganization(orgId, tooLong);
    QVERIFY(!s.ok());
    QVERIFY2(s.message.contains(u"contact_office"_s), qPrintable(s.message));
    tooLong.name = u"局"_s.repeated(textlimit::kOrganizationName + 1);
    QVERIFY(!ledger.addOrganization(tooLong, nullptr).ok());

    int periodId = 0;
    QVERIFY(ledger.createYear(orgId, 2024, YearEntry::Direct, u"2021"_s, &periodId).ok());
    QVERIFY(ledger.setNarrative(periodId, u"other"_s, u"文"_s.repeated(textlimit::kNarrativePart))
                .ok());
    s = ledger.setNarrative(periodId, u"other"_s, u"文"_s.repeated(textlimit::kNarrativePart + 1));
    QVERIFY(!s.ok());
    QVERIFY2(s.message.contains(QString::number(textlimit::kNarrativePart)), qPrintable(s.message));
    QCOMPARE(ledger.narrative(periodId).value(u"other"_s).size(), textlimit::kNarrativePart);
    QVERIFY(
        ledger.setExplanation(periodId, u"r"_s, u"c"_s, u"说"_s.repeated(textlimit::kExplanation))
            .ok());
    QVERIFY(!ledger
                 .setExplanation(periodId, u"r"_s, u"c"_s,
                                 u"说"_s.repeated(textlimit::kExplanation + 1))
                 .ok());
}

QTEST_MAIN(TestInterchangeLimits)
#include "tst_interchange_limits.moc"
