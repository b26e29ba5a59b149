#pragma once
// The faces a report is set in, loaded from font files chosen explicitly, never by fontconfig
// fallback: a 宋体-like serif for the body and title, a 黑体-like sans for first-level headings and
// a 楷体 for second-level ones. The Noto faces are derived at build time so that every ideograph
// maps back to itself in the PDF (resources/fonts/derive_font.py).

#include <QHash>
#include <QString>
#include <QStringList>

namespace nianbao {

struct ReportFonts {
    QString serif;       // body, tables, page numbers
    QString serifBold;   // title
    QString sans;        // 一、 headings
    QString kai;         // （一） headings; the serif when no 楷体 face is installed
    QString error;       // what is missing, when loading failed
    // For laying out the PDF: the derived faces' stand-ins (resources/fonts/metrics_face.py)
    // stand for serif, serifBold and sans, and this gives, per stand-in face ("family/style"),
    // the file whose outlines the PDF embeds. Empty for the faces themselves.
    QHash<QString, QString> outlineFiles;
    QStringList standInFamilies;

    bool ok() const { return error.isEmpty(); }
    // Loads the faces once per process; later calls return the same result.
    static const ReportFonts &load();
    // The faces to lay a PDF out with: the stand-ins, which give the same layout at a fraction of
    // the cost; load() itself where they are not installed.
    static const ReportFonts &forPdf();
    // The folders searched for the derived fonts, first match wins.
    static QStringList searchPath();
};

} // namespace nianbao
