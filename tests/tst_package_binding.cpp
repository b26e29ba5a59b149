// A package's data bound to its signed PDF. The signed PDF carries the report's data
// (report.json, under the same signature); a package is believed only when its report.json is
// that report. Changed data beside the same signed PDF, another organization's signed PDF, a page
// changed after signing, a PDF signed without its data and a signer that the named CAs do not
// vouch for are all refused with nothing written, by import and by the district roll-up alike.
// A signed PDF made before its period was reopened and changed stays out of the next package.

#include "packagetest.h"
#include "signtest.h"

#include "importer.h"
#include "interchange.h"
#include "packagereader.h"
#include "packagewriter.h"
#include "pdfsign.h"
#include "pdfwriter.h"
#include "portalpackage.h"
#include "reportcontent.h"
#include "signedreportdata.h"
#include "signingidentity.h"
#include "unitfile.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nianbao;
using namespace packagetest;

namespace {

const QString kSamples = QStringLiteral(NIANBAO_SOURCE_DIR) + u"/resources/samples/"_s;

ReportData sample(const QString &name)
{
    const InterchangeResult r = readInterchange(readAll(kSamples + name));
    if (!r.report)
        qFatal("a sample does not read");
    return *r.report;
}

QString lastCapture(const QByteArray &pdf, const QString &pattern)
{
    QString found;
    const QRegularExpression re(pattern);
    for (auto it = re.globalMatch(QString::fromLatin1(pdf)); it.hasNext();)
        found = it.next().captured(1);
    return found;
}

// The PDF with an incremental update that draws a box on its first page, as a program that
// edits a signed PDF would write it: a new content stream and the page with both.
QByteArray boxAddedToFirstPage(const QByteArray &pdf)
{
    static const QRegularExpression page(
        u"(\\d+) 0 obj\\s*(<</Type /Page /Parent [^>]*?/Contents (\\d+) 0 R>>)"_s);
    const QRegularExpressionMatch m = page.match(QString::fromLatin1(pdf));
    const int size = lastCapture(pdf, u"/Size (\\d+)"_s).toInt();
    const QString root = lastCapture(pdf, u"/Root (\\d+) 0 R"_s);
    const QString prev = lastCapture(pdf, u"startxref\\s+(\\d+)"_s);
    if (!m.hasMatch() || size <= 0 || root.isEmpty() || prev.isEmpty())
        return {};
    const int pageId = m.captured(1).toInt();
    const int box = size;
    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    const QByteArray drawing = "0 0 1 rg 72 600 300 60 re f\n";
    const qsizetype boxAt = out.size();
    out += QByteArray::number(box) + " 0 obj\n<</Length " + QByteArray::number(drawing.size())
        + ">>\nstream\n" + drawing + "endstream\nendobj\n";
    const qsizetype pageAt = out.size();
    QString dictionary = m.captured(2);
    dictionary.replace(u"/Contents %1 0 R"_s.arg(m.captured(3)),
                       u"/Contents [%1 0 R %2 0 R]"_s.arg(m.captured(3)).arg(box));
    out += QByteArray::number(pageId) + " 0 obj\n" + dictionary.toLatin1() + "\nendobj\n";
    const qsizetype xrefAt = out.size();
    auto entry = [](qsizetype offset) {
        return QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    };
    out += "xref\n0 1\n0000000000 65535 f \n" + QByteArray::number(pageId) + " 1\n" + entry(pageAt)
        + QByteArray::number(box) + " 1\n" + entry(boxAt) + "trailer\n<</Size "
        + QByteArray::number(box + 1) + " /Root " + root.toLatin1() + " 0 R /Prev "
        + prev.toLatin1() + ">>\nstartxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";
    return out;
}

} // namespace

class TestPackageBinding : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void changedDataIsRefused_data();
    void changedDataIsRefused();
    void anotherOrganizationsSignedPdfIsRefused();
    void pageChangedAfterSigningIsRefused();
    void pdfSignedWithoutItsDataIsRefused();
    void signerTheNamedCasDoNotVouchForIsRefused();
    void signedPdfOfAnEarlierVersionStaysOut();

private:
    // A package of the given data with the given PDF (the manifest made to match both).
    QByteArray package(const ReportData &report, const QByteArray &pdf,
                       bool declaredSigned = true) const;
    QString save(const QString &name, const QByteArray &bytes) const;
    // Refused by import (nothing written) and by the roll-up, with a message holding `expected`.
    void checkRefused(const QString &file, const QString &expected, const QList<QByteArray> &trust);

    signtest::Pki m_pki;
    ReportData m_report;
    QByteArray m_signedPdf;
    PackageContent m_content;
};

void TestPackageBinding::initTestCase()
{
    QVERIFY2(m_pki.make(), qPrintable(m_pki.error));
    m_report = sample(u"2019_jiading_chengguan.json"_s);
    m_report.status = PeriodStatus::Final;
    Db source;
    int period = 0;
    QVERIFY(source.ledger && source.ledger->importReport(m_report, false, &period).ok());
    const SignedReport s = signReport(buildReportContent(m_report), signedReportJson(m_report),
                                      {m_pki.good(), signtest::kPassword, u"同意公开"_s, {}});
    QVERIFY2(s.ok, qPrintable(s.error));
    m_signedPdf = s.pdf;
    QVERIFY(
        source.ledger
            ->recordSignedFile(period, {s.pdf, {}, s.signer, s.signedAt, u"seed.pdf"_s, s.reason})
            .ok());
    const PackageBuild b = buildPortalPackage(*source.ledger, period);
    QVERIFY2(b.ok(), qPrintable(b.message));
    PackageReadResult read = readPackage(b.bytes);
    QVERIFY2(read.package, qPrintable(read.message()));
    m_content = *read.package;
    QVERIFY(m_content.manifest.signedPdf);
    // The honest package imports, its PDF valid and kept.
    Db fresh;
    const ImportOutcome o = importFiles(*fresh.ledger, {save(u"honest.zip"_s, b.bytes)}, false,
                                        {readAll(m_pki.caPem())});
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(o.imported.first().signature->verdict.state, SignatureState::Valid);
    QVERIFY(fresh.ledger->signedFile(o.imported.first().periodId));
}

void TestPackageBinding::changedDataIsRefused_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("a sentence") << u"narrative"_s;
    QTest::newRow("the phone number") << u"organization.phone"_s;
    QTest::newRow("a fee") << u"figures.proactive.fees.change"_s;
}

void TestPackageBinding::changedDataIsRefused()
{
    QFETCH(QString, what);
    ReportData changed = m_report;
    if (what == u"narrative"_s)
        changed.narrative.first().append(u"全部申请均已按时办结。"_s);
    else if (what == u"organization.phone"_s)
        changed.organization.phone = u"021-00000000"_s;
    else
        QVERIFY(
            changed.figures.set(u"proactive.fees.change"_s,
                                changed.figures.value(u"proactive.fees.change"_s).value_or(0) + 3));
    // The manifest's hashes fit the changed report.json; the signed PDF is the office's, untouched.
    const QString file = save(u"changed.zip"_s, package(changed, m_signedPdf));
    QVERIFY(readPackage(readAll(file)).package);
    checkRefused(file, what, {readAll(m_pki.caPem())});
    checkRefused(file, what, {});
}

void TestPackageBinding::anotherOrganizationsSignedPdfIsRefused()
{
    const ReportData other = sample(u"2021_pingtan.json"_s);
    const QString file = save(u"other.zip"_s, package(other, m_signedPdf));
    checkRefused(file, other.organization.name, {readAll(m_pki.caPem())});
}

void TestPackageBinding::pageChangedAfterSigningIsRefused()
{
    const QByteArray edited = boxAddedToFirstPage(m_signedPdf);
    QVERIFY(!edited.isEmpty());
    // poppler reads the edited file, and its signature no longer covers all of it.
    QCOMPARE(verifyPdfSignature(edited, {readAll(m_pki.caPem())}).state, SignatureState::NotWhole);
    for (const bool declared : {true, false}) {
        const QString file = save(u"edited.zip"_s, package(m_report, edited, declared));
        checkRefused(file, u"report.pdf"_s, {readAll(m_pki.caPem())});
    }
}

void TestPackageBinding::pdfSignedWithoutItsDataIsRefused()
{
    // A PDF signed as before signed reports carried their data: intact and trusted, but nothing
    // shows which data it is the report of.
    QString error;
    const QDateTime at = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    const auto identity = SigningIdentity::loadFile(m_pki.good(), signtest::kPassword, at, &error);
    QVERIFY2(identity, qPrintable(error));
    const QByteArray bare =
        signPdf(reportPdfBytes(buildReportContent(m_report)), *identity, u"同意公开"_s, at, &error);
    QVERIFY2(!bare.isEmpty(), qPrintable(error));
    const SignatureCheck check = verifyPdfSignature(bare, {readAll(m_pki.caPem())});
    QCOMPARE(check.state, SignatureState::Valid);
    QVERIFY(check.signedReport.isEmpty());
    checkRefused(save(u"bare.zip"_s, package(m_report, bare)), u"report.pdf"_s,
                 {readAll(m_pki.caPem())});
}

void TestPackageBinding::signerTheNamedCasDoNotVouchForIsRefused()
{
    // With CAs named to trust, a signer none of them vouches for is refused; with none named
    // (the system's store), the same package is imported as intact but not trusted.
    const QString file = save(u"seed.zip"_s, package(m_report, m_signedPdf));
    checkRefused(file, u"report.pdf"_s, {readAll(m_pki.otherCaPem())});
    Db fresh;
    const ImportOutcome o = importFiles(*fresh.ledger, {file}, false);
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(o.imported.first().signature->verdict.state, SignatureState::NotTrusted);
}

void TestPackageBinding::signedPdfOfAnEarlierVersionStaysOut()
{
    Db db;
    const ImportOutcome o =
        importFiles(*db.ledger, {save(u"seed.zip"_s, package(m_report, m_signedPdf))}, false,
                    {readAll(m_pki.caPem())});
    QVERIFY2(o.ok, qPrintable(o.error));
    const int period = o.imported.first().periodId;
    // Unchanged: the package carries the signed PDF.
    QVERIFY(buildPortalPackage(*db.ledger, period).manifest.signedPdf);
    // Reopened, changed and final again: the signed PDF is of the earlier version.
    QVERIFY(db.ledger->transition(period, Transition::Reopen, u"更正电话"_s).ok());
    Organization org = m_report.organization;
    org.phone = u"021-11111111"_s;
    QVERIFY(db.ledger->updateOrganization(db.ledger->organizationByName(org.name)->id, org).ok());
    QVERIFY(db.ledger->transition(period, Transition::Submit).ok());
    QVERIFY(db.ledger->transition(period, Transition::Finalize).ok());
    const PackageBuild b = buildPortalPackage(*db.ledger, period);
    QVERIFY2(b.ok(), qPrintable(b.message));
    QVERIFY(!b.manifest.signedPdf);
    QVERIFY2(b.staleSigned.contains(u"organization.phone"_s), qPrintable(b.staleSigned));
    const PackageReadResult read = readPackage(b.bytes);
    QVERIFY(read.package);
    QVERIFY(read.package->pdf != m_signedPdf);
    QCOMPARE(verifyPdfSignature(read.package->pdf).state, SignatureState::Unsigned);
    // And that package imports elsewhere, unsigned.
    Db other;
    const ImportOutcome again =
        importFiles(*other.ledger, {save(u"reissued.zip"_s, b.bytes)}, false);
    QVERIFY2(again.ok, qPrintable(again.error));
    QVERIFY(!other.ledger->signedFile(again.imported.first().periodId));
}

QByteArray TestPackageBinding::package(const ReportData &report, const QByteArray &pdf,
                                       bool declaredSigned) const
{
    PackageFiles files {pdf, declaredSigned, m_content.html, writeInterchange(report),
                        m_content.xlsx};
    return writePackage(packageManifest(report, files, m_content.manifest.created), files);
}

QString TestPackageBinding::save(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_pki.path(name);
    return writeAll(path, bytes) ? path : QString();
}

void TestPackageBinding::checkRefused(const QString &file, const QString &expected,
                                      const QList<QByteArray> &trust)
{
    Db fresh;
    const ImportOutcome o = importFiles(*fresh.ledger, {file}, false, trust);
    QVERIFY2(!o.ok, "the package was imported");
    QVERIFY2(o.error.contains(u"report.pdf"_s) && o.error.contains(expected), qPrintable(o.error));
    QVERIFY(fresh.ledger->organizations().isEmpty());
    const UnitFile unit = loadUnitFile(file, trust);
    QVERIFY2(!unit.report, "the roll-up counted the unit");
    QVERIFY2(unit.error.contains(u"report.pdf"_s), qPrintable(unit.error));
}

QTEST_MAIN(TestPackageBinding)
#include "tst_package_binding.moc"
