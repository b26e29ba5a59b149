#pragma once
// The figures of one period: a value or nothing for every cell of its format.

#include "formatdefinition.h"

#include <optional>
#include <vector>

namespace nianbao {

class Figures
{
public:
    Figures() = default;
    explicit Figures(FormatPtr format);

    const FormatPtr &format() const { return m_format; }
    bool isNull() const { return !m_format; }

    std::optional<qint64> value(int cell) const;
    std::optional<qint64> value(const QString &key) const;
    qint64 valueOrZero(int cell) const { return value(cell).value_or(0); }
    void set(int cell, std::optional<qint64> raw);
    bool set(const QString &key, std::optional<qint64> raw); // false for an unknown key
    int count() const;  // cells with a value

    // The figures with every computed cell that has no value filled from its formula.
    Figures completed() const;

    bool operator==(const Figures &other) const = default;

private:
    FormatPtr m_format;
    std::vector<qint64> m_values;
    std::vector<bool> m_present;
};

} // namespace nianbao
