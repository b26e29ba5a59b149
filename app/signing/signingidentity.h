#pragma once
// The signer's certificate and key from a PKCS#12 file, checked before anything is written, and
// the detached CMS signature (SHA-256, signing time, the certificate chain) made with them. The
// OpenSSL code behind it lives in the signing module (app/signing/opensslidentity.cpp).

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace nianbao {

class SigningIdentity
{
public:
    virtual ~SigningIdentity() = default;
    SigningIdentity(const SigningIdentity &) = delete;
    SigningIdentity &operator=(const SigningIdentity &) = delete;

    // Reads the PKCS#12 bytes with the password. The certificate must hold a private key that
    // matches it, be valid at `at`, and allow digitalSignature in its key usage (a certificate
    // that names its uses without digitalSignature, e.g. nonRepudiation alone, is refused).
    // Returns null and sets *error (a tr() message) when any of that fails, or when the signing
    // module cannot be loaded (signingmodule.h).
    static std::unique_ptr<SigningIdentity> load(const QByteArray &pkcs12, const QString &password,
                                                 const QDateTime &at, QString *error);
    static std::unique_ptr<SigningIdentity> loadFile(const QString &path, const QString &password,
                                                     const QDateTime &at, QString *error);

    virtual QString commonName() const = 0;
    virtual QString title() const = 0; // the subject's title attribute, may be empty
    // A DER-encoded detached CMS SignedData over `data`, with signingTime = at; empty on failure.
    virtual QByteArray signDetached(const QByteArray &data, const QDateTime &at, QString *error) const = 0;

protected:
    SigningIdentity() = default;
};

} // namespace nianbao
