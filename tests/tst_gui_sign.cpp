// The window's Sign and Verify actions: Sign is enabled only for a final period without errors;
// the Sign dialog asks for certificate, password and output before it can be accepted; a signed
// report is written and recorded with the period (an audit line "sign"); a bad certificate is
// explained and leaves neither file nor record. Verify shows each verdict, and checking against
// the CA certificate turns "not trusted" into "valid".

#include "guitest.h"
#include "interchange.h"
#include "navigator.h"
#include "packageactions.h"
#include "pdfwriter.h"
#include "portalpackage.h"
#include "prompts.h"
#include "signdialog.h"
#include "signedreportdata.h"
#include "signtest.h"
#include "trustedcas.h"
#include "verifydialog.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;
using namespace nianbao;

namespace {

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

} // namespace

class TestGuiSign : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        guitest::prepare(u"sign"_s);
        QVERIFY2(m_pki.make(), qPrintable(m_pki.error));
    }
    void dialogNeedsCertificatePasswordAndOutput();
    void signActionSignsAndRecords();
    void verifyActionShowsEachVerdict();
    void trustedCasAreUsedByVerifyAndImport();

private:
    SignChoice choice(const QString &p12, const QString &output) const
    {
        return {{p12, signtest::kPassword, u"同意公开"_s, m_pki.seal()}, output};
    }
    signtest::Pki m_pki;
};

void TestGuiSign::dialogNeedsCertificatePasswordAndOutput()
{
    SignDialog dialog(u"报告.pdf"_s);
    QCOMPARE(dialog.field(u"output"_s)->text(), u"报告.pdf"_s);
    QVERIFY(!dialog.canAccept());
    dialog.field(u"certificate"_s)->setText(m_pki.good());
    QVERIFY(!dialog.canAccept());
    dialog.field(u"password"_s)->setText(signtest::kPassword);
    QVERIFY(dialog.canAccept());
    QCOMPARE(dialog.field(u"password"_s)->echoMode(), QLineEdit::Password);
    dialog.field(u"output"_s)->clear();
    QVERIFY(!dialog.canAccept());
    dialog.field(u"output"_s)->setText(u"/tmp/out.pdf"_s);
    dialog.field(u"reason"_s)->setText(u"同意公开"_s);
    dialog.field(u"seal"_s)->setText(m_pki.seal());
    const SignChoice c = dialog.choice();
    QCOMPARE(c.options.certificateFile, m_pki.good());
    QCOMPARE(c.options.password, signtest::kPassword);
    QCOMPARE(c.options.reason, u"同意公开"_s);
    QCOMPARE(c.options.sealFile, m_pki.seal());
    QCOMPARE(c.output, u"/tmp/out.pdf"_s);
}

void TestGuiSign::signActionSignsAndRecords()
{
    QTemporaryDir dir;
    auto window = guitest::openWindow(dir, u"sign.sqlite"_s);
    QVERIFY(window);
    const InterchangeResult read = readInterchange(readFile(QStringLiteral(NIANBAO_SOURCE_DIR) + u"/resources/samples/2024_huaian.json"_s));
    QVERIFY(read.report);
    ReportData draft = *read.report;
    draft.status = PeriodStatus::Draft;
    int id = 0;
    QVERIFY(window->ledger()->importReport(draft, false, &id).ok());
    window->navigator()->reload(*window->ledger());
    QVERIFY(window->navigator()->selectPeriod(id));
    QAction *sign = window->action(u"signPdf"_s);
    QVERIFY(sign);
    QVERIFY(!sign->isEnabled()); // a draft
    QVERIFY(window->action(u"verifyPdf"_s)->isEnabled());

    prompts::setNextAnswers({u"yes"_s, u"yes"_s}); // confirmations of submit and finalize, if asked
    QVERIFY(window->changeStatus(Transition::Submit));
    QVERIFY(window->changeStatus(Transition::Finalize));
    prompts::setNextAnswers({});
    QVERIFY(sign->isEnabled());

    // A bad certificate: explained, nothing written, nothing recorded.
    const QString bad = dir.filePath(u"bad.pdf"_s);
    prompts::clearAskedQuestions();
    SignDialog::setNextAnswer(choice(m_pki.expired(), bad));
    sign->trigger();
    QVERIFY(prompts::askedQuestions().contains(window->tr("Sign the report")));
    QVERIFY(!QFileInfo::exists(bad));
    QVERIFY(!window->ledger()->signedFile(id));

    // Cancelled: nothing happens.
    SignDialog::setNextAnswer(std::nullopt);
    sign->trigger();
    QVERIFY(!window->ledger()->signedFile(id));

    const QString out = dir.filePath(u"huaian-signed.pdf"_s);
    SignDialog::setNextAnswer(choice(m_pki.good(), out));
    sign->trigger();
    QVERIFY(QFileInfo::exists(out));
    const auto recorded = window->ledger()->signedFile(id);
    QVERIFY(recorded);
    QCOMPARE(recorded->content, readFile(out));
    QCOMPARE(recorded->signer, signtest::kSignerName);
    QCOMPARE(recorded->reason, u"同意公开"_s);
    QCOMPARE(window->ledger()->audit(id).last().action, u"sign"_s);
    QCOMPARE(verifyPdfFile(out, {m_pki.caPem()}).state, SignatureState::Valid);
}

void TestGuiSign::verifyActionShowsEachVerdict()
{
    QTemporaryDir dir;
    auto window = guitest::openWindow(dir, u"verify.sqlite"_s);
    QVERIFY(window);
    // A signed seed report, and spoilt copies of it.
    QFile seed(QStringLiteral(NIANBAO_SOURCE_DIR) + u"/resources/samples/2019_jiading_chengguan.json"_s);
    QVERIFY(seed.open(QIODevice::ReadOnly));
    const ReportData seedReport = *readInterchange(seed.readAll()).report;
    const ReportContent content = buildReportContent(seedReport);
    const SignedReport r = signReport(content, signedReportJson(seedReport),
                                      {m_pki.good(), signtest::kPassword, u"发布"_s, {}});
    QVERIFY2(r.ok, qPrintable(r.error));
    QByteArray changed = r.pdf;
    const qsizetype stream = changed.indexOf("stream\n", changed.size() / 3);
    changed[stream + 40] = char(changed[stream + 40] ^ 0x01);
    const QList<std::tuple<QString, QByteArray, SignatureState>> files = {
        {u"signed.pdf"_s, r.pdf, SignatureState::NotTrusted}, // the system does not know the test CA
        {u"changed.pdf"_s, changed, SignatureState::Changed},
        {u"appended.pdf"_s, r.pdf + "\n% more\n", SignatureState::NotWhole},
        {u"unsigned.pdf"_s, reportPdfBytes(content), SignatureState::Unsigned},
        {u"garbage.pdf"_s, QByteArray("no pdf"), SignatureState::Unreadable},
    };
    for (const auto &[name, bytes, state] : files) {
        QVERIFY(writeFile(dir.filePath(name), bytes));
        MainWindow::setNextVerifyFile(dir.filePath(name));
        window->action(u"verifyPdf"_s)->trigger();
        const QList<VerifyDialog *> dialogs = window->findChildren<VerifyDialog *>();
        QVERIFY(!dialogs.isEmpty());
        VerifyDialog *d = dialogs.last();
        QVERIFY2(d->check().state == state, qPrintable(name + u": "_s + d->messageText()));
        QCOMPARE(d->verdictText(), signatureStateName(state));
        if (state == SignatureState::NotTrusted) {
            QVERIFY(d->messageText().contains(signtest::kSignerName));
            QVERIFY(d->messageText().contains(u"发布"_s));
            QVERIFY(d->findChild<QPushButton *>(u"trust"_s));
            d->checkAgainst({m_pki.caPem()});
            QCOMPARE(d->check().state, SignatureState::Valid);
            QCOMPARE(d->verdictText(), signatureStateName(SignatureState::Valid));
        }
        delete d;
    }
}

void TestGuiSign::trustedCasAreUsedByVerifyAndImport()
{
    QTemporaryDir dir;
    auto window = guitest::openWindow(dir, u"trust.sqlite"_s);
    QVERIFY(window);
    // Settings ▸ Trusted CA certificates…: the office's CA is kept in the settings.
    trustedcas::setFiles({});
    prompts::setNextAnswers({m_pki.caPem()});
    window->action(u"trustedCas"_s)->trigger();
    QCOMPARE(trustedcas::files(), QStringList{m_pki.caPem()});

    // A final seed report, signed and recorded, and its portal package.
    QFile seed(QStringLiteral(NIANBAO_SOURCE_DIR) + u"/resources/samples/2019_jiading_chengguan.json"_s);
    QVERIFY(seed.open(QIODevice::ReadOnly));
    ReportData report = *readInterchange(seed.readAll()).report;
    report.status = PeriodStatus::Final;
    int period = 0;
    QVERIFY(window->ledger()->importReport(report, false, &period).ok());
    const SignedReport r = signReport(buildReportContent(report), signedReportJson(report),
                                      {m_pki.good(), signtest::kPassword, u"发布"_s, {}});
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(window->ledger()->recordSignedFile(period, {r.pdf, {}, r.signer, r.signedAt, u"seed.pdf"_s, r.reason}).ok());
    const PackageBuild package = buildPortalPackage(*window->ledger(), period);
    QVERIFY2(package.ok(), qPrintable(package.message));
    QVERIFY(writeFile(dir.filePath(u"seed.pdf"_s), r.pdf));
    QVERIFY(writeFile(dir.filePath(u"seed.zip"_s), package.bytes));

    // Verify: trusted through the setting, without choosing the CA again.
    MainWindow::setNextVerifyFile(dir.filePath(u"seed.pdf"_s));
    window->action(u"verifyPdf"_s)->trigger();
    const QList<VerifyDialog *> dialogs = window->findChildren<VerifyDialog *>();
    QVERIFY(!dialogs.isEmpty());
    QCOMPARE(dialogs.last()->check().state, SignatureState::Valid);

    // Import of the package into another database from the window: its PDF's signature valid.
    QTemporaryDir other;
    auto second = guitest::openWindow(other, u"district.sqlite"_s);
    QVERIFY(second);
    QVERIFY(second->packageActions()->importFiles({dir.filePath(u"seed.zip"_s)}));
    QVERIFY2(second->packageActions()->lastMessage().contains(signatureStateName(SignatureState::Valid)),
             qPrintable(second->packageActions()->lastMessage()));
    const auto imported = second->ledger()->period(second->ledger()->organizations().first().id, report.year, 0);
    QVERIFY(imported);
    const auto kept = second->ledger()->signedFile(imported->id);
    QVERIFY(kept);
    QCOMPARE(kept->content, r.pdf);

    // Without the setting, the same import says the signer is not trusted.
    trustedcas::setFiles({});
    QTemporaryDir third;
    auto plain = guitest::openWindow(third, u"plain.sqlite"_s);
    QVERIFY(plain);
    QVERIFY(plain->packageActions()->importFiles({dir.filePath(u"seed.zip"_s)}));
    QVERIFY2(plain->packageActions()->lastMessage().contains(signatureStateName(SignatureState::NotTrusted)),
             qPrintable(plain->packageActions()->lastMessage()));
}

QTEST_MAIN(TestGuiSign)
#include "tst_gui_sign.moc"
