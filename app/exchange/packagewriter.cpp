#include "packagewriter.h"

#include "interchange.h"
#include "ziparchive.h"

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

QByteArray contentOf(const PackageFiles &files, const QString &name)
{
    if (name == u"report.pdf"_s)
        return files.pdf;
    if (name == u"report.html"_s)
        return files.html;
    if (name == u"report.json"_s)
        return files.json;
    if (name == u"tables.xlsx"_s)
        return files.xlsx;
    return {};
}

} // namespace
PackageManifest packageManifest(const ReportData &report, const PackageFiles &files, const QDateTime &created)
{
    PackageManifest m;
    m.generator = generatorName();
    // Whole seconds in UTC, as the manifest writes it.
    m.created = QDateTime::fromSecsSinceEpoch(created.toSecsSinceEpoch(), Qt::UTC);
    m.organization = report.organization.name;
    m.year = report.year;
    m.quarter = report.quarter;
    m.format = report.format() ? report.format()->id : QString();
    m.signedPdf = files.pdfSigned;
    for (const PackageEntrySpec &s : packageEntrySpecs())
        m.files << describePackageFile(s.name, contentOf(files, s.name));
    return m;
}

QByteArray writePackage(const PackageManifest &manifest, const PackageFiles &files)
{
    QList<ZipInput> entries{{packageManifestName(), writeManifest(manifest)}};
    for (const PackageEntrySpec &spec : packageEntrySpecs())
        entries.append({spec.name, contentOf(files, spec.name)});
    return writeZip(entries, manifest.created);
}

} // namespace nianbao
