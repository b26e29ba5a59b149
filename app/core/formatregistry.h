#pragma once
// The official formats shipped with the program (resources/formats), loaded once.

#include "formatdefinition.h"

namespace nianbao {

class FormatRegistry
{
public:
    static const FormatRegistry &instance();

    FormatPtr format(const QString &id) const;
    QStringList ids() const;                 // oldest first
    // The format a new year uses: the newest whose default_from_year is not after it.
    FormatPtr defaultFor(int year) const;
    const QString &error() const { return m_error; } // a shipped format failed to load

private:
    FormatRegistry();
    std::vector<FormatPtr> m_formats;
    QString m_error;
};

} // namespace nianbao
