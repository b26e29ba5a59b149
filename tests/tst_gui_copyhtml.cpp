// The window's "Copy report as HTML": the open period's report goes on the clipboard as the
// portal HTML fragment with its plain-text twin, the action sits in the Edit menu and waits for a
// period. Qt's own rich-text reader (as a CMS editor would) reads the fragment back into tables
// with the official merged cells; a picture of it is left in the test output folder.

#include "guitest.h"
#include "interchange.h"
#include "ledger.h"
#include "navigator.h"
#include "reportcontent.h"
#include "reporthtml.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QMimeData>
#include <QPainter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace Qt::StringLiterals;
using namespace nianbao;

namespace {

int importSample(MainWindow &window, const QString &name)
{
    QFile f(QStringLiteral(NIANBAO_SOURCE_DIR) + u"/resources/samples/"_s + name + u".json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    int id = 0;
    if (!window.ledger()->importReport(*readInterchange(f.readAll()).report, false, &id).ok())
        return 0;
    window.navigator()->reload(*window.ledger());
    return window.navigator()->selectPeriod(id) ? id : 0;
}

QList<QTextTable *> tablesOf(QTextDocument &doc)
{
    QList<QTextTable *> out;
    for (QTextFrame *f : doc.rootFrame()->childFrames())
        if (auto *t = qobject_cast<QTextTable *>(f))
            out << t;
    return out;
}

} // namespace

class TestGuiCopyHtml : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { guitest::prepare(u"copyhtml"_s); }
    void copiesTheOpenPeriod();
    void richTextReadsTheTables_data();
    void richTextReadsTheTables();
};

void TestGuiCopyHtml::copiesTheOpenPeriod()
{
    QTemporaryDir dir;
    auto window = guitest::openWindow(dir, u"copy.sqlite"_s);
    QVERIFY(window);
    QAction *copy = window->action(u"copyHtml"_s);
    QVERIFY(copy);
    QVERIFY(!copy->isEnabled()); // no period open yet
    // In the Edit menu: the one with Undo.
    bool inEdit = false;
    for (QAction *menu : window->menuBar()->actions())
        if (menu->menu() && menu->menu()->actions().contains(window->action(u"undo"_s)))
            inEdit = menu->menu()->actions().contains(copy);
    QVERIFY(inEdit);

    QVERIFY(importSample(*window, u"2021_pingtan"_s) > 0);
    QVERIFY(copy->isEnabled());
    QGuiApplication::clipboard()->clear();
    copy->trigger();
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    QVERIFY(data);
    QVERIFY(data->hasHtml());
    QVERIFY(data->hasText());
    const auto content = window->currentReportContent();
    QVERIFY(content);
    QCOMPARE(data->html(), reportHtmlFragment(*content));
    QCOMPARE(data->text(), reportPlainText(*content));
    QVERIFY(data->html().contains(u"平潭综合实验区"_s));
    QVERIFY(data->html().contains(u"rowspan=\""_s));
    QVERIFY(!data->html().contains(u"<html"_s));
}

void TestGuiCopyHtml::richTextReadsTheTables_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &n : {u"2019_jiading_chengguan"_s, u"2021_pingtan"_s, u"2024_huaian"_s})
        QTest::newRow(qPrintable(n)) << n;
}

void TestGuiCopyHtml::richTextReadsTheTables()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    auto window = guitest::openWindow(dir, name + u".sqlite"_s);
    QVERIFY(window);
    QVERIFY(importSample(*window, name) > 0);
    const auto content = window->currentReportContent();
    QVERIFY(content);
    QTextBrowser browser;
    browser.resize(900, 700);
    browser.setHtml(reportHtmlFragment(*content));
    QTextDocument &doc = *browser.document();
    QList<const ContentTable *> model;
    for (const ContentBlock &b : content->blocks)
        if (b.kind == ContentBlock::Kind::Table)
            model << b.table.get();
    const QList<QTextTable *> tables = tablesOf(doc);
    QCOMPARE(tables.size(), model.size());
    for (qsizetype t = 0; t < tables.size(); ++t) {
        QCOMPARE(tables[t]->rows(), model[t]->rows);
        QCOMPARE(tables[t]->columns(), model[t]->columns);
        for (const ContentCell &c : model[t]->cells) {
            const QTextTableCell cell = tables[t]->cellAt(c.row, c.column);
            const QString where = u"%1 %2,%3 %4"_s.arg(model[t]->key).arg(c.row).arg(c.column).arg(c.text);
            QVERIFY2(cell.row() == c.row && cell.column() == c.column, qPrintable(where));
            QVERIFY2(cell.rowSpan() == c.rowSpan && cell.columnSpan() == c.columnSpan, qPrintable(where));
            QTextCursor in = cell.firstCursorPosition();
            in.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
            QVERIFY2(in.selectedText() == c.text, qPrintable(where + u" reads "_s + in.selectedText()));
        }
    }
    // A picture of the page as Qt's rich text shows it, to look at.
    const QDir out(QStringLiteral(NIANBAO_TEST_OUTPUT));
    if (out.mkpath(u"."_s)) {
        doc.setTextWidth(900);
        QImage image(900, int(doc.size().height()), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        doc.drawContents(&painter);
        painter.end();
        QVERIFY(image.save(out.filePath(u"html_"_s + name + u".png"_s)));
    }
}

QTEST_MAIN(TestGuiCopyHtml)
#include "tst_gui_copyhtml.moc"
