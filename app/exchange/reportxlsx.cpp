#include "reportxlsx.h"

#include "cellvalue.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReportXlsx)
};

// A worksheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in the book.
// For a quarter the heading gets a short 本期 / 本年累计 mark.
QString sheetName(const QString &heading, const QString &caption, int index, QStringList &used)
{
    QString base = heading.isEmpty() ? u"表%1"_s.arg(index + 1) : heading;
    for (QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        base.replace(bad, u'_');
    const QString mark = caption.isEmpty()             ? QString()
        : caption.startsWith(u"（本期"_s)              ? u"（本期）"_s
        : caption.startsWith(u"（本年累计"_s)          ? u"（本年累计）"_s
                                                      : u"（%1）"_s.arg(index + 1);
    QString name = base.left(31 - mark.size()) + mark;
    for (int n = 2; used.contains(name, Qt::CaseInsensitive); ++n) {
        const QString tail = u"(%1)"_s.arg(n);
        name = base.left(31 - mark.size() - tail.size()) + mark + tail;
    }
    used << name;
    return name;
}

// The number format of a figure: as many decimals as the report shows (the published tables drop
// trailing zeros), and the unit when the column heading lacks it, so that the sheet reads as the
// report does.
QString numberFormat(const ContentCell &c)
{
    const QString shown = formatRaw(*c.raw, c.decimals);
    const qsizetype point = shown.indexOf(u'.');
    const qsizetype decimals = point < 0 ? 0 : shown.size() - point - 1;
    QString format = decimals > 0 ? u"0."_s + QString(decimals, u'0') : u"0"_s;
    if (c.text.startsWith(shown) && c.text.size() > shown.size())
        format += u"\""_s + c.text.mid(shown.size()).remove(u'"') + u"\""_s;
    return format;
}

// A column's width in characters, shared as in the printed table: about 110 for the whole width.
double columnWidth(double share)
{
    return std::max(6.0, share * 1.1);
}

class Book
{
public:
    explicit Book(const QString &path) : m_book(workbook_new(QFile::encodeName(path).constData())) {}
    ~Book()
    {
        if (m_book)
            workbook_close(m_book); // only when close() was not reached
    }
    lxw_workbook *get() const { return m_book; }
    lxw_error close()
    {
        const lxw_error e = workbook_close(m_book);
        m_book = nullptr;
        return e;
    }
    // Formats live as long as the book; the same style is made once.
    lxw_format *format(const QString &key, const std::function<void(lxw_format *)> &setUp)
    {
        if (lxw_format *f = m_formats.value(key))
            return f;
        lxw_format *f = workbook_add_format(m_book);
        setUp(f);
        m_formats.insert(key, f);
        return f;
    }

private:
    lxw_workbook *m_book;
    QHash<QString, lxw_format *> m_formats;
};

lxw_format *cellFormat(Book &book, const ContentCell &c)
{
    const QString numbers = c.raw ? numberFormat(c) : QString();
    return book.format(u"%1|%2"_s.arg(int(c.kind)).arg(numbers), [&](lxw_format *f) {
        format_set_font_name(f, "宋体");
        format_set_font_size(f, 10.5);
        format_set_border(f, LXW_BORDER_THIN);
        format_set_text_wrap(f);
        format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
        switch (c.kind) {
        case GridCell::Kind::Value:
            format_set_align(f, LXW_ALIGN_RIGHT);
            if (!numbers.isEmpty())
                format_set_num_format(f, numbers.toUtf8().constData());
            break;
        case GridCell::Kind::RowHeader:
            format_set_align(f, LXW_ALIGN_LEFT);
            break;
        case GridCell::Kind::Band:
            format_set_align(f, LXW_ALIGN_CENTER);
            format_set_bold(f);
            format_set_bg_color(f, 0xC6D9F1); // rgb(198,217,241), as on published portals
            break;
        default:
            format_set_align(f, LXW_ALIGN_CENTER);
            break;
        }
    });
}

void writeTable(Book &book, lxw_worksheet *sheet, const ContentTable &t, const QString &title,
                const QString &heading)
{
    lxw_format *titleFormat = book.format(u"title"_s, [](lxw_format *f) {
        format_set_font_name(f, "宋体");
        format_set_font_size(f, 14);
        format_set_bold(f);
        format_set_align(f, LXW_ALIGN_CENTER);
        format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    });
    lxw_format *headingFormat = book.format(u"heading"_s, [](lxw_format *f) {
        format_set_font_name(f, "黑体");
        format_set_font_size(f, 12);
        format_set_align(f, LXW_ALIGN_LEFT);
        format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    });
    const auto lastColumn = lxw_col_t(std::max(0, t.columns - 1));
    const QList<double> shares = t.columnShares();
    for (int c = 0; c < t.columns; ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), columnWidth(shares[c]), nullptr);
    worksheet_set_row(sheet, 0, 30, nullptr);
    worksheet_set_row(sheet, 1, 22, nullptr);
    if (lastColumn > 0) {
        worksheet_merge_range(sheet, 0, 0, 0, lastColumn, title.toUtf8().constData(), titleFormat);
        worksheet_merge_range(sheet, 1, 0, 1, lastColumn, heading.toUtf8().constData(), headingFormat);
    } else {
        worksheet_write_string(sheet, 0, 0, title.toUtf8().constData(), titleFormat);
        worksheet_write_string(sheet, 1, 0, heading.toUtf8().constData(), headingFormat);
    }
    for (const ContentCell &c : t.cells) {
        lxw_format *f = cellFormat(book, c);
        const auto row = lxw_row_t(kXlsxTableFirstRow + c.row);
        const auto column = lxw_col_t(c.column);
        const QByteArray text = c.text.toUtf8();
        if (c.rowSpan > 1 || c.columnSpan > 1)
            worksheet_merge_range(sheet, row, column, lxw_row_t(row + lxw_row_t(c.rowSpan) - 1),
                                  lxw_col_t(column + lxw_col_t(c.columnSpan) - 1), c.raw ? "" : text.constData(), f);
        if (c.raw) {
            // One division, so the double is the nearest to the decimal figure.
            worksheet_write_number(sheet, row, column, double(*c.raw) / std::pow(10.0, c.decimals), f);
        } else if (c.rowSpan == 1 && c.columnSpan == 1) {
            if (c.text.isEmpty())
                worksheet_write_blank(sheet, row, column, f);
            else
                worksheet_write_string(sheet, row, column, text.constData(), f);
        }
    }
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9); // A4
    worksheet_fit_to_pages(sheet, 1, 0);
}

} // namespace

QByteArray reportXlsxBytes(const ReportContent &content, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return QByteArray();
    };
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(Tr::tr("Cannot make a temporary folder for the spreadsheet: %1").arg(dir.errorString()));
    const QString path = dir.filePath(u"report.xlsx"_s);
    {
        Book book(path);
        if (!book.get())
            return fail(Tr::tr("Cannot start the spreadsheet."));
        const QString title = content.documentTitle.isEmpty() ? content.titleLines.join(QString()) : content.documentTitle;
        QStringList used;
        QString heading;
        int index = 0;
        for (const ContentBlock &b : content.blocks) {
            if (b.kind == ContentBlock::Kind::Heading1)
                heading = b.text;
            if (b.kind != ContentBlock::Kind::Table)
                continue;
            const ContentTable &t = *b.table;
            const QString name = sheetName(heading, t.caption, index++, used);
            lxw_worksheet *sheet = workbook_add_worksheet(book.get(), name.toUtf8().constData());
            if (!sheet)
                return fail(Tr::tr("Cannot add the worksheet “%1”.").arg(name));
            writeTable(book, sheet, t, title, heading + t.caption);
        }
        if (index == 0)
            return fail(Tr::tr("The report has no table to put in a spreadsheet."));
        if (const lxw_error e = book.close(); e != LXW_NO_ERROR)
            return fail(Tr::tr("Cannot write the spreadsheet: %1").arg(QString::fromUtf8(lxw_strerror(e))));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Tr::tr("Cannot read the spreadsheet back: %1").arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    if (bytes.isEmpty())
        return fail(Tr::tr("The spreadsheet came out empty."));
    return bytes;
}

} // namespace nianbao
