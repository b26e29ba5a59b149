#include "signingmodule.h"

#include "opensslptr.h"
#include "signingidentity.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Signing)
};

using namespace openssl;

// The last OpenSSL error as text, for the detail of a message.
QString opensslError()
{
    const unsigned long e = ERR_peek_last_error();
    ERR_clear_error();
    if (!e)
        return {};
    char buffer[256];
    ERR_error_string_n(e, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

QString nameEntry(X509_NAME *name, int nid)
{
    const int i = X509_NAME_get_index_by_NID(name, nid, -1);
    if (i < 0)
        return {};
    unsigned char *utf8 = nullptr;
    const int n = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, i)));
    if (n < 0)
        return {};
    const QString out = QString::fromUtf8(reinterpret_cast<const char *>(utf8), n);
    OPENSSL_free(utf8);
    return out;
}

QString oneLine(X509_NAME *name)
{
    Bio bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_ONELINE & ~ASN1_STRFLGS_ESC_MSB);
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, int(n));
}

struct Keys {
    X509 *cert = nullptr;
    EVP_PKEY *key = nullptr;
    STACK_OF(X509) *chain = nullptr;
    ~Keys()
    {
        X509_free(cert);
        EVP_PKEY_free(key);
        freeChain(chain);
    }
};

class OpenSslIdentity final : public SigningIdentity
{
public:
    QString commonName() const override { return m_commonName; }
    QString title() const override { return m_title; }
    QByteArray signDetached(const QByteArray &data, const QDateTime &at, QString *error) const override;

    std::unique_ptr<Keys> m_keys;
    QString m_commonName;
    QString m_title;
};

} // namespace

std::unique_ptr<SigningIdentity> openSslIdentity(const QByteArray &bytes, const QString &password, const QDateTime &at,
                                                 QString *error)
{
    ERR_clear_error();
    Bio in(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
    Pkcs12 p12(d2i_PKCS12_bio(in.get(), nullptr));
    if (!p12) {
        *error = Tr::tr("The certificate file is not a PKCS#12 (.p12/.pfx) file.");
        opensslError();
        return nullptr;
    }
    const QByteArray pass = password.toUtf8();
    if (!PKCS12_verify_mac(p12.get(), pass.constData(), int(pass.size()))
        && !(pass.isEmpty() && PKCS12_verify_mac(p12.get(), nullptr, 0))) {
        *error = Tr::tr("The password does not open the certificate file.");
        opensslError();
        return nullptr;
    }
    auto keys = std::make_unique<Keys>();
    if (!PKCS12_parse(p12.get(), pass.constData(), &keys->key, &keys->cert, &keys->chain)) {
        *error = Tr::tr("The certificate file cannot be read: %1").arg(opensslError());
        return nullptr;
    }
    if (!keys->key) {
        *error = Tr::tr("The certificate file holds no private key: it can verify, but not sign.");
        return nullptr;
    }
    if (!keys->cert) {
        *error = Tr::tr("The certificate file holds no certificate.");
        return nullptr;
    }
    if (!X509_check_private_key(keys->cert, keys->key)) {
        opensslError();
        *error = Tr::tr("The private key in the certificate file does not belong to its certificate.");
        return nullptr;
    }
    auto validity = [&](const ASN1_TIME *t) {
        struct tm tm {};
        ASN1_TIME_to_tm(t, &tm);
        return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                         QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
    };
    const QDateTime from = validity(X509_get0_notBefore(keys->cert));
    const QDateTime until = validity(X509_get0_notAfter(keys->cert));
    if (at < from) {
        *error = Tr::tr("The certificate is not valid yet: it is valid from %1.").arg(from.toString(Qt::ISODate));
        return nullptr;
    }
    if (at > until) {
        *error = Tr::tr("The certificate has expired: it was valid until %1.").arg(until.toString(Qt::ISODate));
        return nullptr;
    }
    // Without digitalSignature the certificate is not meant for signing documents.
    const uint32_t usage = X509_get_key_usage(keys->cert);
    if (!(X509_get_extension_flags(keys->cert) & EXFLAG_KUSAGE) || !(usage & KU_DIGITAL_SIGNATURE)) {
        *error = Tr::tr("The certificate is not for digital signatures: its key usage lacks digitalSignature.");
        return nullptr;
    }
    auto id = std::make_unique<OpenSslIdentity>();
    X509_NAME *subject = X509_get_subject_name(keys->cert);
    id->m_commonName = nameEntry(subject, NID_commonName);
    id->m_title = nameEntry(subject, NID_title);
    if (id->m_commonName.isEmpty())
        id->m_commonName = oneLine(subject);
    id->m_keys = std::move(keys);
    return id;
}

QByteArray OpenSslIdentity::signDetached(const QByteArray &data, const QDateTime &at, QString *error) const
{
    ERR_clear_error();
    const unsigned flags = CMS_DETACHED | CMS_BINARY | CMS_PARTIAL | CMS_NOSMIMECAP;
    Cms cms(CMS_sign(nullptr, nullptr, m_keys->chain, nullptr, flags));
    CMS_SignerInfo *si = cms ? CMS_add1_signer(cms.get(), m_keys->cert, m_keys->key, EVP_sha256(), flags) : nullptr;
    Time signingTime(ASN1_TIME_set(nullptr, time_t(at.toSecsSinceEpoch())));
    // The same time as the one drawn on the page; ASN1_TIME_set picks UTCTime or GeneralizedTime.
    if (!si || !signingTime
        || !CMS_signed_add1_attr_by_NID(si, NID_pkcs9_signingTime, signingTime->type, signingTime.get(), -1)) {
        *error = Tr::tr("Cannot prepare the signature: %1").arg(opensslError());
        return {};
    }
    Bio content(BIO_new_mem_buf(data.constData(), int(data.size())));
    if (!CMS_final(cms.get(), content.get(), nullptr, flags)) {
        *error = Tr::tr("Cannot sign: %1").arg(opensslError());
        return {};
    }
    Bio out(BIO_new(BIO_s_mem()));
    if (!i2d_CMS_bio(out.get(), cms.get())) {
        *error = Tr::tr("Cannot sign: %1").arg(opensslError());
        return {};
    }
    char *der = nullptr;
    const long n = BIO_get_mem_data(out.get(), &der);
    return QByteArray(der, qsizetype(n));
}

} // namespace nianbao
