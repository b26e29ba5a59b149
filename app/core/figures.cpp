#include "figures.h"

#include <algorithm>

namespace nianbao {

Figures::Figures(FormatPtr format)
    : m_format(std::move(format)),
      m_values(m_format ? m_format->cells.size() : 0, 0),
      m_present(m_format ? m_format->cells.size() : 0, false)
{
}

std::optional<qint64> Figures::value(int cell) const
{
    if (cell < 0 || size_t(cell) >= m_values.size() || !m_present[size_t(cell)])
        return std::nullopt;
    return m_values[size_t(cell)];
}

std::optional<qint64> Figures::value(const QString &key) const
{
    if (!m_format)
        return std::nullopt;
    const CellDef *c = m_format->cell(key);
    return c ? value(c->index) : std::nullopt;
}

void Figures::set(int cell, std::optional<qint64> raw)
{
    if (cell < 0 || size_t(cell) >= m_values.size())
        return;
    m_present[size_t(cell)] = raw.has_value();
    m_values[size_t(cell)] = raw.value_or(0);
}

bool Figures::set(const QString &key, std::optional<qint64> raw)
{
    const CellDef *c = m_format ? m_format->cell(key) : nullptr;
    if (!c)
        return false;
    set(c->index, raw);
    return true;
}

int Figures::count() const
{
    return int(std::count(m_present.begin(), m_present.end(), true));
}

Figures Figures::completed() const
{
    Figures out = *this;
    if (!m_format)
        return out;
    for (const auto &[target, formula] : m_format->computeOrder) {
        if (out.m_present[size_t(target)])
            continue;
        qint64 sum = 0;
        for (const Term &t : formula->rhs)
            sum += t.coefficient * out.valueOrZero(t.cell);
        out.set(target, sum);
    }
    return out;
}

} // namespace nianbao
