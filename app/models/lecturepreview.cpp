#include "lecturepreview.h"

#include "deliverylecture.h"

#include <QPainter>

namespace kakunin {
namespace {

constexpr qreal Gap = 12; // between pages, and around them

} // namespace

LectureCopyPreview::LectureCopyPreview(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
    connect(this, &QQuickItem::widthChanged, this, &LectureCopyPreview::refit);
}

void LectureCopyPreview::setLecture(DeliveryLecture *lecture)
{
    if (lecture == m_lecture)
        return;
    if (m_lecture)
        disconnect(m_lecture, nullptr, this, nullptr);
    m_lecture = lecture;
    if (m_lecture)
        connect(m_lecture, &DeliveryLecture::copyChanged, this, &LectureCopyPreview::refit);
    emit lectureChanged();
    refit();
}

bool LectureCopyPreview::empty() const
{
    return !m_lecture || m_lecture->copyPages().isEmpty();
}

qreal LectureCopyPreview::pagesHeight(qreal width) const
{
    if (empty() || width <= 2 * Gap)
        return 0;
    qreal h = Gap;
    for (const QImage &page : m_lecture->copyPages())
        h += (width - 2 * Gap) * page.height() / std::max(1, page.width()) + Gap;
    return h;
}

void LectureCopyPreview::refit()
{
    setImplicitWidth(empty() ? 0 : m_lecture->copyPages().first().width() + 2 * Gap);
    setImplicitHeight(pagesHeight(width()));
    emit imageChanged();
    update();
}

void LectureCopyPreview::paint(QPainter *painter)
{
    if (empty())
        return;
    painter->fillRect(QRectF(0, 0, width(), height()), QColor(0xd9, 0xdd, 0xe2));
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    const qreal w = width() - 2 * Gap;
    qreal y = Gap;
    for (const QImage &page : m_lecture->copyPages()) {
        const QRectF target(Gap, y, w, w * page.height() / std::max(1, page.width()));
        painter->fillRect(target.translated(2, 2), QColor(0, 0, 0, 40)); // a soft edge under the paper
        painter->drawImage(target, page);
        y = target.bottom() + Gap;
    }
}

} // namespace kakunin
