#pragma once
// The report as content, before any layout: title, headings, paragraphs, the tables as grids with
// their merged cells, and the 落款. The PDF, the printed page, the portal HTML and the plain-text
// twin are all drawn from this one model.

#include "reportdata.h"
#include "tablegrid.h"

#include <QDateTime>

#include <memory>
#include <optional>

namespace nianbao {

struct ContentCell {
    int row = 0;
    int column = 0;
    int rowSpan = 1;
    int columnSpan = 1;
    GridCell::Kind kind = GridCell::Kind::Blank;
    QString text;
    // A value cell's figure, in units of 10^-decimals (for spreadsheets, which need the number).
    std::optional<qint64> raw = std::nullopt;
    int decimals = 0;
};

struct ContentTable {
    QString key;
    QString caption;                        // e.g. （本期）; empty for the annual report
    int rows = 0;
    int columns = 0;
    int labelColumns = 0;
    std::vector<ContentCell> cells;         // top-left positions of merged cells, row by row
    std::vector<std::pair<int, int>> blocks; // per block: first row, and how many rows head it
    std::vector<int> blockEnds;             // per block: one past its last row
    std::vector<bool> blockBreakBefore;     // per block: starts on a new page (set by pagination)

    // Divides the block holding `row` before that row: the rest becomes a block of its own that
    // repeats the block's band and header rows, and labels spanning the cut are repeated.
    // Returns false when the cut would leave the first part without a row of figures.
    bool splitBefore(int row);

    // Each column's share of the table's width, in percent, as printed: one label column takes
    // about a third; with three (三、 → （三） → 1.), the outer holds a few characters a line, the
    // middle one a （三）-style group name, the inner the long official labels; figures share
    // the rest.
    QList<double> columnShares() const;
};

struct ContentBlock {
    enum class Kind { Heading1, Heading2, Paragraph, Table };
    Kind kind = Kind::Paragraph;
    QString text;
    std::shared_ptr<ContentTable> table;
    bool breakBefore = false;               // starts on a new page (set by pagination)
};

struct ReportContent {
    QStringList titleLines;
    QString documentTitle;                  // for the PDF's metadata
    std::vector<ContentBlock> blocks;
    QString signatory;                      // 署名: the organization
    QString date;                           // 成文日期, e.g. 2022年2月8日; may be empty
    // A signed report: the signer's line under the 成文日期 (see signatureLine), and the office's
    // seal image (PNG or JPEG bytes) pressed on the 署名 and 成文日期; both empty when unsigned.
    QString signature;
    QByteArray seal;
};

// The annual report; for a quarter, each table is given for the quarter (本期) and, when
// yearToDate is given, again for the year so far (本年累计).
ReportContent buildReportContent(const ReportData &report, const Figures *yearToDate = nullptr);

// The plain-text twin, for golden tests and for reading.
QString reportPlainText(const ReportContent &content);
// Every piece of text in the order it is drawn; with whitespace removed and joined, it is what a
// PDF of the report must give back.
QStringList reportTextRuns(const ReportContent &content);
// The signer's line of a signed report: 数字签名：name title, and the signing time in local time
// with its offset from UTC, e.g. 数字签名：张三 主任 2026年11月28日 19:40 UTC+8.
QString signatureLine(const QString &name, const QString &title, const QDateTime &signedAt);
// 2022年2月8日: full year, no leading zeros.
QString officialDate(const QDate &date);

} // namespace nianbao
