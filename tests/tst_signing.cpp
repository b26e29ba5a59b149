// Signing the report PDF and verifying it, in the library: the seed report signed with a
// throw-away CA's signer is valid for nianbao's own check and for pdfsig, covers the whole file,
// is an incremental update of the drawn PDF, keeps its text exact with the signer's line, stays
// small; a changed byte, appended bytes and an untrusted CA are found; every bad input (password,
// expired or not yet valid certificate, nonRepudiation alone, no key, unreadable seal) is refused.

#include "interchange.h"
#include "pdfsign.h"
#include "pdfverify.h"
#include "pdfwriter.h"
#include "reportcontent.h"
#include "reportfonts.h"
#include "reportlayout.h"
#include "signedreportdata.h"
#include "signingidentity.h"
#include "signtest.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nianbao;

namespace {

const QString kSourceDir = QStringLiteral(NIANBAO_SOURCE_DIR);

ReportData seedReport()
{
    QFile f(kSourceDir + u"/resources/samples/2019_jiading_chengguan.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the seed sample");
    const InterchangeResult r = readInterchange(f.readAll());
    if (!r.report)
        qFatal("the seed sample does not read");
    return *r.report;
}

ReportContent seedContent()
{
    return buildReportContent(seedReport());
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString withoutSpace(const QString &s)
{
    QString out;
    for (QChar c : s)
        if (!c.isSpace())
            out += c;
    return out;
}

// The text a PDF of the content must give back: the runs of the content as laid out.
QString expectedText(const ReportContent &content)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(1200);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    const ReportLayout layout(content, ReportFonts::load(), &writer);
    return withoutSpace(reportTextRuns(layout.content()).join(QString()));
}

} // namespace

struct SealedPage;

class TestSigning : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signatureLineNamesSignerAndTime();
    void signedSeedIsValid();
    void signatureIsAnIncrementalUpdate();
    void pdfsigAgrees();
    void sealPressesOnSignatoryAndDate();
    void jpegSealLeavesTextVisible();
    void changedByteIsFound();
    void appendedBytesAreFound();
    void untrustedCa();
    void unsignedAndUnreadable();
    void badInput_data();
    void badInput();

private:
    SignOptions options(const QString &p12) const
    {
        return {p12, signtest::kPassword, u"同意公开"_s, m_pki.seal()};
    }
    struct SealedPage sealedPage(const QString &seal, ReportContent *content);
    signtest::Pki m_pki;
    SignedReport m_signed;
    QDateTime m_at;
};

void TestSigning::initTestCase()
{
    QVERIFY2(m_pki.make(), qPrintable(m_pki.error));
    m_at = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    m_signed =
        signReport(seedContent(), signedReportJson(seedReport()), options(m_pki.good()), m_at);
    QVERIFY2(m_signed.ok, qPrintable(m_signed.error));
    QFile out(m_pki.path(u"signed.pdf"_s));
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(m_signed.pdf) == m_signed.pdf.size());
}

void TestSigning::signatureLineNamesSignerAndTime()
{
    const QDateTime at(QDate(2026, 2, 8), QTime(9, 30, 15), Qt::UTC);
    const QString line = signatureLine(u"张三"_s, u"主任"_s, at);
    QCOMPARE(line, u"数字签名：张三 主任 2026年2月8日 09:30 UTC"_s); // TZ=UTC in the tests
    QCOMPARE(signatureLine(u"李四"_s, {}, at), u"数字签名：李四 2026年2月8日 09:30 UTC"_s);
    ReportContent unsigned_ = seedContent();
    QVERIFY(!reportPlainText(unsigned_).contains(u"数字签名"_s));
    unsigned_.signature = line;
    QCOMPARE(reportTextRuns(unsigned_).last(), line);
}

void TestSigning::signedSeedIsValid()
{
    QCOMPARE(m_signed.signer, signtest::kSignerName);
    QCOMPARE(m_signed.signedAt, m_at);
    QVERIFY2(m_signed.pdf.size() < 2 * 1024 * 1024, qPrintable(QString::number(m_signed.pdf.size())));
    const SignatureCheck c = verifyPdfSignature(m_signed.pdf, {readAll(m_pki.caPem())});
    QVERIFY2(c.state == SignatureState::Valid, qPrintable(signatureMessage(c)));
    QCOMPARE(c.signer, signtest::kSignerName);
    QCOMPARE(c.signedAt, m_at);
    QCOMPARE(c.reason, u"同意公开"_s);
    QVERIFY(signatureMessage(c).contains(signtest::kSignerName));

    // The text comes back exact, with the signer's line after the date.
    ReportContent content = seedContent();
    content.signature = signatureLine(signtest::kSignerName, signtest::kSignerTitle, m_at);
    const signtest::Run text = signtest::runProgram(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, m_pki.path(u"signed.pdf"_s), u"-"_s});
    QCOMPARE(text.exitCode, 0);
    const QString expected = expectedText(content);
    // The page numbers (— 1 —) are not part of the content.
    const QString actual = withoutSpace(text.out).remove(QRegularExpression(u"—\\d+—"_s));
    if (actual != expected) {
        qsizetype i = 0;
        while (i < actual.size() && i < expected.size() && actual[i] == expected[i])
            ++i;
        QFAIL(qPrintable(u"differs at %1: pdf “%2” expected “%3”"_s.arg(i).arg(actual.mid(i - 10, 60), expected.mid(i - 10, 60))));
    }
    QVERIFY(actual.endsWith(withoutSpace(content.signature)));
}

void TestSigning::signatureIsAnIncrementalUpdate()
{
    QString error;
    const auto id = SigningIdentity::loadFile(m_pki.good(), signtest::kPassword, m_at, &error);
    QVERIFY2(id, qPrintable(error));
    QCOMPARE(id->commonName(), signtest::kSignerName);
    QCOMPARE(id->title(), signtest::kSignerTitle);
    const QByteArray drawn = reportPdfBytes(seedContent());
    const QByteArray signedPdf = signPdf(drawn, *id, u"发布"_s, m_at, &error);
    QVERIFY2(!signedPdf.isEmpty(), qPrintable(error));
    // The approved bytes are untouched; the signature follows them.
    QVERIFY(signedPdf.size() > drawn.size());
    QVERIFY(signedPdf.startsWith(drawn));
    QVERIFY(signedPdf.mid(drawn.size()).contains("/ByteRange"));
    QVERIFY(signedPdf.mid(drawn.size()).contains("/adbe.pkcs7.detached"));
    QCOMPARE(verifyPdfSignature(signedPdf, {readAll(m_pki.caPem())}).state, SignatureState::Valid);
}

void TestSigning::pdfsigAgrees()
{
    const signtest::Run r = signtest::pdfsig(m_pki.path(u"signed.pdf"_s), m_pki.caPem(), m_pki.path(u"nss"_s));
    QVERIFY2(r.out.contains(u"Signature Validation: Signature is Valid."_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Total document signed"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Certificate Validation: Certificate is Trusted."_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"SHA-256"_s) || r.out.contains(u"SHA256"_s), qPrintable(r.out));
}

// The last page of Pingtan's report (it has a 成文日期) signed with a seal, at 72 dpi so that one
// pixel is one point as in pdftotext's boxes: the red of the seal, and where the 落款 lies.
struct SealedPage {
    QImage page;
    QRect red;
    QRectF org, date, signer;
};

SealedPage TestSigning::sealedPage(const QString &seal, ReportContent *contentOut)
{
    SealedPage out;
    QFile f(kSourceDir + u"/resources/samples/2021_pingtan.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const ReportData report = *readInterchange(f.readAll()).report;
    const ReportContent content = buildReportContent(report);
    *contentOut = content;
    SignOptions o = options(m_pki.good());
    o.sealFile = seal;
    const SignedReport r = signReport(content, signedReportJson(report), o, m_at);
    if (!r.ok)
        return out;
    const QString pdf = m_pki.path(u"pingtan.pdf"_s);
    QFile file(pdf);
    if (!file.open(QIODevice::WriteOnly) || file.write(r.pdf) != r.pdf.size())
        return out;
    file.close();
    const QString last = QString::number(r.pages);
    signtest::runProgram(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"72"_s, u"-f"_s, last, u"-l"_s, last, u"-singlefile"_s,
                                        pdf, m_pki.path(u"pingtan-last"_s)});
    out.page = QImage(m_pki.path(u"pingtan-last.png"_s));
    for (int y = 0; y < out.page.height(); ++y)
        for (int x = 0; x < out.page.width(); ++x) {
            const QColor c = out.page.pixelColor(x, y);
            if (c.red() > 150 && c.green() < 120 && c.blue() < 120)
                out.red |= QRect(x, y, 1, 1);
        }
    const signtest::Run boxes
        = signtest::runProgram(u"pdftotext"_s, {u"-bbox"_s, u"-f"_s, last, u"-l"_s, last, pdf, u"-"_s});
    auto box = [&](const QString &text) {
        const QRegularExpression re(uR"re(<word xMin="([-0-9.]+)" yMin="([-0-9.]+)" xMax="([-0-9.]+)" yMax="([-0-9.]+)">%1</word>)re"_s
                                        .arg(QRegularExpression::escape(text)));
        const auto m = re.match(boxes.out);
        return m.hasMatch() ? QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                                     QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()))
                            : QRectF();
    };
    out.org = box(content.signatory);
    out.date = box(content.date);
    out.signer = box(u"数字签名："_s + signtest::kSignerName);
    return out;
}

void TestSigning::sealPressesOnSignatoryAndDate()
{
    // The test seal is a red ring about 42 mm across, centred over the 署名 and date, which lie a
    // little below its centre.
    ReportContent content;
    const SealedPage p = sealedPage(m_pki.seal(), &content);
    QVERIFY(!p.page.isNull());
    QVERIFY(!p.red.isEmpty());
    const double mmPerPt = 25.4 / 72;
    QVERIFY2(std::abs(p.red.width() * mmPerPt - 42) < 2, qPrintable(QString::number(p.red.width() * mmPerPt)));
    QVERIFY(!p.org.isEmpty() && !p.date.isEmpty() && !p.signer.isEmpty());
    const QPointF centre = QRectF(p.red).center();
    // Centred on the date (which is four characters from the right), the name centred over it.
    QVERIFY2(std::abs(centre.x() - p.date.center().x()) < 3,
             qPrintable(u"%1 %2"_s.arg(centre.x()).arg(p.date.center().x())));
    QVERIFY(std::abs(p.org.center().x() - p.date.center().x()) < 3);
    QVERIFY(p.date.right() < p.page.width() - (26 + 4 * 156.0 / 28 - 1) / mmPerPt);
    // Both under the seal, their middle a little below its centre.
    const double middle = (p.org.center().y() + p.date.center().y()) / 2;
    QVERIFY2(middle > centre.y() && middle - centre.y() < 12, qPrintable(u"%1 %2"_s.arg(middle).arg(centre.y())));
    QVERIFY(p.red.top() < p.org.top() && p.red.bottom() > p.date.bottom());
    // The signer's line is below the seal.
    QVERIFY(p.signer.top() > p.red.bottom());
}

void TestSigning::jpegSealLeavesTextVisible()
{
    // A scanned seal without transparency: its white ground must not hide the 署名.
    QImage scan(400, 400, QImage::Format_RGB32);
    scan.fill(Qt::white);
    QPainter painter(&scan);
    painter.setPen(QPen(QColor(220, 20, 30), 18));
    painter.drawEllipse(QRectF(12, 12, 376, 376));
    painter.end();
    const QString jpeg = m_pki.path(u"seal.jpg"_s);
    QVERIFY(scan.save(jpeg, "JPG", 95));
    ReportContent content;
    const SealedPage p = sealedPage(jpeg, &content);
    QVERIFY(!p.page.isNull() && !p.org.isEmpty());
    QVERIFY(p.red.contains(p.org.center().toPoint()));
    int dark = 0;
    const QRect org = p.org.toAlignedRect();
    for (int y = org.top(); y <= org.bottom(); ++y)
        for (int x = org.left(); x <= org.right(); ++x)
            dark += qRed(p.page.pixel(x, y)) < 100 && qGray(p.page.pixel(x, y)) < 100; // black, not the red ring
    QVERIFY2(dark > org.width(), qPrintable(QString::number(dark))); // the characters show through
}

void TestSigning::changedByteIsFound()
{
    // One byte inside the first page's content stream, well inside the first signed range.
    QByteArray pdf = m_signed.pdf;
    const qsizetype stream = pdf.indexOf("stream\n", pdf.size() / 3);
    QVERIFY(stream > 0);
    const qsizetype at = stream + 40;
    pdf[at] = char(pdf[at] ^ 0x01);
    const SignatureCheck c = verifyPdfSignature(pdf, {readAll(m_pki.caPem())});
    QVERIFY2(c.state == SignatureState::Changed, qPrintable(signatureMessage(c)));
}

void TestSigning::appendedBytesAreFound()
{
    const QByteArray pdf = m_signed.pdf + "\n% added after signing\n";
    const SignatureCheck c = verifyPdfSignature(pdf, {readAll(m_pki.caPem())});
    QVERIFY2(c.state == SignatureState::NotWhole, qPrintable(signatureMessage(c)));
}

void TestSigning::untrustedCa()
{
    SignatureCheck c = verifyPdfSignature(m_signed.pdf, {readAll(m_pki.otherCaPem())});
    QVERIFY2(c.state == SignatureState::NotTrusted, qPrintable(signatureMessage(c)));
    QVERIFY(!c.detail.isEmpty());
    c = verifyPdfSignature(m_signed.pdf); // the system's CAs do not know the test CA
    QVERIFY2(c.state == SignatureState::NotTrusted, qPrintable(signatureMessage(c)));
}

void TestSigning::unsignedAndUnreadable()
{
    QCOMPARE(verifyPdfSignature(reportPdfBytes(seedContent())).state, SignatureState::Unsigned);
    QCOMPARE(verifyPdfSignature("not a pdf at all").state, SignatureState::Unreadable);
    QCOMPARE(verifyPdfSignature(m_signed.pdf.left(2000)).state, SignatureState::Unreadable);
}

void TestSigning::badInput_data()
{
    QTest::addColumn<QString>("p12");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("seal");
    QTest::addColumn<QString>("message");
    QVERIFY(m_pki.write(u"broken-seal.png"_s, "\x89PNG not really"));
    QTest::newRow("wrong password") << m_pki.good() << u"wrong"_s << QString() << u"password"_s;
    QTest::newRow("expired") << m_pki.expired() << signtest::kPassword << QString() << u"expired"_s;
    QTest::newRow("not yet valid") << m_pki.notYetValid() << signtest::kPassword << QString() << u"not valid yet"_s;
    QTest::newRow("nonRepudiation only") << m_pki.nonRepudiation() << signtest::kPassword << QString()
                                         << u"digitalSignature"_s;
    QTest::newRow("no key") << m_pki.noKey() << signtest::kPassword << QString() << u"no private key"_s;
    QTest::newRow("missing certificate") << m_pki.path(u"none.p12"_s) << signtest::kPassword << QString()
                                         << u"Cannot read the certificate"_s;
    QTest::newRow("not a p12") << m_pki.caPem() << signtest::kPassword << QString() << u"PKCS#12"_s;
    QTest::newRow("unreadable seal") << m_pki.good() << signtest::kPassword << m_pki.path(u"broken-seal.png"_s)
                                     << u"seal image"_s;
    QTest::newRow("missing seal") << m_pki.good() << signtest::kPassword << m_pki.path(u"none.png"_s)
                                  << u"seal image"_s;
}

void TestSigning::badInput()
{
    QFETCH(QString, p12);
    QFETCH(QString, password);
    QFETCH(QString, seal);
    QFETCH(QString, message);
    const SignedReport r =
        signReport(seedContent(), signedReportJson(seedReport()), {p12, password, u"发布"_s, seal},
                   QDateTime::currentDateTimeUtc());
    QVERIFY(!r.ok);
    QVERIFY(r.pdf.isEmpty());
    QVERIFY2(r.error.contains(message), qPrintable(r.error));
}

QTEST_MAIN(TestSigning)
#include "tst_signing.moc"
