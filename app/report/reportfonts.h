#pragma once
// The faces a report is set in, loaded from font files chosen explicitly, never by fontconfig
// fallback: a 宋体-like serif for the body and title, a 黑体-like sans for first-level headings and
// a 楷体 for second-level ones. The Noto faces are derived at build time so that every ideograph
// maps back to itself in the PDF (resources/fonts/derive_font.py).

#include <QString>
#include <QStringList>

namespace nianbao {

struct ReportFonts {
    QString serif;       // body, tables, page numbers
    QString serifBold;   // title
    QString sans;        // 一、 headings
    QString kai;         // （一） headings; the serif when no 楷体 face is installed
    QString error;       // what is missing, when loading failed

    bool ok() const { return error.isEmpty(); }
    // Loads the faces once per process; later calls return the same result.
    static const ReportFonts &load();
    // The folders searched for the derived fonts, first match wins.
    static QStringList searchPath();
};

} // namespace nianbao
