// nianbao: the window by default; sub-commands work without a display.

#include "cli/cli.h"
#include "mainwindow.h"
#include "translator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(u"nianbao"_s);
    QCoreApplication::setApplicationName(u"nianbao"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(NIANBAO_VERSION));
}

QString databasePath(const QStringList &arguments)
{
    const qsizetype i = arguments.indexOf(u"--db"_s);
    if (i >= 0 && i + 1 < arguments.size())
        return QDir::current().absoluteFilePath(arguments.at(i + 1));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"nianbao.sqlite"_s);
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (nianbao::cli::isCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        nianbao::installTranslators(app, nianbao::chooseLanguage(nianbao::cli::languageArgument(arguments)));
        return nianbao::cli::run(arguments);
    }

    QApplication app(argc, argv);
    setIdentity();
    nianbao::installTranslators(app, nianbao::chooseLanguage(nianbao::cli::languageArgument(arguments)));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Nianbao"));
    nianbao::MainWindow window(databasePath(arguments));
    window.show();
    return app.exec();
}
