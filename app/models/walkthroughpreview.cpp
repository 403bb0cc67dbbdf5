#include "walkthroughpreview.h"

#include <QPainter>

namespace kakunin {

WalkthroughPreview::WalkthroughPreview(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
}

void WalkthroughPreview::setWalkthrough(WalkthroughSession *w)
{
    if (w == m_walkthrough)
        return;
    if (m_walkthrough)
        m_walkthrough->disconnect(this);
    m_walkthrough = w;
    if (m_walkthrough)
        connect(m_walkthrough, &WalkthroughSession::copyChanged, this, &WalkthroughPreview::refresh);
    emit walkthroughChanged();
    refresh();
}

void WalkthroughPreview::setPage(int page)
{
    if (page == m_page)
        return;
    m_page = page;
    emit pageChanged();
    refresh();
}

qreal WalkthroughPreview::aspectRatio() const
{
    return m_image.isNull() ? 210.0 / 297.0 : qreal(m_image.width()) / m_image.height();
}

void WalkthroughPreview::refresh()
{
    m_image = m_walkthrough ? m_walkthrough->previewPage(m_page) : QImage();
    if (!m_image.isNull()) {
        setImplicitWidth(m_image.width());
        setImplicitHeight(m_image.height());
    }
    emit imageChanged();
    update();
}

void WalkthroughPreview::paint(QPainter *painter)
{
    if (m_image.isNull())
        return;
    QSizeF size = m_image.size();
    size.scale(width(), height(), Qt::KeepAspectRatio);
    const QRectF target((width() - size.width()) / 2, (height() - size.height()) / 2, size.width(), size.height());
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawImage(target, m_image);
    painter->setPen(QPen(QColor(0xb8, 0xc0, 0xca), 1));
    painter->drawRect(target.adjusted(0.5, 0.5, -0.5, -0.5));
}

} // namespace kakunin
