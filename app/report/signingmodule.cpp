#include "signingmodule.h"

#include "signingidentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Signing)
};

struct Loaded {
    const SigningModule *module = nullptr;
    QString error;
};

Loaded load()
{
    // Installed beside the program's own libraries; in a build, where the build put it.
    QStringList candidates{
        QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../lib/nianbao/libnianbao_signing.so"_s)};
#ifdef NIANBAO_BUILD_SIGNING_MODULE
    candidates << QStringLiteral(NIANBAO_BUILD_SIGNING_MODULE);
#endif
    Loaded out;
    for (const QString &path : std::as_const(candidates)) {
        if (!QFileInfo::exists(path))
            continue;
        QLibrary library(path);
        library.setLoadHints(QLibrary::PreventUnloadHint);
        using Entry = const SigningModule *(*)();
        const auto entry = reinterpret_cast<Entry>(library.resolve(kSigningModuleEntry));
        if (entry && (out.module = entry()))
            return out;
        out.error = Tr::tr("The signing module %1 cannot be loaded: %2").arg(path, library.errorString());
        return out;
    }
    out.error = Tr::tr("The signing module is not installed (looked for %1).").arg(candidates.join(u", "_s));
    return out;
}

} // namespace

const SigningModule *signingModule(QString *error)
{
    static const Loaded loaded = load();
    if (!loaded.module && error)
        *error = loaded.error;
    return loaded.module;
}

std::unique_ptr<SigningIdentity> SigningIdentity::loadFile(const QString &path, const QString &password,
                                                           const QDateTime &at, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Cannot read the certificate file %1: %2").arg(path, f.errorString());
        return nullptr;
    }
    return load(f.readAll(), password, at, error);
}

std::unique_ptr<SigningIdentity> SigningIdentity::load(const QByteArray &pkcs12, const QString &password,
                                                       const QDateTime &at, QString *error)
{
    const SigningModule *module = signingModule(error);
    return module ? module->loadIdentity(pkcs12, password, at, error) : nullptr;
}

} // namespace nianbao
