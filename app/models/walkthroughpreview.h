#pragma once

#include "walkthroughsession.h"

#include <QPointer>
#include <QQuickPaintedItem>

namespace kakunin {

// One page of the customer's copy as the walkthrough rendered it (WalkthroughSession::previewPage), drawn to
// fit the item, on white paper with a thin frame. Shows nothing while there is no such page.
class WalkthroughPreview : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kakunin::WalkthroughSession *walkthrough READ walkthrough WRITE setWalkthrough NOTIFY walkthroughChanged)
    Q_PROPERTY(int page READ page WRITE setPage NOTIFY pageChanged)
    Q_PROPERTY(bool available READ available NOTIFY imageChanged)
    // Width / height of the page (A4 portrait ≈ 0.707), for layouts that size the item.
    Q_PROPERTY(qreal aspectRatio READ aspectRatio NOTIFY imageChanged)

public:
    explicit WalkthroughPreview(QQuickItem *parent = nullptr);

    WalkthroughSession *walkthrough() const { return m_walkthrough; }
    void setWalkthrough(WalkthroughSession *w);
    int page() const { return m_page; }
    void setPage(int page);
    bool available() const { return !m_image.isNull(); }
    qreal aspectRatio() const;

    void paint(QPainter *painter) override;

signals:
    void walkthroughChanged();
    void pageChanged();
    void imageChanged();

private:
    void refresh();

    QPointer<WalkthroughSession> m_walkthrough;
    int m_page = 0;
    QImage m_image;
};

} // namespace kakunin
