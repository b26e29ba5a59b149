#include "pdfsign.h"

#include "pdfwriter.h"
#include "signingidentity.h"
#include "signingmodule.h"

#include <QCoreApplication>
#include <QFile>
#include <QImage>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Signing)
};

} // namespace

std::optional<QString> readPassFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Cannot read the password file %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    QString line = QString::fromUtf8(f.readLine());
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

QByteArray signPdf(const QByteArray &pdf, const SigningIdentity &identity, const QString &reason,
                   const QDateTime &at, QString *error)
{
    const SigningModule *module = signingModule(error);
    return module ? module->signPdf(pdf, identity, reason, at, error) : QByteArray();
}

SignedReport signReport(ReportContent content, const QByteArray &reportJson,
                        const SignOptions &options, const QDateTime &when)
{
    SignedReport r;
    if (reportJson.isEmpty()) {
        r.error = Tr::tr("The report's data is needed to sign it.");
        return r;
    }
    // Whole seconds: the CMS signing time has no fractions, and the page shows the same time.
    const QDateTime at = QDateTime::fromSecsSinceEpoch(when.toSecsSinceEpoch(), Qt::UTC);
    const auto identity = SigningIdentity::loadFile(options.certificateFile, options.password, at, &r.error);
    if (!identity)
        return r;
    if (!options.sealFile.isEmpty()) {
        QFile f(options.sealFile);
        if (!f.open(QIODevice::ReadOnly)) {
            r.error = Tr::tr("Cannot read the seal image %1: %2").arg(options.sealFile, f.errorString());
            return r;
        }
        content.seal = f.readAll();
        const QImage image = QImage::fromData(content.seal);
        if (image.isNull() || image.width() < 8 || image.height() < 8) {
            r.error = Tr::tr("The seal image %1 is not a PNG or JPEG picture that can be read.").arg(options.sealFile);
            return r;
        }
    }
    content.signature = signatureLine(identity->commonName(), identity->title(), at);
    const QByteArray drawn = reportPdfBytes(content, &r.error, &r.pages,
                                            {{u"report.json"_s, "application/json",
                                              Tr::tr("The report's data, as signed"), reportJson}});
    if (drawn.isEmpty())
        return r;
    r.pdf = signPdf(drawn, *identity, options.reason, at, &r.error);
    if (r.pdf.isEmpty())
        return r;
    r.ok = true;
    r.signer = identity->commonName();
    r.signedAt = at;
    r.reason = options.reason;
    return r;
}

} // namespace nianbao
