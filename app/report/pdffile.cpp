#include "pdffile.h"

#include <QCryptographicHash>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>

#include <zlib.h>

namespace nianbao {

PdfFile::PdfFile()
{
    // The version, then a comment of bytes above 127 that tells transfer programs the file is binary.
    m_out = QByteArrayLiteral("%PDF-1.6\n%\xE2\xE3\xCF\xD3\n");
}

int PdfFile::reserve()
{
    m_offsets.push_back(-1);
    return int(m_offsets.size());
}

void PdfFile::object(int id, const QByteArray &body)
{
    m_offsets[size_t(id) - 1] = m_out.size();
    m_out += QByteArray::number(id) + " 0 obj\n" + body + "\nendobj\n";
}

void PdfFile::stream(int id, const QByteArray &dictionary, const QByteArray &data, bool compress)
{
    QByteArray packed;
    if (compress) {
        uLongf size = compressBound(uLong(data.size()));
        packed.resize(qsizetype(size));
        if (compress2(reinterpret_cast<Bytef *>(packed.data()), &size, reinterpret_cast<const Bytef *>(data.constData()),
                      uLong(data.size()), Z_BEST_SPEED)
            != Z_OK)
            throw std::bad_alloc(); // zlib fails only without memory
        packed.resize(qsizetype(size));
    }
    const QByteArray &bytes = compress ? packed : data;
    m_offsets[size_t(id) - 1] = m_out.size();
    m_out += QByteArray::number(id) + " 0 obj\n<<" + dictionary + " /Length " + QByteArray::number(bytes.size())
        + (compress ? " /Filter /FlateDecode" : "") + ">>\nstream\n" + bytes + "\nendstream\nendobj\n";
}

QByteArray PdfFile::finish(int catalog, int info)
{
    const qsizetype xref = m_out.size();
    const QByteArray count = QByteArray::number(qsizetype(m_offsets.size()) + 1);
    m_out += "xref\n0 " + count + "\n0000000000 65535 f \n";
    for (const qsizetype offset : m_offsets) {
        if (offset < 0)
            throw std::logic_error("a PDF object was reserved and never written");
        m_out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    // The file's identifier (two equal halves, as for a new file): a digest of its content.
    const QByteArray id = QCryptographicHash::hash(m_out, QCryptographicHash::Md5).toHex();
    m_out += "trailer\n<</Size " + count + " /Root " + QByteArray::number(catalog) + " 0 R /Info "
        + QByteArray::number(info) + " 0 R /ID [<" + id + "> <" + id + ">]>>\nstartxref\n" + QByteArray::number(xref)
        + "\n%%EOF\n";
    return std::move(m_out);
}

QByteArray PdfFile::text(const QString &s)
{
    QByteArray utf16("\xFE\xFF", 2);
    for (const QChar c : s) {
        utf16 += char(c.unicode() >> 8);
        utf16 += char(c.unicode() & 0xFF);
    }
    return '<' + utf16.toHex() + '>';
}

QByteArray PdfFile::number(double value)
{
    char buffer[32];
    return QByteArray(buffer, number(value, buffer));
}

int PdfFile::number(double value, char *buffer)
{
    double rounded = std::round(std::clamp(value, -1e15, 1e15) * 1000) / 1000;
    if (rounded == 0 || std::isnan(rounded))
        rounded = 0; // no "-0"
    const auto r = std::to_chars(buffer, buffer + 31, rounded, std::chars_format::fixed, 3);
    char *end = r.ptr;
    while (end[-1] == '0')
        --end;
    if (end[-1] == '.')
        --end;
    return int(end - buffer);
}

} // namespace nianbao
