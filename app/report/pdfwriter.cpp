#include "pdfwriter.h"

#include "outputfile.h"
#include "pdfcanvas.h"
#include "reportlayout.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDebug>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

using namespace Qt::StringLiterals;

namespace nianbao {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Report)
};

bool paint(const ReportLayout &layout, QPagedPaintDevice *device, QString *error)
{
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = Tr::tr("Cannot start drawing the report.");
        return false;
    }
    for (int i = 0; i < layout.pageCount(); ++i) {
        if (i > 0)
            device->newPage();
        layout.paintPage(painter, i);
    }
    painter.end();
    return true;
}

void setA4(QPagedPaintDevice *device)
{
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

QString creator()
{
    return u"Nianbao "_s + QStringLiteral(NIANBAO_VERSION);
}

void describe(QPdfWriter &writer, const ReportContent &content)
{
    writer.setResolution(1200);
    writer.setTitle(content.documentTitle);
    writer.setCreator(creator());
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
}

} // namespace

QByteArray reportPdfBytes(const ReportContent &content, QString *error, int *pages,
                          const QList<PdfAttachment> &attachments)
{
    const ReportFonts &fonts = ReportFonts::forPdf();
    if (!fonts.ok()) {
        if (error)
            *error = fonts.error;
        return {};
    }
    // Laid out for Qt's PDF device, so that the file, the print preview and paper agree (with the
    // faces' stand-ins, which give the same layout faster: reportfonts.h), and written by Nianbao
    // (pdfcanvas.h).
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    describe(writer, content);
    setA4(&writer);
    const ReportLayout layout(content, fonts, &writer);
    QString failure;
    QByteArray bytes = drawPdf(layout, {content.documentTitle, creator(), attachments}, &failure);
    if (bytes.isEmpty() && !attachments.isEmpty()) {
        // Qt's writer cannot carry files: a report that must carry its data is not made without.
        if (error)
            *error = failure;
        return {};
    }
    if (bytes.isEmpty()) {
        // A face Nianbao cannot embed itself (never one of the report's own, but a face fontconfig
        // found for a character they lack): Qt's PDF writer draws the report instead.
        qWarning().noquote() << failure;
        const ReportLayout drawn(content, ReportFonts::load(), &writer); // the faces' own outlines
        if (!paint(drawn, &writer, error))
            return {};
        bytes = buffer.data();
    }
    if (pages)
        *pages = layout.pageCount();
    return bytes;
}

PdfResult writeReportPdf(const ReportContent &content, const QString &path)
{
    PdfResult r;
    const QByteArray bytes = reportPdfBytes(content, &r.error, &r.pages);
    if (bytes.isEmpty())
        return r;
    r.ok = writeOutputFile(path, bytes, &r.error);
    return r;
}

bool printReport(const ReportContent &content, QPrinter *printer, QString *error)
{
    printer->setDocName(content.documentTitle);
    printer->setFullPage(true);
    const ReportFonts &fonts = ReportFonts::load();
    if (!fonts.ok()) {
        if (error)
            *error = fonts.error;
        return false;
    }
    setA4(printer);
    const ReportLayout layout(content, fonts, printer);
    return paint(layout, printer, error);
}

} // namespace nianbao
