#pragma once
// Shared by the tests of the report's PDF (tst_report_pdf.cpp, tst_report_pdf_faces.cpp): the
// samples, running poppler-utils, the words and boxes of `pdftotext -bbox`, and the device the
// report is laid out for.

#include "interchange.h"
#include "reportcontent.h"

#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QString>

#include <vector>

namespace reportpdftest {

using namespace Qt::StringLiterals;
using namespace nianbao;

inline const QString kSourceDir = QStringLiteral(NIANBAO_SOURCE_DIR);

inline ReportData loadSample(const QString &name)
{
    QFile f(kSourceDir + u"/resources/samples/"_s + name + u".json"_s);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample %s", qPrintable(f.fileName()));
    const InterchangeResult r = readInterchange(f.readAll());
    if (!r.report)
        qFatal("the sample %s does not read: %s", qPrintable(name), qPrintable(r.error));
    return *r.report;
}

// The second quarter of 2024 in Huai'an: the year's figures for the quarter and doubled for the
// year so far, so that each table comes twice.
inline ReportContent quarterContent()
{
    ReportData q = loadSample(u"2024_huaian"_s);
    q.quarter = 2;
    Figures ytd = q.figures;
    for (const CellDef &cell : q.format()->cells)
        if (const auto v = q.figures.value(cell.index))
            ytd.set(cell.index, *v * 2);
    return buildReportContent(q, &ytd);
}

inline QString withoutSpace(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s)
        if (!c.isSpace())
            out += c;
    return out;
}

struct Tool {
    bool ok = false;
    QByteArray out;
    QString err;
};

inline Tool runTool(const QString &program, const QStringList &arguments)
{
    Tool t;
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForStarted(10'000))
        return t;
    if (!p.waitForFinished(60'000)) {
        p.kill();
        p.waitForFinished();
        return t;
    }
    t.out = p.readAllStandardOutput();
    t.err = QString::fromUtf8(p.readAllStandardError());
    t.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return t;
}

struct Word {
    double xMin, yMin, xMax, yMax;
    QString text;
};

struct Page {
    double width = 0, height = 0;
    std::vector<Word> words;
};

inline QString unescapeXml(QString s)
{
    s.replace(u"&lt;"_s, u"<"_s);
    s.replace(u"&gt;"_s, u">"_s);
    s.replace(u"&quot;"_s, u"\""_s);
    s.replace(u"&apos;"_s, u"'"_s);
    s.replace(u"&#39;"_s, u"'"_s);
    s.replace(u"&amp;"_s, u"&"_s);
    return s;
}

// The pages and words of `pdftotext -bbox`.
inline std::vector<Page> parseBoxes(const QString &html)
{
    static const QRegularExpression page(uR"re(<page width="([0-9.]+)" height="([0-9.]+)">)re"_s);
    static const QRegularExpression word(
        uR"re(<word xMin="([-0-9.]+)" yMin="([-0-9.]+)" xMax="([-0-9.]+)" yMax="([-0-9.]+)">(.*?)</word>)re"_s);
    std::vector<Page> pages;
    for (const QString &line : html.split(u'\n')) {
        if (const auto m = page.match(line); m.hasMatch()) {
            pages.push_back({m.captured(1).toDouble(), m.captured(2).toDouble(), {}});
            continue;
        }
        if (const auto m = word.match(line); m.hasMatch() && !pages.empty())
            pages.back().words.push_back({m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3).toDouble(),
                                          m.captured(4).toDouble(), unescapeXml(m.captured(5))});
    }
    return pages;
}

// The device the report is laid out for, as the PDF writer sets it up.
inline void setUpAsThePdfWriter(QPdfWriter &writer)
{
    writer.setResolution(1200);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

} // namespace reportpdftest
