// The storage commands of the real executable (QProcess): `import`, `export` and `backup` with a
// temporary --db. Samples survive import and export byte for byte; refused imports leave the
// database exactly as it was; a backup is a whole database, also while someone else is writing.

#include "database.h"
#include "interchange.h"
#include "ledger.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nianbao;

namespace {

const QString kSourceDir = QStringLiteral(NIANBAO_SOURCE_DIR);
const QString kSamples = kSourceDir + u"/resources/samples/"_s;
const QString kInvalid = kSourceDir + u"/tests/fixtures/invalid/"_s;

struct Run {
    int code = -1;
    QString out;
    QString err;
};

// Runs the nianbao executable with English messages; a crash or a hang is exit code -1.
Run runNianbao(const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, QString());
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(NIANBAO_EXE), QStringList{u"--lang"_s, u"en"_s} + arguments);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString describe(const Run &r)
{
    return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(r.code).arg(r.out, r.err);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray fileHash(const QString &path)
{
    if (!QFileInfo::exists(path))
        return {};
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
}

QStringList sideFiles(const QString &path)
{
    QStringList out;
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s})
        if (QFileInfo::exists(path + suffix))
            out << suffix;
    return out;
}

// The schema and every row of every table, read from a copy so the file itself is not touched.
QStringList contents(const QString &path)
{
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(u"copy.sqlite"_s);
    if (!QFile::copy(path, copy))
        return {u"cannot copy "_s + path};
    if (QFileInfo::exists(path + u"-wal"_s))
        QFile::copy(path + u"-wal"_s, copy + u"-wal"_s);
    QStringList out;
    const QString name = u"contents-"_s + QFileInfo(scratch.path()).fileName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(copy);
        if (!db.open())
            return {u"cannot open "_s + copy};
        QSqlQuery q(db);
        QStringList tables;
        q.exec(u"SELECT type, name, sql FROM sqlite_master ORDER BY type, name"_s);
        while (q.next()) {
            out << q.value(0).toString() + u' ' + q.value(1).toString() + u' ' + q.value(2).toString();
            if (q.value(0).toString() == u"table"_s)
                tables << q.value(1).toString();
        }
        for (const QString &t : tables) {
            q.exec(u"SELECT * FROM \"%1\""_s.arg(t));
            QStringList rows;
            while (q.next()) {
                QStringList cols;
                for (int i = 0; i < q.record().count(); ++i)
                    cols << q.value(i).toString();
                rows << t + u": "_s + cols.join(u'|');
            }
            rows.sort();
            out += rows;
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

// Organization name, year and quarter of an interchange file.
struct Identity {
    QString organization;
    int year = 0;
    int quarter = 0;
};

Identity identityOf(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    return {o.value(u"organization"_s).toObject().value(u"name"_s).toString(), o.value(u"year"_s).toInt(),
            o.value(u"quarter"_s).toInt()};
}

QStringList sampleNames()
{
    return QDir(kSamples).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
}

// The exit code of `nianbao validate` for each invalid fixture, from the table in its README.
QHash<QString, int> invalidFixtures()
{
    QHash<QString, int> out;
    static const QRegularExpression row(uR"(^\|\s*`([\w.]+\.json)`.*\|\s*(\d)\s*\|\s*$)"_s);
    for (const QString &line : QString::fromUtf8(readAll(kInvalid + u"README.md"_s)).split(u'\n')) {
        const auto m = row.match(line);
        if (m.hasMatch())
            out.insert(m.captured(1), m.captured(2).toInt());
    }
    return out;
}

// A sample that may be replaced: the same report as a draft.
QByteArray draftOf(const QString &sample)
{
    QByteArray bytes = readAll(kSamples + sample);
    const QByteArray status = "\"status\": \"final\"";
    if (bytes.count(status) != 1)
        return {};
    return bytes.replace(status, "\"status\": \"draft\"");
}

} // namespace

class TestStorageCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();

    void roundTrip_data();
    void roundTrip();
    void roundTripAllInOne();
    void importExistingNeedsReplace();
    void refusedImportChangesNothing_data();
    void refusedImportChangesNothing();
    void severalFilesAllOrNothing_data();
    void severalFilesAllOrNothing();
    void ruleErrorsStoredWithExit1();
    void backup();
    void backupDuringWriteTransaction();
    void exportUnknown();
    void notANianbaoDatabase_data();
    void notANianbaoDatabase();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString db() const { return path(u"nianbao.sqlite"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStorageCli::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(NIANBAO_EXE)).isExecutable(), NIANBAO_EXE);
    QVERIFY(sampleNames().size() >= 3);
    QVERIFY(invalidFixtures().size() >= 10);
}

void TestStorageCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStorageCli::roundTrip_data()
{
    QTest::addColumn<QString>("sample");
    for (const QString &s : sampleNames())
        QTest::newRow(qPrintable(s)) << s;
}

void TestStorageCli::roundTrip()
{
    QFETCH(QString, sample);
    const QByteArray original = readAll(kSamples + sample);
    const Identity id = identityOf(original);
    QVERIFY(!id.organization.isEmpty());

    const Run imported = runNianbao({u"--db"_s, db(), u"import"_s, kSamples + sample});
    QVERIFY2(imported.code == 0, qPrintable(describe(imported)));
    QVERIFY2(imported.out.contains(u"imported"_s), qPrintable(imported.out));
    QCOMPARE(sideFiles(db()), QStringList());

    QStringList args = {u"--db"_s, db(), u"export"_s, u"--org"_s, id.organization, u"--year"_s,
                        QString::number(id.year), u"-o"_s, path(u"out.json"_s)};
    if (id.quarter)
        args << u"--quarter"_s << QString::number(id.quarter);
    const Run exported = runNianbao(args);
    QVERIFY2(exported.code == 0, qPrintable(describe(exported)));
    const QByteArray back = readAll(path(u"out.json"_s));
    QCOMPARE(back.size(), original.size());
    QVERIFY(back == original);

    // The organization's number works as well as its name.
    args[4] = u"1"_s;
    args[8] = path(u"by-id.json"_s);
    const Run byId = runNianbao(args);
    QVERIFY2(byId.code == 0, qPrintable(describe(byId)));
    QVERIFY(readAll(path(u"by-id.json"_s)) == original);
}

void TestStorageCli::roundTripAllInOne()
{
    QStringList files;
    for (const QString &s : sampleNames())
        files << kSamples + s;
    const Run imported = runNianbao(QStringList{u"--db"_s, db(), u"import"_s} + files);
    QVERIFY2(imported.code == 0, qPrintable(describe(imported)));
    for (const QString &file : files) {
        const QByteArray original = readAll(file);
        const Identity id = identityOf(original);
        const QString out = path(QFileInfo(file).fileName());
        const Run exported = runNianbao({u"--db"_s, db(), u"export"_s, u"--org"_s, id.organization, u"--year"_s,
                                      QString::number(id.year), u"-o"_s, out});
        QVERIFY2(exported.code == 0, qPrintable(describe(exported)));
        QVERIFY2(readAll(out) == original, qPrintable(file));
    }
}

void TestStorageCli::importExistingNeedsReplace()
{
    const QString sample = u"2021_pingtan.json"_s;
    const QByteArray draft = draftOf(sample);
    QVERIFY(!draft.isEmpty());
    const QString first = path(u"draft.json"_s);
    QVERIFY(writeAll(first, draft));
    const Identity id = identityOf(draft);

    Run r = runNianbao({u"--db"_s, db(), u"import"_s, first});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));

    // The same period again, changed: refused without --replace, and nothing changes.
    QJsonObject changed = QJsonDocument::fromJson(draft).object();
    QJsonObject figures = changed.value(u"figures"_s).toObject();
    const int issued = figures.value(u"proactive.rules.issued"_s).toInt();
    figures.insert(u"proactive.rules.issued"_s, issued + 1);
    changed.insert(u"figures"_s, figures);
    QJsonObject narrative = changed.value(u"narrative"_s).toObject();
    QVERIFY(narrative.contains(u"problems"_s));
    const QString oldProblems = narrative.value(u"problems"_s).toString();
    narrative.insert(u"problems"_s, u"替换后的问题与改进。"_s);
    changed.insert(u"narrative"_s, narrative);
    const QString second = path(u"changed.json"_s);
    QVERIFY(writeAll(second, QJsonDocument(changed).toJson()));

    const QByteArray before = fileHash(db());
    r = runNianbao({u"--db"_s, db(), u"import"_s, second});
    QVERIFY2(r.code == 2, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(u"--replace"_s), qPrintable(r.err));
    QCOMPARE(fileHash(db()), before);

    r = runNianbao({u"--db"_s, db(), u"import"_s, second, u"--replace"_s});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));

    // The audit log keeps every replaced figure and text with its old value.
    const InterchangeResult old = readInterchange(draft);
    QVERIFY(old.report);
    Status s;
    auto database = Database::open(db(), &s);
    QVERIFY2(database, qPrintable(s.message));
    Ledger ledger(*database);
    const auto org = ledger.organizationByName(id.organization);
    QVERIFY(org);
    const auto period = ledger.period(org->id, id.year, id.quarter);
    QVERIFY(period);
    QHash<QString, QString> replaced;
    int imports = 0;
    for (const AuditEntry &e : ledger.audit(period->id)) {
        if (e.action == u"import"_s)
            ++imports;
        if (e.action != u"replace"_s)
            continue;
        QVERIFY2(!replaced.contains(e.cellKey), qPrintable(e.cellKey));
        replaced.insert(e.cellKey, e.oldValue);
        QVERIFY(e.newValue.isEmpty());
    }
    QCOMPARE(imports, 2);
    const Figures &oldFigures = old.report->figures;
    int oldCount = 0;
    for (const CellDef &c : oldFigures.format()->cells) {
        const auto v = oldFigures.value(c.index);
        if (!v)
            continue;
        ++oldCount;
        QVERIFY2(replaced.contains(c.key), qPrintable(c.key));
        QCOMPARE(replaced.value(c.key), formatRaw(*v, c.decimals));
    }
    QVERIFY(oldCount > 100);
    QCOMPARE(replaced.value(u"proactive.rules.issued"_s), QString::number(issued));
    QCOMPARE(replaced.value(u"problems"_s), oldProblems);
    QCOMPARE(replaced.size(), oldCount + old.report->narrative.size());

    // The new figures and text are what is stored now.
    QCOMPARE(ledger.figures(*period).value(u"proactive.rules.issued"_s), std::optional<qint64>(issued + 1));
    QCOMPARE(ledger.narrative(period->id).value(u"problems"_s), u"替换后的问题与改进。"_s);
    database.reset();

    // A final period is not replaced, even with --replace.
    const QString finalSample = kSamples + u"2024_huaian.json"_s;
    r = runNianbao({u"--db"_s, db(), u"import"_s, finalSample});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QStringList stored = contents(db());
    r = runNianbao({u"--db"_s, db(), u"import"_s, finalSample, u"--replace"_s});
    QVERIFY2(r.code == 2, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(u"final"_s), qPrintable(r.err));
    QCOMPARE(contents(db()), stored);
}

void TestStorageCli::refusedImportChangesNothing_data()
{
    QTest::addColumn<QString>("file");
    const QHash<QString, int> fixtures = invalidFixtures();
    QStringList names = fixtures.keys();
    names.sort();
    int rows = 0;
    for (const QString &name : names)
        if (fixtures.value(name) == 2) {
            QTest::newRow(qPrintable(name)) << kInvalid + name;
            ++rows;
        }
    QVERIFY(rows >= 8);
    QTest::newRow("missing file") << kInvalid + u"no_such_file.json"_s;
    QTest::newRow("period exists") << kSamples + u"2024_huaian.json"_s;
}

void TestStorageCli::refusedImportChangesNothing()
{
    QFETCH(QString, file);
    Run r = runNianbao({u"--db"_s, db(), u"import"_s, kSamples + u"2024_huaian.json"_s});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QCOMPARE(sideFiles(db()), QStringList());
    const QByteArray hash = fileHash(db());
    const QStringList before = contents(db());
    QVERIFY(before.size() > 100);

    r = runNianbao({u"--db"_s, db(), u"import"_s, file});
    QVERIFY2(r.code == 2, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QFileInfo(file).fileName()), qPrintable(r.err));
    QCOMPARE(r.out, QString());
    QCOMPARE(fileHash(db()), hash);
    QCOMPARE(sideFiles(db()), QStringList());
    QCOMPARE(contents(db()), before);
}

void TestStorageCli::severalFilesAllOrNothing_data()
{
    QTest::addColumn<QString>("last");
    QTest::newRow("last file malformed") << kInvalid + u"malformed.json"_s;
    QTest::newRow("last file structurally invalid") << kInvalid + u"unknown_key.json"_s;
    QTest::newRow("last file's period exists") << kSamples + u"2024_huaian.json"_s;
}

void TestStorageCli::severalFilesAllOrNothing()
{
    QFETCH(QString, last);
    Run r = runNianbao({u"--db"_s, db(), u"import"_s, kSamples + u"2024_huaian.json"_s});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QStringList before = contents(db());

    r = runNianbao({u"--db"_s, db(), u"import"_s, kSamples + u"2019_jiading_chengguan.json"_s,
                 kSamples + u"2021_pingtan.json"_s, last});
    QVERIFY2(r.code == 2, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QFileInfo(last).fileName()), qPrintable(r.err));
    QCOMPARE(contents(db()), before);
}

void TestStorageCli::ruleErrorsStoredWithExit1()
{
    const QString file = kInvalid + u"applications_balance_broken.json"_s;
    QCOMPARE(invalidFixtures().value(QFileInfo(file).fileName()), 1);
    const Run r = runNianbao({u"--db"_s, db(), u"import"_s, file});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(u"[applications.balance]"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"2 error"_s), qPrintable(r.out));

    // Stored as it is: the export gives the file back.
    const Identity id = identityOf(readAll(file));
    const Run e = runNianbao({u"--db"_s, db(), u"export"_s, u"--org"_s, id.organization, u"--year"_s,
                           QString::number(id.year), u"-o"_s, path(u"back.json"_s)});
    QVERIFY2(e.code == 0, qPrintable(describe(e)));
    QVERIFY(readAll(path(u"back.json"_s)) == readAll(file));
}

void TestStorageCli::backup()
{
    QStringList files;
    for (const QString &s : sampleNames())
        files << kSamples + s;
    Run r = runNianbao(QStringList{u"--db"_s, db(), u"import"_s} + files);
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QByteArray hash = fileHash(db());

    const QString copy = path(u"copies/backup.sqlite"_s);
    QVERIFY(QDir().mkpath(QFileInfo(copy).absolutePath()));
    QVERIFY(writeAll(copy, "an older file in the way"));
    r = runNianbao({u"--db"_s, db(), u"backup"_s, u"-o"_s, copy});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QCOMPARE(fileHash(db()), hash);
    QCOMPARE(QDir(QFileInfo(copy).absolutePath()).entryList(QDir::Files | QDir::Hidden),
             QStringList{u"backup.sqlite"_s}); // no partial file left behind
    QCOMPARE(contents(copy), contents(db()));

    Status s;
    auto b = Database::open(copy, &s);
    QVERIFY2(b, qPrintable(s.message));
    QCOMPARE(b->schemaVersion(), Database::latestVersion());
    QVERIFY(b->integrityOk());
    Ledger fromBackup(*b);
    QCOMPARE(fromBackup.organizations().size(), files.size());
    for (const QString &file : files) {
        const InterchangeResult sample = readInterchange(readAll(file));
        QVERIFY(sample.report);
        const auto org = fromBackup.organizationByName(sample.report->organization.name);
        QVERIFY(org);
        const auto period = fromBackup.period(org->id, sample.report->year, sample.report->quarter);
        QVERIFY(period);
        QVERIFY2(fromBackup.figures(*period) == sample.report->figures, qPrintable(file));
    }

    // Into a folder that does not exist: refused, nothing written.
    r = runNianbao({u"--db"_s, db(), u"backup"_s, u"-o"_s, path(u"missing/folder/b.sqlite"_s)});
    QVERIFY2(r.code == 2, qPrintable(describe(r)));
    QVERIFY(!QFileInfo::exists(path(u"missing"_s)));
}

void TestStorageCli::backupDuringWriteTransaction()
{
    Run r = runNianbao({u"--db"_s, db(), u"import"_s, kSamples + u"2021_pingtan.json"_s,
                     kSamples + u"2024_huaian.json"_s});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QStringList committed = contents(db());

    // Another program is in the middle of writing: its transaction is open, not committed.
    const QString name = u"writer"_s;
    {
        QSqlDatabase writer = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        writer.setDatabaseName(db());
        QVERIFY(writer.open());
        QSqlQuery q(writer);
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        QVERIFY2(q.exec(u"BEGIN IMMEDIATE"_s), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(u"UPDATE figure SET amount = amount + 1000"_s));
        QVERIFY(q.exec(u"INSERT INTO organization (name) VALUES ('未提交的单位')"_s));

        const QString copy = path(u"during.sqlite"_s);
        QElapsedTimer timer;
        timer.start();
        r = runNianbao({u"--db"_s, db(), u"backup"_s, u"-o"_s, copy});
        qInfo("backup during an open write transaction took %lld ms", timer.elapsed());
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        // The copy holds what was committed, nothing of the open transaction.
        QCOMPARE(contents(copy), committed);

        QVERIFY(q.exec(u"ROLLBACK"_s));
        q.finish();
        writer.close();
    }
    QSqlDatabase::removeDatabase(name);
    QCOMPARE(contents(db()), committed);

    Status s;
    auto b = Database::open(path(u"during.sqlite"_s), &s);
    QVERIFY2(b, qPrintable(s.message));
    QVERIFY(b->integrityOk());
    QVERIFY(!Ledger(*b).organizationByName(u"未提交的单位"_s));
}

void TestStorageCli::exportUnknown()
{
    Run r = runNianbao({u"--db"_s, db(), u"import"_s, kSamples + u"2024_huaian.json"_s});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const Identity id = identityOf(readAll(kSamples + u"2024_huaian.json"_s));
    const QString out = path(u"out.json"_s);
    const QByteArray hash = fileHash(db());

    const QList<std::pair<QStringList, QString>> cases = {
        {{u"--org"_s, u"不存在的单位"_s, u"--year"_s, u"2024"_s}, u"不存在的单位"_s},
        {{u"--org"_s, u"99"_s, u"--year"_s, u"2024"_s}, u"99"_s},
        {{u"--org"_s, id.organization, u"--year"_s, u"2023"_s}, u"2023"_s},
        {{u"--org"_s, id.organization, u"--year"_s, u"2024"_s, u"--quarter"_s, u"2"_s}, u"quarter 2"_s},
    };
    for (const auto &[which, named] : cases) {
        r = runNianbao(QStringList{u"--db"_s, db(), u"export"_s} + which + QStringList{u"-o"_s, out});
        QVERIFY2(r.code == 2, qPrintable(which.join(u' ') + u'\n' + describe(r)));
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(out));
    }
    // Usage mistakes are bad input too.
    for (const QStringList &which : {QStringList{u"--year"_s, u"2024"_s},
                                     QStringList{u"--org"_s, id.organization, u"--year"_s, u"x"_s},
                                     QStringList{u"--org"_s, id.organization, u"--year"_s, u"2024"_s,
                                                 u"--quarter"_s, u"5"_s}}) {
        r = runNianbao(QStringList{u"--db"_s, db(), u"export"_s} + which + QStringList{u"-o"_s, out});
        QVERIFY2(r.code == 2, qPrintable(which.join(u' ') + u'\n' + describe(r)));
        QVERIFY(!QFileInfo::exists(out));
    }
    QCOMPARE(fileHash(db()), hash);
}

void TestStorageCli::notANianbaoDatabase_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("command");
    for (const QString &kind : {u"text"_s, u"other program"_s})
        for (const QString &command : {u"import"_s, u"export"_s, u"backup"_s})
            QTest::addRow("%s, %s", qPrintable(kind), qPrintable(command)) << kind << command;
}

void TestStorageCli::notANianbaoDatabase()
{
    QFETCH(QString, kind);
    QFETCH(QString, command);
    const QString file = path(u"notes.db"_s);
    if (kind == u"text"_s) {
        QVERIFY(writeAll(file, u"购物清单：\n大米 5kg\n酱油 1瓶\n"_s.toUtf8()));
    } else {
        const QString name = u"other-program"_s;
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            other.setDatabaseName(file);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"_s));
            QVERIFY(q.exec(u"INSERT INTO notes (body) VALUES ('hello')"_s));
            q.finish();
            other.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    const QByteArray hash = fileHash(file);

    QStringList args = {u"--db"_s, file, command};
    if (command == u"import"_s)
        args << kSamples + u"2024_huaian.json"_s;
    else if (command == u"export"_s)
        args << u"--org"_s << u"1"_s << u"--year"_s << u"2024"_s << u"-o"_s << path(u"out.json"_s);
    else
        args << u"-o"_s << path(u"out.sqlite"_s);
    const Run r = runNianbao(args);
    QVERIFY2(r.code == 2, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(u"not a Nianbao database"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"notes.db"_s), qPrintable(r.err));
    QCOMPARE(fileHash(file), hash);
    QCOMPARE(sideFiles(file), QStringList());
    QVERIFY(!QFileInfo::exists(path(u"out.json"_s)));
    QVERIFY(!QFileInfo::exists(path(u"out.sqlite"_s)));
}

QTEST_GUILESS_MAIN(TestStorageCli)
#include "tst_storage_cli.moc"
