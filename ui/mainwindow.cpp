#include "mainwindow.h"

#include "formatoverview.h"
#include "formatregistry.h"

#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

namespace nianbao {

MainWindow::MainWindow(const QString &databasePath, QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Nianbao — annual report on government information disclosure"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *intro = new QLabel(tr("Loaded report formats: %1").arg(FormatRegistry::instance().ids().join(u", ")), central);
    layout->addWidget(intro);
    layout->addWidget(new FormatOverview(central), 1);
    setCentralWidget(central);
    auto *dbLabel = new QLabel(tr("Database: %1").arg(databasePath), this);
    dbLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(dbLabel);
    if (!FormatRegistry::instance().error().isEmpty())
        statusBar()->showMessage(tr("A format file could not be loaded: %1")
                                     .arg(FormatRegistry::instance().error()));
    resize(1000, 700);
}

} // namespace nianbao
