#include "signingmodule.h"

#include "installdirs.h"
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
    // PREFIX/lib/nianbao, installed and in the build alike (installdirs.h).
    const QString path = QDir(moduleDir()).filePath(u"libnianbao_signing.so"_s);
    Loaded out;
    if (!QFileInfo::exists(path)) {
        out.error = Tr::tr("The signing module is not installed (looked for %1).").arg(path);
        return out;
    }
    QLibrary library(path);
    library.setLoadHints(QLibrary::PreventUnloadHint);
    using Entry = const SigningModule *(*)();
    const auto entry = reinterpret_cast<Entry>(library.resolve(kSigningModuleEntry));
    if (!entry || !(out.module = entry()))
        out.error =
            Tr::tr("The signing module %1 cannot be loaded: %2").arg(path, library.errorString());
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
