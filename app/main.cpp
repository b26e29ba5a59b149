// nianbao: the window by default; sub-commands work without a display.

#include "cli/cli.h"
#include "database.h"
#include "mainwindow.h"
#include "translator.h"

#include <QApplication>
#include <QGuiApplication>

#include <memory>
#include <QCommandLineParser>
#include <QDir>
#include <QFontDatabase>
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
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--db"_s && i + 1 < arguments.size())
            return QDir::current().absoluteFilePath(arguments.at(i + 1));
        if (arguments.at(i).startsWith(u"--db="_s))
            return QDir::current().absoluteFilePath(arguments.at(i).mid(5));
    }
    return nianbao::Database::defaultPath();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (nianbao::cli::isCommandLine(arguments)) {
        std::unique_ptr<QCoreApplication> holder;
        if (nianbao::cli::needsGui(arguments)) {
            // Commands never open a window: draw without a display.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            holder = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            holder = std::make_unique<QCoreApplication>(argc, argv);
        }
        QCoreApplication &app = *holder;
        setIdentity();
        nianbao::installTranslators(app, nianbao::chooseLanguage(nianbao::cli::languageArgument(arguments)));
        return nianbao::cli::run(arguments);
    }

    QApplication app(argc, argv);
    setIdentity();
    nianbao::installTranslators(app, nianbao::chooseLanguage(nianbao::cli::languageArgument(arguments)));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Nianbao"));
    // Chinese text in the window prefers a plain sans face: without a Chinese locale, fontconfig
    // may otherwise fall back to a 楷体 face that the report's headings need installed.
    const QString cjkSans = u"Noto Sans CJK SC"_s;
    if (QFontDatabase::families().contains(cjkSans)) {
        QFont font = QApplication::font();
        font.setFamilies({font.family(), cjkSans});
        QApplication::setFont(font);
    }
    nianbao::MainWindow window(databasePath(arguments));
    window.show();
    return app.exec();
}
