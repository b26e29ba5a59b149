// nianbao_killchild DATABASE: types figures into a database until it is killed, for
// tst_storage_kill. Not a test itself.
//
// Opens (or creates) the database, makes sure it holds the organization 断电测试单位 with the year
// 2021 entered directly (in its default format, 2021), then sets one figure after another forever: the
// counting cells that are typed (neither computed nor carried from the previous period) in turn,
// each with the next value of one increasing counter that starts above every value already there.
// After each setFigure has been committed it prints "ok <cell> <value>" and flushes stdout.

#include "database.h"
#include "formatregistry.h"
#include "ledger.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace nianbao;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "nianbao_killchild: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: nianbao_killchild DATABASE\n");
        return 2;
    }

    Status s;
    auto db = Database::open(args.at(1), &s);
    if (!db)
        return fail(s.message);
    Ledger ledger(*db);
    ledger.setActor(u"killchild"_s);

    const QString name = u"断电测试单位"_s;
    int org = 0;
    if (const auto found = ledger.organizationByName(name))
        org = found->id;
    else if (s = ledger.addOrganization({name, {}, {}, {}, {}, {}, {}}, &org); !s)
        return fail(s.message);
    auto period = ledger.period(org, 2021, 0);
    if (!period) {
        int id = 0;
        if (s = ledger.createYear(org, 2021, YearEntry::Direct, {}, &id); !s)
            return fail(s.message);
        period = ledger.periodById(id);
    }
    if (!period)
        return fail(u"the year 2021 cannot be read back"_s);

    const FormatPtr format = FormatRegistry::instance().format(period->formatId);
    QStringList cells;
    for (const CellDef &c : format->cells)
        if (c.kind == CellKind::Count && c.rollup != Rollup::Computed && c.rollup != Rollup::Opening)
            cells << c.key;
    if (cells.isEmpty())
        return fail(u"no cells to type"_s);

    qint64 value = 0;
    const Figures stored = ledger.figures(*period);
    for (const QString &cell : cells)
        value = std::max(value, stored.value(cell).value_or(0));

    for (;;) {
        ++value;
        const QString &cell = cells.at(qsizetype(value % cells.size()));
        if (s = ledger.setFigure(period->id, cell, value); !s)
            return fail(s.message);
        std::printf("ok %s %lld\n", qPrintable(cell), static_cast<long long>(value));
        std::fflush(stdout);
    }
}
