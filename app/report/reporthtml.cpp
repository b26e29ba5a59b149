#include "reporthtml.h"

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

// Faces a reader's machine is likely to have, official ones first; the same in every editor.
const QString kBodyFont = u"font-family:'仿宋_GB2312','仿宋',FangSong,STFangsong,'Noto Serif CJK SC',serif"_s;
const QString kHeiFont = u"font-family:'黑体',SimHei,STHeiti,'Noto Sans CJK SC',sans-serif"_s;
const QString kKaiFont = u"font-family:'楷体_GB2312','楷体',KaiTi,STKaiti,'AR PL UKai CN',serif"_s;
const QString kTableFont = u"font-family:'宋体',SimSun,STSong,'Noto Serif CJK SC',serif"_s;
// One character of the 16 pt body in CSS pixels.
constexpr double kCharPx = 16 * 96.0 / 72;
// The band rows (第二十条第（X）项) are shaded as on published portals.
const QString kBandBackground = u"background-color:rgb(198,217,241)"_s;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString cellStyle(const ContentCell &c, double width)
{
    QString style = u"border:1px solid #000000;padding:3px 4px;vertical-align:middle;"_s;
    if (width > 0)
        style += u"width:%1%;"_s.arg(width, 0, 'f', 2);
    switch (c.kind) {
    case GridCell::Kind::Value:
        style += u"text-align:right"_s;
        break;
    case GridCell::Kind::RowHeader:
        style += u"text-align:left"_s;
        break;
    case GridCell::Kind::Band:
        style += u"text-align:center;font-weight:bold;"_s + kBandBackground;
        break;
    case GridCell::Kind::Corner:
    case GridCell::Kind::ColumnHeader:
    case GridCell::Kind::Blank:
        style += u"text-align:center"_s;
        break;
    }
    return style;
}

void appendTable(QString &out, const ContentTable &t)
{
    if (!t.caption.isEmpty())
        out += u"<p style=\"margin:0.8em 0 0.3em 0;text-align:center;font-size:10.5pt;"_s + kTableFont + u"\">"_s
            + esc(t.caption) + u"</p>\n"_s;
    out += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" style=\"width:100%;border-collapse:collapse;"
           "border:1px solid #000000;margin:0.5em 0 1em 0;font-size:10.5pt;line-height:1.5;"_s
        + kTableFont + u"\">\n"_s;
    // The widths go on the columns (as attribute too, which LibreOffice reads) and again on the
    // first cell of each column that spans no other, for editors that drop <colgroup> and for
    // Qt's rich text, which ignores it. valign too, for readers that skip the style.
    const QList<double> shares = t.columnShares();
    out += u"<colgroup>"_s;
    for (double share : shares)
        out += u"<col width=\"%1%\" style=\"width:%2%\"/>"_s.arg(qRound(share)).arg(share, 0, 'f', 2);
    out += u"</colgroup>\n<tbody>\n"_s;
    std::vector<bool> sized(size_t(t.columns), false);
    // Cells are given row by row at their top-left positions; a row wholly covered by cells from
    // above still gets its (empty) <tr>, so that every rowspan counts the right rows.
    size_t i = 0;
    for (int row = 0; row < t.rows; ++row) {
        out += u"<tr>"_s;
        for (; i < t.cells.size() && t.cells[i].row == row; ++i) {
            const ContentCell &c = t.cells[i];
            out += u"<td valign=\"middle\""_s;
            if (c.rowSpan > 1)
                out += u" rowspan=\"%1\""_s.arg(c.rowSpan);
            if (c.columnSpan > 1)
                out += u" colspan=\"%1\""_s.arg(c.columnSpan);
            double width = 0;
            if (c.columnSpan == 1 && c.column < t.columns && !sized[size_t(c.column)]) {
                sized[size_t(c.column)] = true;
                width = shares.value(c.column);
                out += u" width=\"%1%\""_s.arg(qRound(width));
            }
            out += u" style=\""_s + cellStyle(c, width) + u"\">"_s + esc(c.text) + u"</td>"_s;
        }
        out += u"</tr>\n"_s;
    }
    out += u"</tbody>\n</table>\n"_s;
}

// Width in characters of the body face: an ideograph is one, a digit or Latin letter half.
double emWidth(const QString &text)
{
    double width = 0;
    for (QChar c : text)
        width += c.unicode() < 0x2E80 ? 0.5 : 1;
    return width;
}

} // namespace

QString reportHtmlFragment(const ReportContent &content)
{
    QString out = u"<div style=\"max-width:820px;margin:0 auto;color:#000000;font-size:16pt;line-height:1.75;"_s
        + kBodyFont + u"\">\n"_s;
    out += u"<h1 style=\"margin:0 0 1em 0;text-align:center;font-size:22pt;font-weight:bold;line-height:1.5;"
           "font-family:'方正小标宋简体','华文中宋',STZhongsong,'Noto Serif CJK SC',serif\">"_s;
    for (qsizetype l = 0; l < content.titleLines.size(); ++l)
        out += (l ? u"<br/>"_s : QString()) + esc(content.titleLines[l]);
    out += u"</h1>\n"_s;
    // Indents in pixels (two characters of 16 pt: 43 px), which every editor and Qt's rich text read;
    // headings as styled paragraphs, since portal themes restyle <h2> and <h3>.
    const QString indented = u"margin:0;text-indent:43px;font-size:16pt;line-height:1.75;"_s;
    for (const ContentBlock &b : content.blocks) {
        switch (b.kind) {
        case ContentBlock::Kind::Heading1:
            out += u"<p style=\""_s + indented + u"font-weight:normal;"_s + kHeiFont + u"\">"_s + esc(b.text)
                + u"</p>\n"_s;
            break;
        case ContentBlock::Kind::Heading2:
            out += u"<p style=\""_s + indented + u"font-weight:normal;"_s + kKaiFont + u"\">"_s + esc(b.text)
                + u"</p>\n"_s;
            break;
        case ContentBlock::Kind::Paragraph:
            out += u"<p style=\""_s + indented + u"text-align:justify\">"_s + esc(b.text) + u"</p>\n"_s;
            break;
        case ContentBlock::Kind::Table:
            appendTable(out, *b.table);
            break;
        }
    }
    // 落款, as in the printed report: after an empty line, the organization two characters in
    // from the right, the date under it starting two characters further right (or, when the date
    // is the longer, the date two characters in and the organization centred over it). Two
    // right-aligned paragraphs with right margins survive every editor.
    const double orgWidth = emWidth(content.signatory);
    const double dateWidth = emWidth(content.date);
    double orgRight = 2;
    double dateRight = orgRight + orgWidth - 2 - dateWidth;
    if (dateRight < 2) {
        dateRight = 2;
        orgRight = std::max(2.0, dateRight + (dateWidth - orgWidth) / 2);
    }
    out += u"<p style=\"margin:37px %1px 0 0;text-align:right\">"_s.arg(qRound(orgRight * kCharPx))
        + esc(content.signatory) + u"</p>\n"_s;
    if (!content.date.isEmpty())
        out += u"<p style=\"margin:0 %1px 0 0;text-align:right\">"_s.arg(qRound(dateRight * kCharPx)) + esc(content.date)
            + u"</p>\n"_s;
    out += u"</div>\n"_s;
    return out;
}

QByteArray reportHtmlPage(const ReportContent &content)
{
    const QString title = content.documentTitle.isEmpty() ? content.titleLines.join(QString()) : content.documentTitle;
    QString page = u"<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>"_s
        + esc(title) + u"</title>\n</head>\n<body style=\"margin:2em 1em;background-color:#ffffff\">\n"_s
        + reportHtmlFragment(content) + u"</body>\n</html>\n"_s;
    return page.toUtf8();
}

} // namespace nianbao
