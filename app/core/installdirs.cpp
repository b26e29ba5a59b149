#include "installdirs.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

QString &explicitPrefix()
{
    static QString prefix;
    return prefix;
}

} // namespace

QString installPrefix()
{
    if (!explicitPrefix().isEmpty())
        return explicitPrefix();
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/.."_s);
}

void setInstallPrefix(const QString &prefix)
{
    explicitPrefix() = prefix.isEmpty() ? QString() : QDir::cleanPath(QDir(prefix).absolutePath());
}

QString dataDir()
{
    return installPrefix() + u"/share/nianbao"_s;
}

QString moduleDir()
{
    return installPrefix() + u"/lib/nianbao"_s;
}

} // namespace nianbao
