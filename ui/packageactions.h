#pragma once
// The window's File ▸ Import… and File ▸ Export package… : interchange files and portal packages
// into the database (asking before periods are replaced), and the open period's portal package.

#include <QObject>
#include <QString>
#include <QStringList>

namespace nianbao {

class MainWindow;

class PackageActions : public QObject
{
    Q_OBJECT
public:
    explicit PackageActions(MainWindow *window);

    // Writes the open period's package; false, with the reason shown, when refused.
    bool exportPackage(const QString &path);
    // Imports the files, all or nothing; asks before replacing periods that exist, then shows
    // the imported period. False when nothing was imported.
    bool importFiles(const QStringList &files);
    void exportFromDialog();
    void importFromDialog();

    // The last result shown, for the status bar and for tests.
    const QString &lastMessage() const { return m_lastMessage; }

private:
    void report(const QString &title, const QString &text, bool problem);

    MainWindow *m_window;
    QString m_lastMessage;
};

} // namespace nianbao
