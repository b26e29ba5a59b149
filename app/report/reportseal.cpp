// The office's seal on a signed report, pressed on the 署名 and 成文日期 (GB/T 9704).

#include "reportlayout.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>

namespace nianbao {

void ReportLayout::paintSeal(QPainter &painter, int pageIndex) const
{
    if (m_seal.isNull())
        return;
    // Blocks are divided at page ends after they are made: the 署名 is found by its mark.
    QTextBlock block = m_doc->lastBlock();
    while (block.isValid() && block.userState() != kSignatoryState)
        block = block.previous();
    if (!block.isValid())
        return;
    const QRectF org = m_doc->documentLayout()->blockBoundingRect(block);
    const double pageHeight = m_text.height();
    if (int(org.top() / pageHeight) != pageIndex)
        return;
    // 42 mm across, centred where the layout placed the 署名 and 成文日期 (a little below the centre).
    const double width = mm(kSealMm);
    const double height = width * m_seal.height() / m_seal.width();
    const double lineHeight = pageHeight / 22; // 22 lines a page
    const QPointF centre(m_text.right() - m_sealCentreRight,
                         m_text.top() + org.top() - pageIndex * pageHeight + lineHeight * m_sealCentreLines);
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height), m_seal);
    painter.restore();
}

} // namespace nianbao
