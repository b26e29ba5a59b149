#include "reportclipboard.h"

#include "reporthtml.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace nianbao {

QMimeData *reportMimeData(const ReportContent &content)
{
    auto *data = new QMimeData;
    data->setHtml(reportHtmlFragment(content));
    data->setText(reportPlainText(content));
    return data;
}

void copyReportAsHtml(const ReportContent &content)
{
    QGuiApplication::clipboard()->setMimeData(reportMimeData(content));
}

} // namespace nianbao
