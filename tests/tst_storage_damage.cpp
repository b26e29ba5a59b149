// What the database does with files it must not trust or cannot write: an output path that is the
// database itself, a damaged page, a read that fails half-way, a file locked by another program,
// a folder that cannot be written.

#include "database.h"
#include "databasefiles.h"
#include "interchange.h"
#include "ledger.h"
#include "readonlyfolder.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace nianbao;

namespace {

const QString kSamples = QStringLiteral(NIANBAO_SOURCE_DIR) + u"/resources/samples/"_s;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
}

// A statement on a connection of its own, as another program would run it.
class OtherProgram
{
public:
    explicit OtherProgram(const QString &file) : m_name(u"other-"_s + QString::number(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(file);
        m_open = db.open();
    }
    ~OtherProgram()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql, QString *error = nullptr)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        const bool ok = m_open && q.exec(sql);
        if (error)
            *error = q.lastError().text();
        return ok;
    }

private:
    static inline int s_count = 0;
    QString m_name;
    bool m_open = false;
};

} // namespace

class TestStorageDamage : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void outputThatIsTheDatabase();
    void damagedPageRefusedAtOpen();
    void failedReadIsNoReport();
    void lockedByAnotherProgram();
    void readOnlyFolderOpensReadOnly();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString dbPath() const { return path(u"nianbao.sqlite"_s); }
    // A database holding every sample report; closed again.
    void makeDatabase();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStorageDamage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStorageDamage::cleanup()
{
    m_dir.reset();
}

void TestStorageDamage::makeDatabase()
{
    QList<ReportData> reports;
    for (const QString &name : QDir(kSamples).entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        const InterchangeResult r = readInterchange(readAll(kSamples + name));
        QVERIFY2(r.report, qPrintable(name));
        reports << *r.report;
    }
    Status s;
    auto db = Database::open(dbPath(), &s);
    QVERIFY2(db, qPrintable(s.message));
    Ledger ledger(*db);
    s = ledger.importReports(reports, false, nullptr);
    QVERIFY2(s, qPrintable(s.message));
}

void TestStorageDamage::outputThatIsTheDatabase()
{
    makeDatabase();
    QVERIFY(QDir().mkpath(path(u"sub"_s)));
    const QString db = dbPath();
    QVERIFY(QFile::link(db, path(u"link.sqlite"_s)));
    QVERIFY(::link(QFile::encodeName(db).constData(),
                   QFile::encodeName(path(u"hard.sqlite"_s)).constData())
            == 0);
    QVERIFY(QDir().mkpath(path(u"real"_s)));
    QVERIFY(QFile::link(m_dir->path(), path(u"real/up"_s)));
    QVERIFY(QFile::exists(db) && !QFile::exists(db + u"-wal"_s)
            && !QFile::exists(db + u"-journal"_s));

    // The same file by any spelling, and the side files whether they exist or not.
    for (const QString &same :
         {db, path(u"sub/../nianbao.sqlite"_s), path(u"link.sqlite"_s), path(u"hard.sqlite"_s),
          path(u"real/up/nianbao.sqlite"_s), db + u"-wal"_s, db + u"-shm"_s, db + u"-journal"_s,
          path(u"sub/../nianbao.sqlite-wal"_s)}) {
        QVERIFY2(isDatabaseFile(same, db), qPrintable(same));
        const Status s = checkOutputFile(same, db);
        QCOMPARE(s.code, Status::Code::Invalid);
        QVERIFY2(s.message.contains(same), qPrintable(s.message));
    }
    // A relative spelling from the database's folder.
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(path(u"sub"_s)));
    const bool relative = isDatabaseFile(u"../nianbao.sqlite"_s, db);
    QDir::setCurrent(before);
    QVERIFY(relative);
    // Other files, including ones whose names merely start like the database's.
    for (const QString &other : {path(u"nianbao.sqlite.json"_s), path(u"sub/nianbao.sqlite"_s),
                                 path(u"nianbao.sqlite-wal.pdf"_s), path(u"other.sqlite"_s)}) {
        QVERIFY2(!isDatabaseFile(other, db), qPrintable(other));
        QVERIFY(checkOutputFile(other, db));
    }

    // A backup over the database itself is refused; the database is as it was.
    const QByteArray hash = fileHash(db);
    Status s;
    auto opened = Database::open(db, &s);
    QVERIFY2(opened, qPrintable(s.message));
    QCOMPARE(opened->backupTo(path(u"hard.sqlite"_s)).code, Status::Code::Invalid);
    QCOMPARE(opened->checkOutput(db + u"-shm"_s).code, Status::Code::Invalid);
    QCOMPARE(Ledger(*opened).organizations().size(), 3);
    opened.reset();
    QCOMPARE(fileHash(db), hash);
}

void TestStorageDamage::damagedPageRefusedAtOpen()
{
    makeDatabase();
    int pageSize = 0;
    int figurePage = 0;
    {
        // Where the figures are: the root page of their table.
        const QString name = u"pages"_s;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            c.setDatabaseName(dbPath());
            QVERIFY(c.open());
            QSqlQuery q(c);
            QVERIFY(q.exec(u"PRAGMA page_size"_s) && q.next());
            pageSize = q.value(0).toInt();
            QVERIFY(q.exec(u"SELECT rootpage FROM sqlite_master WHERE name = 'figure'"_s)
                    && q.next());
            figurePage = q.value(0).toInt();
            q.finish();
            c.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    QVERIFY(pageSize > 0 && figurePage > 1);
    QVERIFY(!QFileInfo::exists(dbPath() + u"-wal"_s));
    {
        QFile f(dbPath());
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(qint64(figurePage - 1) * pageSize));
        QCOMPARE(f.write(QByteArray(pageSize, '\0')), qint64(pageSize));
    }
    const QByteArray hash = fileHash(dbPath());

    Status s;
    QVERIFY(!Database::open(dbPath(), &s));
    QCOMPARE(s.code, Status::Code::Damaged);
    QVERIFY2(s.message.contains(dbPath()) && s.message.contains(u"nianbao backup"_s),
             qPrintable(s.message));
    QVERIFY2(s.message.contains(u"no copy made before an upgrade"_s), qPrintable(s.message));
    QCOMPARE(fileHash(dbPath()), hash);
    QVERIFY(!QFileInfo::exists(dbPath() + u"-wal"_s));

    // The newest copy made before an upgrade is named.
    for (const QString &copy :
         {u"nianbao.sqlite.v1-20240101000000.bak"_s, u"nianbao.sqlite.v2-20250101000000.bak"_s}) {
        QFile f(path(copy));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QFile older(path(u"nianbao.sqlite.v1-20240101000000.bak"_s));
    QVERIFY(older.open(QIODevice::ReadWrite));
    QVERIFY(older.setFileTime(QDateTime::currentDateTime().addDays(-30),
                              QFileDevice::FileModificationTime));
    older.close();
    QVERIFY(!Database::open(dbPath(), &s));
    QCOMPARE(s.code, Status::Code::Damaged);
    QVERIFY2(s.message.contains(path(u"nianbao.sqlite.v2-20250101000000.bak"_s)),
             qPrintable(s.message));
    QCOMPARE(newestUpgradeCopy(dbPath()),
             QFileInfo(path(u"nianbao.sqlite.v2-20250101000000.bak"_s)).absoluteFilePath());
    QCOMPARE(fileHash(dbPath()), hash);
}

void TestStorageDamage::failedReadIsNoReport()
{
    makeDatabase();
    Status s;
    auto db = Database::open(dbPath(), &s);
    QVERIFY2(db, qPrintable(s.message));
    Ledger ledger(*db);
    const auto org = ledger.organizationByName(u"淮安市人民政府"_s);
    QVERIFY(org);
    const auto period = ledger.period(org->id, 2024, 0);
    QVERIFY(period);
    const auto whole = ledger.report(period->id, &s);
    QVERIFY2(whole && s, qPrintable(s.message));
    QVERIFY(!whole->narrative.isEmpty());

    // The narrative can no longer be read: the report is refused, not given without its text.
    {
        OtherProgram other(dbPath());
        QString error;
        QVERIFY2(other.exec(u"ALTER TABLE narrative RENAME TO narrative_gone"_s, &error),
                 qPrintable(error));
    }
    const auto partial = ledger.report(period->id, &s);
    QVERIFY(!partial);
    QVERIFY(!s);
    QVERIFY2(s.message.contains(u"narrative"_s), qPrintable(s.message));
    // Lists say so too, rather than looking empty.
    {
        OtherProgram other(dbPath());
        QVERIFY(other.exec(u"ALTER TABLE organization RENAME TO organization_gone"_s));
    }
    QVERIFY(ledger.organizations(&s).isEmpty());
    QVERIFY(!s);
    QVERIFY(!db->takeReadFailure());
    QVERIFY(db->takeReadFailure()); // taken: the next read starts afresh
}

void TestStorageDamage::lockedByAnotherProgram()
{
    makeDatabase();
    OtherProgram other(dbPath());
    QString error;
    QVERIFY2(other.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s, &error), qPrintable(error));
    QVERIFY2(other.exec(u"BEGIN EXCLUSIVE"_s, &error), qPrintable(error));
    Status s;
    QVERIFY(!Database::open(dbPath(), &s));
    QCOMPARE(s.code, Status::Code::Locked);
    QVERIFY2(s.message.contains(u"locked by another program"_s), qPrintable(s.message));
    QVERIFY2(!s.message.contains(u"not an SQLite"_s), qPrintable(s.message));
    QVERIFY(other.exec(u"ROLLBACK"_s));
}

void TestStorageDamage::readOnlyFolderOpensReadOnly()
{
    makeDatabase();
    const QByteArray hash = fileHash(dbPath());
    ReadOnlyFolder readOnly(m_dir->path());
    if (!readOnly.done())
        QSKIP(qPrintable(readOnly.why()));
    const QStringList before = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);

    Status s;
    auto db = Database::open(dbPath(), &s);
    QVERIFY2(db, qPrintable(s.message));
    QVERIFY(db->isReadOnly());
    QVERIFY2(db->readOnlyReason().contains(m_dir->path()), qPrintable(db->readOnlyReason()));
    Ledger ledger(*db);
    // It can be looked at and exported…
    QCOMPARE(ledger.organizations(&s).size(), 3);
    QVERIFY(s);
    const auto org = ledger.organizationByName(u"淮安市人民政府"_s);
    QVERIFY(org);
    const auto period = ledger.period(org->id, 2024, 0);
    QVERIFY(period);
    const auto report = ledger.report(period->id, &s);
    QVERIFY2(report && s, qPrintable(s.message));
    const InterchangeResult sample = readInterchange(readAll(kSamples + u"2024_huaian.json"_s));
    QVERIFY(sample.report);
    QVERIFY(report->figures == sample.report->figures);
    // …but not changed, and says why.
    int id = 0;
    s = ledger.addOrganization({u"新单位"_s, {}, {}, {}, {}, {}, {}}, &id);
    QVERIFY(!s);
    QVERIFY2(s.message.contains(u"read-only"_s), qPrintable(s.message));
    s = db->checkWritable();
    QVERIFY(!s);
    QVERIFY2(s.message.contains(db->readOnlyReason()), qPrintable(s.message));
    // A new database cannot be made there, and the message says why.
    QVERIFY(!Database::open(path(u"new.sqlite"_s), &s));
    QVERIFY2(s.message.contains(m_dir->path()) && !s.message.contains(u"not an SQLite"_s),
             qPrintable(s.message));
    db.reset();
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), before);
    QCOMPARE(fileHash(dbPath()), hash);
}

QTEST_GUILESS_MAIN(TestStorageDamage)
#include "tst_storage_damage.moc"
