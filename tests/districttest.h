#pragma once
// What the district tests and benchmarks share: the samples, and units generated from them with
// varied figures that still pass every rule of their format.

#include "interchange.h"
#include "ruleengine.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

namespace districttest {

using namespace nianbao;

inline ReportData sample(const QString &name)
{
    QFile f(QDir(QStringLiteral(NIANBAO_SOURCE_DIR)).filePath(QStringLiteral("resources/samples/") + name
                                                              + QStringLiteral(".json")));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample %s", qPrintable(name));
    return *readInterchange(f.readAll()).report;
}

// A unit like `base` (same format, year and narrative) named `name`, with every figure drawn
// anew from `seed`: random entries, then the applications balanced column by column
// (新收 = 办理结果总计 + 结转下年度 − 上年结转) and the totals derived.
inline ReportData generatedUnit(const ReportData &base, const QString &name, quint32 seed)
{
    QRandomGenerator random(seed);
    ReportData r = base;
    r.organization = Organization{name, base.organization.address, {}, {}, {}, {}, {}};
    r.explanations.clear();
    const FormatDefinition &f = *r.format();
    Figures fig(r.format());
    for (const CellDef &c : f.cells) {
        if (c.rollup == Rollup::Computed)
            continue;
        switch (c.kind) {
        case CellKind::Count: fig.set(c.index, random.bounded(0, 60)); break;
        case CellKind::SignedCount: fig.set(c.index, random.bounded(-5, 6)); break;
        case CellKind::Amount: fig.set(c.index, random.bounded(0, 5'000'000) * pow10(c.decimals) / 100 + random.bounded(0, 100)); break;
        }
    }
    const TableDef *apps = f.table(QStringLiteral("applications"));
    const Figures done = fig.completed();
    for (const QString &col : apps->blocks.front().columnKeys) {
        const CellDef *newCell = f.cell(QStringLiteral("applications.new.") + col);
        if (!newCell || newCell->rollup == Rollup::Computed)
            continue;
        const qint64 total = done.valueOrZero(f.cell(QStringLiteral("applications.total.") + col)->index);
        const qint64 forward = done.valueOrZero(f.cell(QStringLiteral("applications.carried_forward.") + col)->index);
        const qint64 over = random.bounded(0, int(total + forward) + 1);
        fig.set(QStringLiteral("applications.carried_over.") + col, over);
        fig.set(newCell->index, total + forward - over);
    }
    r.figures = fig.completed();
    return r;
}

inline int errorCount(const Figures &figures)
{
    return countSeverity(checkFigures(figures), Severity::Error);
}

} // namespace districttest
