// The office's seal on a signed report, pressed on the 署名 and 成文日期 (GB/T 9704).

#include "reportlayout.h"

#include "pagecanvas.h"

#include <QPainter>

#include <algorithm>

namespace nianbao {
namespace {

constexpr int kSealPixels = 700; // enough for 42 mm at about 420 dpi; keeps the PDF small

// A seal scanned without transparency (a JPEG) would hide the 署名 and date under its white
// ground: each pixel gets as much opacity as it has ink (its darkest channel below white).
QImage sealWithoutGround(const QImage &scan)
{
    QImage out = scan.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < out.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(out.scanLine(y));
        for (int x = 0; x < out.width(); ++x) {
            const QRgb p = line[x];
            const int ink = 255 - std::min({qRed(p), qGreen(p), qBlue(p)});
            line[x] = qRgba(qRed(p), qGreen(p), qBlue(p), ink);
        }
    }
    return out;
}

} // namespace

QImage ReportLayout::sealImage(const QByteArray &bytes)
{
    QImage seal = QImage::fromData(bytes);
    if (seal.isNull())
        return seal;
    if (seal.width() > kSealPixels || seal.height() > kSealPixels)
        seal = seal.scaled(kSealPixels, kSealPixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (!seal.hasAlphaChannel())
        seal = sealWithoutGround(seal);
    return seal;
}

QSizeF ReportLayout::sealSize() const
{
    const double width = mm(kSealMm);
    return {width, m_seal.isNull() ? 0.0 : width * m_seal.height() / m_seal.width()};
}

void ReportLayout::drawSeal(PageCanvas &canvas, int pageIndex) const
{
    if (m_seal.isNull() || pageIndex != m_sealPage)
        return;
    // 42 mm across, centred where the layout placed it on the 署名 and 成文日期.
    const QSizeF size = sealSize();
    const QPointF centre = m_sealCentre + m_text.topLeft();
    canvas.drawImage(QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size), m_seal);
}

} // namespace nianbao
