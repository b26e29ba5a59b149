#include "formatregistry.h"

#include "formatloader.h"

#include <QDir>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCore, "nianbao.core")

namespace nianbao {

FormatRegistry::FormatRegistry()
{
    const QDir dir(u":/formats"_s);
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        const FormatLoadResult r = loadFormatFile(dir.filePath(name));
        if (!r.format) {
            qCCritical(lcCore) << r.error;
            m_error = r.error;
            continue;
        }
        m_formats.push_back(r.format);
    }
}

const FormatRegistry &FormatRegistry::instance()
{
    static const FormatRegistry registry;
    return registry;
}

FormatPtr FormatRegistry::format(const QString &id) const
{
    for (const FormatPtr &f : m_formats)
        if (f->id == id)
            return f;
    return nullptr;
}

QStringList FormatRegistry::ids() const
{
    QStringList out;
    for (const FormatPtr &f : m_formats)
        out << f->id;
    return out;
}

FormatPtr FormatRegistry::defaultFor(int year) const
{
    FormatPtr best;
    for (const FormatPtr &f : m_formats)
        if (f->defaultFromYear <= year && (!best || f->defaultFromYear > best->defaultFromYear))
            best = f;
    return best ? best : (m_formats.empty() ? nullptr : m_formats.front());
}

} // namespace nianbao
