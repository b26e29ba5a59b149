#pragma once
// Strict reading of JSON documents with the JSONPath of the first problem ("$.figures['a.b.c']"):
// unknown keys, missing keys and wrong types are all reported, never ignored.

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace nianbao {

QString jsonChildPath(const QString &path, const QString &key);
QString jsonIndexPath(const QString &path, qsizetype index);

class JsonReader
{
public:
    bool ok() const { return m_error.isEmpty(); }
    const QString &errorPath() const { return m_errorPath; }
    const QString &error() const { return m_error; }

    // Records the first failure only; always returns false.
    bool fail(const QString &path, const QString &message);

    // Refuses keys not in allowed and reports the first required key that is missing.
    bool checkKeys(const QJsonObject &o, const QString &path, const QStringList &allowed,
                   const QStringList &required);

    std::optional<QJsonObject> object(const QJsonValue &v, const QString &path);
    std::optional<QJsonArray> array(const QJsonValue &v, const QString &path);
    std::optional<QString> string(const QJsonValue &v, const QString &path);
    // A string of at most maxLength characters (textlimits.h), refused with its length otherwise.
    std::optional<QString> text(const QJsonValue &v, const QString &path, qsizetype maxLength);
    std::optional<bool> boolean(const QJsonValue &v, const QString &path);
    // A JSON number that is a whole number within [min, max].
    std::optional<qint64> integer(const QJsonValue &v, const QString &path, qint64 min, qint64 max);

    // Member access: absent members give fallback (optional members) or fail (required ones).
    QString stringMember(const QJsonObject &o, const QString &path, const QString &key,
                         const QString &fallback = {});
    QString textMember(const QJsonObject &o, const QString &path, const QString &key,
                       qsizetype maxLength, const QString &fallback = {});
    qint64 integerMember(const QJsonObject &o, const QString &path, const QString &key,
                         qint64 min, qint64 max, qint64 fallback);
    bool boolMember(const QJsonObject &o, const QString &path, const QString &key, bool fallback);

private:
    QString m_errorPath;
    QString m_error;
};

} // namespace nianbao
