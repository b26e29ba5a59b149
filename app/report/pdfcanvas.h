#pragma once
// The report's PDF, written by Nianbao itself: every page drawn as the layout placed it, each face
// embedded as a subset of its own outlines (CFF or TrueType, as the font has them) with a text
// map taken from the report's own characters. Nothing is converted or searched for, so writing
// costs little next to laying out.

#include <QByteArray>
#include <QList>
#include <QString>

namespace nianbao {

class ReportLayout;

// A file the PDF carries with it (an embedded file, associated with the document as its data).
struct PdfAttachment {
    QString name; // e.g. report.json
    QByteArray mimeType; // e.g. application/json
    QString description;
    QByteArray data;
};

struct PdfInfo {
    QString title;
    QString creator;
    QList<PdfAttachment> attachments;
};

// Every page of the layout as one PDF; empty with `error` set when a face cannot be embedded.
QByteArray drawPdf(const ReportLayout &layout, const PdfInfo &info, QString *error);

} // namespace nianbao
