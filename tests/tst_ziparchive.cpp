// The ZIP code of the portal package: what writeZip makes reads back; headers that lie about
// sizes or CRC, local headers that name another file, data beyond the file, entries that share
// their data and too many entries are refused; inflation stops at the limit it is given.

#include "ziparchive.h"

#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace nianbao;

namespace {

const QDateTime kTime(QDate(2025, 1, 20), QTime(8, 30, 0), Qt::UTC);

// Offsets of the first entry's fields (one entry named "a.txt"): local header at 0, central
// header right after the data.
struct Layout {
    qint64 central = 0;
};

Layout layoutOf(const QByteArray &zip)
{
    const ZipDirectory d = readZipDirectory(zip, 10);
    return {d.entries.value(0).dataOffset + d.entries.value(0).compressedSize};
}

void put32(QByteArray &zip, qint64 at, quint32 v)
{
    qToLittleEndian(v, zip.data() + at);
}

} // namespace

class TestZipArchive : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip();
    void lyingSizes();
    void brokenStructure();
    void sharedData();
    void limits();
};

void TestZipArchive::roundTrip()
{
    const QList<ZipInput> in{{u"a.txt"_s, "hello"}, {u"empty"_s, {}}, {u"报告.json"_s, QByteArray(100000, 'x')}};
    const QByteArray zip = writeZip(in, kTime);
    const ZipDirectory d = readZipDirectory(zip, 10);
    QVERIFY2(d.error.isEmpty(), qPrintable(d.error));
    QCOMPARE(d.entries.size(), 3);
    for (qsizetype i = 0; i < in.size(); ++i) {
        QCOMPARE(d.entries[i].name, in[i].name);
        QCOMPARE(d.entries[i].method, quint16(8));
        QCOMPARE(d.entries[i].unixMode(), quint32(0100644));
        QByteArray out;
        QCOMPARE(inflateZipEntry(zip, d.entries[i], 1 << 20, &out), ZipInflateError::None);
        QCOMPARE(out, in[i].data);
    }
    QVERIFY(d.entries[2].flags & 0x0800); // a UTF-8 name is marked so
    QVERIFY(d.entries[2].compressedSize < 1000);
}

void TestZipArchive::lyingSizes()
{
    const QByteArray good = writeZip({{u"a.txt"_s, QByteArray(5000, 'y')}}, kTime);
    const qint64 central = layoutOf(good).central;
    QByteArray out;

    QByteArray smaller = good; // declares 100 bytes, holds 5000
    put32(smaller, 22, 100);
    put32(smaller, central + 24, 100);
    ZipDirectory d = readZipDirectory(smaller, 10);
    QVERIFY(d.error.isEmpty());
    QCOMPARE(inflateZipEntry(smaller, d.entries[0], 1 << 20, &out), ZipInflateError::LargerThanDeclared);
    QVERIFY(out.isEmpty());

    QByteArray larger = good; // declares 9000, holds 5000
    put32(larger, 22, 9000);
    put32(larger, central + 24, 9000);
    d = readZipDirectory(larger, 10);
    QCOMPARE(inflateZipEntry(larger, d.entries[0], 1 << 20, &out), ZipInflateError::Damaged);

    QByteArray crc = good;
    put32(crc, central + 16, 0x12345678);
    d = readZipDirectory(crc, 10);
    QCOMPARE(inflateZipEntry(crc, d.entries[0], 1 << 20, &out), ZipInflateError::Damaged);

    // The limit given is kept whatever the header says.
    d = readZipDirectory(good, 10);
    QCOMPARE(inflateZipEntry(good, d.entries[0], 4999, &out), ZipInflateError::OverLimit);
    QVERIFY(out.isEmpty());
    QCOMPARE(inflateZipEntry(good, d.entries[0], 5000, &out), ZipInflateError::None);
}

void TestZipArchive::brokenStructure()
{
    const QByteArray good = writeZip({{u"a.txt"_s, "hello"}}, kTime);
    const qint64 central = layoutOf(good).central;

    QByteArray name = good;
    name[30] = 'b'; // the local header's name
    QCOMPARE(readZipDirectory(name, 10).error, u"the entry's local header names another file"_s);

    QByteArray beyond = good;
    put32(beyond, central + 20, 100000); // compressed size past the directory
    QCOMPARE(readZipDirectory(beyond, 10).entry, u"a.txt"_s);
    QVERIFY(readZipDirectory(beyond, 10).error.contains(u"outside the file"_s));

    QByteArray offset = good;
    put32(offset, central + 42, 7); // local header offset to nowhere
    QVERIFY(readZipDirectory(offset, 10).error.contains(u"local header"_s));

    QVERIFY(readZipDirectory(good.left(good.size() - 1), 10).error.startsWith(u"not a ZIP file"_s));
    QVERIFY(readZipDirectory("PK\x03\x04", 10).error.startsWith(u"not a ZIP file"_s));
    QVERIFY(readZipDirectory(QByteArray(), 10).error.startsWith(u"not a ZIP file"_s));
}

void TestZipArchive::sharedData()
{
    // Two directory records for the same local header and data: the second overlaps the first.
    const QByteArray one = writeZip({{u"a.txt"_s, QByteArray(1000, 'z')}}, kTime);
    const qint64 central = layoutOf(one).central;
    const QByteArray record = one.mid(central, one.size() - 22 - central);
    QByteArray two = one.left(central) + record + record + one.right(22);
    qToLittleEndian<quint16>(2, two.data() + two.size() - 22 + 8);
    qToLittleEndian<quint16>(2, two.data() + two.size() - 22 + 10);
    put32(two, two.size() - 22 + 12, quint32(record.size() * 2));
    const ZipDirectory d = readZipDirectory(two, 10);
    QCOMPARE(d.error, u"the entry overlaps another entry's data"_s);
}

void TestZipArchive::limits()
{
    QList<ZipInput> many;
    for (int i = 0; i < 5; ++i)
        many.append({QString::number(i), "x"});
    const ZipDirectory d = readZipDirectory(writeZip(many, kTime), 4);
    QCOMPARE(d.declaredEntries, 5);
    QVERIFY(d.entries.isEmpty());
    QCOMPARE(d.error, u"the package has 5 entries; a package has at most 4"_s);
    QCOMPARE(readZipDirectory(writeZip(many, kTime), 5).entries.size(), 5);
}

QTEST_MAIN(TestZipArchive)
#include "tst_ziparchive.moc"
