// Signing a finished PDF with PoDoFo: the signature field and its reserved /Contents written as an
// incremental update, the signed ranges read back, and the CMS put in place.

#include "signingmodule.h"

#include "signingidentity.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryFile>

#include <podofo/podofo.h>

namespace nianbao {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Signing)
};

// Room for the DER signature: the signer's certificate, a chain of a few certificates, the signed
// attributes. A typical one is 2 to 5 KB.
constexpr size_t kSignatureRoom = 16384;

QString podofoError(const PoDoFo::PdfError &e)
{
    const char *name = PoDoFo::PdfError::ErrorName(e.GetError());
    return QString::fromLatin1(name ? name : "PdfError");
}

} // namespace

QByteArray podofoSignPdf(const QByteArray &pdf, const SigningIdentity &identity, const QString &reason,
                         const QDateTime &at, QString *error)
{
    // PoDoFo writes the update through a file it can read back for the signed range.
    QTemporaryFile out;
    if (!out.open()) {
        *error = Tr::tr("Cannot make a temporary file: %1").arg(out.errorString());
        return {};
    }
    out.close();
    const QByteArray outPath = QFile::encodeName(out.fileName());
    // PoDoFo's own messages go to stdout and stderr, where the command line's output belongs.
    PoDoFo::PdfError::EnableDebug(false);
    PoDoFo::PdfError::EnableLogging(false);
    try {
        PoDoFo::PdfMemDocument doc;
        doc.LoadFromBuffer(pdf.constData(), long(pdf.size()), true);
        if (doc.GetPageCount() < 1) {
            *error = Tr::tr("The PDF has no pages.");
            return {};
        }
        PoDoFo::PdfAcroForm *form = doc.GetAcroForm(true, PoDoFo::ePdfAcroFormDefaultAppearance_None);
        // SignaturesExist | AppendOnly.
        form->GetObject()->GetDictionary().AddKey(PoDoFo::PdfName("SigFlags"), PoDoFo::PdfObject(PoDoFo::pdf_int64(3)));
        form->SetNeedAppearances(false);
        // The visible block is drawn in the page itself; the widget has no area of its own.
        PoDoFo::PdfPage *page = doc.GetPage(doc.GetPageCount() - 1);
        PoDoFo::PdfAnnotation *widget = page->CreateAnnotation(PoDoFo::ePdfAnnotation_Widget, PoDoFo::PdfRect(0, 0, 0, 0));
        widget->SetFlags(PoDoFo::ePdfAnnotationFlags_Print);
        PoDoFo::PdfSignatureField field(widget, form, &doc);
        field.SetFieldName(PoDoFo::PdfString("Signature1"));
        const QByteArray reasonUtf8 = reason.toUtf8();
        if (!reason.isEmpty())
            field.SetSignatureReason(PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8 *>(reasonUtf8.constData())));
        field.SetSignatureDate(PoDoFo::PdfDate(time_t(at.toSecsSinceEpoch())));

        PoDoFo::PdfOutputDevice device(outPath.constData(), true);
        PoDoFo::PdfSignOutputDevice signer(&device);
        signer.SetSignatureSize(kSignatureRoom);
        field.SetSignature(*signer.GetSignatureBeacon());
        doc.WriteUpdate(&signer, true);
        if (!signer.HasSignaturePosition()) {
            *error = Tr::tr("Cannot place the signature in the PDF.");
            return {};
        }
        signer.AdjustByteRange();
        signer.Seek(0);
        QByteArray signedBytes;
        signedBytes.reserve(pdf.size() + 8192);
        char buffer[65536];
        for (size_t n; (n = signer.ReadForSignature(buffer, sizeof buffer)) > 0;)
            signedBytes.append(buffer, qsizetype(n));
        const QByteArray cms = identity.signDetached(signedBytes, at, error);
        if (cms.isEmpty())
            return {};
        if (size_t(cms.size()) > kSignatureRoom) {
            *error = Tr::tr("The signature is larger than the room kept for it (%1 bytes).").arg(cms.size());
            return {};
        }
        signer.SetSignature(PoDoFo::PdfData(cms.constData(), size_t(cms.size())));
        signer.Flush();
    } catch (const PoDoFo::PdfError &e) {
        *error = Tr::tr("Cannot sign the PDF: %1").arg(podofoError(e));
        return {};
    }
    QFile result(out.fileName());
    if (!result.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Cannot read the signed PDF back: %1").arg(result.errorString());
        return {};
    }
    return result.readAll();
}

} // namespace nianbao
