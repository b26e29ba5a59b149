#pragma once
// A folder made read-only for the rest of a test, and writable again when it ends. An ordinary
// user loses the write permission (chmod 555); root ignores permissions, so for root the folder is
// marked immutable (chattr +i), which root cannot write into either. Where neither can be done,
// why() says so and the test skips.

#include <QFile>
#include <QProcess>
#include <QString>

#include <unistd.h>

class ReadOnlyFolder
{
public:
    explicit ReadOnlyFolder(const QString &folder) : m_folder(folder)
    {
        if (::geteuid() != 0) {
            m_done =
                QFile::setPermissions(folder,
                                      QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup
                                          | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
            if (!m_done)
                m_why = QStringLiteral("cannot take the write permission of %1 away").arg(folder);
            return;
        }
        m_done = run({QStringLiteral("+i"), folder});
        if (!m_done)
            m_why = QStringLiteral(
                        "running as root, and chattr +i %1 failed (no chattr, or a file system "
                        "without the immutable flag): root writes into any folder otherwise")
                        .arg(folder);
    }
    ~ReadOnlyFolder()
    {
        if (!m_done)
            return;
        if (::geteuid() != 0)
            QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        else
            run({QStringLiteral("-i"), m_folder});
    }
    ReadOnlyFolder(const ReadOnlyFolder &) = delete;
    ReadOnlyFolder &operator=(const ReadOnlyFolder &) = delete;

    bool done() const { return m_done; }
    const QString &why() const { return m_why; }

private:
    static bool run(const QStringList &arguments)
    {
        QProcess p;
        p.start(QStringLiteral("chattr"), arguments);
        return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit
            && p.exitCode() == 0;
    }

    QString m_folder;
    QString m_why;
    bool m_done = false;
};
