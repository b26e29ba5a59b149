#pragma once
// Verifying the CMS (PKCS#7) signature of a PDF with OpenSSL. The certificate that made the
// signature is the one whose key verifies it, never one that only carries the same names: a
// certificate set may hold look-alikes (the same issuer text in another string type, the same
// serial number). Exactly that certificate must then lead to a trusted CA, be allowed to sign
// documents and have been valid when it signed.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace nianbao {

struct CmsVerdict {
    enum class Result {
        Valid, // the signature verifies over the bytes and its signer is trusted
        Changed, // the bytes or the signature itself do not verify, or it is not a signature we
                 // accept
        NotTrusted, // it verifies, but its signer does not lead to a trusted CA (or may not sign)
    };
    Result result = Result::Changed;
    QString signer; // the signing certificate's common name (or its subject), when it was found
    QDateTime signedAt; // the signed signingTime attribute, UTC; invalid when there is none
    QString detail; // why, in technical terms
};

// cms: the DER of a detached CMS SignedData; signedBytes: what it signs. trustedCaPem: CA
// certificates to trust (PEM); none: the system's store. now: the time a signing time may not
// lie after.
CmsVerdict verifyDetachedCms(const QByteArray &cms, const QByteArray &signedBytes,
                             const QList<QByteArray> &trustedCaPem,
                             const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace nianbao
