#pragma once
// A report format (2019 or 2021) described completely by its format file: sections, tables with
// their header trees, every cell with its kind and roll-up, and the consistency rules.

#include "cellvalue.h"
#include "language.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace nianbao {

// How a quarter's figure becomes the year's figure.
enum class Rollup { Sum, Opening, Closing, Computed };
enum class Severity { Error, Warning, Info };

QString rollupName(Rollup r);
QString severityName(Severity s);

// A node of a row or column header tree; leaves carry a key.
struct HeaderNode {
    QString key;            // empty for group nodes
    QString label;
    int span = 1;           // grid columns a leaf column covers (proactive table)
    std::optional<CellKind> kind;
    int decimals = 0;
    QString unit;
    std::optional<Rollup> rollup;
    std::vector<HeaderNode> children;

    bool isLeaf() const { return children.empty(); }
};

// One header grid with its rows: the whole applications table, or one 第二十条第（X）项 band.
struct BlockDef {
    QString band;           // 通栏 heading, e.g. 第二十条第（一）项
    QString corner;         // top-left header cell
    std::vector<HeaderNode> columns;
    std::vector<HeaderNode> rows;
    QStringList columnKeys; // leaves, left to right
    QStringList rowKeys;    // leaves, top to bottom
    int columnDepth = 0;    // header rows
    int rowDepth = 0;       // row-label columns
};

struct TableDef {
    QString key;
    QString label;
    int gridColumns = 0;    // data columns of the widest block
    bool rowLabels = true;
    std::vector<BlockDef> blocks;
};

struct CellDef {
    int index = -1;
    QString key;            // table.row.column
    QString table, row, column;
    int block = 0;
    CellKind kind = CellKind::Count;
    int decimals = 0;
    QString unit;
    Rollup rollup = Rollup::Sum;
    QString rowLabel;       // qualified official row label (band and parents included)
    QString columnLabel;    // qualified official column label
    QString label;          // both, as used in messages
};

struct PartDef {
    QString key;
    QString label;
};

struct SectionDef {
    QString key;
    QString heading;        // 一、总体情况 …
    bool isTable = false;
    QString table;
    QString hint;
    int guidelineChars = 0;
    std::vector<PartDef> parts;
};

struct Term {
    qint64 coefficient = 1; // +1 or -1
    QString key;
    int cell = -1;          // index in this format; -1 for terms of the previous period
    bool previous = false;
};

// One instantiated relation: sum(lhs) == sum(rhs).
struct Check {
    std::vector<Term> lhs, rhs;
    QHash<QString, QString> bindings; // foreach variable → key
};

struct RuleDef {
    enum class Kind { Relation, NonNegative };
    enum class When { Always, PreviousYear, PreviousQuarter };
    QString id;
    Kind kind = Kind::Relation;
    Severity severity = Severity::Error;
    When when = When::Always;
    bool computes = false;  // the single left-hand cell is derived from the right-hand side
    bool opens = false;     // the single left-hand cell is filled from the previous period
    bool crossPeriod = false;
    QString messageZh, messageEn;
    QHash<QString, QString> variableAxis; // variable → "table.rows" / "table.columns"
    std::vector<Check> checks;
};

struct FormatDefinition {
    QString id;
    int formatVersion = 1;
    QString name;
    QString document;
    QString titleSuffix;
    int defaultFromYear = 0;
    PartDef preamble;
    std::vector<SectionDef> sections;
    std::vector<TableDef> tables;
    std::vector<CellDef> cells;             // in table, block, row, column order
    QHash<QString, int> cellIndex;
    std::vector<RuleDef> rules;
    std::vector<std::pair<int, const Check *>> computeOrder; // cell, formula; dependencies first

    const CellDef *cell(const QString &key) const;
    const TableDef *table(const QString &key) const;
    QStringList narrativeKeys() const;
    const PartDef *narrativePart(const QString &key) const;
    // Label of a row or column key of a table, for messages ({row}, {col}).
    QString axisLabel(const QString &axis, const QString &key) const;
};

using FormatPtr = std::shared_ptr<const FormatDefinition>;

} // namespace nianbao
