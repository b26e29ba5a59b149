#pragma once
// The report as HTML for a government portal: the title, the six sections, the tables with the
// official merged cells and the 落款, in inline styles only (portal editors drop <style> blocks
// and classes), without scripts or outside resources. The markup is also well-formed XML, so it
// can be read back with any XML reader.

#include "reportcontent.h"

#include <QByteArray>

namespace nianbao {

// A complete UTF-8 page: <html lang="zh-CN">, <meta charset="utf-8">, <title> and the body.
// Build it from unpaginated content (buildReportContent), so that no table header is repeated.
QByteArray reportHtmlPage(const ReportContent &content);
// The same body without <html> and <head>, as one <div>, for the clipboard and CMS editors.
QString reportHtmlFragment(const ReportContent &content);

} // namespace nianbao
