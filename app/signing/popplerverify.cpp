#include "signingmodule.h"

#include "opensslptr.h"

#include <QCoreApplication>

#include <poppler-form.h>
#include <poppler-qt6.h>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Signing)
};

using namespace openssl;

// The CMS between the two signed ranges: <hex digits, padded with zeros>.
QByteArray signatureContents(const QByteArray &pdf, const QList<qint64> &ranges)
{
    if (ranges.size() < 4 || ranges[1] < 0 || ranges[2] > pdf.size() || ranges[2] <= ranges[1])
        return {};
    QByteArray hex = pdf.mid(ranges[1], ranges[2] - ranges[1]).trimmed();
    if (hex.startsWith('<'))
        hex.remove(0, 1);
    if (hex.endsWith('>'))
        hex.chop(1);
    return QByteArray::fromHex(hex);
}

// Whether the signer's certificate leads to a trusted CA at the signing time; *why when not.
bool trusted(const QByteArray &signerDer, const QByteArray &cmsDer, const QList<QByteArray> &trustedCaPem,
             const QDateTime &at, QString *why)
{
    ERR_clear_error();
    // The signer's certificate: the one of the CMS that its signer info names, else poppler's.
    Chain untrusted(sk_X509_new_null());
    Cert signer;
    Bio cmsIn(BIO_new_mem_buf(cmsDer.constData(), int(cmsDer.size())));
    if (Cms cms(d2i_CMS_bio(cmsIn.get(), nullptr)); cms) {
        if (STACK_OF(X509) *certs = CMS_get1_certs(cms.get()))
            untrusted.reset(certs);
        STACK_OF(CMS_SignerInfo) *infos = CMS_get0_SignerInfos(cms.get());
        for (int i = 0; !signer && infos && i < sk_CMS_SignerInfo_num(infos); ++i)
            for (int j = 0; j < sk_X509_num(untrusted.get()); ++j) {
                X509 *candidate = sk_X509_value(untrusted.get(), j);
                if (CMS_SignerInfo_cert_cmp(sk_CMS_SignerInfo_value(infos, i), candidate) == 0) {
                    X509_up_ref(candidate);
                    signer.reset(candidate);
                    break;
                }
            }
    }
    if (!signer) {
        const unsigned char *p = reinterpret_cast<const unsigned char *>(signerDer.constData());
        signer.reset(d2i_X509(nullptr, &p, long(signerDer.size())));
    }
    if (!signer) {
        *why = Tr::tr("the signer's certificate cannot be read");
        ERR_clear_error();
        return false;
    }
    Store store(X509_STORE_new());
    if (trustedCaPem.isEmpty()) {
        X509_STORE_set_default_paths(store.get());
        X509_STORE_load_path(store.get(), "/etc/ssl/certs");
    }
    for (const QByteArray &pem : trustedCaPem) {
        Bio in(BIO_new_mem_buf(pem.constData(), int(pem.size())));
        int added = 0;
        while (X509 *ca = PEM_read_bio_X509(in.get(), nullptr, nullptr, nullptr)) {
            X509_STORE_add_cert(store.get(), ca);
            X509_free(ca);
            ++added;
        }
        if (!added) {
            *why = Tr::tr("a trusted CA file holds no PEM certificate");
            ERR_clear_error();
            return false;
        }
    }
    ERR_clear_error();
    StoreCtx ctx(X509_STORE_CTX_new());
    X509_STORE_CTX_init(ctx.get(), store.get(), signer.get(), untrusted.get());
    // The certificate had to be good when it signed; it may have expired since.
    if (at.isValid())
        X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(ctx.get()), time_t(at.toSecsSinceEpoch()));
    if (X509_verify_cert(ctx.get()) == 1)
        return true;
    *why = QString::fromLatin1(X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx.get())));
    ERR_clear_error();
    return false;
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
    const Poppler::SignatureValidationInfo info
        = field.validate(Poppler::FormFieldSignature::ValidateWithoutOCSPRevocationCheck, QDateTime());
    c.signer = info.signerName();
    c.reason = info.reason();
    if (info.signingTime() > 0)
        c.signedAt = QDateTime::fromSecsSinceEpoch(info.signingTime(), Qt::UTC);
    switch (info.signatureStatus()) {
    case Poppler::SignatureValidationInfo::SignatureValid:
        break;
    case Poppler::SignatureValidationInfo::SignatureNotFound:
        c.state = SignatureState::Unsigned;
        return c;
    case Poppler::SignatureValidationInfo::SignatureDigestMismatch:
        c.state = SignatureState::Changed;
        c.detail = Tr::tr("the digest of the signed bytes does not match");
        return c;
    default:
        c.state = SignatureState::Changed;
        c.detail = Tr::tr("the signature does not verify (status %1)").arg(int(info.signatureStatus()));
        return c;
    }
    if (!info.signsTotalDocument()) {
        c.state = SignatureState::NotWhole;
        const QList<qint64> r = info.signedRangeBounds();
        c.detail = Tr::tr("the signature covers %1 of %2 bytes").arg(r.isEmpty() ? 0 : r.last()).arg(pdf.size());
        return c;
    }
    const QByteArray cms = signatureContents(pdf, info.signedRangeBounds());
    if (!trusted(info.certificateInfo().certificateData(), cms, trustedCaPem, c.signedAt, &c.detail)) {
        c.state = SignatureState::NotTrusted;
        return c;
    }
    c.state = SignatureState::Valid;
    return c;
}

} // namespace nianbao
