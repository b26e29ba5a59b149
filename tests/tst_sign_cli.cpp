// Signing and verifying through the real executable: `render --sign`, `report --sign` (a final
// period only, the signed file then recorded in the database with an audit line) and `verify`
// with its exit codes (0 valid, 1 changed / not whole / not trusted / unsigned, 2 unreadable).
// Every bad input (password, certificate, key, seal, pass file, rule errors) leaves no file and
// records nothing. Also the Ledger's own rules for signed files.

#include "database.h"
#include "interchange.h"
#include "ledger.h"
#include "signtest.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nianbao;

namespace {

const QString kSourceDir = QStringLiteral(NIANBAO_SOURCE_DIR);
const QString kExe = QStringLiteral(NIANBAO_EXE);
const QString kSeed = kSourceDir + u"/resources/samples/2019_jiading_chengguan.json"_s;

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// A sample as a draft, to be taken through the lifecycle.
ReportData sample(const QString &name)
{
    const InterchangeResult r = readInterchange(readFile(kSourceDir + u"/resources/samples/"_s + name + u".json"_s));
    if (!r.report)
        qFatal("sample %s does not read", qPrintable(name));
    ReportData d = *r.report;
    d.status = PeriodStatus::Draft;
    return d;
}

} // namespace

class TestSignCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void renderSignedAndVerify();
    void verifyFindsTampering();
    void badInput_data();
    void badInput();
    void rulesErrorsAreNotSigned();
    void usage();
    void reportSignsFinalPeriodAndRecords();
    void ledgerKeepsSignedFiles();

private:
    Result run(const QStringList &arguments) const;
    QStringList signArgs(const QString &p12) const
    {
        return {u"--sign"_s, p12, u"--pass-file"_s, m_pki.passFile(), u"--reason"_s, u"同意公开"_s};
    }
    signtest::Pki m_pki;
    QProcessEnvironment m_env;
    QString m_signed;
};

Result TestSignCli::run(const QStringList &arguments) const
{
    Result r;
    QProcess p;
    p.setProcessEnvironment(m_env);
    // Messages are compared in English; Chinese is the default.
    p.start(kExe, QStringList{u"--lang"_s, u"en"_s} + arguments);
    if (!p.waitForStarted(10'000))
        return r;
    if (!p.waitForFinished(120'000) || p.exitStatus() != QProcess::NormalExit) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestSignCli::initTestCase()
{
    QVERIFY2(m_pki.make(), qPrintable(m_pki.error));
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    m_env.insert(u"HOME"_s, m_pki.dir.path());
    m_env.insert(u"XDG_CONFIG_HOME"_s, m_pki.dir.path());
    m_env.insert(u"XDG_DATA_HOME"_s, m_pki.dir.path());
    m_signed = m_pki.path(u"seed-signed.pdf"_s);
    const Result r = run(QStringList{u"render"_s, kSeed, u"-o"_s, m_signed, u"--seal"_s, m_pki.seal()}
                         + signArgs(m_pki.good()));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(signtest::kSignerName), qPrintable(r.out));
}

void TestSignCli::renderSignedAndVerify()
{
    const QByteArray pdf = readFile(m_signed);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY2(pdf.size() < 2 * 1024 * 1024, qPrintable(QString::number(pdf.size())));
    Result r = run({u"verify"_s, m_signed, u"--trust"_s, m_pki.caPem()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(signtest::kSignerName));
    QVERIFY(r.out.contains(u"同意公开"_s));
    r = run({u"verify"_s, m_signed, u"--trust"_s, m_pki.caPem(), u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"\"state\":\"valid\""_s), qPrintable(r.out));
    // pdfsig (poppler with NSS) with the CA trusted agrees.
    const signtest::Run sig = signtest::pdfsig(m_signed, m_pki.caPem(), m_pki.path(u"nss"_s));
    QVERIFY2(sig.out.contains(u"Signature is Valid"_s), qPrintable(sig.out));
    QVERIFY2(sig.out.contains(u"Total document signed"_s), qPrintable(sig.out));
    QVERIFY2(sig.out.contains(u"Certificate is Trusted"_s), qPrintable(sig.out));
    // An unrelated CA, or the system's store: not trusted.
    r = run({u"verify"_s, m_signed, u"--trust"_s, m_pki.otherCaPem(), u"--json"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(u"\"state\":\"not-trusted\""_s), qPrintable(r.out));
    r = run({u"verify"_s, m_signed});
    QCOMPARE(r.exitCode, 1);
}

void TestSignCli::verifyFindsTampering()
{
    QByteArray pdf = readFile(m_signed);
    const qsizetype stream = pdf.indexOf("stream\n", pdf.size() / 3);
    QVERIFY(stream > 0);
    QByteArray changed = pdf;
    changed[stream + 40] = char(changed[stream + 40] ^ 0x01);
    QVERIFY(writeFile(m_pki.path(u"changed.pdf"_s), changed));
    QVERIFY(writeFile(m_pki.path(u"appended.pdf"_s), pdf + "\n% more\n"));
    QVERIFY(writeFile(m_pki.path(u"garbage.pdf"_s), "this is no PDF"));
    const QList<std::pair<QString, QString>> cases = {
        {u"changed.pdf"_s, u"changed"_s}, {u"appended.pdf"_s, u"not-whole"_s}};
    for (const auto &[file, state] : cases) {
        const Result r = run({u"verify"_s, m_pki.path(file), u"--trust"_s, m_pki.caPem(), u"--json"_s});
        QVERIFY2(r.exitCode == 1, qPrintable(file));
        QVERIFY2(r.out.contains(u"\"state\":\"%1\""_s.arg(state)), qPrintable(r.out));
    }
    // An unsigned report: 1; not a PDF or no file: 2.
    QVERIFY(run({u"render"_s, kSeed, u"-o"_s, m_pki.path(u"plain.pdf"_s)}).exitCode == 0);
    Result r = run({u"verify"_s, m_pki.path(u"plain.pdf"_s), u"--json"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains(u"\"state\":\"unsigned\""_s));
    QCOMPARE(run({u"verify"_s, m_pki.path(u"garbage.pdf"_s)}).exitCode, 2);
    QCOMPARE(run({u"verify"_s, m_pki.path(u"missing.pdf"_s)}).exitCode, 2);
    QCOMPARE(run({u"verify"_s, m_signed, u"--trust"_s, m_pki.path(u"missing.pem"_s)}).exitCode, 2);
}

void TestSignCli::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QVERIFY(writeFile(m_pki.path(u"wrong-pass.txt"_s), "not the password\n"));
    QVERIFY(writeFile(m_pki.path(u"broken.png"_s), "\x89PNG\r\n\x1a\n broken"));
    auto with = [&](const QString &p12, const QString &pass, const QString &seal = {}) {
        QStringList a{u"--sign"_s, p12, u"--pass-file"_s, pass};
        if (!seal.isEmpty())
            a << u"--seal"_s << seal;
        return a;
    };
    const QString pass = m_pki.passFile();
    QTest::newRow("wrong password") << with(m_pki.good(), m_pki.path(u"wrong-pass.txt"_s)) << u"password"_s;
    QTest::newRow("expired") << with(m_pki.expired(), pass) << u"expired"_s;
    QTest::newRow("not yet valid") << with(m_pki.notYetValid(), pass) << u"not valid yet"_s;
    QTest::newRow("nonRepudiation only") << with(m_pki.nonRepudiation(), pass) << u"digitalSignature"_s;
    QTest::newRow("no key") << with(m_pki.noKey(), pass) << u"no private key"_s;
    QTest::newRow("unreadable seal") << with(m_pki.good(), pass, m_pki.path(u"broken.png"_s)) << u"seal image"_s;
    QTest::newRow("missing pass file") << with(m_pki.good(), m_pki.path(u"nopass.txt"_s)) << u"password file"_s;
    QTest::newRow("no pass file") << QStringList{u"--sign"_s, m_pki.good()} << u"--pass-file"_s;
}

void TestSignCli::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString out = m_pki.path(u"bad.pdf"_s);
    const Result r = run(QStringList{u"render"_s, kSeed, u"-o"_s, out} + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(out));
}

void TestSignCli::rulesErrorsAreNotSigned()
{
    const QString out = m_pki.path(u"broken.pdf"_s);
    const Result r = run(QStringList{u"render"_s, kSourceDir + u"/tests/fixtures/invalid/applications_balance_broken.json"_s,
                                     u"-o"_s, out}
                         + signArgs(m_pki.good()));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"error"_s), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(out));
}

void TestSignCli::usage()
{
    Result r = run({u"--help"_s});
    QVERIFY(r.out.contains(u"verify FILE.pdf"_s));
    QVERIFY(r.out.contains(u"--sign CERT.p12"_s));
    r = run({u"verify"_s});
    QCOMPARE(r.exitCode, 2);
    r = run({u"render"_s, kSeed, u"-o"_s, m_pki.path(u"x.pdf"_s), u"--seal"_s, m_pki.seal()});
    QCOMPARE(r.exitCode, 2); // --seal without --sign
    QVERIFY(!QFileInfo::exists(m_pki.path(u"x.pdf"_s)));
}

void TestSignCli::reportSignsFinalPeriodAndRecords()
{
    const QString dbPath = m_pki.path(u"reports.sqlite"_s);
    int periodId = 0;
    {
        Status s;
        auto db = Database::open(dbPath, &s);
        QVERIFY2(db, qPrintable(s.message));
        Ledger ledger(*db);
        QVERIFY(ledger.importReport(sample(u"2024_huaian"_s), false, &periodId).ok());
    }
    const QStringList report{u"--db"_s, dbPath, u"report"_s, u"--org"_s, u"淮安市人民政府"_s, u"--year"_s, u"2024"_s, u"-o"_s};
    const QString out = m_pki.path(u"huaian-signed.pdf"_s);
    // Not final yet: refused, nothing written or recorded.
    Result r = run(report + QStringList{out} + signArgs(m_pki.good()));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"final"_s), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(out));
    {
        Status s;
        auto db = Database::open(dbPath, &s);
        Ledger ledger(*db);
        QVERIFY(!ledger.signedFile(periodId));
        QVERIFY(ledger.transition(periodId, Transition::Submit).ok());
        const Status f = ledger.transition(periodId, Transition::Finalize);
        QVERIFY2(f.ok(), qPrintable(f.message));
    }
    // A bad certificate on a final period: nothing recorded either.
    r = run(report + QStringList{out, u"--sign"_s, m_pki.expired(), u"--pass-file"_s, m_pki.passFile()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QFileInfo::exists(out));
    r = run(report + QStringList{out} + signArgs(m_pki.good()));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QByteArray written = readFile(out);
    QCOMPARE(run({u"verify"_s, out, u"--trust"_s, m_pki.caPem()}).exitCode, 0);
    {
        Status s;
        auto db = Database::open(dbPath, &s);
        Ledger ledger(*db);
        const auto f = ledger.signedFile(periodId);
        QVERIFY(f);
        QCOMPARE(f->content, written);
        QCOMPARE(f->sha256, QString::fromLatin1(QCryptographicHash::hash(written, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(f->signer, signtest::kSignerName);
        QCOMPARE(f->fileName, u"huaian-signed.pdf"_s);
        QCOMPARE(f->reason, u"同意公开"_s);
        QVERIFY(qAbs(f->signedAt.secsTo(QDateTime::currentDateTimeUtc())) < 300);
        const QList<AuditEntry> log = ledger.audit(periodId);
        QVERIFY(!log.isEmpty());
        QCOMPARE(log.last().action, u"sign"_s);
        QCOMPARE(log.last().reason, u"同意公开"_s);
        QVERIFY(log.last().newValue.contains(f->sha256));
    }
}

void TestSignCli::ledgerKeepsSignedFiles()
{
    Status s;
    auto db = Database::open(m_pki.path(u"ledger.sqlite"_s), &s);
    QVERIFY2(db, qPrintable(s.message));
    Ledger ledger(*db);
    int id = 0;
    QVERIFY(ledger.importReport(sample(u"2021_pingtan"_s), false, &id).ok());
    const SignedFile first{"%PDF-1 first", {}, u"张三"_s, QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC),
                           u"/some/folder/a.pdf"_s, u"发布"_s};
    // Only a final period has signed files.
    QCOMPARE(ledger.recordSignedFile(id, first).code, Status::Code::Invalid);
    QVERIFY(!ledger.signedFile(id));
    QVERIFY(ledger.transition(id, Transition::Submit).ok());
    QVERIFY(ledger.transition(id, Transition::Finalize).ok());
    QVERIFY(ledger.recordSignedFile(id, first).ok());
    SignedFile second = first;
    second.content = "%PDF-1 second";
    second.signedAt = first.signedAt.addDays(1);
    second.sha256 = u"00"_s; // does not match its content
    QCOMPARE(ledger.recordSignedFile(id, second).code, Status::Code::Invalid);
    second.sha256.clear();
    QVERIFY(ledger.recordSignedFile(id, second).ok());
    QCOMPARE(ledger.recordSignedFile(id + 1000, second).code, Status::Code::NotFound);
    const auto latest = ledger.signedFile(id);
    QVERIFY(latest);
    QCOMPARE(latest->content, second.content);
    QCOMPARE(latest->signedAt, second.signedAt);
    QCOMPARE(latest->fileName, u"a.pdf"_s);
    QCOMPARE(latest->reason, u"发布"_s);
    int signs = 0;
    for (const AuditEntry &e : ledger.audit(id))
        signs += e.action == u"sign"_s;
    QCOMPARE(signs, 2);
}

QTEST_MAIN(TestSignCli)
#include "tst_sign_cli.moc"
