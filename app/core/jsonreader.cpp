#include "jsonreader.h"

#include "textlimits.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Json)
};
} // namespace

QString jsonChildPath(const QString &path, const QString &key)
{
    static const QRegularExpression plain(uR"(^[A-Za-z_][A-Za-z0-9_]*$)"_s);
    if (plain.match(key).hasMatch())
        return path + u'.' + key;
    QString quoted = key;
    quoted.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
    return path + u"['"_s + quoted + u"']"_s;
}

QString jsonIndexPath(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

bool JsonReader::fail(const QString &path, const QString &message)
{
    if (m_error.isEmpty()) {
        m_errorPath = path;
        m_error = message;
    }
    return false;
}

bool JsonReader::checkKeys(const QJsonObject &o, const QString &path, const QStringList &allowed,
                           const QStringList &required)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!allowed.contains(it.key()))
            return fail(jsonChildPath(path, it.key()),
                        Tr::tr("unknown key “%1”; expected one of: %2")
                            .arg(it.key(), allowed.join(u", "_s)));
    for (const QString &key : required)
        if (!o.contains(key))
            return fail(path, Tr::tr("the key “%1” is missing").arg(key));
    return true;
}

std::optional<QJsonObject> JsonReader::object(const QJsonValue &v, const QString &path)
{
    if (!v.isObject()) {
        fail(path, Tr::tr("expected an object"));
        return std::nullopt;
    }
    return v.toObject();
}

std::optional<QJsonArray> JsonReader::array(const QJsonValue &v, const QString &path)
{
    if (!v.isArray()) {
        fail(path, Tr::tr("expected an array"));
        return std::nullopt;
    }
    return v.toArray();
}

std::optional<QString> JsonReader::string(const QJsonValue &v, const QString &path)
{
    if (!v.isString()) {
        fail(path, Tr::tr("expected a string"));
        return std::nullopt;
    }
    return v.toString();
}

std::optional<QString> JsonReader::text(const QJsonValue &v, const QString &path, qsizetype maxLength)
{
    auto s = string(v, path);
    if (!s)
        return std::nullopt;
    if (const QString e = textLengthError(*s, maxLength); !e.isEmpty()) {
        fail(path, e);
        return std::nullopt;
    }
    return s;
}

std::optional<bool> JsonReader::boolean(const QJsonValue &v, const QString &path)
{
    if (!v.isBool()) {
        fail(path, Tr::tr("expected true or false"));
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<qint64> JsonReader::integer(const QJsonValue &v, const QString &path, qint64 min,
                                          qint64 max)
{
    if (v.isString()) {
        fail(path, Tr::tr("expected a whole number, not the text “%1”").arg(v.toString()));
        return std::nullopt;
    }
    if (!v.isDouble()) {
        fail(path, Tr::tr("expected a whole number"));
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (std::floor(d) != d) {
        fail(path, Tr::tr("expected a whole number, not %1").arg(d));
        return std::nullopt;
    }
    if (d < double(min) || d > double(max)) {
        fail(path, Tr::tr("%1 is out of range (%2 to %3)")
                       .arg(QString::number(d, 'f', 0), QString::number(min), QString::number(max)));
        return std::nullopt;
    }
    return qint64(d);
}

QString JsonReader::stringMember(const QJsonObject &o, const QString &path, const QString &key,
                                 const QString &fallback)
{
    if (!o.contains(key))
        return fallback;
    return string(o.value(key), jsonChildPath(path, key)).value_or(fallback);
}

QString JsonReader::textMember(const QJsonObject &o, const QString &path, const QString &key,
                               qsizetype maxLength, const QString &fallback)
{
    if (!o.contains(key))
        return fallback;
    return text(o.value(key), jsonChildPath(path, key), maxLength).value_or(fallback);
}

qint64 JsonReader::integerMember(const QJsonObject &o, const QString &path, const QString &key,
                                 qint64 min, qint64 max, qint64 fallback)
{
    if (!o.contains(key))
        return fallback;
    return integer(o.value(key), jsonChildPath(path, key), min, max).value_or(fallback);
}

bool JsonReader::boolMember(const QJsonObject &o, const QString &path, const QString &key,
                            bool fallback)
{
    if (!o.contains(key))
        return fallback;
    return boolean(o.value(key), jsonChildPath(path, key)).value_or(fallback);
}

} // namespace nianbao
