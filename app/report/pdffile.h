#pragma once
// A PDF file written object by object: numbered objects, streams compressed with zlib, the
// cross-reference table and the trailer. It knows nothing of pages or fonts (pdfcanvas.cpp).

#include <QByteArray>
#include <QString>

#include <vector>

namespace nianbao {

class PdfFile
{
public:
    PdfFile();
    // A number for an object written later (objects may refer to each other in any order).
    int reserve();
    void object(int id, const QByteArray &body);
    // A stream; `dictionary` is the inside of its dictionary without /Length or /Filter.
    void stream(int id, const QByteArray &dictionary, const QByteArray &data, bool compress = true);
    // The finished file: every reserved object must have been written.
    QByteArray finish(int catalog, int info);

    // A PDF text string: the text in UTF-16BE with its byte-order mark, in hex.
    static QByteArray text(const QString &s);
    // A number as PDF writes it: at most three decimals, no exponent (below 1e15 in size).
    static QByteArray number(double value);
    // The same into a buffer of at least 32 bytes; returns its length.
    static int number(double value, char *buffer);

private:
    QByteArray m_out;
    std::vector<qsizetype> m_offsets; // per object number - 1; -1 while reserved
};

} // namespace nianbao
