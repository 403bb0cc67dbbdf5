#pragma once

#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace kakunin {

class DeliveryLecture;

// Shows the customer's delivery copy as rendered by the PDF's layout (lecturecopy.h, deliveryPreviewPages): its pages
// one below the other on a grey desk, scaled to the item's width; the implicit height follows the pages.
// Empty until the copy is written.
class LectureCopyPreview : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kakunin::DeliveryLecture *lecture READ lecture WRITE setLecture NOTIFY lectureChanged)
    Q_PROPERTY(bool empty READ empty NOTIFY imageChanged)

public:
    explicit LectureCopyPreview(QQuickItem *parent = nullptr);

    DeliveryLecture *lecture() const { return m_lecture; }
    void setLecture(DeliveryLecture *lecture);
    bool empty() const;

    void paint(QPainter *painter) override;

signals:
    void lectureChanged();
    void imageChanged();

private:
    void refit();
    qreal pagesHeight(qreal width) const;

    QPointer<DeliveryLecture> m_lecture;
};

} // namespace kakunin
