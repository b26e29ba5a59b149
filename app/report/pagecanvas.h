#pragma once
// What a laid-out report page is drawn on: a QPainter (printing, preview, pictures) or the PDF
// file written with cairo (cairopdf.h). Every place and length is in the layout's device pixels,
// from the page's top-left corner.

#include <QColor>
#include <QPointF>
#include <QRectF>

class QImage;
class QPainter;
class QTextLayout;

namespace nianbao {

class PageCanvas
{
public:
    virtual ~PageCanvas() = default;
    virtual void fillRect(const QRectF &rect, const QColor &color) = 0;
    // A black frame whose line is `width` wide, centred on the rectangle's edges.
    virtual void strokeRect(const QRectF &rect, double width) = 0;
    // One line of a shaped text, in black; `origin` is where the layout's own (0, 0) lies.
    virtual void drawTextLine(const QTextLayout &layout, int line, const QPointF &origin) = 0;
    virtual void drawImage(const QRectF &target, const QImage &image) = 0;
};

class PainterCanvas final : public PageCanvas
{
public:
    explicit PainterCanvas(QPainter &painter) : m_painter(painter) {}
    void fillRect(const QRectF &rect, const QColor &color) override;
    void strokeRect(const QRectF &rect, double width) override;
    void drawTextLine(const QTextLayout &layout, int line, const QPointF &origin) override;
    void drawImage(const QRectF &target, const QImage &image) override;

private:
    QPainter &m_painter;
};

} // namespace nianbao
