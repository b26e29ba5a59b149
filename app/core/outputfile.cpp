#include "outputfile.h"

#include <QCoreApplication>

namespace nianbao {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Output)
};
} // namespace

OutputFile::OutputFile(const QString &path) : m_file(path)
{
}

bool OutputFile::write(const QByteArray &bytes, QString *error)
{
    if (!m_file.isOpen() && !m_file.open(QIODevice::WriteOnly))
        return failed(error);
    if (m_file.write(bytes) != bytes.size())
        return failed(error);
    return true;
}

bool OutputFile::commit(QString *error)
{
    // An empty file is a file too: open it when nothing was written.
    if (!m_file.isOpen() && !m_file.open(QIODevice::WriteOnly))
        return failed(error);
    return m_file.commit() || failed(error);
}

void OutputFile::cancel()
{
    m_file.cancelWriting();
}

bool OutputFile::failed(QString *error)
{
    *error = Tr::tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
    m_file.cancelWriting();
    return false;
}

bool writeOutputFile(const QString &path, const QByteArray &bytes, QString *error)
{
    OutputFile file(path);
    return file.write(bytes, error) && file.commit(error);
}

} // namespace nianbao
