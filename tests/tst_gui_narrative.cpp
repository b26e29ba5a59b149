// The narrative editor of a period: a figure inserted as a placeholder shows its current value in
// the preview and follows changes of the figure; the length of 一、总体情况 (all its parts, figures
// expanded) is counted against the 2021 format's guideline of about 1000 characters; text is
// saved on demand, by itself a moment after typing, and when another part is chosen.

#include "guitest.h"
#include "figuretablemodel.h"
#include "figuretableview.h"
#include "ledger.h"
#include "mainwindow.h"
#include "narrativeeditor.h"
#include "periodsession.h"
#include "periodview.h"
#include "prompts.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace Qt::StringLiterals;
using namespace nianbao;

class TestGuiNarrative : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void placeholderShowsCurrentValue();
    void insertButtonUsesChosenFigure();
    void lengthAgainstGuideline();
    void savedNowLaterAndOnSwitch();

private:
    NarrativeEditor *narrative() const { return m_window->periodView()->narrative(); }
    QTextBrowser *preview() const { return narrative()->findChild<QTextBrowser *>(); }
    void setFigure(const QString &key, const QString &value);
    QString storedText(const QString &part) const
    {
        return m_window->ledger()->narrative(m_period).value(part);
    }

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<MainWindow> m_window;
    int m_period = 0;
};

void TestGuiNarrative::initTestCase()
{
    guitest::prepare(u"narrative"_s);
}

void TestGuiNarrative::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_window = guitest::openWindow(*m_tmp, u"narrative.sqlite"_s);
    QVERIFY(m_window);
    const int org = m_window->createOrganization(u"福州市测试局"_s);
    QVERIFY(org > 0);
    m_period = m_window->createYear(org, 2021, YearEntry::Direct);
    QVERIFY(m_period > 0);
    QVERIFY(narrative());
    QVERIFY(preview());
    m_window->periodView()->tabs()->setCurrentWidget(narrative());
}

void TestGuiNarrative::cleanup()
{
    m_window.reset();
    m_tmp.reset();
}

void TestGuiNarrative::cleanupTestCase()
{
    QSettings().clear();
}

void TestGuiNarrative::setFigure(const QString &key, const QString &value)
{
    const CellDef *c = m_window->session()->format().cell(key);
    QVERIFY(c);
    FigureTableModel *model = m_window->periodView()->tableFor(c->table)->figureModel();
    QVERIFY(model->setData(model->indexOfCell(c->index), value));
}

void TestGuiNarrative::placeholderShowsCurrentValue()
{
    setFigure(u"applications.new.natural_person"_s, u"12"_s);
    narrative()->showPart(u"overview.requests"_s);
    QCOMPARE(narrative()->currentPart(), u"overview.requests"_s);
    QPlainTextEdit *edit = narrative()->editor();
    edit->insertPlainText(u"本年共收到自然人申请"_s);
    narrative()->insertPlaceholder(u"applications.new.natural_person"_s);
    edit->insertPlainText(u"件。"_s);
    QCOMPARE(edit->toPlainText(), u"本年共收到自然人申请{applications.new.natural_person}件。"_s);
    QCOMPARE(preview()->toPlainText(), u"本年共收到自然人申请12件。"_s);

    // The preview follows the figure.
    setFigure(u"applications.new.natural_person"_s, u"15"_s);
    QCOMPARE(preview()->toPlainText(), u"本年共收到自然人申请15件。"_s);
    // And a computed total can be quoted too.
    narrative()->insertPlaceholder(u"applications.new.total"_s);
    QVERIFY2(preview()->toPlainText().endsWith(u"件。15"_s), qPrintable(preview()->toPlainText()));
    // Unknown keys stay as written.
    narrative()->insertPlaceholder(u"applications.no_such.cell"_s);
    QVERIFY(preview()->toPlainText().endsWith(u"{applications.no_such.cell}"_s));
    QVERIFY(narrative()->saveNow());
    QVERIFY(storedText(u"overview.requests"_s).contains(u"{applications.new.natural_person}"_s));
}

void TestGuiNarrative::insertButtonUsesChosenFigure()
{
    setFigure(u"review.cases.recon_upheld"_s, u"4"_s);
    narrative()->showPart(u"overview.oversight"_s);
    auto *cells = narrative()->findChild<QComboBox *>();
    QVERIFY(cells);
    const int item = cells->findData(u"review.cases.recon_upheld"_s);
    QVERIFY(item >= 0);
    cells->setCurrentIndex(item);
    QPushButton *insert = nullptr;
    for (QPushButton *b : narrative()->findChildren<QPushButton *>())
        if (b->text().remove(u'&') == u"Insert figure"_s)
            insert = b;
    QVERIFY(insert);
    QVERIFY(insert->isEnabled());
    insert->click();
    QCOMPARE(narrative()->editor()->toPlainText(), u"{review.cases.recon_upheld}"_s);
    QCOMPARE(preview()->toPlainText(), u"4"_s);
}

void TestGuiNarrative::lengthAgainstGuideline()
{
    QLabel *length = narrative()->lengthLabel();
    QVERIFY(length);
    setFigure(u"applications.new.natural_person"_s, u"12"_s);

    narrative()->showPart(u"overview.intro"_s);
    narrative()->editor()->setPlainText(QString(600, u'政'));
    QVERIFY2(length->text().contains(u"600 of about 1000"_s), qPrintable(length->text()));
    QVERIFY(!length->text().contains(u"over"_s));

    // The parts of 总体情况 count together; blanks and line breaks do not count.
    narrative()->showPart(u"overview.proactive"_s);
    narrative()->editor()->setPlainText(QString(399, u'务') + u" \n  "_s);
    QVERIFY2(length->text().contains(u"999 of about 1000"_s), qPrintable(length->text()));
    QVERIFY(length->styleSheet().isEmpty());

    // A figure counts as the digits it shows: two more characters, over the guideline.
    narrative()->insertPlaceholder(u"applications.new.natural_person"_s);
    QVERIFY2(length->text().contains(u"1001"_s), qPrintable(length->text()));
    QVERIFY2(length->text().contains(u"over the guideline"_s), qPrintable(length->text()));
    QVERIFY2(length->text().contains(u"1000"_s), qPrintable(length->text()));
    QVERIFY(!length->styleSheet().isEmpty());

    // A smaller figure brings it back under.
    setFigure(u"applications.new.natural_person"_s, u"1"_s);
    QVERIFY2(length->text().contains(u"1000 of about 1000"_s), qPrintable(length->text()));

    // Another section has no guideline, only a count.
    narrative()->showPart(u"problems"_s);
    narrative()->editor()->setPlainText(QString(1500, u'问'));
    QVERIFY2(length->text().contains(u"1500 characters"_s), qPrintable(length->text()));
    QVERIFY(!length->text().contains(u"over"_s));
}

void TestGuiNarrative::savedNowLaterAndOnSwitch()
{
    const QString text = u"2021年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》。"_s;
    narrative()->showPart(u"overview.intro"_s);
    narrative()->editor()->setPlainText(text);
    QVERIFY(narrative()->saveNow());
    QCOMPARE(storedText(u"overview.intro"_s), text);

    // Saved by itself a moment after typing stops.
    narrative()->editor()->appendPlainText(u"第二段。"_s);
    QTRY_COMPARE(storedText(u"overview.intro"_s), text + u"\n第二段。"_s);

    // Choosing another part saves the one left.
    narrative()->editor()->setPlainText(u"改过的导语"_s);
    narrative()->showPart(u"other"_s);
    QCOMPARE(storedText(u"overview.intro"_s), u"改过的导语"_s);
    narrative()->editor()->setPlainText(u"其他事项"_s);
    // Closing the window saves what is pending.
    m_window.reset();
    Status s;
    auto db = Database::open(m_tmp->filePath(u"narrative.sqlite"_s), &s);
    QVERIFY2(db, qPrintable(s.message));
    const QMap<QString, QString> stored = Ledger(*db).narrative(m_period);
    QCOMPARE(stored.value(u"other"_s), u"其他事项"_s);
    QCOMPARE(stored.value(u"overview.intro"_s), u"改过的导语"_s);
    QVERIFY(!stored.contains(u"overview.proactive"_s));
}

QTEST_MAIN(TestGuiNarrative)
#include "tst_gui_narrative.moc"
