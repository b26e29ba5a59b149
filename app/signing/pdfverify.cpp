#include "pdfverify.h"

#include "signingmodule.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Signing)
};

} // namespace

SignatureCheck verifyPdfSignature(const QByteArray &pdf, const QList<QByteArray> &trustedCaPem)
{
    QString error;
    const SigningModule *module = signingModule(&error);
    if (!module) {
        SignatureCheck c;
        c.failure = error;
        return c;
    }
    return module->verifyPdf(pdf, trustedCaPem);
}

QString signatureStateName(SignatureState state)
{
    switch (state) {
    case SignatureState::Valid:
        return Tr::tr("Valid signature");
    case SignatureState::Changed:
        return Tr::tr("Changed after signing");
    case SignatureState::NotWhole:
        return Tr::tr("Not the whole document is signed");
    case SignatureState::NotTrusted:
        return Tr::tr("Signer not trusted");
    case SignatureState::Unsigned:
        return Tr::tr("Not signed");
    case SignatureState::Unreadable:
        return Tr::tr("Unreadable");
    }
    return {};
}

QString signatureMessage(const SignatureCheck &c)
{
    QString what;
    switch (c.state) {
    case SignatureState::Valid:
        what = Tr::tr("The signature is valid: the document is exactly as signed, and the signer is trusted.");
        break;
    case SignatureState::Changed:
        what = Tr::tr("The document was changed after it was signed: the signature does not match it.");
        break;
    case SignatureState::NotWhole:
        what = Tr::tr("The signature is intact, but it does not cover the whole document: something was added after signing.");
        break;
    case SignatureState::NotTrusted:
        what = Tr::tr("The signature is intact, but the signer's certificate does not lead to a trusted authority.");
        break;
    case SignatureState::Unsigned:
        return Tr::tr("The PDF has no signature.");
    case SignatureState::Unreadable:
        return c.failure.isEmpty() ? Tr::tr("The file cannot be read as a PDF.") : c.failure;
    }
    QStringList lines{what};
    if (!c.signer.isEmpty())
        lines << Tr::tr("Signer: %1").arg(c.signer);
    if (c.signedAt.isValid())
        lines << Tr::tr("Signed at: %1").arg(c.signedAt.toString(Qt::ISODate));
    if (!c.reason.isEmpty())
        lines << Tr::tr("Reason: %1").arg(c.reason);
    if (!c.detail.isEmpty())
        lines << Tr::tr("Detail: %1").arg(c.detail);
    return lines.join(u'\n');
}

} // namespace nianbao
