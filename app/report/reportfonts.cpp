#include "reportfonts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Report)
};

QString addFont(const QString &file, const QString &family, QString *error)
{
    const int id = QFontDatabase::addApplicationFont(file);
    const QStringList families = id < 0 ? QStringList() : QFontDatabase::applicationFontFamilies(id);
    if (families.contains(family))
        return family;
    if (error->isEmpty())
        *error = Tr::tr("The report font %1 (%2) cannot be loaded.").arg(family, file);
    return {};
}

QString findFile(const QString &name)
{
    for (const QString &dir : ReportFonts::searchPath())
        if (QFileInfo::exists(QDir(dir).filePath(name)))
            return QDir(dir).filePath(name);
    return {};
}

ReportFonts loadFonts()
{
    ReportFonts f;
    const std::pair<QString *, std::pair<QString, QString>> derived[] = {
        {&f.serif, {u"NianbaoSerif-Regular.otf"_s, u"Nianbao Serif"_s}},
        {&f.serifBold, {u"NianbaoSerif-Bold.otf"_s, u"Nianbao Serif"_s}},
        {&f.sans, {u"NianbaoSans-Bold.otf"_s, u"Nianbao Sans"_s}},
    };
    for (const auto &[target, spec] : derived) {
        const QString file = findFile(spec.first);
        if (file.isEmpty()) {
            if (f.error.isEmpty())
                f.error = Tr::tr("The report font %1 was not found in: %2")
                              .arg(spec.first, ReportFonts::searchPath().join(u", "_s));
            continue;
        }
        *target = addFont(file, spec.second, &f.error);
    }
    // 楷体 from fonts-arphic-ukai: its ideographs have glyphs of their own, so it is used as is.
    // Installed, it is known to fontconfig already; registering the collection again would make
    // fontconfig read the character maps of its four faces at every start (a tenth of a render).
    const QString kai = u"/usr/share/fonts/truetype/arphic/ukai.ttc"_s;
    const QString kaiFamily = u"AR PL UKai CN"_s;
    QString ignored;
    if (QFileInfo::exists(kai))
        f.kai = QFontDatabase::families().contains(kaiFamily) ? kaiFamily : addFont(kai, kaiFamily, &ignored);
    if (f.kai.isEmpty())
        f.kai = f.serif;
    return f;
}

} // namespace

QStringList ReportFonts::searchPath()
{
    QStringList dirs;
    const QString env = qEnvironmentVariable("NIANBAO_FONT_DIR");
    if (!env.isEmpty())
        dirs << env;
    dirs << QDir(QCoreApplication::applicationDirPath()).filePath(u"../share/nianbao/fonts"_s);
#ifdef NIANBAO_BUILD_FONT_DIR
    dirs << QStringLiteral(NIANBAO_BUILD_FONT_DIR);
#endif
    return dirs;
}

const ReportFonts &ReportFonts::load()
{
    static const ReportFonts fonts = loadFonts();
    return fonts;
}

} // namespace nianbao
