// Opening files the window must not touch: a database written by a newer Nianbao, a text file, an
// SQLite file of another program. Declining to open another file, the window shows no database,
// every action stays harmless, and the file (and its folder) is byte-for-byte as before.

#include "database.h"
#include "ledger.h"
#include "mainwindow.h"
#include "navigator.h"
#include "periodsession.h"
#include "periodview.h"
#include "prompts.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace nianbao;

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Runs statements on an SQLite file through a connection of its own.
bool runOnFile(const QString &path, const QStringList &statements, QString *error)
{
    const QString name = u"tst-gui-opening-"_s + QString::number(qHash(path));
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &s : statements) {
            if (!ok)
                break;
            ok = q.exec(s);
            if (!ok)
                *error = s + u": "_s + q.lastError().text();
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestGuiOpening : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void refusedFileLeftUntouched_data();
    void refusedFileLeftUntouched();
    void switchingToRefusedFileClosesTheOpenOne();

private:
    QString makeNewerDatabase(const QString &name);
    void checkHarmless(MainWindow &window);

    std::unique_ptr<QTemporaryDir> m_tmp;
};

void TestGuiOpening::initTestCase()
{
    qputenv("NIANBAO_NO_DIALOGS", "1");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"nianbao-test-opening"_s);
    QCoreApplication::setApplicationName(u"nianbao"_s);
}

void TestGuiOpening::init()
{
    prompts::setNextAnswers({});
    prompts::clearAskedQuestions();
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
}

void TestGuiOpening::cleanup()
{
    m_tmp.reset();
    prompts::setNextAnswers({});
}

void TestGuiOpening::cleanupTestCase()
{
    QSettings().clear();
}

// A real Nianbao database with one organization and year, then marked as schema version 99 and
// left in rollback-journal mode, so the file on its own is the whole database.
QString TestGuiOpening::makeNewerDatabase(const QString &name)
{
    const QString path = m_tmp->filePath(name);
    {
        Status s;
        auto db = Database::open(path, &s);
        if (!db)
            return {};
        Ledger ledger(*db);
        int org = 0;
        int period = 0;
        if (!ledger.addOrganization(Organization{u"福州市测试局"_s, {}, {}, {}, {}, {}, {}}, &org)
            || !ledger.createYear(org, 2021, YearEntry::Direct, {}, &period))
            return {};
    }
    QString error;
    if (!runOnFile(path, {u"UPDATE nianbao_meta SET meta_value = '99' WHERE meta_key = 'schema_version'"_s,
                          u"PRAGMA journal_mode = DELETE"_s},
                   &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return path;
}

void TestGuiOpening::checkHarmless(MainWindow &window)
{
    QVERIFY(!window.hasDatabase());
    QVERIFY(!window.ledger());
    QVERIFY(!window.session());
    QVERIFY(!window.periodView());
    QCOMPARE(window.navigator()->topLevelItemCount(), 0);
    bool labelled = false;
    for (QLabel *l : window.statusBar()->findChildren<QLabel *>())
        labelled |= l->text() == u"No database open"_s;
    QVERIFY(labelled);
    for (const QString &name : {u"backup"_s, u"newOrganization"_s, u"newYear"_s, u"newQuarter"_s, u"submit"_s,
                                u"finalize"_s, u"reopen"_s, u"history"_s, u"override"_s, u"paste"_s, u"copy"_s,
                                u"clear"_s, u"undo"_s, u"redo"_s})
        QVERIFY2(!window.action(name)->isEnabled(), qPrintable(name));
    // Called directly, nothing happens and nothing breaks.
    QCOMPARE(window.createOrganization(u"新单位"_s), 0);
    QCOMPARE(window.createYear(1, 2021, YearEntry::Direct), 0);
    QCOMPARE(window.createNextQuarter(), 0);
    window.openPeriod(1);
    window.openOrganization(1);
    QVERIFY(!window.changeStatus(Transition::Submit));
    QVERIFY(!window.overrideCurrentCell());
    window.showCellHistory();
    for (const QString &name : {u"forms"_s, u"problems"_s, u"navigator"_s, u"clear"_s, u"copy"_s})
        window.action(name)->trigger();
    QVERIFY(!window.hasDatabase());
    QVERIFY(!window.periodView());
}

void TestGuiOpening::refusedFileLeftUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("newer version") << u"newer"_s;
    QTest::newRow("text file") << u"text"_s;
    QTest::newRow("other program") << u"other"_s;
}

void TestGuiOpening::refusedFileLeftUntouched()
{
    QFETCH(QString, kind);
    QString path;
    if (kind == u"newer"_s) {
        path = makeNewerDatabase(u"newer.sqlite"_s);
    } else if (kind == u"text"_s) {
        path = m_tmp->filePath(u"notes.sqlite"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("这不是数据库。\nJust some notes, saved with the wrong name.\n");
    } else {
        path = m_tmp->filePath(u"other.db"_s);
        QString error;
        QVERIFY2(runOnFile(path, {u"CREATE TABLE contacts (name TEXT, phone TEXT)"_s,
                                  u"INSERT INTO contacts VALUES ('张三', '0591-1234567')"_s},
                           &error),
                 qPrintable(error));
    }
    QVERIFY(!path.isEmpty());
    {
        // Refused for the expected reason.
        Status s;
        QVERIFY(!Database::open(path, &s));
        QCOMPARE(s.code, kind == u"newer"_s ? Status::Code::TooNew : Status::Code::NotNianbao);
    }
    const QByteArray before = contents(path);
    QVERIFY(!before.isEmpty());
    const QStringList filesBefore = QDir(m_tmp->path()).entryList(QDir::Files | QDir::Hidden);

    prompts::setNextAnswers({u"no"_s});
    {
        MainWindow window(path);
        QVERIFY(prompts::askedQuestions().contains(u"Cannot open the database"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        checkHarmless(window);
    }
    QCOMPARE(contents(path), before);
    QCOMPARE(QCryptographicHash::hash(contents(path), QCryptographicHash::Sha256),
             QCryptographicHash::hash(before, QCryptographicHash::Sha256));
    // No journal, WAL, backup or other file appeared next to it.
    QCOMPARE(QDir(m_tmp->path()).entryList(QDir::Files | QDir::Hidden), filesBefore);
}

void TestGuiOpening::switchingToRefusedFileClosesTheOpenOne()
{
    const QString good = m_tmp->filePath(u"good.sqlite"_s);
    const QString newer = makeNewerDatabase(u"newer.sqlite"_s);
    QVERIFY(!newer.isEmpty());
    const QByteArray before = contents(newer);

    MainWindow window(good);
    QVERIFY(window.hasDatabase());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int org = window.createOrganization(u"福州市测试局"_s);
    QVERIFY(window.createYear(org, 2021, YearEntry::Direct) > 0);
    QVERIFY(window.periodView());

    prompts::setNextAnswers({u"no"_s});
    QVERIFY(!window.openDatabase(newer));
    checkHarmless(window);
    QCOMPARE(contents(newer), before);

    // The good database opens again, back at the period left.
    QVERIFY(window.openDatabase(good));
    QVERIFY(window.hasDatabase());
    QVERIFY(window.session());
    QCOMPARE(window.session()->period().year, 2021);
}

QTEST_MAIN(TestGuiOpening)
#include "tst_gui_opening.moc"
