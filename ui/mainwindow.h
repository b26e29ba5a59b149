#pragma once
// The main window.

#include <QMainWindow>

namespace nianbao {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const QString &databasePath, QWidget *parent = nullptr);
};

} // namespace nianbao
