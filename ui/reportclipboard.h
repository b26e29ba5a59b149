#pragma once
// The report on the clipboard: as HTML for a portal's rich-text editor, with its plain-text twin
// for editors that take text only.

#include "reportcontent.h"

class QMimeData;

namespace nianbao {

// text/html (the HTML fragment) and text/plain (the plain-text twin); the caller owns it.
QMimeData *reportMimeData(const ReportContent &content);
// Puts reportMimeData on the system clipboard.
void copyReportAsHtml(const ReportContent &content);

} // namespace nianbao
