#pragma once
// Writing the report as a PDF file (through QSaveFile, so a failure never leaves half a file),
// and printing it.

#include "pdfcanvas.h"
#include "reportcontent.h"

class QPrinter;

namespace nianbao {

struct PdfResult {
    bool ok = false;
    int pages = 0;
    QString error;
};

PdfResult writeReportPdf(const ReportContent &content, const QString &path);
// The same bytes in memory, carrying the given files (a signed report carries its data).
QByteArray reportPdfBytes(const ReportContent &content, QString *error = nullptr,
                          int *pages = nullptr, const QList<PdfAttachment> &attachments = {});
bool printReport(const ReportContent &content, QPrinter *printer, QString *error = nullptr);

} // namespace nianbao
