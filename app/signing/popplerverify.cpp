// Verifying a PDF's last signature: poppler finds the signature field, its byte ranges and its
// reason; the bytes between the ranges must be the signature value and nothing else; OpenSSL
// verifies the CMS over exactly the signed bytes and checks its signer (cmsverify.h). The data
// the signed PDF carries (report.json) is read only once the signature covers the whole file.

#include "signingmodule.h"

#include "cmsverify.h"

#include <QCoreApplication>

#include <poppler-form.h>
#include <poppler-qt6.h>

#include <openssl/cms.h>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Signing)
};

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

struct SignedParts {
    QByteArray signedBytes; // the two ranges, joined
    QByteArray cms; // the DER of the signature, without its padding
    bool whole = false; // the second range ends where the file does
    QString error; // when the ranges or the value between them are not as they must be
};

// The two signed ranges must start the file and leave out exactly the hex string of the
// signature value: `<`, hex digits, `>`. Of that value, only zeros may follow the CMS itself,
// so no byte of the file is outside both the hash and the signature.
SignedParts signedParts(const QByteArray &pdf, const QList<qint64> &r)
{
    SignedParts p;
    // poppler gives the bounds of the ranges: start, end, start, end.
    if (r.size() != 4 || r[0] != 0 || r[1] <= 0 || r[2] <= r[1] + 1 || r[3] < r[2]
        || r[3] > pdf.size()) {
        p.error = Tr::tr("the signed byte ranges are not two ranges around the signature value");
        return p;
    }
    const QByteArray gap = pdf.mid(r[1], r[2] - r[1]);
    if (!gap.startsWith('<') || !gap.endsWith('>') || gap.size() % 2 != 0) {
        p.error = Tr::tr("the bytes between the signed ranges are not the signature value");
        return p;
    }
    const QByteArray hex = gap.mid(1, gap.size() - 2);
    if (!std::all_of(hex.begin(), hex.end(), isHexDigit)) {
        p.error = Tr::tr("the bytes between the signed ranges are not the signature value");
        return p;
    }
    const QByteArray value = QByteArray::fromHex(hex);
    const unsigned char *start = reinterpret_cast<const unsigned char *>(value.constData());
    const unsigned char *end = start;
    CMS_ContentInfo *cms = d2i_CMS_ContentInfo(nullptr, &end, long(value.size()));
    if (!cms) {
        p.error = Tr::tr("the signature value is not a CMS signature");
        return p;
    }
    CMS_ContentInfo_free(cms);
    const qsizetype used = qsizetype(end - start);
    if (!std::all_of(value.begin() + used, value.end(), [](char c) { return c == 0; })) {
        p.error = Tr::tr("the signature value holds bytes after the signature that nothing signs");
        return p;
    }
    p.cms = value.left(used);
    p.signedBytes = pdf.left(r[1]) + pdf.mid(r[2], r[3] - r[2]);
    p.whole = r[3] == pdf.size();
    return p;
}

// The report the signed PDF carries as its embedded file report.json; empty when it has none,
// or more than one of that name.
QByteArray embeddedReport(Poppler::Document &doc)
{
    QByteArray found;
    int count = 0;
    for (Poppler::EmbeddedFile *file : doc.embeddedFiles())
        if (file->name() == u"report.json"_s) {
            found = file->data();
            ++count;
        }
    return count == 1 ? found : QByteArray();
}

} // namespace

SignatureCheck popplerVerifyPdf(const QByteArray &pdf, const QList<QByteArray> &trustedCaPem)
{
    SignatureCheck c;
    const std::unique_ptr<Poppler::Document> doc(Poppler::Document::loadFromData(pdf));
    if (!doc || doc->isLocked() || !pdf.startsWith("%PDF-")) {
        c.detail = Tr::tr("not a PDF file that can be read");
        return c;
    }
    const auto signatures = doc->signatures();
    if (signatures.empty()) {
        c.state = SignatureState::Unsigned;
        return c;
    }
    const Poppler::FormFieldSignature &field = *signatures.back();
    const Poppler::FormFieldSignature::SignatureType type = field.signatureType();
    if (type == Poppler::FormFieldSignature::UnsignedSignature) {
        c.state = SignatureState::Unsigned;
        return c;
    }
    // poppler reads the field; whether the signature holds is OpenSSL's to say, below.
    const Poppler::SignatureValidationInfo info = field.validate(
        Poppler::FormFieldSignature::ValidateWithoutOCSPRevocationCheck, QDateTime());
    c.reason = info.reason();
    if (info.signatureStatus() == Poppler::SignatureValidationInfo::SignatureNotFound) {
        c.state = SignatureState::Unsigned;
        return c;
    }
    c.state = SignatureState::Changed;
    if (type != Poppler::FormFieldSignature::AdbePkcs7detached
        && type != Poppler::FormFieldSignature::EtsiCAdESdetached) {
        c.detail = Tr::tr(
            "only detached signatures (adbe.pkcs7.detached, ETSI.CAdES.detached) are accepted");
        return c;
    }
    const SignedParts parts = signedParts(pdf, info.signedRangeBounds());
    if (!parts.error.isEmpty()) {
        c.detail = parts.error;
        return c;
    }
    const CmsVerdict v = verifyDetachedCms(parts.cms, parts.signedBytes, trustedCaPem);
    c.signer = v.signer;
    c.signedAt = v.signedAt;
    if (!c.signedAt.isValid() && info.signingTime() > 0)
        c.signedAt = QDateTime::fromSecsSinceEpoch(info.signingTime(), Qt::UTC);
    c.detail = v.detail;
    if (v.result == CmsVerdict::Result::Changed)
        return c;
    if (!parts.whole) {
        c.state = SignatureState::NotWhole;
        c.detail = Tr::tr("the signature covers %1 of %2 bytes")
                       .arg(info.signedRangeBounds().last())
                       .arg(pdf.size());
        return c;
    }
    c.signedReport = embeddedReport(*doc);
    c.state =
        v.result == CmsVerdict::Result::Valid ? SignatureState::Valid : SignatureState::NotTrusted;
    return c;
}

} // namespace nianbao
