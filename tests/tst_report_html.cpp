// The report as HTML, read back as XML: a UTF-8 page in Chinese with a title, no script, style
// block, class or outside resource; every table in the content model comes out as one <table>
// whose cells sit at the model's positions with its row and column spans and texts (worked out
// as a browser does, from the rowspans above), values right-aligned and bands shaded; captions
// (or else the section heading) right before their tables; and the page's text is the report's text, run for run. The
// fragment for the clipboard is the page's body. Text with markup characters is escaped.

#include "interchange.h"
#include "reportcontent.h"
#include "reporthtml.h"

#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

#include <map>

using namespace Qt::StringLiterals;
using namespace nianbao;

namespace {

const QString kSamples = QStringLiteral(NIANBAO_SOURCE_DIR) + u"/resources/samples/"_s;

ReportData loadSample(const QString &name)
{
    QFile f(kSamples + name + u".json"_s);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample %s", qPrintable(f.fileName()));
    const InterchangeResult r = readInterchange(f.readAll());
    if (!r.report)
        qFatal("the sample %s does not read: %s", qPrintable(name), qPrintable(r.error));
    return *r.report;
}

// The second quarter of 2024 in Huai'an, with the year so far as the quarter's figures doubled.
ReportContent quarterContent()
{
    const ReportData annual = loadSample(u"2024_huaian"_s);
    ReportData q = annual;
    q.quarter = 2;
    Figures ytd = annual.figures;
    for (const CellDef &cell : annual.format()->cells)
        if (const auto v = annual.figures.value(cell.index))
            ytd.set(cell.index, *v * 2);
    return buildReportContent(q, &ytd);
}

QString noSpace(const QString &s)
{
    QString out;
    for (QChar c : s)
        if (!c.isSpace())
            out += c;
    return out;
}

struct HtmlCell {
    int row = 0, column = 0, rowSpan = 1, columnSpan = 1;
    QString text, style;
};

struct HtmlTable {
    QString captionBefore; // the text of the paragraph right before the table
    int rows = 0;
    std::vector<HtmlCell> cells;
};

struct ParsedPage {
    QString error;
    QStringList elements;      // every element name, in order
    QStringList attributes;    // every attribute name
    QString lang, charset, title;
    QString bodyText;          // every text inside <body>, or the whole fragment
    std::vector<HtmlTable> tables;
};

// Reads the markup as XML, placing the cells of each table on its grid as a browser does.
ParsedPage parse(const QString &markup)
{
    ParsedPage page;
    QXmlStreamReader xml(markup);
    bool inBody = !markup.contains(u"<body"_s);
    bool inTitle = false;
    QString lastParagraph, paragraph;
    HtmlTable *table = nullptr;
    HtmlCell *cell = nullptr;
    int row = -1, column = 0;
    std::map<std::pair<int, int>, bool> taken;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            const QXmlStreamAttributes attrs = xml.attributes();
            page.elements << name;
            for (const QXmlStreamAttribute &a : attrs)
                page.attributes << a.name().toString();
            if (name == u"html"_s)
                page.lang = attrs.value(u"lang"_s).toString();
            else if (name == u"meta"_s && attrs.hasAttribute(u"charset"_s))
                page.charset = attrs.value(u"charset"_s).toString();
            else if (name == u"title"_s)
                inTitle = true;
            else if (name == u"body"_s)
                inBody = true;
            else if (name == u"p"_s)
                paragraph.clear();
            else if (name == u"table"_s) {
                page.tables.push_back({lastParagraph, 0, {}});
                table = &page.tables.back();
                row = -1;
                taken.clear();
            } else if (name == u"tr"_s && table) {
                ++row;
                column = 0;
                table->rows = row + 1;
            } else if (name == u"td"_s && table) {
                while (taken[{row, column}])
                    ++column;
                HtmlCell c;
                c.row = row;
                c.column = column;
                c.rowSpan = attrs.hasAttribute(u"rowspan"_s) ? attrs.value(u"rowspan"_s).toInt() : 1;
                c.columnSpan = attrs.hasAttribute(u"colspan"_s) ? attrs.value(u"colspan"_s).toInt() : 1;
                c.style = attrs.value(u"style"_s).toString();
                for (int r = row; r < row + c.rowSpan; ++r)
                    for (int k = column; k < column + c.columnSpan; ++k)
                        taken[{r, k}] = true;
                column += c.columnSpan;
                table->cells.push_back(c);
                cell = &table->cells.back();
            }
        } else if (xml.isEndElement()) {
            const QString name = xml.name().toString();
            if (name == u"title"_s)
                inTitle = false;
            else if (name == u"p"_s)
                lastParagraph = paragraph;
            else if (name == u"td"_s)
                cell = nullptr;
            else if (name == u"table"_s) {
                table = nullptr;
                lastParagraph.clear();
            } else if (name == u"h1"_s)
                lastParagraph.clear();
        } else if (xml.isCharacters()) {
            const QString text = xml.text().toString();
            if (inTitle)
                page.title += text;
            if (inBody)
                page.bodyText += text;
            paragraph += text;
            if (cell)
                cell->text += text;
        }
    }
    if (xml.hasError())
        page.error = u"%1 at line %2 column %3"_s.arg(xml.errorString()).arg(xml.lineNumber()).arg(xml.columnNumber());
    return page;
}

std::vector<const ContentTable *> tablesOf(const ReportContent &c)
{
    std::vector<const ContentTable *> out;
    for (const ContentBlock &b : c.blocks)
        if (b.kind == ContentBlock::Kind::Table)
            out.push_back(b.table.get());
    return out;
}

} // namespace

class TestReportHtml : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void page_data() { documents(); }
    void page();
    void tables_data() { documents(); }
    void tables();
    void textIsTheReport_data() { documents(); }
    void textIsTheReport();
    void fragmentIsTheBody_data() { documents(); }
    void fragmentIsTheBody();
    void quarterHasBothTables();
    void textIsEscaped();

private:
    void documents();
    std::map<QString, ReportContent> m_content;
    std::map<QString, QString> m_html;
};

void TestReportHtml::initTestCase()
{
    for (const QString &name : {u"2019_jiading_chengguan"_s, u"2021_pingtan"_s, u"2024_huaian"_s})
        m_content[name] = buildReportContent(loadSample(name));
    m_content[u"2024_huaian_q2"_s] = quarterContent();
    for (const auto &[name, content] : m_content) {
        const QByteArray bytes = reportHtmlPage(content);
        const QString text = QString::fromUtf8(bytes);
        QCOMPARE(text.toUtf8(), bytes); // valid UTF-8
        m_html[name] = text;
    }
}

void TestReportHtml::documents()
{
    QTest::addColumn<QString>("name");
    for (const auto &[name, content] : m_content)
        QTest::newRow(qPrintable(name)) << name;
}

void TestReportHtml::page()
{
    QFETCH(QString, name);
    const QString &html = m_html.at(name);
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
    const ParsedPage p = parse(html);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.lang, u"zh-CN"_s);
    QCOMPARE(p.charset.toLower(), u"utf-8"_s);
    QCOMPARE(p.title, m_content.at(name).documentTitle);
    // Portal editors keep inline styles only; nothing is run or fetched.
    for (const QString &banned : {u"script"_s, u"style"_s, u"link"_s, u"img"_s, u"iframe"_s, u"object"_s})
        QVERIFY2(!p.elements.contains(banned), qPrintable(banned));
    for (const QString &banned : {u"class"_s, u"id"_s, u"src"_s, u"href"_s})
        QVERIFY2(!p.attributes.contains(banned), qPrintable(banned));
    QVERIFY(!html.contains(u"url("_s));
    QVERIFY(!html.contains(u"javascript:"_s, Qt::CaseInsensitive));
}

void TestReportHtml::tables()
{
    QFETCH(QString, name);
    const ParsedPage p = parse(m_html.at(name));
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    const std::vector<const ContentTable *> model = tablesOf(m_content.at(name));
    // Right before each table: its caption, or else the heading of its section.
    QStringList expectedBefore;
    QString lastText;
    for (const ContentBlock &b : m_content.at(name).blocks) {
        if (b.kind == ContentBlock::Kind::Table) {
            expectedBefore << (b.table->caption.isEmpty() ? lastText : b.table->caption);
            lastText.clear();
        } else {
            lastText = b.text;
        }
    }
    QCOMPARE(p.tables.size(), model.size());
    for (size_t t = 0; t < model.size(); ++t) {
        const ContentTable &m = *model[t];
        const HtmlTable &h = p.tables[t];
        QCOMPARE(h.rows, m.rows);
        QCOMPARE(h.captionBefore, expectedBefore[t]);
        QCOMPARE(h.cells.size(), m.cells.size());
        for (size_t i = 0; i < m.cells.size(); ++i) {
            const ContentCell &mc = m.cells[i];
            const HtmlCell &hc = h.cells[i];
            const QString where = u"%1: table %2 cell %3,%4 %5"_s.arg(name).arg(m.key).arg(mc.row).arg(mc.column).arg(mc.text);
            QVERIFY2(hc.row == mc.row && hc.column == mc.column, qPrintable(where + u" placed at %1,%2"_s.arg(hc.row).arg(hc.column)));
            QVERIFY2(hc.rowSpan == mc.rowSpan && hc.columnSpan == mc.columnSpan, qPrintable(where));
            QVERIFY2(hc.text == mc.text, qPrintable(where + u" reads "_s + hc.text));
            QVERIFY2(hc.style.contains(u"border:1px solid"_s), qPrintable(where));
            if (mc.kind == GridCell::Kind::Value)
                QVERIFY2(hc.style.contains(u"text-align:right"_s), qPrintable(where));
            const bool shaded = hc.style.contains(u"background-color:rgb(198,217,241)"_s);
            QVERIFY2(shaded == (mc.kind == GridCell::Kind::Band), qPrintable(where));
        }
        // The grid is filled exactly: every row as wide as the table.
        std::vector<int> width(size_t(m.rows), 0);
        for (const HtmlCell &c : h.cells)
            for (int r = c.row; r < c.row + c.rowSpan; ++r)
                width[size_t(r)] += c.columnSpan;
        for (int r = 0; r < m.rows; ++r)
            QVERIFY2(width[size_t(r)] == m.columns, qPrintable(u"%1 row %2"_s.arg(m.key).arg(r)));
    }
}

void TestReportHtml::textIsTheReport()
{
    QFETCH(QString, name);
    const ParsedPage p = parse(m_html.at(name));
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(noSpace(p.bodyText), noSpace(reportTextRuns(m_content.at(name)).join(QString())));
}

void TestReportHtml::fragmentIsTheBody()
{
    QFETCH(QString, name);
    const QString fragment = reportHtmlFragment(m_content.at(name));
    QVERIFY(!fragment.contains(u"<html"_s) && !fragment.contains(u"<head"_s) && !fragment.contains(u"<body"_s));
    QVERIFY(fragment.trimmed().startsWith(u"<div"_s));
    QVERIFY(m_html.at(name).contains(fragment));
    const ParsedPage p = parse(fragment);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error)); // one root element
    QCOMPARE(noSpace(p.bodyText), noSpace(reportTextRuns(m_content.at(name)).join(QString())));
}

void TestReportHtml::quarterHasBothTables()
{
    const ParsedPage p = parse(m_html.at(u"2024_huaian_q2"_s));
    QCOMPARE(p.tables.size(), size_t(6));
    for (size_t t = 0; t < 6; t += 2) {
        QCOMPARE(p.tables[t].captionBefore, u"（本期）"_s);
        QCOMPARE(p.tables[t + 1].captionBefore, u"（本年累计：第1至第2季度）"_s);
    }
    // The 本年累计 figures are those of the year, not of the quarter.
    auto hasText = [](const HtmlTable &t, const QString &text) {
        return std::any_of(t.cells.begin(), t.cells.end(), [&](const HtmlCell &c) { return c.text == text; });
    };
    QVERIFY(hasText(p.tables[2], u"3119"_s));
    QVERIFY(hasText(p.tables[3], u"6238"_s));
}

void TestReportHtml::textIsEscaped()
{
    ReportContent c = m_content.at(u"2021_pingtan"_s);
    const QString nasty = u"<script>alert(\"x\")</script> & <b>粗</b> 'q'"_s;
    c.titleLines.first() = u"A&B <机关>"_s;
    c.documentTitle = u"A&B <机关>"_s;
    c.blocks.insert(c.blocks.begin(), {ContentBlock::Kind::Paragraph, nasty, nullptr});
    c.signatory = u"<i>署名</i>"_s;
    const QString html = QString::fromUtf8(reportHtmlPage(c));
    QVERIFY(!html.contains(u"<script"_s));
    QVERIFY(!html.contains(u"<b>"_s));
    const ParsedPage p = parse(html);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QVERIFY(!p.elements.contains(u"script"_s));
    QCOMPARE(p.title, u"A&B <机关>"_s);
    QVERIFY(p.bodyText.contains(nasty));
    QCOMPARE(noSpace(p.bodyText), noSpace(reportTextRuns(c).join(QString())));
}

QTEST_GUILESS_MAIN(TestReportHtml)
#include "tst_report_html.moc"
