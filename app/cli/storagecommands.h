#pragma once
// Sub-commands over the database: import, export, backup.

#include "language.h"

#include <QString>
#include <QStringList>

namespace nianbao::cli {

struct PeriodSelector {
    QString organization;   // name, or the numeric id
    int year = 0;
    int quarter = 0;
};

int importFiles(const QString &db, const QStringList &files, bool replace, Language lang);
int exportPeriod(const QString &db, const PeriodSelector &which, const QString &output);
int backup(const QString &db, const QString &output);

} // namespace nianbao::cli
