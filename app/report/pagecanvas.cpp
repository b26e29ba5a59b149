#include "pagecanvas.h"

#include <QPainter>
#include <QTextLayout>

namespace nianbao {

void PainterCanvas::fillRect(const QRectF &rect, const QColor &color)
{
    m_painter.fillRect(rect, color);
}

void PainterCanvas::strokeRect(const QRectF &rect, double width)
{
    QPen rule(Qt::black, width);
    rule.setJoinStyle(Qt::MiterJoin);
    m_painter.save();
    m_painter.setPen(rule);
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawRect(rect);
    m_painter.restore();
}

void PainterCanvas::drawTextLine(const QTextLayout &layout, int line, const QPointF &origin)
{
    m_painter.setPen(Qt::black);
    layout.lineAt(line).draw(&m_painter, origin);
}

void PainterCanvas::drawImage(const QRectF &target, const QImage &image)
{
    m_painter.save();
    m_painter.setRenderHint(QPainter::SmoothPixmapTransform);
    m_painter.drawImage(target, image);
    m_painter.restore();
}

} // namespace nianbao
