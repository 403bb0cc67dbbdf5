#pragma once

#include <core/evidence/signaturestrokes.h>
#include <evidence/strokesmoothing.h>

#include <QElapsedTimer>
#include <QPointer>
#include <QQuickItem>
#include <QVariantList>

#include <vector>

class QSGGeometry;

namespace kakunin {

// The signature pad (署名欄): records the signature as timed strokes, finger, pen or mouse, and draws it as
// it is written with a scene-graph triangle strip whose width follows the pen's speed (docs/evidence.md).
// It only records and draws: whether a signature is acceptable is SignatureStrokes::validate().
class SignaturePad : public QQuickItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int strokeCount READ strokeCount NOTIFY strokesChanged)
    Q_PROPERTY(int pointCount READ pointCount NOTIFY strokesChanged)
    Q_PROPERTY(bool empty READ isEmpty NOTIFY strokesChanged)
    Q_PROPERTY(bool drawing READ isDrawing NOTIFY drawingChanged)

public:
    explicit SignaturePad(QQuickItem *parent = nullptr);
    ~SignaturePad() override;

    int strokeCount() const { return static_cast<int>(m_strokes.size()); }
    int pointCount() const;
    bool isEmpty() const { return m_strokes.empty(); }
    bool isDrawing() const { return m_drawing; }

    Q_INVOKABLE void clear();
    Q_INVOKABLE void undoLastStroke();
    // A kakunin::SignatureError code (0 = acceptable); the page turns it into words.
    Q_INVOKABLE int validate() const;
    // The reason validate() gives, in the user's language; empty when the signature is acceptable.
    Q_INVOKABLE QString validationMessage() const;
    // Every point's t (ms since the first point), in recording order; for tests and diagnostics.
    Q_INVOKABLE QVariantList pointTimes() const;

    // The signature as recorded, on a pad of this item's size.
    SignatureStrokes strokes() const;

    // Copies a stroke's triangle strip into a scene-graph geometry (reallocating it when the size changes).
    // The per-point path of the pad: LiveStroke::addPoint() then this; the bench calls both without a window.
    static void fillGeometry(QSGGeometry &geometry, const std::vector<evidence::StripVertex> &vertices);

signals:
    void strokesChanged();
    void drawingChanged();
    void strokeFinished();

protected:
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *) override;
    void mousePressEvent(QMouseEvent *e) override;
    void mouseMoveEvent(QMouseEvent *e) override;
    void mouseReleaseEvent(QMouseEvent *e) override;
    void mouseUngrabEvent() override;
    void touchEvent(QTouchEvent *e) override;
    void touchUngrabEvent() override;
    void itemChange(ItemChange change, const ItemChangeData &value) override;
    bool eventFilter(QObject *watched, QEvent *e) override;

private:
    struct PadStroke {
        Stroke points;
        evidence::LiveStroke live;
        bool dirty = true;
    };

    void beginStroke(QPointF pos, int pressure);
    void extendStroke(QPointF pos, int pressure);
    void endStroke();
    void addPoint(QPointF pos, int pressure);
    void setDrawing(bool on);
    void changed();
    QSGNode *updateSoftwareNode(QSGNode *old);
    int touchPressure(const QTouchEvent *e, const QEventPoint &pt) const;
    int mousePressure(const QMouseEvent *e) const;

    std::vector<PadStroke> m_strokes;
    QElapsedTimer m_clock; // started at the first point of the signature
    qint32 m_lastT = 0;
    bool m_drawing = false;
    int m_touchId = -1;
    bool m_rebuildNodes = false;
    quint64 m_revision = 1; // bumped on every change of the strokes
    quint64 m_paintedRevision = 0; // software fallback: what its image shows
    QSizeF m_paintedSize;
    QPointer<QQuickWindow> m_window; // watched for raw touch moves and pen pressure (see eventFilter)
    int m_penPressure = -1; // of the latest tablet event, for the mouse events Qt makes from it
};

} // namespace kakunin
