#pragma once
// One line of the audit log: who changed what, when, from what to what, and why.

#include <QDateTime>
#include <QString>

namespace nianbao {

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;           // UTC
    QString actor;
    int organizationId = 0;
    int periodId = 0;
    QString action;         // set, override, carry, import, replace, submit, finalize, reopen, …
    QString cellKey;        // a cell, a narrative part, or empty
    QString oldValue;       // as shown; empty for nothing
    QString newValue;
    QString reason;
};

} // namespace nianbao
