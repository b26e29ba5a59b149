// Writes the spreadsheet of every sample report (and of a quarter with its 本年累计 tables) to a
// folder, each with a JSON of what its worksheets must hold, read from the report-content model:
// check_xlsx.py then opens the .xlsx with openpyxl and compares.
//
//     nianbao_xlsxcases SOURCE_DIR OUT_DIR
//
// With a report that has no table the spreadsheet must fail with a message: that is checked here
// (exit code 1 when it does not).

#include "interchange.h"
#include "reportcontent.h"
#include "reportxlsx.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace nianbao;

namespace {

std::optional<ReportData> loadSample(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return readInterchange(f.readAll()).report;
}

QJsonObject expectation(const ReportContent &content)
{
    QJsonArray tables;
    for (const ContentBlock &b : content.blocks) {
        if (b.kind != ContentBlock::Kind::Table)
            continue;
        QJsonArray cells;
        for (const ContentCell &c : b.table->cells) {
            QJsonObject cell{{u"row"_s, c.row}, {u"column"_s, c.column}, {u"rowSpan"_s, c.rowSpan},
                             {u"columnSpan"_s, c.columnSpan}, {u"text"_s, c.text},
                             {u"band"_s, c.kind == GridCell::Kind::Band},
                             {u"header"_s, c.kind == GridCell::Kind::ColumnHeader || c.kind == GridCell::Kind::Corner}};
            if (c.raw) {
                cell.insert(u"raw"_s, QString::number(*c.raw)); // as text: exact beyond 2^53
                cell.insert(u"decimals"_s, c.decimals);
            }
            cells.append(cell);
        }
        tables.append(QJsonObject{{u"key"_s, b.table->key}, {u"caption"_s, b.table->caption},
                                  {u"rows"_s, b.table->rows}, {u"columns"_s, b.table->columns},
                                  {u"cells"_s, cells}});
    }
    return {{u"title"_s, content.documentTitle}, {u"firstRow"_s, kXlsxTableFirstRow}, {u"tables"_s, tables}};
}

bool write(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fputs("usage: nianbao_xlsxcases SOURCE_DIR OUT_DIR\n", stderr);
        return 2;
    }
    const QDir samples(args.at(1) + u"/resources/samples"_s);
    const QDir out(args.at(2));
    std::map<QString, ReportContent> cases;
    for (const QString &file : samples.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        const auto report = loadSample(samples.filePath(file));
        if (!report) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(file));
            return 2;
        }
        cases[QFileInfo(file).completeBaseName()] = buildReportContent(*report);
        if (file == u"2024_huaian.json"_s) { // the second quarter; the year so far is twice the quarter
            ReportData q = *report;
            q.quarter = 2;
            Figures ytd = report->figures;
            for (const CellDef &cell : report->format()->cells)
                if (const auto v = report->figures.value(cell.index))
                    ytd.set(cell.index, *v * 2);
            cases[u"2024_huaian_q2"_s] = buildReportContent(q, &ytd);
        }
    }
    for (const auto &[name, content] : cases) {
        QString error;
        const QByteArray bytes = reportXlsxBytes(content, &error);
        if (bytes.isEmpty() || !error.isEmpty()) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(name), qPrintable(error));
            return 1;
        }
        if (!write(out.filePath(name + u".xlsx"_s), bytes)
            || !write(out.filePath(name + u".json"_s), QJsonDocument(expectation(content)).toJson())) {
            std::fprintf(stderr, "cannot write into %s\n", qPrintable(out.path()));
            return 2;
        }
        std::printf("%s: %lld bytes\n", qPrintable(name), qlonglong(bytes.size()));
    }
    // A report without tables gives no spreadsheet, and says why.
    ReportContent empty = cases.begin()->second;
    std::erase_if(empty.blocks, [](const ContentBlock &b) { return b.kind == ContentBlock::Kind::Table; });
    QString error;
    if (!reportXlsxBytes(empty, &error).isEmpty() || error.isEmpty()) {
        std::fputs("a report without tables gave a spreadsheet, or no message\n", stderr);
        return 1;
    }
    return 0;
}
