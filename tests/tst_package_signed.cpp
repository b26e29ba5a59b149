// The signed PDF in the portal package: a final period signed and recorded goes into its package
// as it was signed (the manifest says so); the import verifies it, keeps it with the period when
// it is intact, and refuses a package whose signed PDF was changed or is not signed at all; the
// district roll-up tells each unit's signature the same way.

#include "packagetest.h"
#include "signtest.h"

#include "importer.h"
#include "interchange.h"
#include "ledger.h"
#include "packagereader.h"
#include "packagewriter.h"
#include "pdfsign.h"
#include "portalpackage.h"
#include "reportcontent.h"
#include "signedreportdata.h"
#include "unitfile.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nianbao;

using namespace packagetest;

namespace {

const QString kSeed = QStringLiteral(NIANBAO_SOURCE_DIR) + u"/resources/samples/2019_jiading_chengguan.json"_s;

} // namespace

class TestPackageSigned : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signedPdfTravelsAndIsKept();
    void untrustedSignerIsShownAndKept();
    void changedSignedPdfIsRefused();
    void manifestClaimingASignatureIsChecked();
    void districtUnitsCarryTheirSignature();

private:
    // Repackages the package with another PDF (the manifest's hashes made to match it).
    QByteArray withPdf(const QByteArray &pdf, bool declaredSigned) const;
    QString save(const QString &name, const QByteArray &bytes) const;

    signtest::Pki m_pki;
    Db m_source;
    int m_period = 0;
    QByteArray m_signedPdf;
    QByteArray m_package;
    PackageContent m_content;
};

void TestPackageSigned::initTestCase()
{
    QVERIFY2(m_pki.make(), qPrintable(m_pki.error));
    QVERIFY(m_source.ledger);
    const InterchangeResult r = readInterchange(readAll(kSeed));
    QVERIFY(r.report);
    ReportData report = *r.report;
    report.status = PeriodStatus::Final;
    QVERIFY(m_source.ledger->importReport(report, false, &m_period).ok());

    const SignedReport s = signReport(buildReportContent(report), signedReportJson(report),
                                      {m_pki.good(), signtest::kPassword, u"同意公开"_s, {}});
    QVERIFY2(s.ok, qPrintable(s.error));
    m_signedPdf = s.pdf;
    QVERIFY(m_source.ledger->recordSignedFile(m_period, {s.pdf, {}, s.signer, s.signedAt, u"seed.pdf"_s, s.reason}).ok());

    const PackageBuild b = buildPortalPackage(*m_source.ledger, m_period);
    QVERIFY2(b.ok(), qPrintable(b.message));
    m_package = b.bytes;
    PackageReadResult read = readPackage(m_package);
    QVERIFY2(read.package, qPrintable(read.message()));
    m_content = *read.package;
}

void TestPackageSigned::signedPdfTravelsAndIsKept()
{
    // The package holds the signed file byte for byte, and says it is signed.
    QVERIFY(m_content.manifest.signedPdf);
    QCOMPARE(m_content.pdf, m_signedPdf);

    // Imported with the signer's CA trusted: valid, and kept with the period.
    Db fresh;
    QVERIFY(fresh.ledger);
    const ImportOutcome o = importFiles(*fresh.ledger, {save(u"seed.zip"_s, m_package)}, false,
                                        {readAll(m_pki.caPem())});
    QVERIFY2(o.ok, qPrintable(o.error));
    const ImportedReport &done = o.imported.first();
    QVERIFY(done.signature);
    QCOMPARE(done.signature->verdict.state, SignatureState::Valid);
    QVERIFY(done.signature->valid);
    QCOMPARE(done.signature->verdict.signer, signtest::kSignerName);
    const auto kept = fresh.ledger->signedFile(done.periodId);
    QVERIFY(kept);
    QCOMPARE(kept->content, m_signedPdf);
    QCOMPARE(kept->signer, signtest::kSignerName);
    QCOMPARE(kept->reason, u"同意公开"_s);

    // Exported again from there: the same signed PDF.
    const PackageBuild again = buildPortalPackage(*fresh.ledger, done.periodId);
    QVERIFY2(again.ok(), qPrintable(again.message));
    const PackageReadResult back = readPackage(again.bytes);
    QVERIFY(back.package);
    QCOMPARE(back.package->pdf, m_signedPdf);
    QVERIFY(back.package->manifest.signedPdf);
}

void TestPackageSigned::untrustedSignerIsShownAndKept()
{
    // Without the CA (only the system's store): intact but not trusted, said so, and still kept.
    Db fresh;
    const ImportOutcome o = importFiles(*fresh.ledger, {save(u"untrusted.zip"_s, m_package)}, false);
    QVERIFY2(o.ok, qPrintable(o.error));
    const ImportedReport &done = o.imported.first();
    QCOMPARE(done.signature->verdict.state, SignatureState::NotTrusted);
    QVERIFY(!done.signature->valid);
    QVERIFY(done.signature->summary.contains(signtest::kSignerName));
    QVERIFY(fresh.ledger->signedFile(done.periodId));
}

void TestPackageSigned::changedSignedPdfIsRefused()
{
    // One byte of the signed range changed, the manifest's hash made to match: refused, nothing written.
    QByteArray changed = m_signedPdf;
    const qsizetype at = changed.indexOf("/Type /Page");
    QVERIFY(at > 0);
    changed[at + 7] = 'X';
    Db fresh;
    const ImportOutcome o = importFiles(*fresh.ledger, {save(u"changed.zip"_s, withPdf(changed, true))}, false,
                                        {readAll(m_pki.caPem())});
    QVERIFY(!o.ok);
    QVERIFY2(o.error.contains(u"report.pdf"_s), qPrintable(o.error));
    QVERIFY(fresh.ledger->organizations().isEmpty());
}

void TestPackageSigned::manifestClaimingASignatureIsChecked()
{
    // An unsigned PDF in a package whose manifest calls it signed: refused.
    const QByteArray unsignedPdf = m_signedPdf.left(m_signedPdf.indexOf("%%EOF") + 5);
    QCOMPARE(verifyPdfSignature(unsignedPdf).state, SignatureState::Unsigned);
    Db fresh;
    const ImportOutcome lie = importFiles(*fresh.ledger, {save(u"lie.zip"_s, withPdf(unsignedPdf, true))}, false);
    QVERIFY(!lie.ok);
    QVERIFY2(lie.error.contains(u"signed"_s), qPrintable(lie.error));
    QVERIFY(fresh.ledger->organizations().isEmpty());

    // The same PDF honestly declared unsigned: imported, shown as unsigned, nothing kept.
    const ImportOutcome honest = importFiles(*fresh.ledger, {save(u"honest.zip"_s, withPdf(unsignedPdf, false))}, false);
    QVERIFY2(honest.ok, qPrintable(honest.error));
    QCOMPARE(honest.imported.first().signature->verdict.state, SignatureState::Unsigned);
    QVERIFY(!fresh.ledger->signedFile(honest.imported.first().periodId));
}

void TestPackageSigned::districtUnitsCarryTheirSignature()
{
    // A unit's signed package in the roll-up: valid with its CA, "signed" (intact, not trusted)
    // without it, unsigned for an unsigned package.
    const QString path = save(u"unit.zip"_s, m_package);
    QCOMPARE(loadUnitFile(path, {readAll(m_pki.caPem())}).signature, UnitSignature::Valid);
    QCOMPARE(loadUnitFile(path).signature, UnitSignature::Signed);
    const QByteArray unsignedPdf = m_signedPdf.left(m_signedPdf.indexOf("%%EOF") + 5);
    QCOMPARE(loadUnitFile(save(u"plain.zip"_s, withPdf(unsignedPdf, false))).signature, UnitSignature::Unsigned);
}

QByteArray TestPackageSigned::withPdf(const QByteArray &pdf, bool declaredSigned) const
{
    PackageFiles files{pdf, declaredSigned, m_content.html, m_content.json, m_content.xlsx};
    return writePackage(packageManifest(m_content.report, files, m_content.manifest.created), files);
}

QString TestPackageSigned::save(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_pki.path(name);
    return writeAll(path, bytes) ? path : QString();
}

QTEST_MAIN(TestPackageSigned)
#include "tst_package_signed.moc"
