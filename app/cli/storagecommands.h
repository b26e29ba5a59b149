#pragma once
// Sub-commands over the database: import (interchange files and packages), export, backup.

#include "language.h"

#include <QString>
#include <QStringList>

namespace nianbao::cli {

struct PeriodSelector {
    QString organization;   // name, or the numeric id
    int year = 0;
    int quarter = 0;
};

int importFiles(const QString &db, const QStringList &files, bool replace, Language lang,
                const QList<QByteArray> &trustedCaPem = {});
// To FILE.json the interchange file; to PACKAGE.zip the portal package.
int exportPeriod(const QString &db, const PeriodSelector &which, const QString &output, Language lang);
int backup(const QString &db, const QString &output);

} // namespace nianbao::cli
