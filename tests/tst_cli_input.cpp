// The files the commands read, through the real executable: only regular files (or links to
// them) of at most 50 MB are read. A FIFO is refused at once instead of blocking, a device
// instead of being read without end, and a folder or a file over the limit with a clear message;
// the same for validate, import, render, rollup and verify.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

const QString kExe = QStringLiteral(NIANBAO_EXE);
const QString kSample =
    QStringLiteral(NIANBAO_SOURCE_DIR) + u"/resources/samples/2021_pingtan.json"_s;

struct Result {
    bool finished = false;
    int exitCode = -1;
    QString err;
};

class TestCliInput : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void refused_data();
    void refused();
    void linkToARegularFileIsRead();

private:
    Result run(const QStringList &arguments);
    QTemporaryDir m_dir;
};

Result TestCliInput::run(const QStringList &arguments)
{
    Result r;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"HOME"_s, m_dir.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.path());
    env.insert(u"XDG_DATA_HOME"_s, m_dir.path());
    p.setProcessEnvironment(env);
    p.start(kExe, QStringList {u"--lang"_s, u"en"_s} + arguments);
    if (!p.waitForStarted(10'000))
        return r;
    // Refusing a file takes no time; a command still reading after this is blocked or unbounded.
    r.finished = p.waitForFinished(20'000) && p.exitStatus() == QProcess::NormalExit;
    if (!r.finished) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitCode();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

void TestCliInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(::mkfifo(QFile::encodeName(m_dir.filePath(u"fifo.json"_s)).constData(), 0600) == 0);
    QVERIFY(QDir(m_dir.path()).mkdir(u"folder.json"_s));
    // Sparse: one byte over the limit without writing 50 MB.
    QFile big(m_dir.filePath(u"big.json"_s));
    QVERIFY(big.open(QIODevice::WriteOnly) && big.resize(50 * 1024 * 1024 + 1));
    big.close();
    QVERIFY(QFile::link(kSample, m_dir.filePath(u"link.json"_s)));
}

void TestCliInput::refused_data()
{
    QTest::addColumn<QStringList>("arguments"); // FILE stands for the file
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    const QString notRegular = u"this is not a regular file"_s;
    const QString folder = u"this is a folder, not a file"_s;
    const QString tooLarge = u"the file is larger than 50 MB"_s;
    const QString db = m_dir.filePath(u"t.sqlite"_s);
    const QString out = m_dir.filePath(u"out"_s);
    const QList<std::pair<const char *, QStringList>> commands = {
        {"validate", {u"validate"_s, u"FILE"_s}},
        {"import", {u"--db"_s, db, u"import"_s, u"FILE"_s}},
        {"render", {u"render"_s, u"FILE"_s, u"-o"_s, out + u".pdf"_s}},
        {"rollup", {u"rollup"_s, u"FILE"_s, u"-o"_s, out + u".json"_s, u"--name"_s, u"某区"_s}},
        {"verify", {u"verify"_s, u"FILE"_s}},
    };
    for (const auto &[name, arguments] : commands) {
        QTest::addRow("%s FIFO", name) << arguments << m_dir.filePath(u"fifo.json"_s) << notRegular;
        QTest::addRow("%s /dev/zero", name) << arguments << u"/dev/zero"_s << notRegular;
        QTest::addRow("%s folder", name) << arguments << m_dir.filePath(u"folder.json"_s) << folder;
        QTest::addRow("%s over 50 MB", name)
            << arguments << m_dir.filePath(u"big.json"_s) << tooLarge;
    }
    QTest::addRow("verify --trust FIFO")
        << QStringList {u"verify"_s, kSample, u"--trust"_s, u"FILE"_s}
        << m_dir.filePath(u"fifo.json"_s) << notRegular;
}

void TestCliInput::refused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, file);
    QFETCH(QString, message);
    arguments.replaceInStrings(u"FILE"_s, file);
    const Result r = run(arguments);
    QVERIFY2(r.finished, "the command did not end: it is reading the file");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(file) && r.err.contains(message), qPrintable(r.err));
}

void TestCliInput::linkToARegularFileIsRead()
{
    const Result r = run({u"validate"_s, m_dir.filePath(u"link.json"_s)});
    QVERIFY(r.finished);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

QTEST_MAIN(TestCliInput)
#include "tst_cli_input.moc"
