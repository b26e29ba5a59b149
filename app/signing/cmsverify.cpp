#include "cmsverify.h"

#include "opensslptr.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Signing)
};

using namespace openssl;
using Result = CmsVerdict::Result;

// How far a signing time may lie ahead of the clock that checks it.
constexpr qint64 kClockSkewSecs = 10 * 60;

CmsVerdict verdict(Result result, const QString &detail)
{
    CmsVerdict v;
    v.result = result;
    v.detail = detail;
    ERR_clear_error();
    return v;
}

QDateTime fromAsn1(const ASN1_TIME *t)
{
    struct tm tm {
    };
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

QString commonName(X509 *cert)
{
    X509_NAME *subject = X509_get_subject_name(cert);
    const int i = X509_NAME_get_index_by_NID(subject, NID_commonName, -1);
    unsigned char *utf8 = nullptr;
    const int n = i < 0
        ? -1
        : ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, i)));
    if (n >= 0) {
        const QString name = QString::fromUtf8(reinterpret_cast<const char *>(utf8), n);
        OPENSSL_free(utf8);
        return name;
    }
    char line[512];
    X509_NAME_oneline(subject, line, sizeof line);
    return QString::fromUtf8(line);
}

// The one signingTime among the signed attributes; invalid when there is none. False when the
// attribute is there more than once or is not a time.
bool signingTime(CMS_SignerInfo *si, QDateTime *at)
{
    const int first = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1);
    if (first < 0)
        return true;
    if (CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, first) >= 0)
        return false;
    X509_ATTRIBUTE *attribute = CMS_signed_get_attr(si, first);
    if (X509_ATTRIBUTE_count(attribute) != 1)
        return false;
    const ASN1_TYPE *value = X509_ATTRIBUTE_get0_type(attribute, 0);
    if (!value || (value->type != V_ASN1_UTCTIME && value->type != V_ASN1_GENERALIZEDTIME))
        return false;
    *at = fromAsn1(value->value.asn1_string);
    return at->isValid();
}

bool strongDigest(CMS_SignerInfo *si)
{
    X509_ALGOR *digest = nullptr;
    CMS_SignerInfo_get0_algs(si, nullptr, nullptr, &digest, nullptr);
    const ASN1_OBJECT *oid = nullptr;
    if (digest)
        X509_ALGOR_get0(&oid, nullptr, nullptr, digest);
    switch (oid ? OBJ_obj2nid(oid) : NID_undef) {
    case NID_sha256:
    case NID_sha384:
    case NID_sha512:
    case NID_sha3_256:
    case NID_sha3_384:
    case NID_sha3_512: return true;
    default: return false;
    }
}

// The certificate of the set whose key verifies the signer info's signature over its signed
// attributes; it is then set as the signer info's certificate.
X509 *signingCertificate(CMS_SignerInfo *si, STACK_OF(X509) * certs)
{
    for (int i = 0; i < sk_X509_num(certs); ++i) {
        X509 *candidate = sk_X509_value(certs, i);
        if (CMS_SignerInfo_cert_cmp(si, candidate) != 0)
            continue;
        CMS_SignerInfo_set1_signer_cert(si, candidate);
        if (CMS_SignerInfo_verify(si) == 1)
            return candidate;
        ERR_clear_error();
    }
    CMS_SignerInfo_set1_signer_cert(si, nullptr);
    return nullptr;
}

// Whether exactly this certificate leads to a trusted CA at the given time, for signing.
bool trustedSigner(X509 *signer, STACK_OF(X509) * untrusted, const QList<QByteArray> &trustedCaPem,
                   const QDateTime &at, QString *why)
{
    // Without digitalSignature the certificate is not meant for signing documents (as for signing).
    if ((X509_get_extension_flags(signer) & EXFLAG_KUSAGE)
        && !(X509_get_key_usage(signer) & KU_DIGITAL_SIGNATURE)) {
        *why = Tr::tr("the signer's certificate is not for digital signatures (its key usage lacks "
                      "digitalSignature)");
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
            return false;
        }
    }
    ERR_clear_error();
    StoreCtx ctx(X509_STORE_CTX_new());
    if (!ctx || X509_STORE_CTX_init(ctx.get(), store.get(), signer, untrusted) != 1) {
        *why = Tr::tr("the certificate chain cannot be checked");
        return false;
    }
    // S/MIME signing: keyUsage digitalSignature or nonRepudiation, and emailProtection when the
    // certificate restricts its extended key usage, as pdfsig requires.
    X509_STORE_CTX_set_purpose(ctx.get(), X509_PURPOSE_SMIME_SIGN);
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(ctx.get());
    // A CA named in a trusted file is an anchor even when it is not a root.
    if (!trustedCaPem.isEmpty())
        X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_PARTIAL_CHAIN);
    // The certificate had to be good when it signed; it may have expired since.
    if (at.isValid())
        X509_VERIFY_PARAM_set_time(param, time_t(at.toSecsSinceEpoch()));
    if (X509_verify_cert(ctx.get()) == 1)
        return true;
    *why = QString::fromLatin1(X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx.get())));
    return false;
}

} // namespace

CmsVerdict verifyDetachedCms(const QByteArray &der, const QByteArray &signedBytes,
                             const QList<QByteArray> &trustedCaPem, const QDateTime &now)
{
    ERR_clear_error();
    Bio in(BIO_new_mem_buf(der.constData(), int(der.size())));
    Cms cms(d2i_CMS_bio(in.get(), nullptr));
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed)
        return verdict(Result::Changed, Tr::tr("the signature is not a CMS signed-data structure"));
    if (CMS_is_detached(cms.get()) != 1
        || OBJ_obj2nid(CMS_get0_eContentType(cms.get())) != NID_pkcs7_data)
        return verdict(Result::Changed,
                       Tr::tr("the signature is not a detached signature of the document's bytes"));
    STACK_OF(CMS_SignerInfo) *infos = CMS_get0_SignerInfos(cms.get());
    if (sk_CMS_SignerInfo_num(infos) != 1)
        return verdict(Result::Changed,
                       Tr::tr("the signature has %1 signers; one is expected")
                           .arg(sk_CMS_SignerInfo_num(infos)));
    CMS_SignerInfo *si = sk_CMS_SignerInfo_value(infos, 0);
    if (CMS_signed_get_attr_count(si) <= 0)
        return verdict(Result::Changed, Tr::tr("the signature has no signed attributes"));
    const Chain certs(CMS_get1_certs(cms.get()));
    X509 *signer = certs ? signingCertificate(si, certs.get()) : nullptr;
    if (!signer)
        return verdict(Result::Changed, Tr::tr("no certificate in the signature verifies it"));
    CmsVerdict v;
    v.signer = commonName(signer);
    if (!signingTime(si, &v.signedAt)) {
        const QString signerName = v.signer;
        v = verdict(Result::Changed, Tr::tr("the signature's signing time cannot be read"));
        v.signer = signerName;
        return v;
    }
    // The signature over the signed attributes, and their digest against the signed bytes, with
    // the certificate found above (already set, so OpenSSL does not pick one by name).
    Bio content(BIO_new_mem_buf(signedBytes.constData(), int(signedBytes.size())));
    if (CMS_verify(cms.get(), nullptr, nullptr, content.get(), nullptr,
                   CMS_NO_SIGNER_CERT_VERIFY | CMS_BINARY)
        != 1) {
        ERR_clear_error();
        v.result = Result::Changed;
        v.detail = Tr::tr("the digest of the signed bytes does not match");
        return v;
    }
    v.result = Result::NotTrusted;
    if (!strongDigest(si)) {
        v.detail = Tr::tr("the signature uses a digest algorithm too weak to be trusted (SHA-256 "
                          "or stronger is needed)");
        return v;
    }
    if (v.signedAt.isValid()
        && v.signedAt.toSecsSinceEpoch() > now.toSecsSinceEpoch() + kClockSkewSecs) {
        v.detail =
            Tr::tr("the signing time %1 lies in the future").arg(v.signedAt.toString(Qt::ISODate));
        return v;
    }
    if (!trustedSigner(signer, certs.get(), trustedCaPem, v.signedAt.isValid() ? v.signedAt : now,
                       &v.detail)) {
        ERR_clear_error();
        return v;
    }
    v.result = Result::Valid;
    return v;
}

} // namespace nianbao
