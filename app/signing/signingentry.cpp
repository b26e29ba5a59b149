// The signing module's entry: the one object the program finds in it (signingmodule.h).

#include "signingmodule.h"

#include "signingidentity.h"

namespace nianbao {
namespace {

class Module final : public SigningModule
{
public:
    std::unique_ptr<SigningIdentity> loadIdentity(const QByteArray &pkcs12, const QString &password,
                                                  const QDateTime &at, QString *error) const override
    {
        return openSslIdentity(pkcs12, password, at, error);
    }
    QByteArray signPdf(const QByteArray &pdf, const SigningIdentity &identity, const QString &reason,
                       const QDateTime &at, QString *error) const override
    {
        return podofoSignPdf(pdf, identity, reason, at, error);
    }
    SignatureCheck verifyPdf(const QByteArray &pdf, const QList<QByteArray> &trustedCaPem) const override
    {
        return popplerVerifyPdf(pdf, trustedCaPem);
    }
};

} // namespace
} // namespace nianbao

extern "C" Q_DECL_EXPORT const nianbao::SigningModule *nianbao_signing_module()
{
    static const nianbao::Module module;
    return &module;
}
