#include "manifest.h"

#include "jsonreader.h"
#include "jsonstrict.h"
#include "textlimits.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Package)
};

const QStringList kKeys = {u"package"_s, u"version"_s, u"generator"_s, u"created"_s, u"organization"_s,
                           u"year"_s, u"quarter"_s, u"format"_s, u"signed"_s, u"files"_s};
const QStringList kFileKeys = {u"name"_s, u"size"_s, u"sha256"_s, u"type"_s};

// ISO 8601 in UTC with whole seconds: 2024-01-20T08:30:00Z.
const QRegularExpression kCreated(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"_s);
const QRegularExpression kSha256(u"^[0-9a-f]{64}$"_s);

QString createdText(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u'Z';
}

void readFiles(JsonReader &in, const QJsonValue &v, const QString &path, PackageManifest &m)
{
    const auto files = in.array(v, path);
    if (!files)
        return;
    QSet<QString> seen;
    for (qsizetype i = 0; i < files->size() && in.ok(); ++i) {
        const QString p = jsonIndexPath(path, i);
        const auto o = in.object(files->at(i), p);
        if (!o || !in.checkKeys(*o, p, kFileKeys, kFileKeys))
            return;
        PackageFile f;
        f.name = in.stringMember(*o, p, u"name"_s);
        f.size = in.integerMember(*o, p, u"size"_s, 0, kPackageMaxBytes, 0);
        const QString hash = in.stringMember(*o, p, u"sha256"_s);
        f.type = in.stringMember(*o, p, u"type"_s);
        if (!in.ok())
            return;
        const auto spec = std::find_if(packageEntrySpecs().begin(), packageEntrySpecs().end(),
                                       [&](const PackageEntrySpec &s) { return s.name == f.name; });
        if (spec == packageEntrySpecs().end()) {
            in.fail(jsonChildPath(p, u"name"_s), Tr::tr("“%1” is not a file of a package").arg(f.name));
            return;
        }
        if (seen.contains(f.name)) {
            in.fail(jsonChildPath(p, u"name"_s), Tr::tr("“%1” is listed twice").arg(f.name));
            return;
        }
        seen.insert(f.name);
        if (!kSha256.match(hash).hasMatch()) {
            in.fail(jsonChildPath(p, u"sha256"_s), Tr::tr("expected 64 lower-case hexadecimal digits"));
            return;
        }
        f.sha256 = hash.toLatin1();
        if (f.type != spec->mediaType) {
            in.fail(jsonChildPath(p, u"type"_s), Tr::tr("expected “%1” for %2").arg(spec->mediaType, f.name));
            return;
        }
        m.files << f;
    }
    for (const PackageEntrySpec &s : packageEntrySpecs())
        if (in.ok() && !seen.contains(s.name))
            in.fail(path, Tr::tr("%1 is not listed").arg(s.name));
}

} // namespace

const QList<PackageEntrySpec> &packageEntrySpecs()
{
    static const QList<PackageEntrySpec> specs = {
        {u"report.pdf"_s, u"application/pdf"_s},
        {u"report.html"_s, u"text/html"_s},
        {u"report.json"_s, u"application/json"_s},
        {u"tables.xlsx"_s, u"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"_s},
    };
    return specs;
}

QString packageManifestName()
{
    return u"manifest.json"_s;
}

QString packageIdentifier()
{
    return u"nianbao-portal-package"_s;
}

const PackageFile *PackageManifest::file(const QString &name) const
{
    for (const PackageFile &f : files)
        if (f.name == name)
            return &f;
    return nullptr;
}

PackageFile describePackageFile(const QString &name, const QByteArray &content)
{
    QString type;
    for (const PackageEntrySpec &s : packageEntrySpecs())
        if (s.name == name)
            type = s.mediaType;
    return {name, content.size(), QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex(), type};
}

ManifestResult readManifest(const QByteArray &json)
{
    ManifestResult result;
    const StrictJson parsed = parseJsonStrictly(json);
    if (!parsed.syntaxError.isEmpty()) {
        result.error = Tr::tr("not valid JSON (line %1, column %2): %3")
                           .arg(parsed.line)
                           .arg(parsed.column)
                           .arg(parsed.syntaxError);
        return result;
    }
    if (!parsed.ok) {
        result.path = parsed.path;
        result.error = parsed.characterError;
        return result;
    }
    const QJsonDocument &doc = parsed.document;
    JsonReader in;
    const QString root = u"$"_s;
    PackageManifest m;
    if (!doc.isObject()) {
        in.fail(root, Tr::tr("expected an object"));
    } else {
        const QJsonObject o = doc.object();
        in.checkKeys(o, root, kKeys, kKeys);
        if (in.ok() && in.stringMember(o, root, u"package"_s) != packageIdentifier() && in.ok())
            in.fail(root + u".package"_s, Tr::tr("expected “%1”").arg(packageIdentifier()));
        if (in.ok())
            in.integerMember(o, root, u"version"_s, kPackageVersion, kPackageVersion, 0);
        if (in.ok())
            m.generator = in.textMember(o, root, u"generator"_s, textlimit::kGenerator);
        if (in.ok()) {
            const QString created = in.stringMember(o, root, u"created"_s);
            m.created = QDateTime::fromString(created, Qt::ISODate);
            if (in.ok() && (!kCreated.match(created).hasMatch() || !m.created.isValid()))
                in.fail(root + u".created"_s, Tr::tr("expected a time in UTC such as 2024-01-20T08:30:00Z"));
        }
        if (in.ok()) {
            m.organization = in.textMember(o, root, u"organization"_s, textlimit::kOrganizationName);
            if (in.ok() && m.organization.trimmed().isEmpty())
                in.fail(root + u".organization"_s, Tr::tr("the organization's name is empty"));
        }
        if (in.ok())
            m.year = int(in.integerMember(o, root, u"year"_s, 2008, 2100, 0));
        if (in.ok() && !o.value(u"quarter"_s).isNull())
            m.quarter = int(in.integerMember(o, root, u"quarter"_s, 1, 4, 0));
        if (in.ok())
            m.format = in.stringMember(o, root, u"format"_s);
        if (in.ok())
            m.signedPdf = in.boolMember(o, root, u"signed"_s, false);
        if (in.ok())
            readFiles(in, o.value(u"files"_s), root + u".files"_s, m);
    }
    if (!in.ok()) {
        result.path = in.errorPath();
        result.error = in.error();
        return result;
    }
    result.manifest = std::move(m);
    return result;
}

QByteArray writeManifest(const PackageManifest &m)
{
    QJsonArray files;
    for (const PackageEntrySpec &s : packageEntrySpecs())
        if (const PackageFile *f = m.file(s.name))
            files.append(QJsonObject{{u"name"_s, f->name},
                                     {u"size"_s, double(f->size)},
                                     {u"sha256"_s, QString::fromLatin1(f->sha256)},
                                     {u"type"_s, f->type}});
    const QJsonObject root{{u"package"_s, packageIdentifier()},
                           {u"version"_s, kPackageVersion},
                           {u"generator"_s, m.generator},
                           {u"created"_s, createdText(m.created)},
                           {u"organization"_s, m.organization},
                           {u"year"_s, m.year},
                           {u"quarter"_s, m.quarter ? QJsonValue(m.quarter) : QJsonValue(QJsonValue::Null)},
                           {u"format"_s, m.format},
                           {u"signed"_s, m.signedPdf},
                           {u"files"_s, files}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace nianbao
