#include "pdfwriter.h"

#include "reportlayout.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Report)
};

bool paint(const ReportContent &content, QPagedPaintDevice *device, QString *error, int *pages)
{
    const ReportFonts &fonts = ReportFonts::load();
    if (!fonts.ok()) {
        if (error)
            *error = fonts.error;
        return false;
    }
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    ReportLayout layout(content, fonts, device);
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = Tr::tr("Cannot start drawing the report.");
        return false;
    }
    const int count = layout.pageCount();
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            device->newPage();
        layout.paintPage(painter, i);
    }
    painter.end();
    if (pages)
        *pages = count;
    return true;
}

void describe(QPdfWriter &writer, const ReportContent &content)
{
    writer.setResolution(1200);
    writer.setTitle(content.documentTitle);
    writer.setCreator(u"Nianbao "_s + QStringLiteral(NIANBAO_VERSION));
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
}

} // namespace

QByteArray reportPdfBytes(const ReportContent &content, QString *error, int *pages)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        describe(writer, content);
        if (!paint(content, &writer, error, pages))
            return {};
    }
    return buffer.data();
}

PdfResult writeReportPdf(const ReportContent &content, const QString &path)
{
    PdfResult r;
    const QByteArray bytes = reportPdfBytes(content, &r.error, &r.pages);
    if (bytes.isEmpty())
        return r;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        r.error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return r;
    }
    r.ok = true;
    return r;
}

bool printReport(const ReportContent &content, QPrinter *printer, QString *error)
{
    printer->setDocName(content.documentTitle);
    printer->setFullPage(true);
    return paint(content, printer, error, nullptr);
}

} // namespace nianbao
