#pragma once
// How long the texts of a report may be, in characters (Unicode code points, as JSON Schema's
// maxLength counts them). One definition for the interchange reader, the JSON Schema
// (resources/schema/generate_schema.py mirrors these numbers), the database and the window: a
// text that one of them accepts is accepted by all.

#include "reportdata.h"

#include <QString>
#include <QStringView>

namespace nianbao {

namespace textlimit {
inline constexpr qsizetype kOrganizationName = 200;
inline constexpr qsizetype kProfileField = 300; // address, postcode, phone, e-mail, website, office
inline constexpr qsizetype kNarrativePart = 50000;
inline constexpr qsizetype kExplanation = 5000;
inline constexpr qsizetype kNote = 5000;
inline constexpr qsizetype kKey = 100; // rule ids, cell keys, note scopes (VARCHAR(100))
inline constexpr qsizetype kGenerator = 200;
} // namespace textlimit

// Characters (code points) of a text: a pair of surrogates counts once.
qsizetype textLength(QStringView text);
// Translated "the text has N characters; at most M are allowed", or empty when it fits.
QString textLengthError(QStringView text, qsizetype limit);
// The limit of an organization's field by its interchange key ("name", "address", …).
qsizetype profileFieldLimit(QStringView key);
// The first field of a profile that is too long, with its key, or empty.
struct ProfileLengthError {
    QString key;
    QString message; // translated
};
std::optional<ProfileLengthError> profileLengthError(const Organization &profile);

} // namespace nianbao
