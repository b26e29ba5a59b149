#include "formatoverview.h"

#include "formatregistry.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

void addNodes(QTreeWidgetItem *parent, const std::vector<HeaderNode> &nodes)
{
    for (const HeaderNode &n : nodes) {
        auto *item = new QTreeWidgetItem(parent, {n.label, n.key});
        addNodes(item, n.children);
    }
}

} // namespace

FormatOverview::FormatOverview(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("Official label"), tr("Key")});
    setAccessibleName(tr("Report formats"));
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    const FormatRegistry &registry = FormatRegistry::instance();
    for (const QString &id : registry.ids()) {
        const FormatPtr f = registry.format(id);
        auto *top = new QTreeWidgetItem(this, {f->name + u' ' + f->document, f->id});
        for (const SectionDef &s : f->sections) {
            auto *section = new QTreeWidgetItem(top, {s.heading, s.key});
            for (const PartDef &p : s.parts)
                new QTreeWidgetItem(section, {p.label, p.key});
            const TableDef *t = s.isTable ? f->table(s.table) : nullptr;
            if (!t)
                continue;
            for (const BlockDef &b : t->blocks) {
                QTreeWidgetItem *blockItem = section;
                if (!b.band.isEmpty())
                    blockItem = new QTreeWidgetItem(section, {b.band, QString()});
                auto *rows = new QTreeWidgetItem(blockItem, {tr("Rows"), QString()});
                addNodes(rows, b.rows);
                auto *cols = new QTreeWidgetItem(blockItem, {tr("Columns"), QString()});
                addNodes(cols, b.columns);
            }
        }
        auto *rules = new QTreeWidgetItem(top, {tr("Consistency rules"), QString()});
        for (const RuleDef &r : f->rules)
            new QTreeWidgetItem(rules, {r.messageZh, r.id});
        top->setExpanded(true);
    }
}

} // namespace nianbao
