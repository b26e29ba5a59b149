#pragma once
// Reading the ledger's rows: the columns selected for a period or an organization, and the value
// made of a row selected with them (shared by the ledger's source files).

#include "ledger.h"

class QSqlQuery;

namespace nianbao {

extern const QString kPeriodColumns;
extern const QString kOrganizationColumns;
PeriodInfo periodFromRow(const QSqlQuery &q);
OrganizationInfo organizationFromRow(const QSqlQuery &q);

} // namespace nianbao
