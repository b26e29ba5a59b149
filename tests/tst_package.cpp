// The portal package in the library: database → package → fresh database gives the same report;
// the ZIP holds exactly the manifest's files with their sizes and SHA-256, in a fixed order; a
// report with errors gets no package; the reader's limits (entries, ratio, size) hold; the import
// reports the PDF's signature as not checked. Hostile packages through the executable are in
// tests/package/check_package.py.

#include "database.h"
#include "importer.h"
#include "interchange.h"
#include "ledger.h"
#include "packagereader.h"
#include "packagewriter.h"
#include "portalpackage.h"
#include "ziparchive.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nianbao;

namespace {

const QString kSamples = QStringLiteral(NIANBAO_SOURCE_DIR) + u"/resources/samples/"_s;
const QDateTime kCreated = QDateTime(QDate(2025, 1, 20), QTime(8, 30, 0), Qt::UTC);

ReportData sample(const QString &name)
{
    QFile f(kSamples + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return readInterchange(f.readAll()).report.value_or(ReportData());
}

struct Db {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<Ledger> ledger;
    explicit Db(const QString &name = u"test.sqlite"_s)
    {
        Status s;
        db = Database::open(dir.filePath(name), &s);
        if (db)
            ledger = std::make_unique<Ledger>(*db);
    }
};

// Every entry of a ZIP: its directory record and inflated content, in the ZIP's order.
struct ZipEntry {
    ZipEntryInfo info;
    QByteArray content;
};
QList<ZipEntry> entriesOf(const QByteArray &zipBytes)
{
    QList<ZipEntry> out;
    const ZipReader zip(zipBytes, 100);
    for (const ZipEntryInfo &info : zip.entries()) {
        ZipEntry e{info, {}};
        if (zip.read(info, kPackageMaxBytes, &e.content) != ZipInflateError::None)
            e.content = "(damaged)";
        out << e;
    }
    return out;
}

QByteArray zipOf(const QList<ZipInput> &entries)
{
    return writeZip(entries, kCreated);
}

// A one-entry ZIP whose central directory gives the entry the Unix mode `mode` (made on Unix).
QByteArray zipWithMode(quint32 mode)
{
    QByteArray zip = zipOf({{u"report.pdf"_s, "%PDF-1.7"}});
    const qsizetype central = zip.indexOf("PK\x01\x02");
    if (central < 0)
        return {};
    const quint32 attributes = mode << 16;
    for (int i = 0; i < 4; ++i)
        zip[central + 38 + i] = char((attributes >> (8 * i)) & 0xFF);
    return zip;
}

QString describeErrors(const PackageBuild &b)
{
    QStringList out;
    for (const Problem &p : b.errors)
        out << p.ruleId + u": "_s + p.messageEn;
    return out.join(u'\n');
}

} // namespace

class TestPackage : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void entriesMatchManifest();
    void quarterPackage();
    void errorsRefuseThePackage();
    void manifestIsStrict();
    void readerLimits();
    void entryModes_data();
    void entryModes();
};

void TestPackage::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("seed 2019") << u"2019_jiading_chengguan.json"_s;
    QTest::newRow("2021") << u"2021_pingtan.json"_s;
    QTest::newRow("2024") << u"2024_huaian.json"_s;
}

void TestPackage::roundTrip()
{
    QFETCH(QString, file);
    Db source;
    QVERIFY(source.ledger);
    int id = 0;
    const Status s = source.ledger->importReport(sample(file), false, &id);
    QVERIFY2(s.ok(), qPrintable(s.message));
    const QString path = source.dir.filePath(u"package.zip"_s);
    const PackageBuild b = writePortalPackage(*source.ledger, id, path);
    QVERIFY2(b.ok(), qPrintable(b.message));
    QVERIFY(QFile::exists(path));

    Db fresh(u"fresh.sqlite"_s);
    QVERIFY(fresh.ledger);
    const ImportOutcome outcome = importFiles(*fresh.ledger, {path}, false);
    QVERIFY2(outcome.ok, qPrintable(outcome.failedFile + u": "_s + outcome.error));
    QCOMPARE(outcome.imported.size(), 1);
    const ImportedReport &done = outcome.imported.first();
    QVERIFY(done.signature);
    // An unsigned report's package: its PDF checked and found unsigned, nothing kept.
    QVERIFY(done.signature->checked);
    QVERIFY(!done.signature->declaredSigned);
    QCOMPARE(done.signature->verdict.state, SignatureState::Unsigned);
    QVERIFY(!fresh.ledger->signedFile(done.periodId));
    QCOMPARE(countSeverity(done.problems, Severity::Error), 0);

    const auto before = source.ledger->report(id);
    const auto after = fresh.ledger->report(done.periodId);
    QVERIFY(before && after);
    QCOMPARE(after->organization, before->organization);
    QCOMPARE(after->year, before->year);
    QCOMPARE(after->quarter, before->quarter);
    QCOMPARE(after->status, before->status);
    QCOMPARE(after->date, before->date);
    QCOMPARE(after->format()->id, before->format()->id);
    QVERIFY(after->figures == before->figures);
    QCOMPARE(after->narrative, before->narrative);
    QCOMPARE(after->explanations, before->explanations);
    QCOMPARE(after->notes, before->notes);
    QCOMPARE(writeInterchange(*after), writeInterchange(*before));
}

void TestPackage::entriesMatchManifest()
{
    Db source;
    int id = 0;
    QVERIFY(source.ledger->importReport(sample(u"2019_jiading_chengguan.json"_s), false, &id).ok());
    const PackageBuild b = buildPortalPackage(*source.ledger, id, kCreated);
    QVERIFY2(b.ok(), qPrintable(b.message));
    const QList<ZipEntry> entries = entriesOf(b.bytes);
    QStringList names;
    for (const ZipEntry &e : entries)
        names << e.info.name;
    QCOMPARE(names, (QStringList{u"manifest.json"_s, u"report.pdf"_s, u"report.html"_s, u"report.json"_s,
                                 u"tables.xlsx"_s}));
    const ManifestResult m = readManifest(entries.first().content);
    QVERIFY2(m.manifest, qPrintable(m.path + u": "_s + m.error));
    QCOMPARE(m.manifest->created, kCreated);
    QCOMPARE(m.manifest->organization, u"上海市嘉定区城市管理行政执法局"_s);
    QCOMPARE(m.manifest->year, 2019);
    QCOMPARE(m.manifest->quarter, 0);
    QCOMPARE(m.manifest->format, u"2019"_s);
    QCOMPARE(m.manifest->signedPdf, false);
    QCOMPARE(m.manifest->files.size(), 4);
    for (const ZipEntry &e : entries) {
        QCOMPARE(e.info.method, quint16(8));                       // deflate
        QCOMPARE(e.info.unixMode(), quint32(0100644));             // a regular file
        QCOMPARE(e.info.opsys, 3);                                 // on Unix
        QVERIFY(!e.info.isEncrypted());
        if (e.info.name == u"manifest.json"_s)
            continue;
        const PackageFile *f = m.manifest->file(e.info.name);
        QVERIFY(f);
        QCOMPARE(f->size, e.content.size());
        QCOMPARE(f->sha256, QCryptographicHash::hash(e.content, QCryptographicHash::Sha256).toHex());
    }
    QVERIFY(entries.at(1).content.startsWith("%PDF-"));
    QCOMPARE(entries.at(3).content, writeInterchange(*source.ledger->report(id)));
    // The manifest written again from what was read is the same text.
    QCOMPARE(writeManifest(*m.manifest), entries.first().content);
    // And the reader accepts what the writer made.
    const PackageReadResult r = readPackage(b.bytes);
    QVERIFY2(r.package, qPrintable(r.message()));
    QCOMPARE(r.package->manifest.files, m.manifest->files);
}

void TestPackage::quarterPackage()
{
    Db source;
    ReportData q1 = sample(u"2024_huaian.json"_s);
    q1.quarter = 1;
    int id = 0;
    QVERIFY(source.ledger->importReport(q1, false, &id).ok());
    const PackageBuild b = buildPortalPackage(*source.ledger, id, kCreated);
    QVERIFY2(b.ok(), qPrintable(b.message + describeErrors(b)));
    QCOMPARE(b.manifest.quarter, 1);
    const PackageReadResult r = readPackage(b.bytes);
    QVERIFY2(r.package, qPrintable(r.message()));
    QCOMPARE(r.package->report.quarter, 1);

    Db fresh(u"fresh.sqlite"_s);
    const QString path = fresh.dir.filePath(u"q1.zip"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(b.bytes);
    f.close();
    const ImportOutcome outcome = importFiles(*fresh.ledger, {path}, false);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    const auto p = fresh.ledger->periodById(outcome.imported.first().periodId);
    QVERIFY(p);
    QCOMPARE(p->quarter, 1);
    QVERIFY(fresh.ledger->figures(*p) == source.ledger->figures(*source.ledger->periodById(id)));
}

void TestPackage::errorsRefuseThePackage()
{
    Db source;
    QFile broken(QStringLiteral(NIANBAO_SOURCE_DIR) + u"/tests/fixtures/invalid/applications_balance_broken.json"_s);
    QVERIFY(broken.open(QIODevice::ReadOnly));
    int id = 0;
    QVERIFY(source.ledger->importReport(*readInterchange(broken.readAll()).report, false, &id).ok());
    const QString path = source.dir.filePath(u"broken.zip"_s);
    const PackageBuild b = writePortalPackage(*source.ledger, id, path);
    QCOMPARE(b.outcome, PackageBuild::Outcome::DataErrors);
    QVERIFY(!b.errors.isEmpty());
    QVERIFY(b.bytes.isEmpty());
    QVERIFY(!QFile::exists(path));
    // A period that does not exist.
    QCOMPARE(buildPortalPackage(*source.ledger, id + 100).outcome, PackageBuild::Outcome::Failed);
}

void TestPackage::manifestIsStrict()
{
    PackageFiles files{"%PDF-1.7", false, "<html></html>", "{}", "PK"};
    const PackageManifest m = packageManifest(sample(u"2021_pingtan.json"_s), files, kCreated);
    const ManifestResult ok = readManifest(writeManifest(m));
    QVERIFY2(ok.manifest, qPrintable(ok.path + u": "_s + ok.error));
    QCOMPARE(ok.manifest->files, m.files);

    auto broken = [&](const QByteArray &from, const QByteArray &to) {
        QByteArray text = writeManifest(m);
        text.replace(from, to);
        return readManifest(text);
    };
    QCOMPARE(broken("\"version\": 1", "\"version\": 2").path, u"$.version"_s);
    QCOMPARE(broken("\"signed\": false", "\"signed\": 0").path, u"$.signed"_s);
    QCOMPARE(broken("\"quarter\": null", "\"quarter\": 5").path, u"$.quarter"_s);
    QCOMPARE(broken("\"year\": 2021", "\"year\": 1999").path, u"$.year"_s);
    QCOMPARE(broken("T08:30:00Z", "T08:30:00+08:00").path, u"$.created"_s);
    QCOMPARE(broken("\"report.html\"", "\"index.html\"").path, u"$.files[1].name"_s);
    QCOMPARE(broken("\"text/html\"", "\"text/plain\"").path, u"$.files[1].type"_s);
    QCOMPARE(broken("\"report.json\"", "\"report.pdf\"").error, u"“report.pdf” is listed twice"_s);
    QCOMPARE(broken("\"size\": 8", "\"size\": -8").path, u"$.files[0].size"_s);
    QCOMPARE(broken("\"package\"", "\"packages\"").path, u"$.packages"_s);
    QVERIFY(!broken("{", "[").manifest);
}

void TestPackage::readerLimits()
{
    const QByteArray zeros(300 * 1024, '\0');
    PackageLimits limits;
    limits.maxEntries = 2;
    PackageReadResult r = readPackage(zipOf({{u"a"_s, "1"}, {u"b"_s, "2"}, {u"c"_s, "3"}}), limits);
    QCOMPARE(r.error, u"the package has 3 entries; a package has at most 2"_s);

    r = readPackage(zipOf({{u"zeros.bin"_s, zeros}}));
    QCOMPARE(r.entry, u"zeros.bin"_s);
    QVERIFY2(r.error.startsWith(u"the entry is compressed more than 100 to 1"_s), qPrintable(r.error));

    limits = {};
    limits.maxRatio = 1000000;
    limits.maxUncompressedBytes = 200 * 1024;
    r = readPackage(zipOf({{u"zeros.bin"_s, zeros}}), limits);
    QCOMPARE(r.entry, u"zeros.bin"_s);
    QVERIFY2(r.error.contains(u"uncompressed; a package holds at most 0.2 MB"_s), qPrintable(r.error));
    // The budget is for all entries together.
    limits.maxUncompressedBytes = 500 * 1024;
    r = readPackage(zipOf({{u"a.bin"_s, zeros}, {u"b.bin"_s, zeros}}), limits);
    QCOMPARE(r.entry, u"b.bin"_s);

    limits = {};
    limits.maxPackageBytes = 100;
    r = readPackage(zipOf({{u"zeros.bin"_s, QByteArray(1000, 'x')}}), limits);
    QVERIFY(r.error.startsWith(u"the package is larger than"_s));

    QVERIFY(!looksLikeZip("%PDF-1.7"));
    QVERIFY(looksLikeZip(zipOf({{u"a"_s, "1"}})));
    QVERIFY(readPackage("PK\x03\x04 not really").error.startsWith(u"not a ZIP file"_s));
}

void TestPackage::entryModes_data()
{
    QTest::addColumn<quint32>("mode");
    QTest::addColumn<QString>("error"); // empty: not refused for its mode
    QTest::newRow("regular 0644") << quint32(0100644) << QString();
    QTest::newRow("regular 0755") << quint32(0100755) << QString();
    QTest::newRow("no mode (not made on Unix)") << quint32(0) << QString();
    QTest::newRow("symbolic link") << quint32(0120777) << u"the entry is a symbolic link"_s;
    QTest::newRow("FIFO") << quint32(0010644) << u"the entry is a named pipe (FIFO)"_s;
    QTest::newRow("socket") << quint32(0140755) << u"the entry is a socket"_s;
    QTest::newRow("character device") << quint32(0020666) << u"the entry is a device"_s;
    QTest::newRow("block device") << quint32(0060660) << u"the entry is a device"_s;
    QTest::newRow("unknown type") << quint32(0170644) << u"the entry is not a regular file (mode 170644)"_s;
    QTest::newRow("setuid") << quint32(0104755) << u"the entry has the setuid, setgid or sticky bit (mode 104755)"_s;
    QTest::newRow("setgid") << quint32(0102755) << u"the entry has the setuid, setgid or sticky bit (mode 102755)"_s;
    QTest::newRow("sticky") << quint32(0101644) << u"the entry has the setuid, setgid or sticky bit (mode 101644)"_s;
}

void TestPackage::entryModes()
{
    QFETCH(quint32, mode);
    QFETCH(QString, error);
    const QByteArray zip = zipWithMode(mode);
    QCOMPARE(entriesOf(zip).value(0).info.unixMode(), mode);
    const PackageReadResult r = readPackage(zip);
    QVERIFY(!r.package);
    if (error.isEmpty()) {
        // Read on to what is missing: a package without its manifest.
        QCOMPARE(r.error, u"the package has no manifest"_s);
        return;
    }
    QCOMPARE(r.entry, u"report.pdf"_s);
    QCOMPARE(r.error, error);
}

QTEST_MAIN(TestPackage)
#include "tst_package.moc"
