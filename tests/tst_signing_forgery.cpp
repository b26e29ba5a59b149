// Signatures made to look right. An attacker who has a published signed report (and so the
// signer's certificate) builds a CA whose name reads like the office's, gives themselves a
// certificate with the signer's name and serial number, and signs a changed report, with the real
// certificate added to the signature's set. Its neighbours: another signer of the same name, a
// certificate of the right CA that may not sign, an expired one, an intermediate that only claims
// to come from the trusted CA, a weak digest, and bytes changed where no hash reaches. Each must
// fail to verify as valid, while the same re-signing with the real signer still verifies (so a
// failure is the check's doing, not the test's).

#include "signtest.h"

#include "interchange.h"
#include "pdfsign.h"
#include "pdfverify.h"
#include "reportcontent.h"
#include "signedreportdata.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nianbao;

Q_DECLARE_METATYPE(nianbao::SignatureState)

namespace {

const QString kSample =
    QStringLiteral(NIANBAO_SOURCE_DIR) + u"/resources/samples/2019_jiading_chengguan.json"_s;
const QString kSubject =
    u"/CN=%1/title=%2/O=示例县人民政府办公室"_s.arg(signtest::kSignerName, signtest::kSignerTitle);

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

ReportData sample()
{
    const InterchangeResult r = readInterchange(readAll(kSample));
    if (!r.report)
        qFatal("the sample does not read");
    return *r.report;
}

// The signed ranges and the signature value's place, from the last /ByteRange of the file.
struct Ranges {
    qsizetype gapStart = 0; // the '<' of the signature value
    qsizetype gapEnd = 0; // just after its '>'
    QByteArray signedBytes;
};

Ranges ranges(const QByteArray &pdf)
{
    static const QRegularExpression byteRange(
        u"/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*\\]"_s);
    Ranges r;
    QRegularExpressionMatch last;
    for (auto it = byteRange.globalMatch(QString::fromLatin1(pdf)); it.hasNext();)
        last = it.next();
    if (!last.hasMatch())
        return r;
    const qsizetype a = last.captured(2).toLongLong();
    const qsizetype b = last.captured(3).toLongLong();
    const qsizetype c = last.captured(4).toLongLong();
    r.gapStart = a;
    r.gapEnd = b;
    r.signedBytes = pdf.left(a) + pdf.mid(b, c);
    return r;
}

} // namespace

class TestSigningForgery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lookAlikeCaForgery();
    void resignedWithTheRealSignerIsValid();
    void lookAlikes_data();
    void lookAlikes();
    void paddingOfTheSignatureValue();
    void commandLineSaysSo();

private:
    bool openssl(const QStringList &arguments) { return m_pki.openssl(arguments); }
    bool makeCertificates();
    // The PDF with its signature value replaced by a CMS made by `openssl cms` with the given
    // signer (certificate and key in PEM) and extra certificates.
    QByteArray resigned(const QString &cert, const QString &key, const QStringList &extra,
                        const QStringList &options = {});
    QString save(const QString &name, const QByteArray &bytes);

    signtest::Pki m_pki;
    QByteArray m_signed; // the office's published signed report
    QByteArray m_ca; // the office's CA, trusted
    QByteArray m_forged;
};

bool TestSigningForgery::makeCertificates()
{
    // The attacker's CA: the same name as the office's, as a PrintableString rather than
    // UTF8String.
    const QString cnf =
        u"[req]\ndistinguished_name = dn\nstring_mask = default\n[dn]\n"
        "[ca_ext]\nbasicConstraints = critical,CA:TRUE\nkeyUsage = critical,keyCertSign\n"
        "[signer_ext]\nbasicConstraints = CA:FALSE\nkeyUsage = critical,digitalSignature\n"
        // Longer than the real signer's, so that the real certificate comes first in
        // the signature's set (a DER SET OF is sorted), where a look-up by name finds it.
        "[evil_ext]\nbasicConstraints = CA:FALSE\nkeyUsage = critical,digitalSignature\n"
        "nsComment = \"%1\"\n"
        "[encipher_ext]\nbasicConstraints = CA:FALSE\nkeyUsage = critical,keyEncipherment\n"_s.arg(
            QString(400, u'x'));
    QFile f(m_pki.path(u"evil.cnf"_s));
    if (!f.open(QIODevice::WriteOnly) || f.write(cnf.toUtf8()) != cnf.toUtf8().size())
        return false;
    f.close();
    auto req = [&](const QString &stem, const QString &subject, const QStringList &more) {
        return openssl(QStringList {u"req"_s, u"-new"_s, u"-config"_s, u"evil.cnf"_s, u"-newkey"_s,
                                    u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, stem + u".key"_s,
                                    u"-subj"_s, subject}
                       + more);
    };
    auto issue = [&](const QString &stem, const QString &ca, const QString &ext,
                     const QStringList &more) {
        return openssl(QStringList {u"x509"_s, u"-req"_s, u"-in"_s, stem + u".csr"_s, u"-CA"_s,
                                    ca + u".pem"_s, u"-CAkey"_s, ca + u".key"_s, u"-extfile"_s,
                                    u"evil.cnf"_s, u"-extensions"_s, ext, u"-out"_s,
                                    stem + u".pem"_s}
                       + more);
    };
    const QStringList year {u"-days"_s, u"365"_s};
    // The real signer's serial number, as any published signed report shows it.
    QProcess serial;
    serial.setWorkingDirectory(m_pki.dir.path());
    serial.start(u"openssl"_s, {u"x509"_s, u"-in"_s, u"good.pem"_s, u"-noout"_s, u"-serial"_s});
    serial.waitForFinished();
    const QString goodSerial =
        u"0x"_s + QString::fromLatin1(serial.readAllStandardOutput()).trimmed().section(u'=', 1);
    return req(u"evil-ca"_s, u"/CN=Nianbao Test CA"_s,
               {u"-x509"_s, u"-extensions"_s, u"ca_ext"_s, u"-days"_s, u"3650"_s, u"-out"_s,
                u"evil-ca.pem"_s})
        // The look-alike signer: the real signer's name and serial number from the look-alike CA.
        && req(u"evil"_s, kSubject, {u"-utf8"_s, u"-out"_s, u"evil.csr"_s})
        && issue(u"evil"_s, u"evil-ca"_s, u"evil_ext"_s,
                 year + QStringList {u"-set_serial"_s, goodSerial})
        // Another signer of the same name, self-made.
        && req(u"samename"_s, kSubject,
               {u"-utf8"_s, u"-x509"_s, u"-extensions"_s, u"signer_ext"_s, u"-days"_s, u"365"_s,
                u"-out"_s, u"samename.pem"_s})
        // The office's CA, a certificate that may not sign.
        && req(u"encipher"_s, kSubject, {u"-utf8"_s, u"-out"_s, u"encipher.csr"_s})
        && issue(u"encipher"_s, u"ca"_s, u"encipher_ext"_s,
                 year + QStringList {u"-set_serial"_s, u"0x2001"_s})
        // An intermediate that names the office's CA as its issuer but was signed by the
        // look-alike.
        && req(u"sub"_s, u"/CN=Nianbao Test Sub CA"_s, {u"-out"_s, u"sub.csr"_s})
        && issue(u"sub"_s, u"evil-ca"_s, u"ca_ext"_s,
                 year + QStringList {u"-set_serial"_s, u"0x3001"_s})
        && req(u"subsigner"_s, kSubject, {u"-utf8"_s, u"-out"_s, u"subsigner.csr"_s})
        && issue(u"subsigner"_s, u"sub"_s, u"signer_ext"_s,
                 year + QStringList {u"-set_serial"_s, u"0x3002"_s})
        // The real signer's certificate used as a CA (it is not one).
        && req(u"underleaf"_s, kSubject, {u"-utf8"_s, u"-out"_s, u"underleaf.csr"_s})
        && issue(u"underleaf"_s, u"good"_s, u"signer_ext"_s,
                 year + QStringList {u"-set_serial"_s, u"0x4001"_s});
}

void TestSigningForgery::initTestCase()
{
    QVERIFY2(m_pki.make(), qPrintable(m_pki.error));
    m_ca = readAll(m_pki.caPem());
    QVERIFY2(makeCertificates(), qPrintable(m_pki.error));
    // The attacker's .p12: their key and certificate, with the real signer's certificate along.
    QVERIFY(save(u"along.pem"_s,
                 readAll(m_pki.path(u"good.pem"_s)) + readAll(m_pki.path(u"evil-ca.pem"_s)))
                .size());
    QVERIFY2(openssl({u"pkcs12"_s, u"-export"_s, u"-in"_s, u"evil.pem"_s, u"-inkey"_s,
                      u"evil.key"_s, u"-certfile"_s, u"along.pem"_s, u"-out"_s, u"evil.p12"_s,
                      u"-passout"_s, u"file:pass.txt"_s}),
             qPrintable(m_pki.error));

    const ReportData report = sample();
    const SignedReport office = signReport(buildReportContent(report), signedReportJson(report),
                                           {m_pki.good(), signtest::kPassword, u"同意公开"_s, {}});
    QVERIFY2(office.ok, qPrintable(office.error));
    m_signed = office.pdf;
    QCOMPARE(verifyPdfSignature(m_signed, {m_ca}).state, SignatureState::Valid);

    // The forgery: a changed report signed by the look-alike.
    ReportData changed = report;
    changed.narrative.first().append(u"本年度未收到任何申请。"_s);
    const SignedReport forged =
        signReport(buildReportContent(changed), signedReportJson(changed),
                   {m_pki.path(u"evil.p12"_s), signtest::kPassword, u"同意公开"_s, {}});
    QVERIFY2(forged.ok, qPrintable(forged.error));
    m_forged = forged.pdf;
}

void TestSigningForgery::lookAlikeCaForgery()
{
    // The attack is set up as described: the real signer's certificate is in the signature's set,
    // the look-alike's issuer reads like the office's CA.
    const QByteArray goodDer =
        QByteArray::fromBase64(readAll(m_pki.path(u"good.pem"_s))
                                   .replace("-----BEGIN CERTIFICATE-----", "")
                                   .replace("-----END CERTIFICATE-----", "")
                                   .simplified()
                                   .replace(" ", ""));
    QVERIFY(!goodDer.isEmpty());
    const Ranges r = ranges(m_forged);
    QVERIFY(r.gapEnd > r.gapStart);
    const QByteArray cms =
        QByteArray::fromHex(m_forged.mid(r.gapStart + 1, r.gapEnd - r.gapStart - 2));
    QVERIFY2(cms.contains(goodDer), "the real signer's certificate is not in the forged signature");

    const SignatureCheck c = verifyPdfSignature(m_forged, {m_ca});
    QVERIFY2(c.state != SignatureState::Valid, qPrintable(signatureMessage(c)));
    QCOMPARE(c.state, SignatureState::NotTrusted);
    // The chain checked is the look-alike's own, which does not lead to the trusted CA.
    QVERIFY(!c.detail.isEmpty());
}

QByteArray TestSigningForgery::resigned(const QString &cert, const QString &key,
                                        const QStringList &extra, const QStringList &options)
{
    const Ranges r = ranges(m_signed);
    if (r.signedBytes.isEmpty() || !save(u"content.bin"_s, r.signedBytes).size())
        return {};
    QByteArray certificates;
    for (const QString &e : extra)
        certificates += readAll(m_pki.path(e));
    QStringList args {u"cms"_s,         u"-sign"_s,   u"-binary"_s, u"-nosmimecap"_s, u"-in"_s,
                      u"content.bin"_s, u"-signer"_s, cert,         u"-inkey"_s,      key,
                      u"-outform"_s,    u"DER"_s,     u"-out"_s,    u"sig.der"_s};
    if (!certificates.isEmpty() && save(u"extra.pem"_s, certificates).size())
        args << u"-certfile"_s << u"extra.pem"_s;
    if (!openssl(args + (options.isEmpty() ? QStringList {u"-md"_s, u"sha256"_s} : options)))
        return {};
    const QByteArray hex = readAll(m_pki.path(u"sig.der"_s)).toHex();
    const qsizetype room = r.gapEnd - r.gapStart - 2;
    if (hex.size() > room)
        return {};
    QByteArray pdf = m_signed;
    pdf.replace(r.gapStart + 1, room, hex + QByteArray(room - hex.size(), '0'));
    return pdf;
}

void TestSigningForgery::resignedWithTheRealSignerIsValid()
{
    const QByteArray pdf = resigned(u"good.pem"_s, u"good.key"_s, {u"ca.pem"_s});
    QVERIFY2(!pdf.isEmpty(), qPrintable(m_pki.error));
    const SignatureCheck c = verifyPdfSignature(pdf, {m_ca});
    QCOMPARE(c.state, SignatureState::Valid);
    QCOMPARE(c.signer, signtest::kSignerName);
}

void TestSigningForgery::lookAlikes_data()
{
    QTest::addColumn<QString>("cert");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<SignatureState>("state");
    const QStringList sha256 {u"-md"_s, u"sha256"_s};
    QTest::newRow("look-alike signer with the real certificate along")
        << u"evil.pem"_s << u"evil.key"_s << QStringList {u"good.pem"_s, u"evil-ca.pem"_s} << sha256
        << SignatureState::NotTrusted;
    QTest::newRow("another signer of the same name")
        << u"samename.pem"_s << u"samename.key"_s << QStringList {u"good.pem"_s} << sha256
        << SignatureState::NotTrusted;
    QTest::newRow("right CA, no digitalSignature")
        << u"encipher.pem"_s << u"encipher.key"_s << QStringList {u"ca.pem"_s} << sha256
        << SignatureState::NotTrusted;
    QTest::newRow("expired when it signed")
        << u"expired.pem"_s << u"expired.key"_s << QStringList {u"ca.pem"_s} << sha256
        << SignatureState::NotTrusted;
    QTest::newRow("intermediate claiming the trusted CA")
        << u"subsigner.pem"_s << u"subsigner.key"_s << QStringList {u"sub.pem"_s, u"ca.pem"_s}
        << sha256 << SignatureState::NotTrusted;
    QTest::newRow("the real signer's certificate as a CA")
        << u"underleaf.pem"_s << u"underleaf.key"_s << QStringList {u"good.pem"_s, u"ca.pem"_s}
        << sha256 << SignatureState::NotTrusted;
    QTest::newRow("SHA-1 digest") << u"good.pem"_s << u"good.key"_s << QStringList {u"ca.pem"_s}
                                  << QStringList {u"-md"_s, u"sha1"_s}
                                  << SignatureState::NotTrusted;
    // The look-alike's signature with only the real certificate in the set: no certificate of the
    // set verifies it, however well its names match.
    QTest::newRow("look-alike's signature, only the real certificate along")
        << u"evil.pem"_s << u"evil.key"_s << QStringList {u"good.pem"_s}
        << QStringList {u"-md"_s, u"sha256"_s, u"-nocerts"_s} << SignatureState::Changed;
}

void TestSigningForgery::lookAlikes()
{
    QFETCH(QString, cert);
    QFETCH(QString, key);
    QFETCH(QStringList, extra);
    QFETCH(QStringList, options);
    QFETCH(SignatureState, state);
    const QByteArray pdf = resigned(cert, key, extra, options);
    QVERIFY2(!pdf.isEmpty(), qPrintable(m_pki.error));
    const SignatureCheck c = verifyPdfSignature(pdf, {m_ca});
    QVERIFY2(c.state != SignatureState::Valid, qPrintable(signatureMessage(c)));
    QVERIFY2(c.state == state, qPrintable(signatureMessage(c)));
}

void TestSigningForgery::paddingOfTheSignatureValue()
{
    // The signature value's padding is the one part of the file no hash covers: a byte changed
    // there is refused, not overlooked.
    const Ranges r = ranges(m_signed);
    QByteArray pdf = m_signed;
    const qsizetype lastZero = r.gapEnd - 2;
    QCOMPARE(pdf.at(lastZero), '0');
    pdf[lastZero] = '7';
    const SignatureCheck c = verifyPdfSignature(pdf, {m_ca});
    QCOMPARE(c.state, SignatureState::Changed);
    // Neither may anything but hex digits stand there.
    pdf[lastZero] = ' ';
    QCOMPARE(verifyPdfSignature(pdf, {m_ca}).state, SignatureState::Changed);
    // The untouched file verifies.
    QCOMPARE(verifyPdfSignature(m_signed, {m_ca}).state, SignatureState::Valid);
}

void TestSigningForgery::commandLineSaysSo()
{
    const QString forged = save(u"forged.pdf"_s, m_forged);
    QProcess p;
    p.start(QStringLiteral(NIANBAO_EXE),
            {u"--lang"_s, u"zh"_s, u"verify"_s, forged, u"--trust"_s, m_pki.caPem()});
    QVERIFY(p.waitForFinished(60000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(!out.contains(u"签名有效"_s), qPrintable(out));
}

QString TestSigningForgery::save(const QString &name, const QByteArray &bytes)
{
    QFile f(m_pki.path(name));
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() ? f.fileName()
                                                                          : QString();
}

QTEST_MAIN(TestSigningForgery)
#include "tst_signing_forgery.moc"
