#include "signaturepad.h"

#include "errortext.h"

#include <evidence/strokerenderer.h>

#include <QPainter>
#include <QPointingDevice>
#include <QQuickWindow>
#include <QSGFlatColorMaterial>
#include <QSGGeometryNode>
#include <QSGImageNode>
#include <QSGRendererInterface>
#include <QTabletEvent>
#include <QTouchEvent>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace kakunin {

static_assert(sizeof(evidence::StripVertex) == sizeof(QSGGeometry::Point2D));

SignaturePad::SignaturePad(QQuickItem *parent) : QQuickItem(parent)
{
    setFlag(ItemHasContents, true);
    setAcceptedMouseButtons(Qt::LeftButton);
    setAcceptTouchEvents(true);
    setAcceptHoverEvents(false);
}

SignaturePad::~SignaturePad() = default;

int SignaturePad::pointCount() const
{
    int n = 0;
    for (const PadStroke &s : m_strokes)
        n += static_cast<int>(s.points.size());
    return n;
}

void SignaturePad::clear()
{
    if (m_drawing)
        endStroke();
    if (m_strokes.empty() && !m_clock.isValid())
        return;
    m_strokes.clear();
    m_clock.invalidate(); // the next signature's time starts at its own first point
    m_lastT = 0;
    m_rebuildNodes = true;
    changed();
}

void SignaturePad::undoLastStroke()
{
    if (m_drawing)
        endStroke();
    if (m_strokes.empty())
        return;
    m_strokes.pop_back();
    m_rebuildNodes = true;
    changed();
}

int SignaturePad::validate() const
{
    return static_cast<int>(strokes().validate());
}

QVariantList SignaturePad::pointTimes() const
{
    QVariantList out;
    for (const PadStroke &s : m_strokes)
        for (const StrokePoint &p : s.points)
            out.append(p.t);
    return out;
}

SignatureStrokes SignaturePad::strokes() const
{
    SignatureStrokes s;
    s.width = static_cast<qint32>(std::lround(width() * 10));
    s.height = static_cast<qint32>(std::lround(height() * 10));
    for (const PadStroke &ps : m_strokes) {
        // Points were clamped to the pad when recorded; a pad that shrank since still holds them all.
        for (const StrokePoint &p : ps.points) {
            s.width = std::max(s.width, p.x);
            s.height = std::max(s.height, p.y);
        }
        s.strokes.append(ps.points);
    }
    return s;
}

void SignaturePad::fillGeometry(QSGGeometry &geometry, const std::vector<evidence::StripVertex> &vertices)
{
    const int n = static_cast<int>(vertices.size());
    if (geometry.vertexCount() != n)
        geometry.allocate(n);
    if (n > 0)
        std::memcpy(geometry.vertexData(), vertices.data(), vertices.size() * sizeof(evidence::StripVertex));
}

void SignaturePad::changed()
{
    ++m_revision;
    update();
    emit strokesChanged();
}

// Without a GPU (the software scene graph, e.g. the offscreen platform in CI) geometry nodes are not
// drawn: there the pad shows the strokes painted by the renderer that makes the PNG, once per frame.
QSGNode *SignaturePad::updateSoftwareNode(QSGNode *old)
{
    auto *node = static_cast<QSGImageNode *>(old);
    if (node == nullptr) {
        node = window()->createImageNode();
        node->setOwnsTexture(true);
    }
    const QSizeF size = boundingRect().size();
    if (m_paintedRevision != m_revision || m_paintedSize != size) {
        const qreal dpr = window()->effectiveDevicePixelRatio();
        const QSize pixels(std::max(1, static_cast<int>(std::ceil(size.width() * dpr))),
            std::max(1, static_cast<int>(std::ceil(size.height() * dpr))));
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            evidence::paintSignature(painter, strokes(), QRectF(QPointF(0, 0), QSizeF(pixels)));
        }
        node->setTexture(window()->createTextureFromImage(image, QQuickWindow::TextureHasAlphaChannel));
        m_paintedRevision = m_revision;
        m_paintedSize = size;
    }
    node->setRect(boundingRect());
    return node;
}

QSGNode *SignaturePad::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    if (window() != nullptr && window()->rendererInterface() != nullptr
        && window()->rendererInterface()->graphicsApi() == QSGRendererInterface::Software)
        return updateSoftwareNode(old);
    // One geometry node per stroke: while writing, only the stroke under the pen is re-uploaded.
    QSGNode *root = old != nullptr ? old : new QSGNode;
    if (m_rebuildNodes) {
        while (QSGNode *child = root->firstChild()) {
            root->removeChildNode(child);
            delete child;
        }
        for (PadStroke &s : m_strokes)
            s.dirty = true;
        m_rebuildNodes = false;
    }
    QSGNode *child = root->firstChild();
    for (PadStroke &s : m_strokes) {
        auto *node = static_cast<QSGGeometryNode *>(child);
        if (node == nullptr) {
            node = new QSGGeometryNode;
            auto *geometry = new QSGGeometry(QSGGeometry::defaultAttributes_Point2D(), 0);
            geometry->setDrawingMode(QSGGeometry::DrawTriangleStrip);
            geometry->setVertexDataPattern(QSGGeometry::DynamicPattern);
            node->setGeometry(geometry);
            auto *material = new QSGFlatColorMaterial;
            material->setColor(Qt::black);
            node->setMaterial(material);
            node->setFlags(QSGNode::OwnsGeometry | QSGNode::OwnsMaterial);
            root->appendChildNode(node);
            s.dirty = true;
        }
        if (s.dirty) {
            fillGeometry(*node->geometry(), s.live.vertices());
            node->geometry()->markVertexDataDirty();
            node->markDirty(QSGNode::DirtyGeometry);
            s.dirty = false;
        }
        child = node->nextSibling();
    }
    return root;
}

void SignaturePad::addPoint(QPointF pos, int pressure)
{
    if (m_strokes.empty())
        return;
    PadStroke &s = m_strokes.back();
    const qint32 x = static_cast<qint32>(std::lround(std::clamp(pos.x(), 0.0, std::max(width(), 0.0)) * 10));
    const qint32 y = static_cast<qint32>(std::lround(std::clamp(pos.y(), 0.0, std::max(height(), 0.0)) * 10));
    if (!s.points.isEmpty() && s.points.back().x == x && s.points.back().y == y)
        return; // the pen rests
    if (!m_clock.isValid())
        m_clock.start();
    // QElapsedTimer is monotonic; max() only guards against a clock restarted by clear() mid-stroke.
    m_lastT = std::max(m_lastT, static_cast<qint32>(std::min<qint64>(m_clock.elapsed(), INT32_MAX)));
    const StrokePoint p {x, y, m_lastT, pressure};
    s.points.append(p);
    s.live.addPoint(static_cast<float>(x) / 10.0f, static_cast<float>(y) / 10.0f, p.t, p.pressure);
    s.dirty = true;
    changed();
}

void SignaturePad::beginStroke(QPointF pos, int pressure)
{
    if (m_drawing)
        endStroke();
    m_strokes.emplace_back();
    setDrawing(true);
    addPoint(pos, pressure);
    if (m_strokes.back().points.isEmpty()) { // cannot happen, but never leave an empty stroke
        m_strokes.pop_back();
        setDrawing(false);
    }
}

void SignaturePad::extendStroke(QPointF pos, int pressure)
{
    if (m_drawing)
        addPoint(pos, pressure);
}

void SignaturePad::endStroke()
{
    if (!m_drawing)
        return;
    m_touchId = -1;
    setDrawing(false);
    emit strokeFinished();
}

void SignaturePad::setDrawing(bool on)
{
    if (m_drawing == on)
        return;
    m_drawing = on;
    emit drawingChanged();
}

// Qt Quick 6.4 hands tablet events to pointer handlers only; an item gets the mouse events Qt makes
// from a pen. Their device is the stylus, and the pressure is that of the tablet event just seen.
int SignaturePad::mousePressure(const QMouseEvent *e) const
{
    const QPointingDevice *dev = e->pointingDevice();
    const bool pen = dev != nullptr
        && (dev->type() == QInputDevice::DeviceType::Stylus || dev->type() == QInputDevice::DeviceType::Airbrush);
    return pen ? m_penPressure : -1;
}

void SignaturePad::mousePressEvent(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton) {
        e->ignore();
        return;
    }
    setKeepMouseGrab(true); // a Flickable around the pad must not steal the signature
    beginStroke(e->position(), mousePressure(e));
    e->accept();
}

void SignaturePad::mouseMoveEvent(QMouseEvent *e)
{
    extendStroke(e->position(), mousePressure(e));
    e->accept();
}

void SignaturePad::mouseReleaseEvent(QMouseEvent *e)
{
    extendStroke(e->position(), mousePressure(e));
    endStroke();
    setKeepMouseGrab(false);
    e->accept();
}

void SignaturePad::mouseUngrabEvent()
{
    endStroke();
}

int SignaturePad::touchPressure(const QTouchEvent *e, const QEventPoint &pt) const
{
    const bool known
        = e->device() != nullptr && e->device()->capabilities().testFlag(QInputDevice::Capability::Pressure);
    return known ? static_cast<int>(std::lround(std::clamp(pt.pressure(), 0.0, 1.0) * 1000)) : -1;
}

void SignaturePad::touchEvent(QTouchEvent *e)
{
    // One finger writes; further fingers (a palm, a second hand) are ignored.
    for (const QEventPoint &pt : e->points()) {
        const int p = touchPressure(e, pt);
        if (pt.state() == QEventPoint::Pressed && !m_drawing) {
            setKeepTouchGrab(true);
            beginStroke(pt.position(), p);
            m_touchId = pt.id();
        } else if (pt.id() == m_touchId && m_drawing) {
            extendStroke(pt.position(), p);
            if (pt.state() == QEventPoint::Released) {
                endStroke();
                setKeepTouchGrab(false);
            }
        }
    }
    if (e->type() == QEvent::TouchCancel)
        endStroke();
    e->accept();
}

void SignaturePad::touchUngrabEvent()
{
    endStroke();
}

void SignaturePad::itemChange(ItemChange change, const ItemChangeData &value)
{
    if (change == ItemSceneChange) {
        if (m_window != nullptr)
            m_window->removeEventFilter(this);
        m_window = value.window;
        if (m_window != nullptr)
            m_window->installEventFilter(this);
    }
    QQuickItem::itemChange(change, value);
}

// Two things only the window sees. Qt Quick merges the touch moves that arrive within one frame and
// delivers only the last: a signature must keep every sample, so while a finger writes, the pad also reads
// the window's raw touch moves (the merged move that follows repeats the last position and adds nothing).
// And a pen's pressure, which the mouse events made from it no longer carry.
bool SignaturePad::eventFilter(QObject *watched, QEvent *e)
{
    if (watched == m_window
        && (e->type() == QEvent::TabletPress || e->type() == QEvent::TabletMove
            || e->type() == QEvent::TabletRelease)) {
        const auto *te = static_cast<const QTabletEvent *>(e);
        const QPointingDevice *dev = te->pointingDevice();
        const bool known = dev != nullptr && dev->capabilities().testFlag(QInputDevice::Capability::Pressure);
        m_penPressure = known ? static_cast<int>(std::lround(std::clamp(te->pressure(), 0.0, 1.0) * 1000)) : -1;
        return QQuickItem::eventFilter(watched, e);
    }
    if (watched == m_window && e->type() == QEvent::TouchUpdate && m_drawing && m_touchId >= 0) {
        const auto *te = static_cast<const QTouchEvent *>(e);
        for (const QEventPoint &pt : te->points())
            if (pt.id() == m_touchId && pt.state() == QEventPoint::Updated)
                extendStroke(mapFromScene(pt.scenePosition()), touchPressure(te, pt));
    }
    return QQuickItem::eventFilter(watched, e);
}

QString SignaturePad::validationMessage() const
{
    return signatureErrorText(static_cast<SignatureError>(validate()));
}

} // namespace kakunin
