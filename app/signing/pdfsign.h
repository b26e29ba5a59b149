#pragma once
// Signing the report PDF: the signer's line and the office's seal are drawn by the layout, then
// the approved bytes get an embedded signature (adbe.pkcs7.detached, SHA-256, the certificate
// chain) as an incremental update, so that the signed range is exactly the PDF as drawn.

#include "reportcontent.h"

#include <QDateTime>

#include <optional>

namespace nianbao {

class SigningIdentity;

struct SignOptions {
    QString certificateFile; // PKCS#12 (.p12/.pfx)
    QString password;
    QString reason;          // e.g. 同意发布; stored in the signature
    QString sealFile;        // the office's seal image (PNG/JPEG); empty for none
};

struct SignedReport {
    bool ok = false;
    QByteArray pdf;
    int pages = 0;
    QString signer;          // the certificate's common name
    QDateTime signedAt;      // UTC, whole seconds; the same time in the page and the CMS
    QString reason;
    QString error;           // when !ok: what to tell the user
};

// Checks the certificate, password and seal first (nothing is drawn when one fails), then draws
// the report with the signer's line and seal, and signs it. reportJson: the report's data as its
// interchange file, which the signed PDF carries as report.json, so that the signature covers
// the data too and a package can show that its data is the signed report's
// (signedreportdata.h).
SignedReport signReport(ReportContent content, const QByteArray &reportJson,
                        const SignOptions &options,
                        const QDateTime &at = QDateTime::currentDateTimeUtc());

// Adds the signature to a finished PDF as an incremental update; empty with *error on failure.
QByteArray signPdf(const QByteArray &pdf, const SigningIdentity &identity, const QString &reason,
                   const QDateTime &at, QString *error);

// The password in a pass file: its first line, without the line end.
std::optional<QString> readPassFile(const QString &path, QString *error);

} // namespace nianbao
