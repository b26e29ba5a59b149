// Exact cell values: what people type into a cell (parseCellText), the strict decimal strings of
// the interchange file (parseDecimalString) and how values are written back (formatRaw*).

#include "cellvalue.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace nianbao;

namespace {

enum Status { Value = int(ParsedValue::Status::Value), Empty = int(ParsedValue::Status::Empty),
              Invalid = int(ParsedValue::Status::Invalid) };

const int kCount = int(CellKind::Count);
const int kSigned = int(CellKind::SignedCount);
const int kAmount = int(CellKind::Amount);

QString statusText(ParsedValue::Status s)
{
    switch (s) {
    case ParsedValue::Status::Value: return u"Value"_s;
    case ParsedValue::Status::Empty: return u"Empty"_s;
    case ParsedValue::Status::Invalid: return u"Invalid"_s;
    }
    return {};
}

} // namespace

class TestCellValue : public QObject
{
    Q_OBJECT

private slots:
    void parseCellText_data();
    void parseCellText();
    void invalidReasons_data();
    void invalidReasons();
    void parseDecimalString_data();
    void parseDecimalString();
    void formatRaw_data();
    void formatRaw();
    void formatRawGrouped_data();
    void formatRawGrouped();
    void pow10Values();
    void roundTrip_data();
    void roundTrip();
};

void TestCellValue::parseCellText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("raw");

    // Counts as people type or paste them.
    QTest::newRow("plain") << u"1234"_s << kCount << 0 << int(Value) << qint64(1234);
    QTest::newRow("zero") << u"0"_s << kCount << 0 << int(Value) << qint64(0);
    QTest::newRow("grouped") << u"1,234"_s << kCount << 0 << int(Value) << qint64(1234);
    QTest::newRow("grouped twice") << u"12,345,678"_s << kCount << 0 << int(Value) << qint64(12345678);
    QTest::newRow("full-width digits") << u"１２３"_s << kCount << 0 << int(Value) << qint64(123);
    QTest::newRow("full-width grouped") << u"１，２３４"_s << kCount << 0 << int(Value) << qint64(1234);
    QTest::newRow("blanks around") << u" 12 "_s << kCount << 0 << int(Value) << qint64(12);
    QTest::newRow("tab and newline") << u"\t12\n"_s << kCount << 0 << int(Value) << qint64(12);
    QTest::newRow("ideographic spaces") << u"\u3000１２\u3000"_s << kCount << 0 << int(Value) << qint64(12);
    QTest::newRow("leading zeros") << u"007"_s << kCount << 0 << int(Value) << qint64(7);
    QTest::newRow("whole with .0") << u"12.0"_s << kCount << 0 << int(Value) << qint64(12);
    QTest::newRow("whole with .000") << u"12.000"_s << kCount << 0 << int(Value) << qint64(12);
    QTest::newRow("explicit plus") << u"+4"_s << kCount << 0 << int(Value) << qint64(4);
    QTest::newRow("largest count") << u"999999999999"_s << kCount << 0 << int(Value)
                                   << qint64(999'999'999'999);
    QTest::newRow("largest count grouped") << u"999,999,999,999"_s << kCount << 0 << int(Value)
                                           << qint64(999'999'999'999);
    QTest::newRow("leading zeros do not overflow") << u"000000000000001"_s << kCount << 0
                                                   << int(Value) << qint64(1);

    // Empty markers.
    QTest::newRow("em dash") << u"—"_s << kCount << 0 << int(Empty) << qint64(0);
    QTest::newRow("double em dash") << u"——"_s << kCount << 0 << int(Empty) << qint64(0);
    QTest::newRow("slash") << u"/"_s << kCount << 0 << int(Empty) << qint64(0);
    QTest::newRow("full-width slash") << u"／"_s << kCount << 0 << int(Empty) << qint64(0);
    QTest::newRow("hyphen") << u"-"_s << kCount << 0 << int(Empty) << qint64(0);
    QTest::newRow("full-width hyphen") << u"－"_s << kCount << 0 << int(Empty) << qint64(0);
    QTest::newRow("nothing") << QString() << kCount << 0 << int(Empty) << qint64(0);
    QTest::newRow("only blanks") << u"   "_s << kCount << 0 << int(Empty) << qint64(0);
    QTest::newRow("dash in a signed cell") << u"-"_s << kSigned << 0 << int(Empty) << qint64(0);
    QTest::newRow("slash in an amount cell") << u"/"_s << kAmount << 2 << int(Empty) << qint64(0);

    // Not numbers.
    QTest::newRow("trailing letter") << u"12a"_s << kCount << 0 << int(Invalid) << qint64(0);
    QTest::newRow("letters") << u"abc"_s << kCount << 0 << int(Invalid) << qint64(0);
    QTest::newRow("short group") << u"1,23"_s << kCount << 0 << int(Invalid) << qint64(0);
    QTest::newRow("long group") << u"1,2345"_s << kCount << 0 << int(Invalid) << qint64(0);
    QTest::newRow("long first group") << u"1234,567"_s << kCount << 0 << int(Invalid) << qint64(0);
    QTest::newRow("leading comma") << u",123"_s << kCount << 0 << int(Invalid) << qint64(0);
    QTest::newRow("trailing comma") << u"1,234,"_s << kCount << 0 << int(Invalid) << qint64(0);
    QTest::newRow("two points") << u"1.2.3"_s << kAmount << 2 << int(Invalid) << qint64(0);
    QTest::newRow("exponent") << u"1e5"_s << kCount << 0 << int(Invalid) << qint64(0);
    QTest::newRow("sign only") << u"+"_s << kSigned << 0 << int(Invalid) << qint64(0);
    QTest::newRow("double minus") << u"--3"_s << kSigned << 0 << int(Invalid) << qint64(0);
    QTest::newRow("inner minus") << u"1-2"_s << kSigned << 0 << int(Invalid) << qint64(0);
    QTest::newRow("fraction of a count") << u"1.5"_s << kCount << 0 << int(Invalid) << qint64(0);
    QTest::newRow("fraction of a signed count") << u"-1.5"_s << kSigned << 0 << int(Invalid)
                                                << qint64(0);
    QTest::newRow("negative count") << u"-3"_s << kCount << 0 << int(Invalid) << qint64(0);
    QTest::newRow("negative amount") << u"-3.5"_s << kAmount << 2 << int(Invalid) << qint64(0);
    QTest::newRow("too large") << u"1000000000000"_s << kCount << 0 << int(Invalid) << qint64(0);
    QTest::newRow("too large grouped") << u"1,000,000,000,000"_s << kCount << 0 << int(Invalid)
                                       << qint64(0);
    QTest::newRow("too large signed") << u"-1000000000000"_s << kSigned << 0 << int(Invalid)
                                      << qint64(0);
    QTest::newRow("too large amount") << u"1000000000000.5"_s << kAmount << 2 << int(Invalid)
                                      << qint64(0);

    // Signed counts (本年增/减).
    QTest::newRow("signed minus") << u"-3"_s << kSigned << 0 << int(Value) << qint64(-3);
    QTest::newRow("signed plus") << u"+4"_s << kSigned << 0 << int(Value) << qint64(4);
    QTest::newRow("signed unsigned") << u"4"_s << kSigned << 0 << int(Value) << qint64(4);
    QTest::newRow("signed minus sign U+2212") << u"−3"_s << kSigned << 0 << int(Value) << qint64(-3);
    QTest::newRow("signed full-width minus") << u"－3"_s << kSigned << 0 << int(Value) << qint64(-3);
    QTest::newRow("signed full-width plus") << u"＋3"_s << kSigned << 0 << int(Value) << qint64(3);
    QTest::newRow("signed minus with blank") << u"- 3"_s << kSigned << 0 << int(Value) << qint64(-3);
    QTest::newRow("signed grouped") << u"-1,234"_s << kSigned << 0 << int(Value) << qint64(-1234);
    QTest::newRow("signed zero") << u"-0"_s << kSigned << 0 << int(Value) << qint64(0);
    QTest::newRow("signed smallest") << u"-999999999999"_s << kSigned << 0 << int(Value)
                                     << qint64(-999'999'999'999);

    // Amounts, scaled by 10^decimals.
    QTest::newRow("万元 6 decimals") << u"24252.311082"_s << kAmount << 6 << int(Value)
                                     << qint64(24'252'311'082);
    QTest::newRow("万元 one decimal") << u"96171.6"_s << kAmount << 6 << int(Value)
                                      << qint64(96'171'600'000);
    QTest::newRow("元 2 decimals") << u"100.50"_s << kAmount << 2 << int(Value) << qint64(10050);
    QTest::newRow("元 whole") << u"256360000"_s << kAmount << 2 << int(Value)
                              << qint64(25'636'000'000);
    QTest::newRow("元 grouped") << u"1,234.5"_s << kAmount << 2 << int(Value) << qint64(123450);
    QTest::newRow("full-width point") << u"１２．５"_s << kAmount << 2 << int(Value) << qint64(1250);
    QTest::newRow("ideographic full stop") << u"12。5"_s << kAmount << 2 << int(Value)
                                           << qint64(1250);
    QTest::newRow("point without fraction") << u"5."_s << kAmount << 2 << int(Value) << qint64(500);
    QTest::newRow("fen") << u"0.05"_s << kAmount << 2 << int(Value) << qint64(5);
    QTest::newRow("trailing zeros beyond decimals") << u"1.230"_s << kAmount << 2 << int(Value)
                                                    << qint64(123);
    QTest::newRow("too many decimals") << u"1.234"_s << kAmount << 2 << int(Invalid) << qint64(0);
    QTest::newRow("seven decimals for 万元") << u"24252.3110825"_s << kAmount << 6 << int(Invalid)
                                             << qint64(0);
    QTest::newRow("largest amount") << u"999999999999.999999"_s << kAmount << 6 << int(Value)
                                    << qint64(999'999'999'999'999'999);
    // Decimals only apply to amounts: a count with decimals = 2 is still a whole number.
    QTest::newRow("count ignores decimals") << u"1.5"_s << kCount << 2 << int(Invalid) << qint64(0);
}

void TestCellValue::parseCellText()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(int, decimals);
    QFETCH(int, status);
    QFETCH(qint64, raw);

    const ParsedValue v = nianbao::parseCellText(text, CellKind(kind), decimals);
    QCOMPARE(statusText(v.status), statusText(ParsedValue::Status(status)));
    QCOMPARE(v.raw, raw);
    QCOMPARE(v.isValue(), status == Value);
    QCOMPARE(v.isEmpty(), status == Empty);
    QCOMPARE(v.isInvalid(), status == Invalid);
    // Only an invalid value carries a reason, and it always does.
    QCOMPARE(v.error.isEmpty(), status != Invalid);
}

void TestCellValue::invalidReasons_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("reason");

    // No translator is installed here, so the reasons are the English source texts.
    QTest::newRow("negative count") << u"-3"_s << kCount << 0 << u"negative"_s;
    QTest::newRow("fraction of a count") << u"1.5"_s << kCount << 0 << u"whole number"_s;
    QTest::newRow("too many decimals") << u"1.234"_s << kAmount << 2 << u"2 decimal"_s;
    QTest::newRow("too large") << u"1000000000000"_s << kCount << 0 << u"too large"_s;
    QTest::newRow("not a number") << u"12a"_s << kCount << 0 << u"not a number"_s;
}

void TestCellValue::invalidReasons()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(int, decimals);
    QFETCH(QString, reason);

    const ParsedValue v = nianbao::parseCellText(text, CellKind(kind), decimals);
    QVERIFY(v.isInvalid());
    QVERIFY2(v.error.contains(reason), qPrintable(v.error));
}

void TestCellValue::parseDecimalString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<bool>("allowNegative");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("raw");

    QTest::newRow("万元") << u"24252.311082"_s << 6 << true << int(Value) << qint64(24'252'311'082);
    QTest::newRow("万元 short") << u"96171.6"_s << 6 << true << int(Value) << qint64(96'171'600'000);
    QTest::newRow("元 whole") << u"256360000"_s << 2 << true << int(Value) << qint64(25'636'000'000);
    QTest::newRow("zero") << u"0"_s << 6 << true << int(Value) << qint64(0);
    QTest::newRow("whole, no decimals") << u"12"_s << 0 << true << int(Value) << qint64(12);
    QTest::newRow("negative allowed") << u"-1.5"_s << 6 << true << int(Value) << qint64(-1'500'000);
    QTest::newRow("largest") << u"999999999999.99"_s << 2 << true << int(Value)
                             << qint64(99'999'999'999'999);
    QTest::newRow("negative refused") << u"-1.5"_s << 6 << false << int(Invalid) << qint64(0);
    QTest::newRow("group separator") << u"1,234"_s << 0 << true << int(Invalid) << qint64(0);
    QTest::newRow("point without fraction") << u"1."_s << 2 << true << int(Invalid) << qint64(0);
    QTest::newRow("fraction without integer") << u".5"_s << 2 << true << int(Invalid) << qint64(0);
    QTest::newRow("empty string") << QString() << 2 << true << int(Invalid) << qint64(0);
    QTest::newRow("dash is not empty here") << u"—"_s << 2 << true << int(Invalid) << qint64(0);
    QTest::newRow("leading blank") << u" 1"_s << 2 << true << int(Invalid) << qint64(0);
    QTest::newRow("plus sign") << u"+1"_s << 2 << true << int(Invalid) << qint64(0);
    QTest::newRow("full-width digit") << u"１"_s << 2 << true << int(Invalid) << qint64(0);
    QTest::newRow("too many decimals") << u"1.234"_s << 2 << true << int(Invalid) << qint64(0);
    QTest::newRow("trailing zero beyond decimals") << u"1.230"_s << 2 << true << int(Invalid)
                                                   << qint64(0);
    QTest::newRow("seven decimals") << u"24252.3110825"_s << 6 << true << int(Invalid) << qint64(0);
    QTest::newRow("fraction, no decimals") << u"1.5"_s << 0 << true << int(Invalid) << qint64(0);
    QTest::newRow("too large") << u"1000000000000"_s << 2 << true << int(Invalid) << qint64(0);
    QTest::newRow("exponent") << u"1e5"_s << 2 << true << int(Invalid) << qint64(0);
}

void TestCellValue::parseDecimalString()
{
    QFETCH(QString, text);
    QFETCH(int, decimals);
    QFETCH(bool, allowNegative);
    QFETCH(int, status);
    QFETCH(qint64, raw);

    const ParsedValue v = nianbao::parseDecimalString(text, decimals, allowNegative);
    QCOMPARE(statusText(v.status), statusText(ParsedValue::Status(status)));
    QCOMPARE(v.raw, raw);
    QCOMPARE(v.error.isEmpty(), status != Invalid);
}

void TestCellValue::formatRaw_data()
{
    QTest::addColumn<qint64>("raw");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << qint64(0) << 0 << u"0"_s;
    QTest::newRow("zero 万元") << qint64(0) << 6 << u"0"_s;
    QTest::newRow("count") << qint64(1234) << 0 << u"1234"_s;
    QTest::newRow("negative count") << qint64(-3) << 0 << u"-3"_s;
    QTest::newRow("one trailing zero trimmed") << qint64(10050) << 2 << u"100.5"_s;
    QTest::newRow("whole amount") << qint64(10000) << 2 << u"100"_s;
    QTest::newRow("万元 six places") << qint64(24'252'311'082) << 6 << u"24252.311082"_s;
    QTest::newRow("万元 trimmed") << qint64(96'171'600'000) << 6 << u"96171.6"_s;
    QTest::newRow("元 sample") << qint64(25'636'000'000) << 2 << u"256360000"_s;
    QTest::newRow("fen") << qint64(5) << 2 << u"0.05"_s;
    QTest::newRow("negative fen") << qint64(-5) << 2 << u"-0.05"_s;
    QTest::newRow("negative 万元") << qint64(-1'500'000) << 6 << u"-1.5"_s;
    QTest::newRow("largest count") << qint64(999'999'999'999) << 0 << u"999999999999"_s;
    QTest::newRow("smallest qint64") << std::numeric_limits<qint64>::min() << 0
                                     << u"-9223372036854775808"_s;
    QTest::newRow("smallest qint64 scaled") << std::numeric_limits<qint64>::min() << 6
                                            << u"-9223372036854.775808"_s;
}

void TestCellValue::formatRaw()
{
    QFETCH(qint64, raw);
    QFETCH(int, decimals);
    QFETCH(QString, expected);
    QCOMPARE(nianbao::formatRaw(raw, decimals), expected);
}

void TestCellValue::formatRawGrouped_data()
{
    QTest::addColumn<qint64>("raw");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << qint64(0) << 2 << u"0"_s;
    QTest::newRow("three digits") << qint64(123) << 0 << u"123"_s;
    QTest::newRow("four digits") << qint64(1234) << 0 << u"1,234"_s;
    QTest::newRow("six digits") << qint64(123456) << 0 << u"123,456"_s;
    QTest::newRow("seven digits") << qint64(1'234'567) << 0 << u"1,234,567"_s;
    QTest::newRow("negative three digits") << qint64(-123) << 0 << u"-123"_s;
    QTest::newRow("negative four digits") << qint64(-1234) << 0 << u"-1,234"_s;
    QTest::newRow("negative six digits") << qint64(-123456) << 0 << u"-123,456"_s;
    QTest::newRow("fraction not grouped") << qint64(24'252'311'082) << 6 << u"24,252.311082"_s;
    QTest::newRow("元 sample") << qint64(25'636'000'000) << 2 << u"256,360,000"_s;
    QTest::newRow("million and a half") << qint64(100'000'050) << 2 << u"1,000,000.5"_s;
    QTest::newRow("largest count") << qint64(999'999'999'999) << 0 << u"999,999,999,999"_s;
}

void TestCellValue::formatRawGrouped()
{
    QFETCH(qint64, raw);
    QFETCH(int, decimals);
    QFETCH(QString, expected);
    QCOMPARE(nianbao::formatRawGrouped(raw, decimals), expected);
}

void TestCellValue::pow10Values()
{
    QCOMPARE(nianbao::pow10(0), qint64(1));
    QCOMPARE(nianbao::pow10(2), qint64(100));
    QCOMPARE(nianbao::pow10(6), qint64(1'000'000));
}

void TestCellValue::roundTrip_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("decimals");

    QTest::newRow("count") << kCount << 0;
    QTest::newRow("signed count") << kSigned << 0;
    QTest::newRow("元") << kAmount << 2;
    QTest::newRow("万元") << kAmount << 6;
}

void TestCellValue::roundTrip()
{
    QFETCH(int, kind);
    QFETCH(int, decimals);

    const qint64 scale = nianbao::pow10(decimals);
    const qint64 largest = kMaxWholeUnits * scale + (scale - 1);
    QList<qint64> values = {0, 1, 5, 10, 99, 100, 101, 999, 1000, 1001, 1234, 10050, 123456,
                            1'000'000, 24'252'311'082, kMaxWholeUnits, largest};
    // A fixed seed keeps the sweep the same on every run.
    QRandomGenerator rng(20211);
    for (int i = 0; i < 2000; ++i)
        values << qint64(rng.bounded(quint64(largest) + 1));
    if (kind == kSigned) {
        const QList<qint64> positives = values;
        for (qint64 v : positives)
            values << -v;
    }

    for (qint64 v : std::as_const(values)) {
        if (v > largest || v < -largest)
            continue;
        const QString plain = nianbao::formatRaw(v, decimals);
        const QString grouped = nianbao::formatRawGrouped(v, decimals);
        QCOMPARE(QString(grouped).remove(u','), plain);

        const ParsedValue fromPlain = nianbao::parseCellText(plain, CellKind(kind), decimals);
        QVERIFY2(fromPlain.isValue(), qPrintable(plain + u": "_s + fromPlain.error));
        QCOMPARE(fromPlain.raw, v);

        const ParsedValue fromGrouped = nianbao::parseCellText(grouped, CellKind(kind), decimals);
        QVERIFY2(fromGrouped.isValue(), qPrintable(grouped + u": "_s + fromGrouped.error));
        QCOMPARE(fromGrouped.raw, v);

        const ParsedValue strict = nianbao::parseDecimalString(plain, decimals, kind == kSigned);
        QVERIFY2(strict.isValue(), qPrintable(plain + u": "_s + strict.error));
        QCOMPARE(strict.raw, v);
    }
}

QTEST_GUILESS_MAIN(TestCellValue)
#include "tst_cellvalue.moc"
