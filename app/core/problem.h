#pragma once
// One failed consistency check, with everything needed to show it and to jump to its cells.

#include "formatdefinition.h"

#include <QList>
#include <QStringList>

namespace nianbao {

struct Problem {
    QString ruleId;
    Severity severity = Severity::Error;
    QStringList cells;        // keys of this period's cells involved; the first is the anchor
    QStringList previousCells; // keys in the previous period
    qint64 lhs = 0;           // both sides, scaled like the cells
    qint64 rhs = 0;
    int decimals = 0;
    QString unit;
    QString messageZh;
    QString messageEn;

    qint64 difference() const { return lhs - rhs; }
    const QString &message(Language lang) const { return pick(lang, messageZh, messageEn); }
    QString anchor() const { return cells.value(0, previousCells.value(0)); }
    // Identity of the problem for stored explanations: rule id and anchor cell.
    QString identity() const { return ruleId + u'@' + anchor(); }
};

using Problems = QList<Problem>;

int countSeverity(const Problems &problems, Severity severity);

// A carried-over (opening) figure changed by hand with a written reason: the opening rule's
// problem for that cell is then a note that quotes the reason, not an error.
void acknowledgeOverrides(Problems &problems, const FormatDefinition &format,
                          const QHash<QString, QString> &reasons);

} // namespace nianbao
