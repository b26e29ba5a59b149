// Ordinary mistakes with the real executable (QProcess) that must not lose data: an output file
// that is the database, a database with a damaged page, a read-only folder, a full disk, a
// database locked by another program, and two imports started at the same time.

#include "readonlyfolder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kSamples = QStringLiteral(NIANBAO_SOURCE_DIR) + u"/resources/samples/"_s;
const QStringList kAllSamples = {kSamples + u"2019_jiading_chengguan.json"_s,
                                 kSamples + u"2021_pingtan.json"_s,
                                 kSamples + u"2024_huaian.json"_s};
const QString kOrg = u"淮安市人民政府"_s;

struct Run {
    int code = -1;
    QString out;
    QString err;
};

QProcess *startNianbao(const QStringList &arguments, QObject *parent = nullptr)
{
    auto *p = new QProcess(parent);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, QString());
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(NIANBAO_EXE), QStringList {u"--lang"_s, u"en"_s} + arguments);
    return p;
}

Run finish(QProcess *p)
{
    Run r;
    if (!p->waitForFinished(60000)) {
        p->kill();
        p->waitForFinished();
        return r;
    }
    r.code = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
    r.out = QString::fromUtf8(p->readAllStandardOutput());
    r.err = QString::fromUtf8(p->readAllStandardError());
    return r;
}

Run runNianbao(const QStringList &arguments)
{
    std::unique_ptr<QProcess> p(startNianbao(arguments));
    return finish(p.get());
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

QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
}

// Runs SQL on a connection of the test's own; the rows of the first column.
QStringList query(const QString &file, const QString &sql, bool readOnly = true)
{
    QStringList rows;
    const QString name = u"query-"_s + QString::number(qHash(file + sql));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(file);
        if (readOnly)
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QSqlQuery q(db);
        if (!db.open() || !q.exec(sql))
            rows << u"error: "_s + q.lastError().text() + db.lastError().text();
        while (q.next())
            rows << q.value(0).toString();
        if (q.lastError().isValid())
            rows << u"error: "_s + q.lastError().text();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

} // namespace

class TestStorageCliSafety : public QObject
{
    Q_OBJECT
private slots:
    void init();

    void outputIsTheDatabase_data();
    void outputIsTheDatabase();
    void damagedPage();
    void readOnlyFolder();
    void fullDisk();
    void lockedByAnotherProgram();
    void twoImportsAtOnce();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString db() const { return path(u"nianbao.sqlite"_s); }
    QStringList exportArgs(const QString &database, const QString &output) const
    {
        return {u"--db"_s,   database,  u"export"_s, u"--org"_s, kOrg,
                u"--year"_s, u"2024"_s, u"-o"_s,     output};
    }
    // The samples imported into db(), and the export of one of them as a reference.
    void makeDatabase();

    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_reference;
};

void TestStorageCliSafety::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStorageCliSafety::makeDatabase()
{
    Run r = runNianbao(QStringList {u"--db"_s, db(), u"import"_s} + kAllSamples);
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    r = runNianbao(exportArgs(db(), path(u"reference.json"_s)));
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    m_reference = readAll(path(u"reference.json"_s));
    QVERIFY(!m_reference.isEmpty());
    QVERIFY(!QFileInfo::exists(db() + u"-wal"_s)); // all in the file itself
}

void TestStorageCliSafety::outputIsTheDatabase_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("spelling");
    for (const QString &command : {u"export"_s, u"report"_s, u"backup"_s, u"rollup"_s})
        for (const QString &spelling :
             {u"same"_s, u"dotdot"_s, u"symlink"_s, u"wal"_s, u"journal"_s})
            QTest::addRow("%s, %s", qPrintable(command), qPrintable(spelling))
                << command << spelling;
}

void TestStorageCliSafety::outputIsTheDatabase()
{
    QFETCH(QString, command);
    QFETCH(QString, spelling);
    makeDatabase();
    QVERIFY(QDir().mkpath(path(u"sub"_s)));
    QString output = db();
    if (spelling == u"dotdot"_s) {
        output = path(u"sub/../nianbao.sqlite"_s);
    } else if (spelling == u"symlink"_s) {
        output = path(u"sub/report.out"_s);
        QVERIFY(QFile::link(db(), output));
    } else if (spelling == u"wal"_s) {
        output = db() + u"-wal"_s;
    } else if (spelling == u"journal"_s) {
        output = db() + u"-journal"_s;
    }
    const QByteArray hash = fileHash(db());

    QStringList args;
    if (command == u"export"_s)
        args = exportArgs(db(), output);
    else if (command == u"report"_s)
        args = {u"--db"_s,   db(),      u"report"_s, u"--org"_s, kOrg,
                u"--year"_s, u"2024"_s, u"-o"_s,     output};
    else if (command == u"backup"_s)
        args = {u"--db"_s, db(), u"backup"_s, u"-o"_s, output};
    else
        args = {u"--db"_s,
                db(),
                u"rollup"_s,
                u"--replace"_s,
                kSamples + u"2024_huaian.json"_s,
                u"-o"_s,
                path(u"district.json"_s),
                u"--pdf"_s,
                output};
    const Run r = runNianbao(args);
    QVERIFY2(r.code == 2, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(u"would destroy the database"_s), qPrintable(r.err));
    QCOMPARE(fileHash(db()), hash);
    QCOMPARE(query(db(), u"SELECT count(*) FROM organization"_s), QStringList {u"3"_s});
    QVERIFY(!QFileInfo::exists(path(u"district.json"_s)));
    if (spelling == u"journal"_s)
        QVERIFY(!QFileInfo::exists(output));
}

void TestStorageCliSafety::damagedPage()
{
    makeDatabase();
    const QString pristine = path(u"pristine.sqlite"_s);
    QVERIFY(QFile::copy(db(), pristine));
    const int pageSize = query(pristine, u"PRAGMA page_size"_s).value(0).toInt();
    const int pages = query(pristine, u"PRAGMA page_count"_s).value(0).toInt();
    QVERIFY(pageSize > 0 && pages > 3);
    const QString out = path(u"out.json"_s);
    int refused = 0;
    // Each page in turn zeroed: an export is either the whole report or refused, never partial;
    // an import into a damaged file is refused and changes nothing.
    for (int page = 1; page <= pages; ++page) {
        QFile::remove(db());
        QFile::remove(out);
        QVERIFY(QFile::copy(pristine, db()));
        {
            QFile f(db());
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(qint64(page - 1) * pageSize));
            QCOMPARE(f.write(QByteArray(pageSize, '\0')), qint64(pageSize));
        }
        const QByteArray hash = fileHash(db());
        const bool sound = query(db(), u"PRAGMA integrity_check"_s) == QStringList {u"ok"_s};
        const Run e = runNianbao(exportArgs(db(), out));
        const QString what = u"page %1 of %2 zeroed (%3)\n"_s.arg(page).arg(pages).arg(
            sound ? u"sound"_s : u"damaged"_s);
        if (e.code == 0) {
            QVERIFY2(readAll(out) == m_reference, qPrintable(what + describe(e)));
            continue;
        }
        ++refused;
        QVERIFY2(e.code == 2, qPrintable(what + describe(e)));
        QVERIFY2(!QFileInfo::exists(out), qPrintable(what));
        QVERIFY2(e.err.contains(u"damaged"_s), qPrintable(what + describe(e)));
        QVERIFY2(e.err.contains(u"nianbao backup"_s), qPrintable(what + describe(e)));
        if (sound)
            continue;
        const Run i = runNianbao(
            {u"--db"_s, db(), u"import"_s, u"--replace"_s, kSamples + u"2021_pingtan.json"_s});
        QVERIFY2(i.code == 2, qPrintable(what + describe(i)));
        QVERIFY2(i.err.contains(u"damaged"_s), qPrintable(what + describe(i)));
        const Run b = runNianbao({u"--db"_s, db(), u"backup"_s, u"-o"_s, path(u"copy.sqlite"_s)});
        QVERIFY2(b.code == 2 && !QFileInfo::exists(path(u"copy.sqlite"_s)),
                 qPrintable(what + describe(b)));
        QVERIFY2(fileHash(db()) == hash, qPrintable(what));
    }
    QVERIFY2(refused > pages / 2, qPrintable(u"only %1 of %2 refused"_s.arg(refused).arg(pages)));
}

void TestStorageCliSafety::readOnlyFolder()
{
    makeDatabase();
    const QByteArray hash = fileHash(db());
    QTemporaryDir elsewhere;
    ReadOnlyFolder readOnly(m_dir->path());
    if (!readOnly.done())
        QSKIP(qPrintable(readOnly.why()));

    Run r = runNianbao(exportArgs(db(), elsewhere.filePath(u"out.json"_s)));
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY(readAll(elsewhere.filePath(u"out.json"_s)) == m_reference);
    r = runNianbao({u"--db"_s, db(), u"backup"_s, u"-o"_s, elsewhere.filePath(u"copy.sqlite"_s)});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QCOMPARE(query(elsewhere.filePath(u"copy.sqlite"_s), u"SELECT count(*) FROM organization"_s),
             QStringList {u"3"_s});

    r = runNianbao(
        {u"--db"_s, db(), u"import"_s, u"--replace"_s, kSamples + u"2021_pingtan.json"_s});
    QVERIFY2(r.code == 2, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(u"read-only"_s) && r.err.contains(m_dir->path()), qPrintable(r.err));
    QVERIFY2(!r.err.contains(u"not an SQLite"_s), qPrintable(r.err));
    QCOMPARE(fileHash(db()), hash);
}

void TestStorageCliSafety::fullDisk()
{
    const QString mount = path(u"small"_s);
    QVERIFY(QDir().mkpath(mount));
    QProcess m;
    m.start(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=4m"_s, u"tmpfs"_s, mount});
    if (!m.waitForFinished(10000) || m.exitCode() != 0)
        QSKIP("a full disk is made with a small tmpfs, which only root (with CAP_SYS_ADMIN) can "
              "mount");
    auto unmount = qScopeGuard([&] { QProcess::execute(u"umount"_s, {mount}); });
    const QString file = mount + u"/nianbao.sqlite"_s;
    Run r = runNianbao(QStringList {u"--db"_s, file, u"import"_s} + kAllSamples);
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QByteArray hash = fileHash(file);
    {
        QFile filler(mount + u"/filler"_s);
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(64 * 1024, 'x');
        while (filler.write(block) == block.size() && filler.flush()) { }
    }
    // Still readable: the export is made.
    r = runNianbao(exportArgs(file, path(u"out.json"_s)));
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY(QString::fromUtf8(readAll(path(u"out.json"_s))).contains(kOrg));
    r = runNianbao(
        {u"--db"_s, file, u"import"_s, u"--replace"_s, kSamples + u"2021_pingtan.json"_s});
    QVERIFY2(r.code == 2, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(u"disk is full"_s), qPrintable(r.err));
    QVERIFY2(!r.err.contains(u"not an SQLite"_s), qPrintable(r.err));
    QCOMPARE(fileHash(file), hash);
}

void TestStorageCliSafety::lockedByAnotherProgram()
{
    makeDatabase();
    const QString name = u"other-program"_s;
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        other.setDatabaseName(db());
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
        QVERIFY2(q.exec(u"BEGIN EXCLUSIVE"_s), qPrintable(q.lastError().text()));
        const Run r = runNianbao(exportArgs(db(), path(u"out.json"_s)));
        QVERIFY2(r.code == 2, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(u"locked by another program"_s), qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"not an SQLite"_s), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(path(u"out.json"_s)));
        QVERIFY(q.exec(u"ROLLBACK"_s));
        q.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestStorageCliSafety::twoImportsAtOnce()
{
    for (int round = 0; round < 3; ++round) {
        const QString file = path(u"round%1.sqlite"_s.arg(round));
        std::unique_ptr<QProcess> a(
            startNianbao({u"--db"_s, file, u"import"_s, kAllSamples[0], kAllSamples[1]}));
        std::unique_ptr<QProcess> b(startNianbao({u"--db"_s, file, u"import"_s, kAllSamples[2]}));
        const Run ra = finish(a.get());
        const Run rb = finish(b.get());
        QVERIFY2(ra.code == 0, qPrintable(describe(ra)));
        QVERIFY2(rb.code == 0, qPrintable(describe(rb)));
        QCOMPARE(query(file, u"SELECT count(*) FROM organization"_s), QStringList {u"3"_s});
    }
    QCOMPARE(QDir(m_dir->path()).entryList({u"*.bak"_s}, QDir::Files | QDir::Hidden),
             QStringList());
}

QTEST_GUILESS_MAIN(TestStorageCliSafety)
#include "tst_storage_cli_safety.moc"
