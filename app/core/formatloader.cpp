#include "formatloader.h"

#include "expression.h"
#include "jsonreader.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>

#include <functional>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

class Loader
{
public:
    explicit Loader(FormatDefinition &f) : fmt(f) { }

    bool load(const QJsonObject &root);
    JsonReader in;

private:
    bool readSections(const QJsonArray &a, const QString &path);
    bool readTables(const QJsonArray &a, const QString &path);
    bool readNodes(const QJsonArray &a, const QString &path, std::vector<HeaderNode> &out,
                   bool columns);
    bool buildCells(const TableDef &t, int blockIndex, const QString &path);
    bool readRules(const QJsonArray &a, const QString &path);
    bool readForeach(const QJsonObject &o, const QString &path, RuleDef &rule,
                     std::vector<QHash<QString, QString>> &combos);
    bool instantiate(RuleDef &rule, const QString &checkText, const QString &path,
                     const std::vector<QHash<QString, QString>> &combos);
    bool orderComputedCells(const QString &path);

    FormatDefinition &fmt;
};

std::optional<Rollup> rollupFromName(const QString &s)
{
    if (s == u"sum"_s) return Rollup::Sum;
    if (s == u"opening"_s) return Rollup::Opening;
    if (s == u"closing"_s) return Rollup::Closing;
    if (s == u"computed"_s) return Rollup::Computed;
    return std::nullopt;
}

std::optional<CellKind> kindFromName(const QString &s)
{
    if (s == u"count"_s) return CellKind::Count;
    if (s == u"signed_count"_s) return CellKind::SignedCount;
    if (s == u"amount"_s) return CellKind::Amount;
    return std::nullopt;
}

void collectLeaves(const std::vector<HeaderNode> &nodes, QStringList &keys, int depth, int &maxDepth)
{
    for (const HeaderNode &n : nodes) {
        if (n.isLeaf()) {
            keys << n.key;
            maxDepth = std::max(maxDepth, depth);
        } else {
            collectLeaves(n.children, keys, depth + 1, maxDepth);
        }
    }
}

// Leaf → (qualified label, the path of nodes from the root).
void collectPaths(const std::vector<HeaderNode> &nodes, std::vector<const HeaderNode *> &trail,
                  std::vector<std::vector<const HeaderNode *>> &out)
{
    for (const HeaderNode &n : nodes) {
        trail.push_back(&n);
        if (n.isLeaf())
            out.push_back(trail);
        else
            collectPaths(n.children, trail, out);
        trail.pop_back();
    }
}

QString qualifiedLabel(const std::vector<const HeaderNode *> &path, bool skipSingleRoot)
{
    QStringList parts;
    for (size_t i = (skipSingleRoot && path.size() > 1) ? 1 : 0; i < path.size(); ++i)
        if (!path[i]->label.isEmpty())
            parts << path[i]->label;
    return parts.join(u'／');
}

bool Loader::load(const QJsonObject &root)
{
    const QString path = u"$"_s;
    if (!in.checkKeys(root, path,
                      {u"id"_s, u"format_version"_s, u"name"_s, u"document"_s, u"title_suffix"_s,
                       u"default_from_year"_s, u"preamble"_s, u"sections"_s, u"tables"_s,
                       u"rules"_s},
                      {u"id"_s, u"name"_s, u"document"_s, u"title_suffix"_s, u"preamble"_s,
                       u"sections"_s, u"tables"_s, u"rules"_s}))
        return false;
    fmt.id = in.stringMember(root, path, u"id"_s);
    fmt.formatVersion = int(in.integerMember(root, path, u"format_version"_s, 1, 1000, 1));
    fmt.name = in.stringMember(root, path, u"name"_s);
    fmt.document = in.stringMember(root, path, u"document"_s);
    fmt.titleSuffix = in.stringMember(root, path, u"title_suffix"_s);
    fmt.defaultFromYear = int(in.integerMember(root, path, u"default_from_year"_s, 1990, 2200, 0));
    if (const auto pre = in.object(root.value(u"preamble"_s), path + u".preamble"_s)) {
        if (in.checkKeys(*pre, path + u".preamble"_s, {u"key"_s, u"label"_s}, {u"key"_s, u"label"_s})) {
            fmt.preamble.key = in.stringMember(*pre, path + u".preamble"_s, u"key"_s);
            fmt.preamble.label = in.stringMember(*pre, path + u".preamble"_s, u"label"_s);
        }
    }
    if (!in.ok())
        return false;
    if (fmt.id.isEmpty())
        return in.fail(path + u".id"_s, u"the format id is empty"_s);
    const auto tables = in.array(root.value(u"tables"_s), path + u".tables"_s);
    const auto sections = in.array(root.value(u"sections"_s), path + u".sections"_s);
    const auto rules = in.array(root.value(u"rules"_s), path + u".rules"_s);
    return tables && sections && rules && readTables(*tables, path + u".tables"_s)
        && readSections(*sections, path + u".sections"_s) && readRules(*rules, path + u".rules"_s)
        && orderComputedCells(path + u".rules"_s);
}

bool Loader::readSections(const QJsonArray &a, const QString &path)
{
    QSet<QString> partKeys{fmt.preamble.key};
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString p = jsonIndexPath(path, i);
        const auto o = in.object(a.at(i), p);
        if (!o || !in.checkKeys(*o, p,
                                {u"key"_s, u"heading"_s, u"kind"_s, u"table"_s, u"hint"_s,
                                 u"guideline_chars"_s, u"parts"_s},
                                {u"key"_s, u"heading"_s, u"kind"_s}))
            return false;
        SectionDef s;
        s.key = in.stringMember(*o, p, u"key"_s);
        s.heading = in.stringMember(*o, p, u"heading"_s);
        const QString kind = in.stringMember(*o, p, u"kind"_s);
        s.hint = in.stringMember(*o, p, u"hint"_s);
        s.guidelineChars = int(in.integerMember(*o, p, u"guideline_chars"_s, 0, 100000, 0));
        if (kind == u"table"_s) {
            s.isTable = true;
            s.table = in.stringMember(*o, p, u"table"_s);
            if (!fmt.table(s.table))
                return in.fail(p + u".table"_s, u"no table “%1” in this format"_s.arg(s.table));
        } else if (kind == u"narrative"_s) {
            const auto parts = in.array(o->value(u"parts"_s), p + u".parts"_s);
            if (!parts)
                return false;
            for (qsizetype j = 0; j < parts->size(); ++j) {
                const QString pp = jsonIndexPath(p + u".parts"_s, j);
                const auto po = in.object(parts->at(j), pp);
                if (!po || !in.checkKeys(*po, pp, {u"key"_s, u"label"_s}, {u"key"_s, u"label"_s}))
                    return false;
                PartDef part{in.stringMember(*po, pp, u"key"_s), in.stringMember(*po, pp, u"label"_s)};
                if (partKeys.contains(part.key))
                    return in.fail(pp + u".key"_s, u"the narrative key “%1” is used twice"_s.arg(part.key));
                partKeys.insert(part.key);
                s.parts.push_back(part);
            }
        } else {
            return in.fail(p + u".kind"_s, u"expected “narrative” or “table”"_s);
        }
        fmt.sections.push_back(std::move(s));
    }
    return in.ok();
}

bool Loader::readNodes(const QJsonArray &a, const QString &path, std::vector<HeaderNode> &out,
                       bool columns)
{
    if (a.isEmpty())
        return in.fail(path, u"expected at least one header"_s);
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString p = jsonIndexPath(path, i);
        const auto o = in.object(a.at(i), p);
        if (!o || !in.checkKeys(*o, p,
                                {u"key"_s, u"label"_s, u"span"_s, u"kind"_s, u"decimals"_s,
                                 u"unit"_s, u"rollup"_s, u"children"_s},
                                {u"label"_s}))
            return false;
        HeaderNode n;
        n.key = in.stringMember(*o, p, u"key"_s);
        n.label = in.stringMember(*o, p, u"label"_s);
        n.span = int(in.integerMember(*o, p, u"span"_s, 1, 50, 1));
        n.unit = in.stringMember(*o, p, u"unit"_s);
        n.decimals = int(in.integerMember(*o, p, u"decimals"_s, 0, 6, 2));
        if (o->contains(u"kind"_s)) {
            n.kind = kindFromName(in.stringMember(*o, p, u"kind"_s));
            if (!n.kind)
                return in.fail(p + u".kind"_s, u"expected “count”, “signed_count” or “amount”"_s);
        }
        if (o->contains(u"rollup"_s)) {
            n.rollup = rollupFromName(in.stringMember(*o, p, u"rollup"_s));
            if (!n.rollup)
                return in.fail(p + u".rollup"_s, u"expected “sum”, “opening”, “closing” or “computed”"_s);
        }
        if (o->contains(u"children"_s)) {
            if (o->contains(u"key"_s))
                return in.fail(p, u"a header with children has no key"_s);
            const auto children = in.array(o->value(u"children"_s), p + u".children"_s);
            if (!children || !readNodes(*children, p + u".children"_s, n.children, columns))
                return false;
        } else if (n.key.isEmpty() || n.key.contains(u'.')) {
            return in.fail(p + u".key"_s, u"a leaf header needs a key without dots"_s);
        }
        if (!columns && n.span != 1)
            return in.fail(p + u".span"_s, u"rows have no span"_s);
        out.push_back(std::move(n));
    }
    return in.ok();
}

bool Loader::readTables(const QJsonArray &a, const QString &path)
{
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString p = jsonIndexPath(path, i);
        const auto o = in.object(a.at(i), p);
        if (!o || !in.checkKeys(*o, p,
                                {u"key"_s, u"label"_s, u"grid_columns"_s, u"row_labels"_s, u"blocks"_s},
                                {u"key"_s, u"label"_s, u"blocks"_s}))
            return false;
        TableDef t;
        t.key = in.stringMember(*o, p, u"key"_s);
        t.label = in.stringMember(*o, p, u"label"_s);
        t.gridColumns = int(in.integerMember(*o, p, u"grid_columns"_s, 1, 50, 0));
        t.rowLabels = in.boolMember(*o, p, u"row_labels"_s, true);
        if (t.key.isEmpty() || t.key.contains(u'.') || fmt.table(t.key))
            return in.fail(p + u".key"_s, u"a table needs a unique key without dots"_s);
        const auto blocks = in.array(o->value(u"blocks"_s), p + u".blocks"_s);
        if (!blocks || blocks->isEmpty())
            return in.fail(p + u".blocks"_s, u"expected at least one block"_s);
        for (qsizetype b = 0; b < blocks->size(); ++b) {
            const QString bp = jsonIndexPath(p + u".blocks"_s, b);
            const auto bo = in.object(blocks->at(b), bp);
            if (!bo || !in.checkKeys(*bo, bp, {u"band"_s, u"corner"_s, u"columns"_s, u"rows"_s},
                                     {u"columns"_s, u"rows"_s}))
                return false;
            BlockDef block;
            block.band = in.stringMember(*bo, bp, u"band"_s);
            block.corner = in.stringMember(*bo, bp, u"corner"_s);
            const auto cols = in.array(bo->value(u"columns"_s), bp + u".columns"_s);
            const auto rows = in.array(bo->value(u"rows"_s), bp + u".rows"_s);
            if (!cols || !rows || !readNodes(*cols, bp + u".columns"_s, block.columns, true)
                || !readNodes(*rows, bp + u".rows"_s, block.rows, false))
                return false;
            collectLeaves(block.columns, block.columnKeys, 1, block.columnDepth);
            collectLeaves(block.rows, block.rowKeys, 1, block.rowDepth);
            int span = 0;
            std::function<void(const std::vector<HeaderNode> &)> addSpans =
                [&](const std::vector<HeaderNode> &nodes) {
                    for (const HeaderNode &n : nodes)
                        n.isLeaf() ? void(span += n.span) : addSpans(n.children);
                };
            addSpans(block.columns);
            t.gridColumns = std::max(t.gridColumns, span);
            t.blocks.push_back(std::move(block));
        }
        fmt.tables.push_back(std::move(t));
        const TableDef &added = fmt.tables.back();
        for (int b = 0; b < int(added.blocks.size()); ++b)
            if (!buildCells(added, b, jsonIndexPath(p + u".blocks"_s, b)))
                return false;
    }
    return in.ok();
}

bool Loader::buildCells(const TableDef &t, int blockIndex, const QString &path)
{
    const BlockDef &block = t.blocks[size_t(blockIndex)];
    std::vector<const HeaderNode *> trail;
    std::vector<std::vector<const HeaderNode *>> rowPaths, colPaths;
    collectPaths(block.rows, trail, rowPaths);
    collectPaths(block.columns, trail, colPaths);
    const bool singleColumnRoot = block.columns.size() == 1 && !block.columns.front().isLeaf();
    for (const auto &rp : rowPaths) {
        const HeaderNode &row = *rp.back();
        QString rowLabel = qualifiedLabel(rp, false);
        if (!block.band.isEmpty())
            rowLabel = block.band + u' ' + rowLabel;
        for (const auto &cp : colPaths) {
            const HeaderNode &col = *cp.back();
            CellDef c;
            c.index = int(fmt.cells.size());
            c.table = t.key;
            c.row = row.key;
            c.column = col.key;
            c.key = t.key + u'.' + row.key + u'.' + col.key;
            c.block = blockIndex;
            c.kind = col.kind.value_or(row.kind.value_or(CellKind::Count));
            const HeaderNode &unitSource = col.kind ? col : row;
            if (c.kind == CellKind::Amount) {
                c.decimals = unitSource.decimals;
                c.unit = unitSource.unit;
            }
            if (row.rollup == Rollup::Computed || col.rollup == Rollup::Computed)
                c.rollup = Rollup::Computed;
            else
                c.rollup = row.rollup.value_or(col.rollup.value_or(Rollup::Sum));
            c.rowLabel = rowLabel;
            c.columnLabel = qualifiedLabel(cp, singleColumnRoot);
            c.label = t.rowLabels && !rowLabel.isEmpty() ? rowLabel + u"，"_s + c.columnLabel
                                                         : c.columnLabel;
            if (fmt.cellIndex.contains(c.key))
                return in.fail(path, u"the cell key “%1” is defined twice"_s.arg(c.key));
            fmt.cellIndex.insert(c.key, c.index);
            fmt.cells.push_back(std::move(c));
        }
    }
    return true;
}

bool Loader::readForeach(const QJsonObject &o, const QString &path, RuleDef &rule,
                         std::vector<QHash<QString, QString>> &combos)
{
    combos = {QHash<QString, QString>{}};
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString vp = jsonChildPath(path, it.key());
        QString axis;
        QStringList only, except;
        if (it.value().isString()) {
            axis = it.value().toString();
        } else {
            const auto spec = in.object(it.value(), vp);
            if (!spec || !in.checkKeys(*spec, vp, {u"of"_s, u"only"_s, u"except"_s}, {u"of"_s}))
                return false;
            axis = in.stringMember(*spec, vp, u"of"_s);
            for (const QJsonValue &v : spec->value(u"only"_s).toArray())
                only << v.toString();
            for (const QJsonValue &v : spec->value(u"except"_s).toArray())
                except << v.toString();
        }
        const TableDef *t = fmt.table(axis.section(u'.', 0, 0));
        const QString which = axis.section(u'.', 1);
        if (!t || (which != u"rows"_s && which != u"columns"_s))
            return in.fail(vp, u"expected “<table>.rows” or “<table>.columns”, not “%1”"_s.arg(axis));
        QStringList keys;
        for (const BlockDef &b : t->blocks)
            for (const QString &k : which == u"rows"_s ? b.rowKeys : b.columnKeys)
                if (!keys.contains(k))
                    keys << k;
        for (const QString &k : only + except)
            if (!keys.contains(k))
                return in.fail(vp, u"“%1” is not one of %2"_s.arg(k, axis));
        if (!only.isEmpty())
            keys = only;
        for (const QString &k : except)
            keys.removeAll(k);
        rule.variableAxis.insert(it.key(), axis);
        std::vector<QHash<QString, QString>> next;
        for (const auto &combo : combos)
            for (const QString &k : keys) {
                auto c = combo;
                c.insert(it.key(), k);
                next.push_back(c);
            }
        combos = std::move(next);
    }
    return true;
}

bool Loader::instantiate(RuleDef &rule, const QString &checkText, const QString &path,
                         const std::vector<QHash<QString, QString>> &combos)
{
    for (const auto &combo : combos) {
        QString text = checkText;
        for (auto it = combo.begin(); it != combo.end(); ++it)
            text.replace(u'{' + it.key() + u'}', it.value());
        if (text.contains(u'{'))
            return in.fail(path, u"the relation uses a variable that foreach does not define"_s);
        QString error;
        const auto rel = parseRelation(text, &error);
        if (!rel)
            return in.fail(path, error);
        Check check{rel->lhs, rel->rhs, combo};
        for (auto *side : {&check.lhs, &check.rhs})
            for (Term &term : *side) {
                const CellDef *c = fmt.cell(term.key);
                if (!c)
                    return in.fail(path, u"“%1” is not a cell of this format"_s.arg(term.key));
                if (!term.previous)
                    term.cell = c->index;
                else
                    rule.crossPeriod = true;
            }
        if (rule.computes || rule.opens) {
            const bool single = check.lhs.size() == 1 && check.lhs[0].coefficient == 1
                && !check.lhs[0].previous;
            if (!single)
                return in.fail(path, u"a computing or opening rule has one cell on its left"_s);
        }
        rule.checks.push_back(std::move(check));
    }
    if (rule.computes && rule.crossPeriod)
        return in.fail(path, u"a computing rule cannot use the previous period"_s);
    if (rule.opens && !rule.crossPeriod)
        return in.fail(path, u"an opening rule must use the previous period"_s);
    return true;
}

bool Loader::readRules(const QJsonArray &a, const QString &path)
{
    QSet<QString> ids;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString p = jsonIndexPath(path, i);
        const auto o = in.object(a.at(i), p);
        if (!o || !in.checkKeys(*o, p,
                                {u"id"_s, u"kind"_s, u"severity"_s, u"when"_s, u"computes"_s,
                                 u"opens"_s, u"foreach"_s, u"check"_s, u"message"_s},
                                {u"id"_s, u"severity"_s, u"message"_s}))
            return false;
        RuleDef rule;
        rule.id = in.stringMember(*o, p, u"id"_s);
        if (rule.id.isEmpty() || ids.contains(rule.id))
            return in.fail(p + u".id"_s, u"a rule needs a unique id"_s);
        ids.insert(rule.id);
        const QString severity = in.stringMember(*o, p, u"severity"_s);
        if (severity == u"error"_s) rule.severity = Severity::Error;
        else if (severity == u"warning"_s) rule.severity = Severity::Warning;
        else if (severity == u"info"_s) rule.severity = Severity::Info;
        else return in.fail(p + u".severity"_s, u"expected “error”, “warning” or “info”"_s);
        const QString when = in.stringMember(*o, p, u"when"_s, u"always"_s);
        if (when == u"previous_year"_s) rule.when = RuleDef::When::PreviousYear;
        else if (when == u"previous_quarter"_s) rule.when = RuleDef::When::PreviousQuarter;
        else if (when != u"always"_s)
            return in.fail(p + u".when"_s, u"expected “always”, “previous_year” or “previous_quarter”"_s);
        rule.computes = in.boolMember(*o, p, u"computes"_s, false);
        rule.opens = in.boolMember(*o, p, u"opens"_s, false);
        const auto msg = in.object(o->value(u"message"_s), p + u".message"_s);
        if (!msg || !in.checkKeys(*msg, p + u".message"_s, {u"zh"_s, u"en"_s}, {u"zh"_s, u"en"_s}))
            return false;
        rule.messageZh = in.stringMember(*msg, p + u".message"_s, u"zh"_s);
        rule.messageEn = in.stringMember(*msg, p + u".message"_s, u"en"_s);
        const QString kind = in.stringMember(*o, p, u"kind"_s, u"relation"_s);
        if (kind == u"nonnegative"_s) {
            rule.kind = RuleDef::Kind::NonNegative;
        } else if (kind == u"relation"_s) {
            std::vector<QHash<QString, QString>> combos{{}};
            if (o->contains(u"foreach"_s)) {
                const auto fe = in.object(o->value(u"foreach"_s), p + u".foreach"_s);
                if (!fe || !readForeach(*fe, p + u".foreach"_s, rule, combos))
                    return false;
            }
            const QString check = in.stringMember(*o, p, u"check"_s);
            if (check.isEmpty())
                return in.fail(p, u"a relation rule needs “check”"_s);
            if (!instantiate(rule, check, p + u".check"_s, combos))
                return false;
        } else {
            return in.fail(p + u".kind"_s, u"expected “relation” or “nonnegative”"_s);
        }
        if (!in.ok())
            return false;
        fmt.rules.push_back(std::move(rule));
    }
    return true;
}

bool Loader::orderComputedCells(const QString &path)
{
    // The first computing rule of a cell is its formula; the others remain checks.
    std::vector<const Check *> formula(fmt.cells.size(), nullptr);
    for (const RuleDef &r : fmt.rules)
        if (r.computes)
            for (const Check &c : r.checks) {
                const int cell = c.lhs.front().cell;
                if (fmt.cells[size_t(cell)].rollup != Rollup::Computed)
                    return in.fail(path, u"rule “%1” computes “%2”, which is not marked computed"_s
                                             .arg(r.id, fmt.cells[size_t(cell)].key));
                if (!formula[size_t(cell)])
                    formula[size_t(cell)] = &c;
            }
    enum { Unvisited, Visiting, Done };
    std::vector<int> state(fmt.cells.size(), Unvisited);
    std::function<bool(int)> visit = [&](int cell) {
        if (state[size_t(cell)] == Done || !formula[size_t(cell)])
            return true;
        if (state[size_t(cell)] == Visiting)
            return in.fail(path, u"the formulas of computed cells form a cycle at “%1”"_s
                                     .arg(fmt.cells[size_t(cell)].key));
        state[size_t(cell)] = Visiting;
        for (const Term &t : formula[size_t(cell)]->rhs)
            if (!visit(t.cell))
                return false;
        state[size_t(cell)] = Done;
        fmt.computeOrder.emplace_back(cell, formula[size_t(cell)]);
        return true;
    };
    for (const CellDef &c : fmt.cells) {
        if (c.rollup == Rollup::Computed && !formula[size_t(c.index)])
            return in.fail(path, u"the computed cell “%1” has no computing rule"_s.arg(c.key));
        if (!visit(c.index))
            return false;
    }
    return true;
}

} // namespace

FormatLoadResult loadFormat(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {nullptr, u"%1: not valid JSON at byte %2: %3"_s.arg(sourceName)
                             .arg(parseError.offset).arg(parseError.errorString())};
    if (!doc.isObject())
        return {nullptr, u"%1: $: expected an object"_s.arg(sourceName)};
    auto fmt = std::make_shared<FormatDefinition>();
    Loader loader(*fmt);
    if (!loader.load(doc.object()) || !loader.in.ok())
        return {nullptr, u"%1: %2: %3"_s.arg(sourceName, loader.in.errorPath(), loader.in.error())};
    return {fmt, {}};
}

FormatLoadResult loadFormatFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {nullptr, u"%1: %2"_s.arg(path, f.errorString())};
    return loadFormat(f.readAll(), path);
}

} // namespace nianbao
