#pragma once
// The rollup command: units' annual reports summed into the district's summary (JSON with every
// unit's figures, optionally the PDF and the portal HTML page with the per-unit appendix), and with
// --db the units imported too.

#include "language.h"

#include <QStringList>

namespace nianbao::cli {

struct RollupRequest {
    QStringList files;
    QString output;         // DISTRICT.json
    QString pdf;            // DISTRICT.pdf, or empty
    QString html;           // DISTRICT.html (the portal page of the summary), or empty
    QString name;           // the district's name, or empty for the default
    QString db;             // import the units into this database, or empty
    bool replace = false;
    QList<QByteArray> trustedCaPem; // --trust: the CAs a package's signed PDF is checked against
};

int rollup(const RollupRequest &request, Language lang);

} // namespace nianbao::cli
