#pragma once
// Reads a format file (resources/formats/*.json) into a FormatDefinition, checking everything:
// the structure, unique keys, the relations, and that computed cells have exactly one formula.

#include "formatdefinition.h"

#include <QByteArray>

namespace nianbao {

struct FormatLoadResult {
    FormatPtr format;       // null on failure
    QString error;          // "<source>: <JSON path>: <what was expected>"
};

FormatLoadResult loadFormat(const QByteArray &json, const QString &sourceName);
FormatLoadResult loadFormatFile(const QString &path);

} // namespace nianbao
