// Two programs writing the same database: a write waits for the other one's lock (up to the busy
// timeout) instead of failing at once, and two first runs on a new file create its tables once.

#include "database.h"
#include "interchange.h"
#include "ledger.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <thread>

using namespace Qt::StringLiterals;
using namespace nianbao;

namespace {

const QString kSamples = QStringLiteral(NIANBAO_SOURCE_DIR) + u"/resources/samples/"_s;

ReportData sample(const QString &name)
{
    QFile f(kSamples + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return readInterchange(f.readAll()).report.value_or(ReportData {});
}

// Another program's write transaction on its own connection (and thread): it takes the write lock,
// writes, tells the test it holds the lock, and commits `holdMs` later.
struct Holder {
    QSemaphore holding;
    QString error;
    QString firstStatement;
    int holdMs = 500;

    void run(const QString &file, const QString &connection)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(file);
            QSqlQuery q(db);
            if (!db.open() || !q.exec(u"PRAGMA journal_mode = WAL"_s)
                || !q.exec(u"BEGIN IMMEDIATE"_s)
                || (!firstStatement.isEmpty() && !q.exec(firstStatement))) {
                error = q.lastError().text() + db.lastError().text();
                holding.release();
                return;
            }
            holding.release();
            QThread::msleep(holdMs);
            if (!q.exec(u"COMMIT"_s))
                error = q.lastError().text();
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
};

} // namespace

class TestStorageConcurrency : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void writeWaitsForAnotherWriter();
    void firstRunsTogether();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStorageConcurrency::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStorageConcurrency::writeWaitsForAnotherWriter()
{
    const QString file = m_dir->filePath(u"nianbao.sqlite"_s);
    Status s;
    auto db = Database::open(file, &s);
    QVERIFY2(db, qPrintable(s.message));
    Ledger ledger(*db);
    const ReportData huaian = sample(u"2024_huaian.json"_s);
    QVERIFY(!huaian.organization.name.isEmpty());

    // The other program writes and holds the lock for half a second; the import reads before it
    // writes, so a transaction that took the lock only at its first write would fail at once.
    Holder other;
    other.firstStatement = u"INSERT INTO organization (name) VALUES ('另一个程序的单位')"_s;
    std::thread thread([&] { other.run(file, u"holder"_s); });
    other.holding.acquire();
    QElapsedTimer timer;
    timer.start();
    int periodId = 0;
    s = ledger.importReport(huaian, false, &periodId);
    const qint64 waited = timer.elapsed();
    thread.join();
    QVERIFY2(other.error.isEmpty(), qPrintable(other.error));
    QVERIFY2(s, qPrintable(s.message + u" after %1 ms"_s.arg(waited)));
    QVERIFY2(waited >= 300, qPrintable(u"waited only %1 ms"_s.arg(waited)));
    QVERIFY(ledger.organizationByName(u"另一个程序的单位"_s));
    QVERIFY(ledger.organizationByName(huaian.organization.name));
    QVERIFY(periodId > 0);
}

void TestStorageConcurrency::firstRunsTogether()
{
    const QString file = m_dir->filePath(u"new.sqlite"_s);
    // Something holds the write lock of the new, empty file while two programs open it for the
    // first time; both look at it before either can create the tables.
    Holder other;
    other.holdMs = 600;
    std::thread holder([&] { other.run(file, u"first-holder"_s); });
    other.holding.acquire();
    QVERIFY2(other.error.isEmpty(), qPrintable(other.error));

    struct Outcome {
        Status status;
        int version = -1;
        QString backup;
    };
    Outcome outcomes[2];
    auto open = [&file](Outcome *o) {
        auto db = Database::open(file, &o->status);
        if (db) {
            o->version = db->schemaVersion();
            o->backup = db->backupPath();
        }
    };
    std::thread a(open, &outcomes[0]);
    std::thread b(open, &outcomes[1]);
    a.join();
    b.join();
    holder.join();
    QVERIFY2(other.error.isEmpty(), qPrintable(other.error));
    for (const Outcome &o : outcomes) {
        QVERIFY2(o.status, qPrintable(o.status.message));
        QCOMPARE(o.version, Database::latestVersion());
        QVERIFY(o.backup.isEmpty());
    }
    // No copies of an "old" version were made of a file that was new.
    QCOMPARE(QDir(m_dir->path()).entryList({u"*.bak"_s}, QDir::Files | QDir::Hidden),
             QStringList());
    Status s;
    auto db = Database::open(file, &s);
    QVERIFY2(db, qPrintable(s.message));
    QVERIFY(db->integrityOk());
    QCOMPARE(db->schemaVersion(), Database::latestVersion());
}

QTEST_GUILESS_MAIN(TestStorageConcurrency)
#include "tst_storage_concurrency.moc"
