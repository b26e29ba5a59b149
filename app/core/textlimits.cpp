#include "textlimits.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Json)
};
} // namespace

qsizetype textLength(QStringView text)
{
    qsizetype n = text.size();
    for (qsizetype i = 0; i + 1 < text.size(); ++i)
        if (text[i].isHighSurrogate() && text[i + 1].isLowSurrogate())
            --n;
    return n;
}

QString textLengthError(QStringView text, qsizetype limit)
{
    // Cheap test first: a text never has more characters than UTF-16 units.
    if (text.size() <= limit)
        return {};
    const qsizetype length = textLength(text);
    if (length <= limit)
        return {};
    return Tr::tr("the text has %1 characters; at most %2 are allowed").arg(length).arg(limit);
}

qsizetype profileFieldLimit(QStringView key)
{
    return key == u"name" ? textlimit::kOrganizationName : textlimit::kProfileField;
}

std::optional<ProfileLengthError> profileLengthError(const Organization &p)
{
    const std::pair<QString, const QString *> fields[] = {{u"name"_s, &p.name},
                                                          {u"address"_s, &p.address},
                                                          {u"postcode"_s, &p.postcode},
                                                          {u"phone"_s, &p.phone},
                                                          {u"email"_s, &p.email},
                                                          {u"website"_s, &p.website},
                                                          {u"contact_office"_s, &p.contactOffice}};
    for (const auto &[key, value] : fields)
        if (const QString e = textLengthError(*value, profileFieldLimit(key)); !e.isEmpty())
            return ProfileLengthError {key, e};
    return std::nullopt;
}

} // namespace nianbao
