#pragma once
// Verifying the signature of a PDF: is it intact, does it cover the whole file, and does its
// certificate lead to a trusted CA (the given ones, or the system's).

#include <QDateTime>
#include <QList>
#include <QString>

namespace nianbao {

enum class SignatureState {
    Valid,      // intact, the whole document, and the signer's certificate trusted
    Changed,    // the signed bytes were changed after signing (or the signature is damaged)
    NotWhole,   // intact, but bytes were added after the signed range
    NotTrusted, // intact and whole, but the certificate does not lead to a trusted CA
    Unsigned,   // a PDF without a signature
    Unreadable, // not a PDF that can be read
};

struct SignatureCheck {
    SignatureState state = SignatureState::Unreadable;
    QString signer;
    QDateTime signedAt;
    QString reason;
    QString detail; // why, in technical terms (e.g. the certificate error)
    QString failure; // when nothing could be checked for another reason than the file (Unreadable)
    // The report data the signed PDF carries (its embedded report.json, written when it was
    // signed), when the signature is intact and covers the whole file; empty otherwise.
    QByteArray signedReport;
};

// Checks the last signature of the PDF. trustedCaPem: CA certificates (PEM, one or more per
// entry) to trust; none: the system's store (/etc/ssl/certs).
SignatureCheck verifyPdfSignature(const QByteArray &pdf, const QList<QByteArray> &trustedCaPem = {});

// What the check means, for people: one or two sentences, with signer, time and reason.
QString signatureMessage(const SignatureCheck &check);
// Only the verdict, e.g. "Valid signature".
QString signatureStateName(SignatureState state);

} // namespace nianbao
