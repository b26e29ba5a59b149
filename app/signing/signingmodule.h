#pragma once
// Signing and verifying live in a module of their own (app/signing, libnianbao_signing.so),
// loaded the first time a report is signed or a signature checked: OpenSSL, PoDoFo and poppler
// with their own dependencies are some thirty libraries, whose loading every start of the window
// or of a command such as `render` would otherwise pay in time and memory.

#include "pdfverify.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace nianbao {

class SigningIdentity;

class SigningModule
{
public:
    virtual ~SigningModule() = default;
    virtual std::unique_ptr<SigningIdentity> loadIdentity(const QByteArray &pkcs12, const QString &password,
                                                          const QDateTime &at, QString *error) const = 0;
    virtual QByteArray signPdf(const QByteArray &pdf, const SigningIdentity &identity, const QString &reason,
                               const QDateTime &at, QString *error) const = 0;
    virtual SignatureCheck verifyPdf(const QByteArray &pdf, const QList<QByteArray> &trustedCaPem) const = 0;
};

// The module, loaded once and kept; null with *error set (a tr() message) when it cannot be.
const SigningModule *signingModule(QString *error);

// The module's one exported function: `extern "C" const SigningModule *nianbao_signing_module()`.
inline constexpr char kSigningModuleEntry[] = "nianbao_signing_module";

// Inside the module (app/signing).
std::unique_ptr<SigningIdentity> openSslIdentity(const QByteArray &pkcs12, const QString &password,
                                                 const QDateTime &at, QString *error);
QByteArray podofoSignPdf(const QByteArray &pdf, const SigningIdentity &identity, const QString &reason,
                         const QDateTime &at, QString *error);
SignatureCheck popplerVerifyPdf(const QByteArray &pdf, const QList<QByteArray> &trustedCaPem);

} // namespace nianbao
