// Opening a database file: a new file gets the latest schema, an old one is upgraded (with a
// backup copy at its old version, tests/fixtures/db), and files that are not ours, or that come
// from a newer Nianbao, are refused and left exactly as they were. A migration that fails leaves
// the database at the version before it.

#include "database.h"
#include "ledger.h"
#include "migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nianbao;

namespace {

const QString kSourceDir = QStringLiteral(NIANBAO_SOURCE_DIR);

// The SHA-256 of a file, or an empty array when there is no such file.
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

// The companion files SQLite may leave next to a database.
QStringList sideFiles(const QString &path)
{
    QStringList out;
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s})
        if (QFileInfo::exists(path + suffix))
            out << QFileInfo(path + suffix).fileName();
    return out;
}

// A plain Qt Sql connection to a file, for looking inside without the Database class.
class RawConnection
{
public:
    explicit RawConnection(const QString &path, bool readOnly = false)
        : m_name(u"raw-connection-%1"_s.arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        m_open = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_open = false;
};

// Every row of a query, its columns joined with '|'; a failed query gives one "error: …" line.
QStringList rows(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return {u"error: "_s + q.lastError().text()};
    QStringList out;
    while (q.next()) {
        QStringList cols;
        for (int i = 0; i < q.record().count(); ++i)
            cols << q.value(i).toString();
        out << cols.join(u'|');
    }
    return out;
}

QString scalar(const QSqlDatabase &db, const QString &sql)
{
    return rows(db, sql).value(0);
}

QStringList tableNames(const QSqlDatabase &db)
{
    return rows(db, u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
}

// Every table with its columns, as SQLite keeps its definition.
QStringList tableSchemas(const QSqlDatabase &db)
{
    return rows(db, u"SELECT sql FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
}

// The schema and all rows of all tables, to tell whether anything changed.
QStringList everything(const QSqlDatabase &db)
{
    QStringList out = rows(db, u"SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"_s);
    for (const QString &table : tableNames(db))
        for (const QString &row : rows(db, u"SELECT * FROM \"%1\" ORDER BY 1, 2"_s.arg(table)))
            out << table + u": "_s + row;
    return out;
}

// The highest NNN of resources/migrations/NNN_name.sql in the source tree.
int newestMigrationFile()
{
    int newest = 0;
    static const QRegularExpression name(uR"(^(\d{3})_\w+\.sql$)"_s);
    for (const QString &file : QDir(kSourceDir + u"/resources/migrations"_s).entryList(QDir::Files)) {
        const auto m = name.match(file);
        if (m.hasMatch())
            newest = std::max(newest, m.captured(1).toInt());
    }
    return newest;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestStorageMigrations : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void latestVersion();
    void freshDatabase();
    void reopenChangesNothing();
    void upgradeFixture_data();
    void upgradeFixture();
    void tooNewRefused_data();
    void tooNewRefused();
    void foreignFileRefused_data();
    void foreignFileRefused();
    void failedMigrationRollsBack();
    void migrationStatements_data();
    void migrationStatements();
    void migrationStatementsDropComments();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name) const { return m_dir->filePath(name); }
};

void TestStorageMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStorageMigrations::latestVersion()
{
    const QList<Migration> &shipped = shippedMigrations();
    QVERIFY(!shipped.isEmpty());
    // Every file of resources/migrations is shipped, in order, numbered without gaps.
    QCOMPARE(Database::latestVersion(), newestMigrationFile());
    QCOMPARE(Database::latestVersion(), shipped.last().version);
    for (qsizetype i = 0; i < shipped.size(); ++i) {
        QCOMPARE(shipped[i].version, int(i) + 1);
        QVERIFY(!shipped[i].sql.trimmed().isEmpty());
    }
    QCOMPARE(shipped.first().name, u"initial"_s);
}

void TestStorageMigrations::freshDatabase()
{
    const QString file = path(u"sub/folder/new.sqlite"_s);
    Status s;
    auto db = Database::open(file, &s);
    QVERIFY2(db, qPrintable(s.message));
    QVERIFY(s.ok());
    QVERIFY(QFileInfo(file).isFile());
    QCOMPARE(db->path(), file);
    QCOMPARE(db->schemaVersion(), Database::latestVersion());
    QVERIFY(db->backupPath().isEmpty()); // nothing to back up in a new file
    QVERIFY(db->integrityOk());

    const QSqlDatabase c = db->connection();
    QVERIFY(c.isOpen());
    QCOMPARE(rows(c, u"SELECT meta_key, meta_value FROM nianbao_meta ORDER BY meta_key"_s),
             (QStringList{u"application|nianbao"_s,
                          u"schema_version|%1"_s.arg(Database::latestVersion())}));
    QCOMPARE(scalar(c, u"PRAGMA journal_mode"_s), u"wal"_s);
    QCOMPARE(scalar(c, u"PRAGMA foreign_keys"_s), u"1"_s);
    QCOMPARE(scalar(c, u"PRAGMA synchronous"_s), u"2"_s); // FULL

    // The tables of every shipped migration are there.
    const QStringList tables = tableNames(c);
    for (const QString &t : {u"nianbao_meta"_s, u"organization"_s, u"period"_s, u"cell_key"_s, u"figure"_s,
                             u"narrative"_s, u"explanation"_s, u"source_note"_s, u"audit_log"_s,
                             u"signed_file"_s})
        QVERIFY2(tables.contains(t), qPrintable(t));

    // Foreign keys are enforced, not only switched on.
    {
        QSqlQuery q(c);
        QVERIFY(!q.exec(u"INSERT INTO period (organization_id, report_year, quarter, format_id) "
                        "VALUES (4711, 2023, 0, '2021')"_s));
    }
    QCOMPARE(scalar(c, u"SELECT count(*) FROM period"_s), u"0"_s);
}

void TestStorageMigrations::reopenChangesNothing()
{
    const QString file = path(u"again.sqlite"_s);
    QStringList before;
    {
        Status s;
        auto db = Database::open(file, &s);
        QVERIFY2(db, qPrintable(s.message));
        Ledger ledger(*db);
        int org = 0;
        QVERIFY(ledger.addOrganization({u"某市司法局"_s, {}, {}, {}, {}, {}, {}}, &org).ok());
        int year = 0;
        QVERIFY(ledger.createYear(org, 2023, YearEntry::Direct, {}, &year).ok());
        QVERIFY(ledger.setFigure(year, u"applications.new.natural_person"_s, 12).ok());
        before = everything(db->connection());
    }
    QVERIFY(sideFiles(file).isEmpty()); // the last connection folds the log into the file
    const QByteArray hash = fileHash(file);
    for (int round = 0; round < 2; ++round) {
        Status s;
        auto db = Database::open(file, &s);
        QVERIFY2(db, qPrintable(s.message));
        QCOMPARE(db->schemaVersion(), Database::latestVersion());
        QVERIFY(db->backupPath().isEmpty());
        QCOMPARE(everything(db->connection()), before);
    }
    QCOMPARE(fileHash(file), hash);
    QVERIFY(sideFiles(file).isEmpty());
    // No backup copy was made: the folder holds the database alone.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"again.sqlite"_s});
}

void TestStorageMigrations::upgradeFixture_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("organization");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("figures");       // key=value
    QTest::addColumn<QString>("overriddenCell");
    QTest::addColumn<QString>("overrideReason");
    QTest::addColumn<QString>("narrativePart");
    QTest::addColumn<QString>("narrativeText");
    QTest::addColumn<QStringList>("audit");         // action|actor|cell|old|new
    QTest::addColumn<QString>("signedFile");        // signer|file name|sha256 of the latest, or empty

    // One row for every fixture in tests/fixtures/db (README.md there).
    QTest::newRow("schema-v1")
        << u"schema-v1.sqlite"_s << 1 << u"示例县人民政府办公室"_s << 2022 << u"submitted"_s
        << QStringList{u"proactive.rules.issued=3"_s, u"applications.new.natural_person=17"_s,
                       u"applications.carried_over.natural_person=4"_s,
                       u"applications.granted.natural_person=19"_s,
                       u"applications.carried_forward.natural_person=2"_s}
        << u"applications.carried_over.natural_person"_s << u"上年报告漏报4件，经核实补正"_s
        << u"overview.intro"_s << u"2022年，示例县人民政府办公室坚持以公开为常态、不公开为例外。"_s
        << QStringList{u"create|zhangsan|||2021"_s,
                       u"set|zhangsan|applications.new.natural_person||17"_s,
                       u"submit|lisi||draft|submitted"_s}
        << QString();
    QTest::newRow("schema-v2")
        << u"schema-v2.sqlite"_s << 2 << u"示例县人民政府办公室"_s << 2022 << u"submitted"_s
        << QStringList{u"proactive.rules.issued=3"_s, u"applications.new.natural_person=17"_s,
                       u"applications.carried_over.natural_person=4"_s,
                       u"applications.granted.natural_person=19"_s,
                       u"applications.carried_forward.natural_person=2"_s}
        << u"applications.carried_over.natural_person"_s << u"上年报告漏报4件，经核实补正"_s
        << u"overview.intro"_s << u"2022年，示例县人民政府办公室坚持以公开为常态、不公开为例外。"_s
        << QStringList{u"create|zhangsan|||2021"_s,
                       u"set|zhangsan|applications.new.natural_person||17"_s,
                       u"submit|lisi||draft|submitted"_s}
        << u"张三|示例县2022年报告.pdf|9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s;
}

void TestStorageMigrations::upgradeFixture()
{
    QFETCH(QString, fixture);
    QFETCH(int, version);
    QFETCH(QString, organization);
    QFETCH(int, year);
    QFETCH(QString, status);
    QFETCH(QStringList, figures);
    QFETCH(QString, overriddenCell);
    QFETCH(QString, overrideReason);
    QFETCH(QString, narrativePart);
    QFETCH(QString, narrativeText);
    QFETCH(QStringList, audit);
    QFETCH(QString, signedFile);

    const QString source = kSourceDir + u"/tests/fixtures/db/"_s + fixture;
    QVERIFY2(QFileInfo::exists(source), qPrintable(source));
    QVERIFY(version < Database::latestVersion());
    const QByteArray sourceHash = fileHash(source);
    const QString file = path(fixture);
    QVERIFY(QFile::copy(source, file));
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));

    // What the old file holds, to compare the backup with.
    QStringList oldSchemas;
    QStringList oldContents;
    {
        RawConnection raw(file, true);
        QVERIFY(raw.isOpen());
        QCOMPARE(scalar(raw.db(), u"SELECT meta_value FROM nianbao_meta WHERE meta_key = 'schema_version'"_s),
                 QString::number(version));
        oldSchemas = tableSchemas(raw.db());
        oldContents = everything(raw.db());
    }
    QStringList freshTables;
    QStringList freshSchemas;
    {
        Status s;
        auto fresh = Database::open(path(u"fresh.sqlite"_s), &s);
        QVERIFY2(fresh, qPrintable(s.message));
        freshTables = tableNames(fresh->connection());
        freshSchemas = tableSchemas(fresh->connection());
    }
    QVERIFY(oldSchemas != freshSchemas); // new tables, or new columns

    QString backup;
    {
        Status s;
        auto db = Database::open(file, &s);
        QVERIFY2(db, qPrintable(s.message));
        QCOMPARE(db->schemaVersion(), Database::latestVersion());
        QVERIFY(db->integrityOk());
        const QSqlDatabase c = db->connection();
        QCOMPARE(scalar(c, u"SELECT meta_value FROM nianbao_meta WHERE meta_key = 'schema_version'"_s),
                 QString::number(Database::latestVersion()));
        QCOMPARE(scalar(c, u"SELECT meta_value FROM nianbao_meta WHERE meta_key = 'application'"_s), u"nianbao"_s);
        QCOMPARE(scalar(c, u"PRAGMA journal_mode"_s), u"wal"_s);
        QCOMPARE(tableNames(c), freshTables);
        QCOMPARE(rows(c, u"PRAGMA foreign_key_check"_s), QStringList());

        // The data is all there, and read through the Ledger as before.
        Ledger ledger(*db);
        const auto org = ledger.organizationByName(organization);
        QVERIFY(org);
        const auto p = ledger.period(org->id, year, 0);
        QVERIFY(p);
        QCOMPARE(statusName(p->status), status);
        const Figures f = ledger.figures(*p);
        QCOMPARE(f.count(), int(figures.size()));
        for (const QString &kv : figures) {
            const QString key = kv.section(u'=', 0, 0);
            QCOMPARE(f.value(key).value_or(-1), kv.section(u'=', 1).toLongLong());
        }
        QCOMPARE(ledger.overrideReason(p->id, overriddenCell), overrideReason);
        QCOMPARE(ledger.narrative(p->id).value(narrativePart), narrativeText);
        QStringList log;
        for (const AuditEntry &e : ledger.audit(p->id)) {
            log << QStringList{e.action, e.actor, e.cellKey, e.oldValue, e.newValue}.join(u'|');
            QVERIFY(e.at.isValid());
            QCOMPARE(e.at.offsetFromUtc(), 0);
        }
        QCOMPARE(log, audit);
        // A signed file recorded before its content was kept: there, without content or reason.
        if (const auto sf = ledger.signedFile(p->id)) {
            QCOMPARE(QStringList({sf->signer, sf->fileName, sf->sha256}).join(u'|'), signedFile);
            QVERIFY(sf->content.isEmpty());
            QVERIFY(sf->reason.isEmpty());
            QCOMPARE(sf->signedAt, QDateTime(QDate(2023, 1, 21), QTime(3, 4, 5), Qt::UTC));
        } else {
            QVERIFY(signedFile.isEmpty());
        }

        // The upgraded database takes new data, in the tables of every version.
        QVERIFY(ledger.setFigure(p->id, u"applications.new.commercial"_s, 1).ok());
        QCOMPARE(ledger.figures(*p).value(u"applications.new.commercial"_s), std::optional<qint64>(1));
        QCOMPARE(ledger.audit(p->id).size(), audit.size() + 1);
        {
            QSqlQuery q(c);
            QVERIFY2(q.exec(u"INSERT INTO signed_file (period_id, sha256, signer, signed_at, file_name) "
                             "VALUES (%1, 'ab', 'signer', '2024-01-01T00:00:00Z', 'a.pdf')"_s.arg(p->id)),
                     qPrintable(q.lastError().text()));
        }

        backup = db->backupPath();
        QVERIFY(!backup.isEmpty());
        QVERIFY2(QFileInfo(backup).isFile(), qPrintable(backup));
        QVERIFY(QFileInfo(backup).fileName().startsWith(fixture + u".v%1-"_s.arg(version)));
    }

    // The backup is a whole database at the old version, with the old contents.
    {
        RawConnection raw(backup, true);
        QVERIFY(raw.isOpen());
        QCOMPARE(scalar(raw.db(), u"PRAGMA integrity_check"_s), u"ok"_s);
        QCOMPARE(scalar(raw.db(), u"SELECT meta_value FROM nianbao_meta WHERE meta_key = 'schema_version'"_s),
                 QString::number(version));
        QCOMPARE(tableSchemas(raw.db()), oldSchemas);
        QCOMPARE(everything(raw.db()), oldContents);
    }

    // Opened once more: nothing left to upgrade, no second backup.
    {
        Status s;
        auto db = Database::open(file, &s);
        QVERIFY2(db, qPrintable(s.message));
        QCOMPARE(db->schemaVersion(), Database::latestVersion());
        QVERIFY(db->backupPath().isEmpty());
    }
    QStringList backups = QDir(m_dir->path()).entryList({fixture + u".v*.bak"_s}, QDir::Files);
    QCOMPARE(backups.size(), 1);
    // The checked-in fixture itself is never touched.
    QCOMPARE(fileHash(source), sourceHash);
}

void TestStorageMigrations::tooNewRefused_data()
{
    QTest::addColumn<bool>("wal");
    QTest::newRow("rollback journal") << false;
    QTest::newRow("write-ahead log") << true;
}

void TestStorageMigrations::tooNewRefused()
{
    QFETCH(bool, wal);
    const QString file = path(u"newer.sqlite"_s);
    const int newer = Database::latestVersion() + 1;
    {
        Status s;
        auto db = Database::open(file, &s);
        QVERIFY2(db, qPrintable(s.message));
        Ledger ledger(*db);
        QVERIFY(ledger.addOrganization({u"某县教育局"_s, {}, {}, {}, {}, {}, {}}, nullptr).ok());
    }
    {
        // What a later Nianbao would have left: a newer schema version in the meta table.
        RawConnection raw(file);
        QVERIFY(raw.isOpen());
        QSqlQuery q(raw.db());
        QVERIFY(q.exec(u"UPDATE nianbao_meta SET meta_value = '%1' WHERE meta_key = 'schema_version'"_s.arg(newer)));
        QVERIFY(q.exec(u"CREATE TABLE from_the_future (x INTEGER)"_s));
        QVERIFY(q.exec(wal ? u"PRAGMA journal_mode = WAL"_s : u"PRAGMA journal_mode = DELETE"_s));
        q.finish();
    }
    QVERIFY(sideFiles(file).isEmpty());
    const QByteArray hash = fileHash(file);
    const qint64 size = QFileInfo(file).size();

    Status s;
    auto db = Database::open(file, &s);
    QVERIFY(!db);
    QCOMPARE(s.code, Status::Code::TooNew);
    QVERIFY2(s.message.contains(QString::number(newer)), qPrintable(s.message));
    QVERIFY2(s.message.contains(QString::number(Database::latestVersion())), qPrintable(s.message));
    QVERIFY2(s.message.contains(file), qPrintable(s.message));

    QCOMPARE(fileHash(file), hash);
    QCOMPARE(QFileInfo(file).size(), size);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).filter(u".bak"_s), QStringList());
    QCOMPARE(sideFiles(file), QStringList());
}

void TestStorageMigrations::foreignFileRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("SQLite file of another program") << u"other-sqlite"_s;
    QTest::newRow("nianbao_meta of another application") << u"other-meta"_s;
    QTest::newRow("random bytes") << u"random"_s;
    QTest::newRow("text file") << u"text"_s;
    QTest::newRow("JSON report") << u"json"_s;
}

void TestStorageMigrations::foreignFileRefused()
{
    QFETCH(QString, kind);
    const QString file = path(u"foreign.sqlite"_s);
    if (kind == u"other-sqlite"_s || kind == u"other-meta"_s) {
        RawConnection raw(file);
        QVERIFY(raw.isOpen());
        QSqlQuery q(raw.db());
        if (kind == u"other-sqlite"_s) {
            QVERIFY(q.exec(u"CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)"_s));
            QVERIFY(q.exec(u"INSERT INTO contacts (name) VALUES ('张三'), ('李四')"_s));
        } else {
            QVERIFY(q.exec(u"CREATE TABLE nianbao_meta (meta_key TEXT PRIMARY KEY, meta_value TEXT)"_s));
            QVERIFY(q.exec(u"INSERT INTO nianbao_meta VALUES ('application', 'something-else'), "
                           "('schema_version', '1')"_s));
        }
        q.finish();
    } else if (kind == u"random"_s) {
        QRandomGenerator rng(20240229);
        QByteArray bytes(8192, '\0');
        for (char &b : bytes)
            b = char(rng.bounded(256));
        QVERIFY(writeFile(file, bytes));
    } else if (kind == u"text"_s) {
        QVERIFY(writeFile(file, u"这不是数据库。\nThis is a note, not a database.\n"_s.repeated(50).toUtf8()));
    } else {
        QFile sample(kSourceDir + u"/resources/samples/2021_pingtan.json"_s);
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QVERIFY(writeFile(file, sample.readAll()));
    }
    QVERIFY(sideFiles(file).isEmpty());
    const QByteArray hash = fileHash(file);
    QVERIFY(!hash.isEmpty());

    Status s;
    auto db = Database::open(file, &s);
    QVERIFY(!db);
    QCOMPARE(s.code, Status::Code::NotNianbao);
    QVERIFY2(s.message.contains(u"not a Nianbao database"_s), qPrintable(s.message));
    QCOMPARE(fileHash(file), hash);
    QCOMPARE(sideFiles(file), QStringList());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"foreign.sqlite"_s});
}

void TestStorageMigrations::failedMigrationRollsBack()
{
    const QString marker = u"step_two_marker"_s;
    const QList<Migration> broken = {
        shippedMigrations().first(),
        Migration{2, u"broken"_s,
                  u"-- The first statement is fine, the third is not.\n"
                  "CREATE TABLE step_two_marker (x INTEGER);\n"
                  "INSERT INTO step_two_marker (x) VALUES (1);\n"
                  "CREATE TABLE half_done (;\n"_s},
    };
    const QString file = path(u"broken.sqlite"_s);
    for (int attempt = 0; attempt < 2; ++attempt) {
        Status s;
        auto db = Database::open(file, &s, &broken);
        QVERIFY(!db);
        QVERIFY(!s.ok());
        QCOMPARE(s.code, Status::Code::Sql);
        QVERIFY2(s.message.contains(u"version 2"_s) && s.message.contains(u"version 1"_s), qPrintable(s.message));
    }
    {
        RawConnection raw(file, true);
        QVERIFY(raw.isOpen());
        QCOMPARE(scalar(raw.db(), u"SELECT meta_value FROM nianbao_meta WHERE meta_key = 'schema_version'"_s), u"1"_s);
        QCOMPARE(scalar(raw.db(), u"SELECT meta_value FROM nianbao_meta WHERE meta_key = 'application'"_s),
                 u"nianbao"_s);
        const QStringList tables = tableNames(raw.db());
        QVERIFY(tables.contains(u"organization"_s));
        QVERIFY2(!tables.contains(marker), qPrintable(tables.join(u", "_s)));
        QVERIFY(!tables.contains(u"half_done"_s));
        QVERIFY(!tables.contains(u"signed_file"_s));
        QCOMPARE(scalar(raw.db(), u"PRAGMA integrity_check"_s), u"ok"_s);
    }
    // Version 1 alone opens the file as it is.
    const QList<Migration> first = {shippedMigrations().first()};
    {
        Status s;
        auto db = Database::open(file, &s, &first);
        QVERIFY2(db, qPrintable(s.message));
        QCOMPARE(db->schemaVersion(), 1);
        QVERIFY(db->backupPath().isEmpty());
    }
    // The shipped migrations then bring it up to date.
    {
        Status s;
        auto db = Database::open(file, &s);
        QVERIFY2(db, qPrintable(s.message));
        QCOMPARE(db->schemaVersion(), Database::latestVersion());
        QVERIFY(!tableNames(db->connection()).contains(marker));
        QVERIFY(tableNames(db->connection()).contains(u"signed_file"_s));
        QVERIFY(QFileInfo::exists(db->backupPath()));
    }
}

void TestStorageMigrations::migrationStatements_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("driver");
    for (qsizetype i = 0; i < shippedMigrations().size(); ++i)
        for (const QString &driver : {u"QSQLITE"_s, u"QPSQL"_s})
            QTest::addRow("%03d_%s %s", shippedMigrations()[i].version, qPrintable(shippedMigrations()[i].name),
                          qPrintable(driver))
                << int(i) << driver;
}

void TestStorageMigrations::migrationStatements()
{
    QFETCH(int, index);
    QFETCH(QString, driver);
    const Migration &m = shippedMigrations().at(index);
    const QStringList statements = nianbao::migrationStatements(m, driver);
    QVERIFY(!statements.isEmpty());
    // One statement per CREATE or ALTER of the file.
    QCOMPARE(statements.size(), m.sql.count(QRegularExpression(u"^(CREATE|ALTER) "_s,
                                                                 QRegularExpression::MultilineOption)));
    const bool sqlite = driver == u"QSQLITE"_s;
    bool sawId = false;
    for (const QString &st : statements) {
        QVERIFY2(!st.contains(u'{') && !st.contains(u'}'), qPrintable(st));
        QVERIFY2(!st.contains(u';'), qPrintable(st));
        QVERIFY2(!st.contains(u"--"_s), qPrintable(st));
        QVERIFY2(st.startsWith(u"CREATE "_s) || st.startsWith(u"ALTER TABLE "_s), qPrintable(st));
        if (sqlite) {
            QVERIFY(!st.contains(u"GENERATED"_s));
            sawId = sawId || st.contains(u"id INTEGER PRIMARY KEY"_s);
        } else {
            QVERIFY2(!st.contains(u"WITHOUT ROWID"_s), qPrintable(st));
            sawId = sawId || st.contains(u"id INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s);
        }
    }
    QCOMPARE(sawId, m.sql.contains(u"{id}"_s));
    const QString all = statements.join(u'\n');
    if (m.sql.contains(u"{blob}"_s))
        QVERIFY2(all.contains(sqlite ? u" BLOB"_s : u" BYTEA"_s), qPrintable(all));
    if (m.sql.contains(u"{compact}"_s)) {
        QCOMPARE(all.contains(u"WITHOUT ROWID"_s), sqlite);
        QVERIFY(all.contains(u"CREATE TABLE figure"_s));
    }
}

void TestStorageMigrations::migrationStatementsDropComments()
{
    const Migration m{9, u"example"_s,
                      u"-- a comment; with {id} and a semicolon\n"
                      "CREATE TABLE t (\n    id {id},\n    v TEXT -- the value\n) {compact};\n"
                      "  -- indented comment; also dropped\n"
                      "CREATE INDEX t_v ON t (v);\n\n"_s};
    QCOMPARE(nianbao::migrationStatements(m, u"QSQLITE"_s),
             (QStringList{u"CREATE TABLE t (\n    id INTEGER PRIMARY KEY,\n    v TEXT -- the value\n) WITHOUT ROWID"_s,
                          u"CREATE INDEX t_v ON t (v)"_s}));
    QCOMPARE(nianbao::migrationStatements(m, u"QPSQL"_s),
             (QStringList{u"CREATE TABLE t (\n    id INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,\n"
                          "    v TEXT -- the value\n)"_s,
                          u"CREATE INDEX t_v ON t (v)"_s}));
}

QTEST_GUILESS_MAIN(TestStorageMigrations)
#include "tst_storage_migrations.moc"
