// The report as a PDF, read back with poppler-utils as any reader would: every font embedded and
// none of them a Type 3 font or a fallback face, A4 pages, the text of the report and nothing else
// (a table divided across pages repeats its header), no Kangxi radical or compatibility ideograph
// in place of an ideograph, every word inside the margins and the page numbers below the text
// block, no table row divided between two pages, a page count that is stable and recorded here,
// and the title and creator in the metadata.
//
// The page counts change only with the layout: re-record kPageCounts on purpose when it does.

#include "pdfwriter.h"
#include "reportfonts.h"
#include "reportlayout.h"
#include "reportpdftest.h"

#include <QBuffer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

using namespace reportpdftest;

namespace {

// Pages of each document as laid out now. Re-record on purpose when the layout changes.
const std::map<QString, int> kPageCounts = {
    {u"2019_jiading_chengguan"_s, 10},
    {u"2021_pingtan"_s, 7},
    {u"2024_huaian"_s, 6},
    {u"2024_huaian_q2"_s, 9},
};

constexpr double kPointsPerMm = 72.0 / 25.4;
// pdftotext gives word boxes from advance widths and the font's ascent and descent; a word may
// reach this far (0.18 mm) past a margin from rounding.
constexpr double kSlackPt = 0.5;

// Defects these checks find in the layout or in Qt, reported and not yet mended. Each makes one
// check of one document an expected failure (XFAIL); once the defect is gone the check passes
// unexpectedly (XPASS), which fails the test, so that its line here is removed.
struct KnownDefect {
    const char *check;
    const char16_t *document;
    const char *reason;
};

constexpr KnownDefect kKnownDefects[] = {
    {"", u"", nullptr}, // none known; add a line here (and remove it once fixed) when a check finds one
};

// The reason a check of a document is known to fail, or null.
const char *knownDefect(const char *check, const QString &document)
{
    for (const KnownDefect &d : kKnownDefects)
        if (qstrcmp(d.check, check) == 0 && document == QStringView(d.document))
            return d.reason;
    return nullptr;
}

// What the layout puts on each page, and what it does wrong, measured in what it laid out.
struct LayoutFacts {
    ReportContent content;                 // as paginated: divided tables repeat their headers
    int pages = 0;
    QStringList pageText;                  // per page, whitespace removed
    QStringList splitRows;                 // table rows (or spanning cells) on two pages, lines off the pages
    QStringList orphanHeadings;            // headings that end a page while their text starts the next
    struct LineStart {
        int page;
        QRectF rect;                       // the line's text, in points from the page's top-left corner
        QString text;
    };
    std::vector<LineStart> lineStarts;     // every line of text as the layout placed it
};

QString pagesText(const std::set<int> &pages)
{
    QStringList s;
    for (int p : pages)
        s << QString::number(p + 1);
    return s.join(u", "_s);
}

// Every cell of a table row on one page, and a label spanning rows on the page of those rows.
void checkTables(const QList<LaidText> &laid, QStringList *problems)
{
    using Row = std::pair<int, int>; // content block, row of its table
    std::map<Row, std::set<int>> rowPages;
    std::map<Row, QString> rowName;
    for (const LaidText &t : laid) {
        if (t.tablePart < 0)
            continue;
        const Row row{t.block, t.row};
        if (rowName[row].isEmpty())
            rowName[row] = t.text.trimmed();
        if (t.rowSpan == 1)
            rowPages[row].insert(t.page);
    }
    for (const auto &[row, pages] : rowPages)
        if (pages.size() > 1)
            *problems << u"the row “%1” is on pages %2"_s.arg(rowName[row], pagesText(pages));
    for (const LaidText &t : laid) {
        if (t.tablePart < 0 || t.rowSpan == 1)
            continue;
        std::set<int> pages{t.page};
        for (int r = t.row; r < t.row + t.rowSpan; ++r) {
            const auto it = rowPages.find({t.block, r});
            if (it != rowPages.end())
                pages.insert(it->second.begin(), it->second.end());
        }
        if (pages.size() > 1)
            *problems << u"the label “%1” spans rows on pages %2"_s.arg(t.text, pagesText(pages));
    }
}

LayoutFacts analyseLayout(const ReportContent &content)
{
    LayoutFacts facts;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUpAsThePdfWriter(writer);
    const ReportLayout layout(content, ReportFonts::load(), &writer);
    facts.content = layout.content();
    facts.pages = layout.pageCount();
    const QRectF area = layout.textArea();
    const QList<LaidText> laid = layout.laidText();

    // Each line on its page, by where its middle is.
    facts.pageText = QStringList(qsizetype(facts.pages), QString());
    const double toPoints = 1 / layout.pt(1);
    for (const LaidText &t : laid)
        if (!t.text.trimmed().isEmpty())
            facts.lineStarts.push_back({t.page,
                                        QRectF(t.rect.topLeft() * toPoints, t.rect.size() * toPoints),
                                        t.text.trimmed()});
    for (const LaidText &t : laid) {
        const double middle = t.rect.center().y();
        if (t.page < 0 || t.page >= facts.pages || middle < area.top() || middle > area.bottom()) {
            facts.splitRows << u"a line outside the text block of every page: %1"_s.arg(t.text);
            continue;
        }
        facts.pageText[t.page] += withoutSpace(t.text);
    }
    checkTables(laid, &facts.splitRows);

    // A heading whose last line ends a page while what follows starts the next.
    for (qsizetype i = 0; i < laid.size(); ++i) {
        const int block = laid[i].block;
        if (block < 0 || laid[i].tablePart >= 0)
            continue;
        const ContentBlock::Kind kind = facts.content.blocks[size_t(block)].kind;
        if (kind != ContentBlock::Kind::Heading1 && kind != ContentBlock::Kind::Heading2)
            continue;
        if (i + 1 < laid.size() && laid[i + 1].block == block)
            continue; // not its last line
        if (i + 1 < laid.size() && laid[i + 1].page > laid[i].page)
            facts.orphanHeadings << u"“%1” ends page %2"_s.arg(facts.content.blocks[size_t(block)].text).arg(laid[i].page + 1);
    }
    return facts;
}

struct Rendered {
    QString path;
    int pages = 0;                 // as writeReportPdf reports them
    LayoutFacts layout;
    QString raw;                   // pdftotext -raw
    std::vector<Page> boxes;       // pdftotext -raw -bbox: the same words, in the same order, with their boxes
};

// Where a word of a page lies: in the text block (the 版心), below it where the page number goes,
// or anywhere else.
enum class Zone { Body, PageNumber, Outside };

Zone zoneOf(const Word &w)
{
    const double left = 28 * kPointsPerMm - kSlackPt;
    const double right = (210 - 26) * kPointsPerMm + kSlackPt;
    const double top = 37 * kPointsPerMm - kSlackPt;
    const double bottom = (297 - 35) * kPointsPerMm + kSlackPt;
    if (w.yMin > bottom)
        return Zone::PageNumber;
    if (w.xMin >= left && w.xMax <= right && w.yMin >= top && w.yMax <= bottom)
        return Zone::Body;
    return Zone::Outside;
}

// The words of one page in a zone, joined, whitespace removed.
QString zoneText(const Page &page, Zone zone)
{
    QString text;
    for (const Word &w : page.words)
        if (zoneOf(w) == zone)
            text += withoutSpace(w.text);
    return text;
}

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fontsEmbedded_data() { documents(); }
    void fontsEmbedded();
    void pagesAreA4_data() { documents(); }
    void pagesAreA4();
    void metadata_data() { documents(); }
    void metadata();
    void textIsTheReport_data() { documents(); }
    void textIsTheReport();
    void textOfEachPage_data() { documents(); }
    void textOfEachPage();
    void noRadicals_data() { documents(); }
    void noRadicals();
    void insideTheMargins_data() { documents(); }
    void insideTheMargins();
    void pageNumbers_data() { documents(); }
    void pageNumbers();
    void linesWhereLaidOut_data() { documents(); }
    void linesWhereLaidOut();
    void noRowOnTwoPages_data() { documents(); }
    void noRowOnTwoPages();
    void noOrphanHeadings_data() { documents(); }
    void noOrphanHeadings();
    void pageCountStable_data() { documents(); }
    void pageCountStable();

private:
    void documents();
    QString tool(const QString &name) const { return m_tools.value(name); }

    QTemporaryDir m_dir;
    QHash<QString, QString> m_tools;
    std::map<QString, ReportContent> m_content;
    std::map<QString, Rendered> m_rendered;
};

void TestReportPdf::initTestCase()
{
    for (const QString &name : {u"pdftotext"_s, u"pdffonts"_s, u"pdfinfo"_s}) {
        const QString path = QStandardPaths::findExecutable(name);
        if (path.isEmpty())
            QSKIP(qPrintable(name + u" (poppler-utils) is not installed"_s));
        m_tools.insert(name, path);
    }
    QVERIFY2(ReportFonts::load().ok(), qPrintable(ReportFonts::load().error));
    QVERIFY(m_dir.isValid());
    for (const QString &name : {u"2019_jiading_chengguan"_s, u"2021_pingtan"_s, u"2024_huaian"_s})
        m_content[name] = buildReportContent(loadSample(name));
    m_content[u"2024_huaian_q2"_s] = quarterContent();

    for (const auto &[name, content] : m_content) {
        Rendered r;
        r.path = m_dir.filePath(name + u".pdf"_s);
        const PdfResult written = writeReportPdf(content, r.path);
        QVERIFY2(written.ok, qPrintable(written.error));
        r.pages = written.pages;
        r.layout = analyseLayout(content);
        const Tool raw = runTool(tool(u"pdftotext"_s), {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, r.path, u"-"_s});
        QVERIFY2(raw.ok, qPrintable(raw.err));
        r.raw = QString::fromUtf8(raw.out);
        const Tool boxes = runTool(tool(u"pdftotext"_s), {u"-raw"_s, u"-bbox"_s, u"-enc"_s, u"UTF-8"_s, r.path, u"-"_s});
        QVERIFY2(boxes.ok, qPrintable(boxes.err));
        r.boxes = parseBoxes(QString::fromUtf8(boxes.out));
        m_rendered[name] = std::move(r);
    }
}

void TestReportPdf::documents()
{
    QTest::addColumn<QString>("name");
    for (const auto &[name, content] : m_content)
        QTest::newRow(qPrintable(name)) << name;
}

void TestReportPdf::fontsEmbedded()
{
    QFETCH(QString, name);
    const Tool t = runTool(tool(u"pdffonts"_s), {m_rendered[name].path});
    QVERIFY2(t.ok, qPrintable(t.err));
    const QStringList lines = QString::fromUtf8(t.out).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 3);
    // Columns are found from the rule under the heading: name, type, encoding, emb, sub, uni, object.
    const QString rule = lines.at(1);
    QList<std::pair<qsizetype, qsizetype>> columns;
    for (qsizetype i = 0; i < rule.size();) {
        if (rule.at(i) != u'-') {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < rule.size() && rule.at(i) == u'-')
            ++i;
        columns.append({start, i - start});
    }
    QCOMPARE(columns.size(), 7);
    QCOMPARE(lines.at(0).mid(columns[3].first, columns[3].second).trimmed(), u"emb"_s);
    std::set<QString> names;
    for (const QString &line : lines.mid(2)) {
        auto field = [&](int c) {
            return c + 1 < columns.size() ? line.mid(columns[c].first, columns[c + 1].first - columns[c].first).trimmed()
                                          : line.mid(columns[c].first).trimmed();
        };
        const QString font = field(0);
        QVERIFY2(field(3) == u"yes"_s, qPrintable(u"not embedded: "_s + line));
        QVERIFY2(!field(1).contains(u"Type 3"_s), qPrintable(u"a Type 3 font: "_s + line));
        // Subset fonts are named ABCDEF+Name.
        const QString base = font.section(u'+', -1);
        names.insert(base);
        // Only the faces the report chose, never a fallback face found by fontconfig.
        QVERIFY2(base.startsWith(u"NianbaoSerif-"_s) || base.startsWith(u"NianbaoSans-"_s) || base == u"UKaiCN"_s,
                 qPrintable(u"a face the report did not choose: "_s + line));
        // Each a subset of the face's own outlines (CFF for the derived faces, TrueType for the
        // 楷体), mapped back to text, under an Identity-H encoding.
        QCOMPARE(field(1), base == u"UKaiCN"_s ? u"CID TrueType"_s : u"CID Type 0C"_s);
        QCOMPARE(field(2), u"Identity-H"_s);
        QVERIFY2(field(4) == u"yes"_s && field(5) == u"yes"_s, qPrintable(u"not a subset with a text map: "_s + line));
        QVERIFY2(font.indexOf(u'+') == 6, qPrintable(line));
    }
    QVERIFY(names.count(u"NianbaoSerif-Regular"_s));
    QVERIFY(names.count(u"NianbaoSerif-Bold"_s));
    QVERIFY(names.count(u"NianbaoSans-Bold"_s));
}

void TestReportPdf::pagesAreA4()
{
    QFETCH(QString, name);
    const Rendered &r = m_rendered[name];
    const Tool t = runTool(tool(u"pdfinfo"_s), {u"-f"_s, u"1"_s, u"-l"_s, QString::number(r.pages), r.path});
    QVERIFY2(t.ok, qPrintable(t.err));
    static const QRegularExpression size(uR"(^Page\s+(\d+) size:\s+([0-9.]+) x ([0-9.]+) pts(.*)$)"_s,
                                         QRegularExpression::MultilineOption);
    int seen = 0;
    for (auto it = size.globalMatch(QString::fromUtf8(t.out)); it.hasNext();) {
        const auto m = it.next();
        ++seen;
        QCOMPARE(m.captured(1).toInt(), seen);
        const double w = m.captured(2).toDouble();
        const double h = m.captured(3).toDouble();
        QVERIFY2(std::abs(w - 595.28) < 0.3 && std::abs(h - 841.89) < 0.2,
                 qPrintable(u"page %1 is %2 x %3 pt"_s.arg(seen).arg(w).arg(h)));
        QVERIFY2(m.captured(4).contains(u"(A4)"_s), qPrintable(m.captured()));
    }
    QCOMPARE(seen, r.pages);
    QCOMPARE(int(r.boxes.size()), r.pages);
}

void TestReportPdf::metadata()
{
    QFETCH(QString, name);
    const Rendered &r = m_rendered[name];
    const Tool t = runTool(tool(u"pdfinfo"_s), {r.path});
    QVERIFY2(t.ok, qPrintable(t.err));
    QMap<QString, QString> info;
    for (const QString &line : QString::fromUtf8(t.out).split(u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            info.insert(line.left(colon), line.mid(colon + 1).trimmed());
    }
    if (name.endsWith(u"_q2"_s)) {
        QCOMPARE(info.value(u"Title"_s), u"淮安市人民政府2024年第2季度政府信息公开工作情况"_s);
    } else {
        const ReportData report = loadSample(name);
        QCOMPARE(info.value(u"Title"_s),
                 report.organization.name + QString::number(report.year) + u"年政府信息公开工作年度报告"_s);
    }
    QCOMPARE(info.value(u"Title"_s), m_content[name].documentTitle);
    QVERIFY2(info.value(u"Creator"_s).startsWith(u"Nianbao"_s), qPrintable(info.value(u"Creator"_s)));
    QCOMPARE(info.value(u"Pages"_s).toInt(), r.pages);
}

void TestReportPdf::textIsTheReport()
{
    QFETCH(QString, name);
    const Rendered &r = m_rendered[name];
    // The words with their boxes are the words of `pdftotext -raw`, in the same order.
    QString words;
    for (const Page &p : r.boxes)
        for (const Word &w : p.words)
            words += withoutSpace(w.text);
    QCOMPARE(words, withoutSpace(r.raw));
    // The text block of every page, one after the other, is the report's text; what lies outside
    // the text block is checked by insideTheMargins and pageNumbers.
    QString actual;
    for (const Page &p : r.boxes)
        actual += zoneText(p, Zone::Body);
    const QString expected = withoutSpace(reportTextRuns(r.layout.content).join(QString()));
    if (const char *why = knownDefect("text", name))
        QEXPECT_FAIL("", why, Continue);
    if (actual != expected) {
        qsizetype i = 0;
        while (i < actual.size() && i < expected.size() && actual.at(i) == expected.at(i))
            ++i;
        QVERIFY2(false, qPrintable(u"the PDF's text differs from the report at character %1:\n--- PDF\n%2\n--- report\n%3"_s
                                       .arg(i)
                                       .arg(actual.mid(std::max<qsizetype>(0, i - 30), 90),
                                            expected.mid(std::max<qsizetype>(0, i - 30), 90))));
    }
}

void TestReportPdf::textOfEachPage()
{
    QFETCH(QString, name);
    const Rendered &r = m_rendered[name];
    QCOMPARE(int(r.boxes.size()), r.layout.pages);
    QStringList problems;
    for (int p = 0; p < int(r.boxes.size()); ++p) {
        const QString actual = zoneText(r.boxes[size_t(p)], Zone::Body);
        const QString expected = r.layout.pageText.value(p);
        if (actual != expected) {
            qsizetype i = 0;
            while (i < actual.size() && i < expected.size() && actual.at(i) == expected.at(i))
                ++i;
            problems << u"page %1 at character %2:\n  PDF:    %3\n  layout: %4"_s.arg(p + 1).arg(i).arg(
                actual.mid(std::max<qsizetype>(0, i - 20), 60), expected.mid(std::max<qsizetype>(0, i - 20), 60));
        }
    }
    if (const char *why = knownDefect("pageText", name))
        QEXPECT_FAIL("", why, Continue);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestReportPdf::noRadicals()
{
    QFETCH(QString, name);
    const Rendered &r = m_rendered[name];
    QString all = r.raw;
    for (const Page &p : r.boxes)
        for (const Word &w : p.words)
            all += w.text;
    for (const char32_t c : all.toUcs4())
        QVERIFY2(!((c >= 0x2E80 && c <= 0x2FDF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F)),
                 qPrintable(u"U+%1 in the text"_s.arg(qulonglong(c), 4, 16, QChar(u'0')).toUpper()));
    // The ideographs that Noto draws with a radical's glyph come back as themselves.
    QVERIFY(all.contains(u"工作"_s));
    QVERIFY(all.contains(u"行政"_s));
}

void TestReportPdf::insideTheMargins()
{
    QFETCH(QString, name);
    const Rendered &r = m_rendered[name];
    const double top = 37 * kPointsPerMm - kSlackPt;
    QStringList problems;
    QStringList copies;
    for (size_t p = 0; p < r.boxes.size(); ++p) {
        // A line drawn again above the text block of the next page (as Qt 6.4's QTextLayout::draw
        // does with the last line of a paragraph's part, where a clip hides it on paper) is
        // told apart from any other word outside the margins: the PDF must have neither.
        QString above;
        for (const Word &w : r.boxes[p].words)
            if (zoneOf(w) == Zone::Outside && w.yMax <= top)
                above += withoutSpace(w.text);
        const bool hiddenCopy = p > 0 && !above.isEmpty() && zoneText(r.boxes[p - 1], Zone::Body).endsWith(above);
        for (const Word &w : r.boxes[p].words) {
            if (zoneOf(w) != Zone::Outside)
                continue;
            const QString where = u"page %1: “%2” at x %3–%4 mm, y %5–%6 mm"_s.arg(p + 1)
                                      .arg(w.text)
                                      .arg(w.xMin / kPointsPerMm, 0, 'f', 2)
                                      .arg(w.xMax / kPointsPerMm, 0, 'f', 2)
                                      .arg(w.yMin / kPointsPerMm, 0, 'f', 2)
                                      .arg(w.yMax / kPointsPerMm, 0, 'f', 2);
            (hiddenCopy && w.yMax <= top ? copies : problems) << where;
        }
    }
    if (const char *why = knownDefect("margins", name))
        QEXPECT_FAIL("", why, Continue);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    if (const char *why = knownDefect("hiddenCopies", name))
        QEXPECT_FAIL("", why, Continue);
    QVERIFY2(copies.isEmpty(), qPrintable(copies.join(u'\n')));
}

void TestReportPdf::pageNumbers()
{
    QFETCH(QString, name);
    const Rendered &r = m_rendered[name];
    const double blockBottom = (297 - 35) * kPointsPerMm;
    const double inset = 14; // one character of the 4号 number
    for (size_t p = 0; p < r.boxes.size(); ++p) {
        const Page &page = r.boxes[p];
        QString text;
        double xMin = page.width, xMax = 0;
        for (const Word &w : page.words) {
            if (zoneOf(w) != Zone::PageNumber)
                continue;
            text += w.text;
            xMin = std::min(xMin, w.xMin);
            xMax = std::max(xMax, w.xMax);
            QVERIFY2(w.yMin >= blockBottom + 6 * kPointsPerMm,
                     qPrintable(u"page %1: “%2” starts %3 mm below the text block"_s.arg(p + 1).arg(w.text).arg(
                         (w.yMin - blockBottom) / kPointsPerMm)));
            QVERIFY2(w.yMax <= page.height && w.xMin >= 0 && w.xMax <= page.width,
                     qPrintable(u"page %1: “%2” leaves the page"_s.arg(p + 1).arg(w.text)));
        }
        // Only the number, between two 一字线, is below the text block.
        QCOMPARE(text, u"—%1—"_s.arg(p + 1));
        // 单页码居右空一字，双页码居左空一字.
        if ((p + 1) % 2 == 1)
            QVERIFY2(std::abs(xMax - ((210 - 26) * kPointsPerMm - inset)) < 1.0,
                     qPrintable(u"page %1: the number ends at %2 mm"_s.arg(p + 1).arg(xMax / kPointsPerMm)));
        else
            QVERIFY2(std::abs(xMin - (28 * kPointsPerMm + inset)) < 1.0,
                     qPrintable(u"page %1: the number starts at %2 mm"_s.arg(p + 1).arg(xMin / kPointsPerMm)));
    }
}

void TestReportPdf::linesWhereLaidOut()
{
    // Every line's first word starts in the PDF where the layout put the line (the same place
    // on paper and in the preview), on its page and within its line's height.
    QFETCH(QString, name);
    const Rendered &r = m_rendered[name];
    QStringList misplaced;
    for (const LayoutFacts::LineStart &line : r.layout.lineStarts) {
        QVERIFY(line.page >= 0 && size_t(line.page) < r.boxes.size());
        const auto &words = r.boxes[size_t(line.page)].words;
        const bool found = std::any_of(words.cbegin(), words.cend(), [&](const Word &w) {
            const double middle = (w.yMin + w.yMax) / 2;
            return std::abs(w.xMin - line.rect.left()) < 0.2 && middle > line.rect.top() && middle < line.rect.bottom()
                && line.text.startsWith(w.text.left(1));
        });
        if (!found)
            misplaced << u"page %1: “%2” laid out at x %3 pt, y %4–%5 pt"_s.arg(line.page + 1)
                             .arg(line.text)
                             .arg(line.rect.left(), 0, 'f', 2)
                             .arg(line.rect.top(), 0, 'f', 2)
                             .arg(line.rect.bottom(), 0, 'f', 2);
    }
    QVERIFY(!r.layout.lineStarts.empty());
    QVERIFY2(misplaced.isEmpty(), qPrintable(misplaced.join(u'\n')));
}

void TestReportPdf::noRowOnTwoPages()
{
    QFETCH(QString, name);
    const Rendered &r = m_rendered[name];
    if (const char *why = knownDefect("rows", name))
        QEXPECT_FAIL("", why, Continue);
    QVERIFY2(r.layout.splitRows.isEmpty(), qPrintable(r.layout.splitRows.join(u'\n')));
    // And in the PDF: each part of a table as laid out (a divided table's parts each start with
    // the header) is found whole, row labels with their figures, in the text block of one page.
    QStringList pages;
    for (const Page &p : r.boxes)
        pages << zoneText(p, Zone::Body);
    QStringList broken;
    for (const ContentBlock &b : r.layout.content.blocks) {
        if (!b.table)
            continue;
        const ContentTable &t = *b.table;
        for (size_t k = 0; k < t.blocks.size(); ++k) {
            QString part;
            for (const ContentCell &c : t.cells)
                if (c.row >= t.blocks[k].first && c.row < t.blockEnds[k])
                    part += withoutSpace(c.text);
            if (std::none_of(pages.cbegin(), pages.cend(), [&](const QString &p) { return p.contains(part); }))
                broken << u"%1 %2, part %3: %4…"_s.arg(t.key, t.caption).arg(k).arg(part.left(40));
        }
    }
    if (const char *why = knownDefect("rows", name))
        QEXPECT_FAIL("", why, Continue);
    QVERIFY2(broken.isEmpty(), qPrintable(u"not whole on any page:\n"_s + broken.join(u'\n')));
}

void TestReportPdf::noOrphanHeadings()
{
    QFETCH(QString, name);
    const Rendered &r = m_rendered[name];
    if (const char *why = knownDefect("orphans", name))
        QEXPECT_FAIL("", why, Continue);
    QVERIFY2(r.layout.orphanHeadings.isEmpty(), qPrintable(r.layout.orphanHeadings.join(u'\n')));
}

void TestReportPdf::pageCountStable()
{
    QFETCH(QString, name);
    const Rendered &r = m_rendered[name];
    QCOMPARE(r.pages, r.layout.pages);
    int again = 0;
    QString error;
    const QByteArray bytes = reportPdfBytes(m_content[name], &error, &again);
    QVERIFY2(!bytes.isEmpty(), qPrintable(error));
    QVERIFY(bytes.startsWith("%PDF-"));
    QCOMPARE(again, r.pages);
    QVERIFY2(kPageCounts.count(name), qPrintable(u"no page count recorded for "_s + name));
    QCOMPARE(r.pages, kPageCounts.at(name));
}

QTEST_MAIN(TestReportPdf)
#include "tst_report_pdf.moc"
