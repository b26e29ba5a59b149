#include "formatdefinition.h"

using namespace Qt::StringLiterals;

namespace nianbao {

QString rollupName(Rollup r)
{
    switch (r) {
    case Rollup::Sum: return u"sum"_s;
    case Rollup::Opening: return u"opening"_s;
    case Rollup::Closing: return u"closing"_s;
    case Rollup::Computed: return u"computed"_s;
    }
    return {};
}

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Error: return u"error"_s;
    case Severity::Warning: return u"warning"_s;
    case Severity::Info: return u"info"_s;
    }
    return {};
}

const CellDef *FormatDefinition::cell(const QString &key) const
{
    const auto it = cellIndex.constFind(key);
    return it == cellIndex.cend() ? nullptr : &cells[size_t(*it)];
}

const TableDef *FormatDefinition::table(const QString &key) const
{
    for (const TableDef &t : tables)
        if (t.key == key)
            return &t;
    return nullptr;
}

QStringList FormatDefinition::narrativeKeys() const
{
    QStringList keys{preamble.key};
    for (const SectionDef &s : sections)
        for (const PartDef &p : s.parts)
            keys << p.key;
    return keys;
}

const PartDef *FormatDefinition::narrativePart(const QString &key) const
{
    if (key == preamble.key)
        return &preamble;
    for (const SectionDef &s : sections)
        for (const PartDef &p : s.parts)
            if (p.key == key)
                return &p;
    return nullptr;
}

QString FormatDefinition::axisLabel(const QString &axis, const QString &key) const
{
    const QString tableKey = axis.section(u'.', 0, 0);
    const bool rows = axis.endsWith(u".rows"_s);
    for (const CellDef &c : cells) {
        if (c.table != tableKey)
            continue;
        if (rows && c.row == key)
            return c.rowLabel;
        if (!rows && c.column == key)
            return c.columnLabel;
    }
    return key;
}

} // namespace nianbao
