// The PDF file writer: objects found where the cross-reference table says, streams that inflate
// to what was written, numbers and text strings as PDF spells them, and a file poppler reads
// without complaint.

#include "pdffile.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

#include <zlib.h>

using namespace Qt::StringLiterals;
using nianbao::PdfFile;

class TestPdfFile : public QObject
{
    Q_OBJECT

private slots:
    void numbers();
    void textStrings();
    void crossReference();
    void streams();
    void unwrittenObjectIsRefused();
    void popplerReadsIt();
};

namespace {

// A one-page document; objects are written out of order, as the report writer does.
QByteArray smallDocument(const QByteArray &pageContent, bool compress)
{
    PdfFile pdf;
    const int pages = pdf.reserve();
    const int page = pdf.reserve();
    const int content = pdf.reserve();
    const int catalog = pdf.reserve();
    const int info = pdf.reserve();
    pdf.stream(content, {}, pageContent, compress);
    pdf.object(page, "<</Type /Page /Parent " + QByteArray::number(pages) + " 0 R /MediaBox [0 0 595.276 841.89]"
                         + " /Contents " + QByteArray::number(content) + " 0 R>>");
    pdf.object(pages, "<</Type /Pages /Kids [" + QByteArray::number(page) + " 0 R] /Count 1>>");
    pdf.object(info, "<</Title " + PdfFile::text(u"年度报告"_s) + ">>");
    pdf.object(catalog, "<</Type /Catalog /Pages " + QByteArray::number(pages) + " 0 R>>");
    return pdf.finish(catalog, info);
}

QByteArray inflate(const QByteArray &data)
{
    QByteArray out(1 << 20, Qt::Uninitialized);
    uLongf size = uLongf(out.size());
    if (uncompress(reinterpret_cast<Bytef *>(out.data()), &size, reinterpret_cast<const Bytef *>(data.constData()),
                   uLong(data.size()))
        != Z_OK)
        return {};
    out.resize(qsizetype(size));
    return out;
}

} // namespace

void TestPdfFile::numbers()
{
    QCOMPARE(PdfFile::number(1.0), "1");
    QCOMPARE(PdfFile::number(-12), "-12");
    QCOMPARE(PdfFile::number(0.5), "0.5");
    QCOMPARE(PdfFile::number(1234.5678), "1234.568");
    QCOMPARE(PdfFile::number(0.0004), "0");
    QCOMPARE(PdfFile::number(-0.0004), "0");
    QCOMPARE(PdfFile::number(595.2756), "595.276");
    QCOMPARE(PdfFile::number(1e9), "1000000000"); // never an exponent
}

void TestPdfFile::textStrings()
{
    // UTF-16BE with its byte-order mark, in hex: any character survives, none needs escaping.
    QCOMPARE(PdfFile::text(u"A中"_s), "<feff00414e2d>");
    QCOMPARE(PdfFile::text(u"(\\"_s), "<feff0028005c>");
    QCOMPARE(PdfFile::text(QString()), "<feff>");
}

void TestPdfFile::crossReference()
{
    const QByteArray pdf = smallDocument("0 0 m 10 10 l S", true);
    QVERIFY(pdf.startsWith("%PDF-1.6\n%"));
    QVERIFY(pdf.endsWith("%%EOF\n"));
    static const QRegularExpression tail(uR"(startxref\n(\d+)\n%%EOF\n$)"_s);
    const auto m = tail.match(QString::fromLatin1(pdf));
    QVERIFY(m.hasMatch());
    const qsizetype xref = m.captured(1).toLongLong();
    QVERIFY(pdf.mid(xref).startsWith("xref\n0 6\n0000000000 65535 f \n"));
    // Every entry is 20 bytes and points at its own object.
    const qsizetype first = pdf.indexOf("0000000000 65535 f \n", xref) + 20;
    for (int id = 1; id <= 5; ++id) {
        const QByteArray entry = pdf.mid(first + (id - 1) * 20, 20);
        QVERIFY2(entry.endsWith(" 00000 n \n"), entry.constData());
        const qsizetype offset = entry.left(10).toLongLong();
        QVERIFY2(pdf.mid(offset).startsWith(QByteArray::number(id) + " 0 obj\n"), qPrintable(QString::number(id)));
    }
    const qsizetype trailer = pdf.indexOf("trailer\n", xref);
    QVERIFY(trailer > xref);
    const QByteArray dictionary = pdf.mid(trailer);
    QVERIFY(dictionary.contains("/Size 6 "));
    QVERIFY(dictionary.contains("/Root 4 0 R"));
    QVERIFY(dictionary.contains("/Info 5 0 R"));
    static const QRegularExpression id(uR"(/ID \[<([0-9a-f]{32})> <([0-9a-f]{32})>\])"_s);
    const auto ids = id.match(QString::fromLatin1(dictionary));
    QVERIFY(ids.hasMatch());
    QCOMPARE(ids.captured(1), ids.captured(2));
    // Another document has another identifier.
    QVERIFY(!smallDocument("1 1 m 2 2 l S", true).contains(ids.captured(1).toLatin1()));
}

void TestPdfFile::streams()
{
    QByteArray content;
    for (int i = 0; i < 500; ++i)
        content += QByteArray::number(i) + " 0 m " + QByteArray::number(i) + " 10 l S\n";
    for (const bool compress : {true, false}) {
        const QByteArray pdf = smallDocument(content, compress);
        static const QRegularExpression stream(uR"(3 0 obj\n<<(.*) /Length (\d+)( /Filter /FlateDecode)?>>\nstream\n)"_s);
        const auto m = stream.match(QString::fromLatin1(pdf));
        QVERIFY(m.hasMatch());
        QCOMPARE(!m.captured(3).isEmpty(), compress);
        const qsizetype start = m.capturedEnd();
        const qsizetype length = m.captured(2).toLongLong();
        QVERIFY(pdf.mid(start + length).startsWith("\nendstream\nendobj\n"));
        const QByteArray data = pdf.mid(start, length);
        QCOMPARE(compress ? inflate(data) : data, content);
        if (compress)
            QVERIFY(length < content.size() / 3);
    }
}

void TestPdfFile::unwrittenObjectIsRefused()
{
    PdfFile pdf;
    const int catalog = pdf.reserve();
    const int info = pdf.reserve();
    pdf.reserve(); // never written
    pdf.object(catalog, "<</Type /Catalog>>");
    pdf.object(info, "<<>>");
    QVERIFY_THROWS_EXCEPTION(std::logic_error, pdf.finish(catalog, info));
}

void TestPdfFile::popplerReadsIt()
{
    const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
    if (pdfinfo.isEmpty())
        QFAIL("pdfinfo (poppler-utils) is needed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"small.pdf"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(smallDocument("0 0 m 100 100 l S", true));
    file.close();
    QProcess p;
    p.start(pdfinfo, {path});
    QVERIFY(p.waitForFinished(30000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(err.isEmpty(), qPrintable(err)); // no repaired cross-reference table, no syntax error
    QVERIFY2(out.contains(u"Pages:           1"_s), qPrintable(out));
    QVERIFY2(out.contains(u"Title:           年度报告"_s), qPrintable(out));
    QVERIFY2(out.contains(u"PDF version:     1.6"_s), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestPdfFile)
#include "tst_pdf_file.moc"
