// The ZIP code of the portal package (libzip): what writeZip makes reads back with the fields it
// was given; headers that lie about sizes or CRC, local headers that disagree with the directory,
// data beyond the directory, bytes after the end record, names twice, entries sharing their data
// and too many entries are refused; inflation stops at the limit it is given.

#include "ziparchive.h"

#include <QTest>
#include <QtEndian>

#include <zip.h>

using namespace Qt::StringLiterals;
using namespace nianbao;

namespace {

const QDateTime kTime(QDate(2025, 1, 20), QTime(8, 30, 0), Qt::UTC);

// Where the records of an entry lie, found by their signatures (the writer adds no extra fields).
struct Layout {
    qint64 local = 0;   // local header
    qint64 data = 0;    // its data
    qint64 central = 0; // central header
};

Layout layoutOf(const QByteArray &zip, int entry = 0)
{
    Layout l;
    for (int i = 0; i <= entry; ++i) {
        l.local = zip.indexOf("PK\x03\x04", i ? l.data : 0);
        l.data = l.local + 30 + qFromLittleEndian<quint16>(zip.constData() + l.local + 26)
                 + qFromLittleEndian<quint16>(zip.constData() + l.local + 28);
    }
    l.central = zip.indexOf("PK\x01\x02");
    for (int i = 0; i < entry; ++i)
        l.central = zip.indexOf("PK\x01\x02", l.central + 4);
    return l;
}

void put32(QByteArray &zip, qint64 at, quint32 v)
{
    qToLittleEndian(v, zip.data() + at);
}

void put16(QByteArray &zip, qint64 at, quint16 v)
{
    qToLittleEndian(v, zip.data() + at);
}

ZipInflateError readFirst(const QByteArray &zip, qint64 maxBytes, QByteArray *out)
{
    const ZipReader r(zip, 10);
    if (!r.ok() || r.entries().isEmpty())
        return ZipInflateError::Damaged;
    return r.read(r.entries().first(), maxBytes, out);
}

} // namespace

class TestZipArchive : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip();
    void writtenFields();
    void rawNames();
    void lyingSizes();
    void brokenStructure();
    void sharedData();
    void limits();
};

void TestZipArchive::roundTrip()
{
    const QList<ZipInput> in{{u"a.txt"_s, "hello"}, {u"empty"_s, {}}, {u"报告.json"_s, QByteArray(100000, 'x')}};
    const QByteArray zip = writeZip(in, kTime);
    const ZipReader r(zip, 10);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r.entries().size(), 3);
    for (qsizetype i = 0; i < in.size(); ++i) {
        const ZipEntryInfo &e = r.entries()[i];
        QCOMPARE(e.name, in[i].name);
        QCOMPARE(e.method, quint16(8));
        QCOMPARE(e.opsys, quint8(3));
        QCOMPARE(e.unixMode(), quint32(0100644));
        QVERIFY(!e.isEncrypted());
        QCOMPARE(e.uncompressedSize, qint64(in[i].data.size()));
        QByteArray out;
        QCOMPARE(r.read(e, 1 << 20, &out), ZipInflateError::None);
        QCOMPARE(out, in[i].data);
    }
    QVERIFY(r.entries()[2].compressedSize < 1000);
}

void TestZipArchive::writtenFields()
{
    // Looked at with libzip itself: the date, and the UTF-8 mark of a Chinese name (read as the
    // specification says, an unmarked name would be taken for CP437).
    QByteArray zip = writeZip({{u"a.txt"_s, "hello"}, {u"报告.json"_s, "{}"}}, kTime);
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(zip.constData(), zip_uint64_t(zip.size()), 0, &error);
    QVERIFY(source);
    zip_t *archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    zip_error_fini(&error);
    QVERIFY(archive);
    QCOMPARE(QString::fromUtf8(zip_get_name(archive, 1, ZIP_FL_ENC_STRICT)), u"报告.json"_s);
    QCOMPARE(QByteArray(zip_get_name(archive, 0, ZIP_FL_ENC_RAW)), "a.txt");
    zip_stat_t st;
    QCOMPARE(zip_stat_index(archive, 0, 0, &st), 0);
    QCOMPARE(qint64(st.mtime), kTime.toSecsSinceEpoch()); // the tests run in UTC
    QCOMPARE(zip_file_extra_fields_count(archive, 0, ZIP_FL_LOCAL | ZIP_FL_CENTRAL), zip_int16_t(0));
    zip_discard(archive);
    // Every byte is the writer's records: local header, name, data; directory; end record.
    const Layout l = layoutOf(zip);
    QCOMPARE(l.local, qint64(0));
    QCOMPARE(l.data, qint64(35));
    QCOMPARE(zip.lastIndexOf("PK\x05\x06"), zip.size() - 22);
}

void TestZipArchive::rawNames()
{
    // A name not marked UTF-8 is given as its bytes read as UTF-8, so a control character stays
    // one (libzip would take the name for CP437 and make it a "☺").
    QByteArray zip = writeZip({{u"abc.txt"_s, "x"}}, kTime);
    const Layout l = layoutOf(zip);
    for (const qint64 at : {l.local + 30, l.central + 46}) {
        zip[at + 1] = '\x01';
        zip[at + 2] = char(0x80);
    }
    const ZipReader r(zip, 10);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r.entries().value(0).name, QString::fromUtf8("a\x01\x80.txt"));
    QVERIFY(r.entries().value(0).name.contains(QChar(1)));
}

void TestZipArchive::lyingSizes()
{
    const QByteArray good = writeZip({{u"a.txt"_s, QByteArray(5000, 'y')}}, kTime);
    const Layout l = layoutOf(good);
    QByteArray out;

    QByteArray smaller = good; // declares 100 bytes in both headers, holds 5000
    put32(smaller, l.local + 22, 100);
    put32(smaller, l.central + 24, 100);
    QVERIFY(ZipReader(smaller, 10).ok());
    QCOMPARE(readFirst(smaller, 1 << 20, &out), ZipInflateError::LargerThanDeclared);
    QVERIFY(out.isEmpty());

    QByteArray larger = good; // declares 9000, holds 5000
    put32(larger, l.local + 22, 9000);
    put32(larger, l.central + 24, 9000);
    QCOMPARE(readFirst(larger, 1 << 20, &out), ZipInflateError::Damaged);
    QVERIFY(out.isEmpty());

    QByteArray crc = good; // the same wrong CRC in both headers
    put32(crc, l.local + 14, 0x12345678);
    put32(crc, l.central + 16, 0x12345678);
    QVERIFY(ZipReader(crc, 10).ok());
    QCOMPARE(readFirst(crc, 1 << 20, &out), ZipInflateError::Damaged);

    QByteArray data = good; // deflate data that is not
    data[l.data] = char(0xff);
    data[l.data + 1] = char(0xff);
    QCOMPARE(readFirst(data, 1 << 20, &out), ZipInflateError::Damaged);

    QByteArray method = good; // implode, a method libzip does not know, in both headers
    put16(method, l.local + 8, 6);
    put16(method, l.central + 10, 6);
    const ZipReader unknown(method, 10);
    QVERIFY2(unknown.ok(), qPrintable(unknown.error()));
    QCOMPARE(unknown.entries().value(0).method, quint16(6));
    QCOMPARE(readFirst(method, 1 << 20, &out), ZipInflateError::Unsupported);

    // The limit given is kept whatever the header says.
    QCOMPARE(readFirst(good, 4999, &out), ZipInflateError::OverLimit);
    QVERIFY(out.isEmpty());
    QCOMPARE(readFirst(good, 5000, &out), ZipInflateError::None);
    QCOMPARE(out, QByteArray(5000, 'y'));
}

void TestZipArchive::brokenStructure()
{
    const QByteArray good = writeZip({{u"a.txt"_s, "hello"}}, kTime);
    const Layout l = layoutOf(good);
    const QString disagree = u"the ZIP file is damaged: its headers do not agree with one another"_s;
    const QString notZip = u"not a ZIP file, or a damaged or truncated one"_s;

    QByteArray name = good;
    name[30] = 'b'; // the local header names another file
    QCOMPARE(ZipReader(name, 10).error(), disagree);

    QByteArray crc = good; // the directory's CRC alone differs
    put32(crc, l.central + 16, 0x12345678);
    QCOMPARE(ZipReader(crc, 10).error(), disagree);

    QByteArray size = good; // the directory's size alone differs
    put32(size, l.central + 24, 1);
    QCOMPARE(ZipReader(size, 10).error(), disagree);

    QByteArray beyond = good; // compressed size past the directory, in both headers
    put32(beyond, l.local + 18, 100000);
    put32(beyond, l.central + 20, 100000);
    QCOMPARE(ZipReader(beyond, 10).error(), notZip);

    QByteArray offset = good; // local header offset to nowhere
    put32(offset, l.central + 42, 7);
    QCOMPARE(ZipReader(offset, 10).error(), notZip);

    // Bytes after the end record: the directory does not end where the file does.
    QCOMPARE(ZipReader(good + "junk", 10).error(), disagree);

    QCOMPARE(ZipReader(good.left(good.size() - 1), 10).error(), notZip);
    QCOMPARE(ZipReader("PK\x03\x04", 10).error(), notZip);
    QCOMPARE(ZipReader(QByteArray(), 10).error(), notZip);
    QCOMPARE(ZipReader(QByteArray(3000, 'x'), 10).error(), notZip);
    QVERIFY(ZipReader(good, 10).ok());
}

void TestZipArchive::sharedData()
{
    // Two directory records for the same local header and data: the name occurs twice.
    const QByteArray one = writeZip({{u"a.txt"_s, QByteArray(1000, 'z')}}, kTime);
    const qint64 central = layoutOf(one).central;
    const QByteArray record = one.mid(central, one.size() - 22 - central);
    QByteArray two = one.left(central) + record + record + one.right(22);
    put16(two, two.size() - 22 + 8, 2);
    put16(two, two.size() - 22 + 10, 2);
    put32(two, two.size() - 22 + 12, quint32(record.size() * 2));
    const ZipReader r(two, 10);
    QCOMPARE(r.errorEntry(), u"a.txt"_s);
    QCOMPARE(r.error(), u"the entry occurs twice"_s);
    QCOMPARE(ZipReader(two, 1).error(), u"the package has 2 entries; a package has at most 1"_s);

    // Entries whose headers agree, but the first one's data takes in the second entry whole.
    QByteArray overlap = writeZip({{u"a.txt"_s, QByteArray(1000, 'z')}, {u"b.txt"_s, QByteArray(1000, 'w')}}, kTime);
    const Layout a = layoutOf(overlap, 0);
    const Layout b = layoutOf(overlap, 1);
    QVERIFY(b.local > a.data && b.central > a.central);
    const auto spanned = quint32(a.central - a.data); // up to the directory
    put32(overlap, a.local + 18, spanned);
    put32(overlap, a.central + 20, spanned);
    const ZipReader o(overlap, 10);
    QCOMPARE(o.error(), u"entries of the ZIP file share their data"_s);
    QVERIFY(o.entries().isEmpty());
}

void TestZipArchive::limits()
{
    QList<ZipInput> many;
    for (int i = 0; i < 5; ++i)
        many.append({QString::number(i), "x"});
    const ZipReader r(writeZip(many, kTime), 4);
    QCOMPARE(r.declaredEntries(), qint64(5));
    QVERIFY(r.entries().isEmpty());
    QCOMPARE(r.error(), u"the package has 5 entries; a package has at most 4"_s);
    QCOMPARE(ZipReader(writeZip(many, kTime), 5).entries().size(), 5);
}

QTEST_MAIN(TestZipArchive)
#include "tst_ziparchive.moc"
