#pragma once
// One unit's report for the district roll-up, read from whatever the unit sent: today an
// interchange JSON file. Every unit input goes through loadUnitFile, so other kinds of file
// (the portal package) are added here alone.

#include "districtrollup.h"

namespace nianbao {

struct UnitFile {
    std::optional<ReportData> report;
    UnitSignature signature = UnitSignature::Unknown; // of the unit's PDF, when the file holds one
    QString error;                                     // translated, with the JSON path when there is one
};

UnitFile loadUnitFile(const QString &path);

// The unit as the roll-up counts it.
DistrictUnit districtUnit(const UnitFile &file, const QString &source);

} // namespace nianbao
