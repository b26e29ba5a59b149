#include "reportfonts.h"

#include "installdirs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>

#include <algorithm>

#include <fontconfig/fontconfig.h>

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

// The faces derived at build time: file, family, and the role they play.
struct Derived {
    const char16_t *file;
    const char16_t *family;
    QString ReportFonts::*role;
};
constexpr Derived kDerived[] = {
    {u"NianbaoSerif-Regular.otf", u"Nianbao Serif", &ReportFonts::serif},
    {u"NianbaoSerif-Bold.otf", u"Nianbao Serif", &ReportFonts::serifBold},
    {u"NianbaoSans-Bold.otf", u"Nianbao Sans", &ReportFonts::sans},
};

// Their stand-ins for laying out the PDF, in the same order, with the weight Qt gives them.
struct StandIn {
    const char16_t *file;
    const char16_t *family;
    const char16_t *style; // the face's own style name, as QRawFont::styleName() gives it
};
constexpr StandIn kStandIns[] = {
    {u"NianbaoSerifMetrics-Regular.otf", u"Nianbao Serif Metrics", u"Regular"},
    {u"NianbaoSerifMetrics-Bold.otf", u"Nianbao Serif Metrics", u"Bold"},
    {u"NianbaoSansMetrics-Bold.otf", u"Nianbao Sans Metrics", u"Bold"},
};

// Gives fontconfig the folder of the derived faces before Qt reads its list of fonts: fontconfig
// keeps what it reads of the faces in its cache, so that later starts need not read their
// character maps again. True when Qt then lists the families; once Qt has read its list (as in
// the window), it does not, and the files are added one by one instead.
bool addFolder(const QString &folder)
{
    if (!FcConfigAppFontAddDir(nullptr, reinterpret_cast<const FcChar8 *>(QFile::encodeName(folder).constData())))
        return false;
    const QStringList families = QFontDatabase::families();
    return std::all_of(std::begin(kDerived), std::end(kDerived),
                       [&](const Derived &d) { return families.contains(QStringView(d.family)); });
}

void addKai(ReportFonts &f)
{
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
}

ReportFonts loadFonts()
{
    ReportFonts f;
    QStringList files;
    for (const Derived &d : kDerived)
        files << findFile(QString::fromUtf16(d.file));
    const QString folder = QFileInfo(files.first()).path();
    const bool together = std::all_of(files.cbegin(), files.cend(), [&](const QString &file) {
        return !file.isEmpty() && QFileInfo(file).path() == folder;
    });
    if (together && addFolder(folder)) {
        for (const Derived &d : kDerived)
            f.*d.role = QString::fromUtf16(d.family);
    } else {
        for (qsizetype i = 0; i < files.size(); ++i) {
            const Derived &d = kDerived[i];
            if (files[i].isEmpty()) {
                if (f.error.isEmpty())
                    f.error = Tr::tr("The report font %1 was not found in: %2")
                                  .arg(QString::fromUtf16(d.file), ReportFonts::searchPath().join(u", "_s));
                continue;
            }
            f.*d.role = addFont(files[i], QString::fromUtf16(d.family), &f.error);
        }
    }
    addKai(f);
    return f;
}

ReportFonts pdfFonts(const ReportFonts &faces)
{
    if (!faces.ok())
        return faces;
    ReportFonts f = faces;
    const QStringList families = QFontDatabase::families();
    for (size_t i = 0; i < std::size(kStandIns); ++i) {
        const StandIn &s = kStandIns[i];
        const QString file = findFile(QString::fromUtf16(s.file));
        const QString real = findFile(QString::fromUtf16(kDerived[i].file));
        QString family = QString::fromUtf16(s.family);
        if (file.isEmpty() || real.isEmpty())
            return faces;
        QString ignored;
        if (!families.contains(family))
            family = addFont(file, family, &ignored);
        if (family.isEmpty())
            return faces;
        f.*kDerived[i].role = family;
        f.outlineFiles.insert(family + u'/' + QString::fromUtf16(s.style), real);
        if (!f.standInFamilies.contains(family))
            f.standInFamilies << family;
    }
    return f;
}

} // namespace

QStringList ReportFonts::searchPath()
{
    // PREFIX/share/nianbao/fonts, installed and in the build alike (installdirs.h).
    return {QDir(dataDir()).filePath(u"fonts"_s)};
}

const ReportFonts &ReportFonts::load()
{
    static const ReportFonts fonts = loadFonts();
    return fonts;
}

const ReportFonts &ReportFonts::forPdf()
{
    static const ReportFonts fonts = pdfFonts(load());
    return fonts;
}

} // namespace nianbao
