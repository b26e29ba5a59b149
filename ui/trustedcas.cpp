#include "trustedcas.h"

#include "prompts.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace nianbao::trustedcas {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::TrustedCas)
};

const QString kKey = u"signing/trustedCaFiles"_s;

} // namespace

QStringList files()
{
    return QSettings().value(kKey).toStringList();
}

void setFiles(const QStringList &files)
{
    QSettings().setValue(kKey, files);
}

QList<QByteArray> certificates()
{
    QList<QByteArray> out;
    for (const QString &path : files()) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            out << f.readAll();
    }
    return out;
}

bool choose(QWidget *parent)
{
    const QString title = Tr::tr("Trusted CA certificates");
    const QStringList chosen = prompts::askOpenFiles(parent, title, Tr::tr("CA certificates (*.pem *.crt *.cer)"));
    if (chosen.isEmpty())
        return false;
    QStringList names;
    for (const QString &path : chosen)
        names << QFileInfo(path).fileName();
    setFiles(chosen);
    prompts::inform(parent, title,
                    Tr::tr("Signed PDFs are now trusted when their signer's certificate comes from: %1")
                        .arg(names.join(u", "_s)));
    return true;
}

} // namespace nianbao::trustedcas
