#pragma once
// Shared set-up of the window tests: questions answered ahead of time (prompts.h), settings of
// their own, and a fresh window on a database in a temporary folder.

#include "figuretablemodel.h"
#include "figuretableview.h"
#include "mainwindow.h"
#include "periodsession.h"
#include "periodview.h"
#include "prompts.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace nianbao::guitest {

// For initTestCase(): no dialog ever blocks, and the test's settings are its own.
inline void prepare(const QString &name)
{
    qputenv("NIANBAO_NO_DIALOGS", "1");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("nianbao-test-") + name);
    QCoreApplication::setApplicationName(QStringLiteral("nianbao"));
}

// A window shown and active on dir/file, with no answers queued; null when it does not open.
inline std::unique_ptr<MainWindow> openWindow(const QTemporaryDir &dir, const QString &file)
{
    prompts::setNextAnswers({});
    prompts::clearAskedQuestions();
    auto window = std::make_unique<MainWindow>(dir.filePath(file));
    if (!window->hasDatabase())
        return nullptr;
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        return nullptr;
    return window;
}

// The form cell of a figure in the open period, in whichever table's form holds it.
inline QModelIndex cellAt(const MainWindow &window, const QString &key)
{
    const CellDef *c = window.session() ? window.session()->format().cell(key) : nullptr;
    const FigureTableView *view = c ? window.periodView()->tableFor(c->table) : nullptr;
    return view ? view->figureModel()->indexOfCell(c->index) : QModelIndex();
}

// A figure as the database holds it for a period: its digits, "" when empty.
inline QString storedFigure(const MainWindow &window, int periodId, const QString &key)
{
    const auto p = window.ledger()->periodById(periodId);
    if (!p)
        return QStringLiteral("(no period)");
    const auto v = window.ledger()->figures(*p).value(key);
    return v ? QString::number(*v) : QString();
}

} // namespace nianbao::guitest
