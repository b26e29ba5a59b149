#pragma once
// One unit's report for the district roll-up, read from whatever the unit sent: an interchange
// JSON file or a portal package (ZIP, with the signature of its PDF as far as it is known). Every
// unit input goes through loadUnitFile.

#include "districtrollup.h"

namespace nianbao {

struct PdfSignatureCheck;

struct UnitFile {
    std::optional<ReportData> report;
    UnitSignature signature = UnitSignature::Unknown; // of the unit's PDF, when the file holds one
    QString error;                                     // translated, with the JSON path when there is one
};

// A package's PDF signature is verified against the given CA certificates (PEM; none: the system's).
UnitFile loadUnitFile(const QString &path, const QList<QByteArray> &trustedCaPem = {});
UnitSignature unitSignature(const PdfSignatureCheck &check);

// The unit as the roll-up counts it.
DistrictUnit districtUnit(const UnitFile &file, const QString &source);

} // namespace nianbao
