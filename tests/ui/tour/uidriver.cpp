#include "uidriver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>

namespace kakunin::test {

namespace {

bool effectivelyVisible(const QQuickItem *item)
{
    for (const QQuickItem *i = item; i != nullptr; i = i->parentItem())
        if (!i->isVisible() || i->opacity() <= 0.0)
            return false;
    return true;
}

void collect(QQuickItem *item, const QString &name, QList<QQuickItem *> &out)
{
    if (item->objectName() == name)
        out.append(item);
    for (QQuickItem *child : item->childItems())
        collect(child, name, out);
}

void collectText(QQuickItem *item, QStringList &out)
{
    if (!item->isVisible() || item->opacity() <= 0.0)
        return;
    const QVariant text = item->property("text");
    if (text.isValid() && text.canConvert<QString>()) {
        const QString s = text.toString().trimmed();
        if (!s.isEmpty())
            out.append(s);
    }
    for (QQuickItem *child : item->childItems())
        collectText(child, out);
}

} // namespace

UiDriver::UiDriver(QQuickWindow *window, QString shotDir, QString language)
    : m_window(window), m_shotDir(std::move(shotDir)), m_language(std::move(language))
{
    QDir().mkpath(m_shotDir);
}

QQuickItem *UiDriver::find(const QString &objectName) const
{
    QList<QQuickItem *> found;
    collect(m_window->contentItem(), objectName, found);
    // Later in the tree is drawn on top (the newest page of a stack, a popup): prefer it.
    for (auto it = found.crbegin(); it != found.crend(); ++it)
        if (effectivelyVisible(*it))
            return *it;
    // A popup (Popup, Dialog) is not an item itself: its content item stands for it while it is open.
    const QList<QObject *> objects = m_window->findChildren<QObject *>(objectName);
    for (QObject *o : objects) {
        if (!o->inherits("QQuickPopup") || !o->property("visible").toBool())
            continue;
        if (auto *content = qvariant_cast<QQuickItem *>(o->property("contentItem"));
            content && effectivelyVisible(content))
            return content;
    }
    return nullptr;
}

QObject *UiDriver::findObject(const QString &objectName) const
{
    QList<QQuickItem *> found;
    collect(m_window->contentItem(), objectName, found);
    if (!found.isEmpty())
        return found.constLast();
    return m_window->findChild<QObject *>(objectName);
}

bool UiDriver::waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QTest::qWait(10);
    }
    return true;
}

bool UiDriver::waitForItem(const QString &objectName, int timeoutMs)
{
    return waitFor([&] { return find(objectName) != nullptr; }, timeoutMs);
}

void UiDriver::scrollIntoView(QQuickItem *item)
{
    for (QQuickItem *p = item->parentItem(); p != nullptr; p = p->parentItem()) {
        if (!p->inherits("QQuickFlickable"))
            continue;
        const QRectF inFlickable = item->mapRectToItem(p, item->boundingRect());
        const qreal contentY = p->property("contentY").toReal();
        const qreal contentHeight = p->property("contentHeight").toReal();
        if (inFlickable.top() < 0 || inFlickable.bottom() > p->height()) {
            qreal target = contentY + inFlickable.center().y() - p->height() / 2;
            target = qBound(0.0, target, qMax(0.0, contentHeight - p->height()));
            p->setProperty("contentY", target);
            QTest::qWait(20);
        }
    }
}

bool UiDriver::tap(QQuickItem *item)
{
    if (item == nullptr || !effectivelyVisible(item) || !item->isEnabled())
        return false;
    scrollIntoView(item);
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    QTest::qWait(30);
    return true;
}

bool UiDriver::tap(const QString &objectName)
{
    return tap(find(objectName));
}

bool UiDriver::type(const QString &objectName, const QString &text)
{
    QQuickItem *field = find(objectName);
    if (!tap(field))
        return false;
    field->forceActiveFocus();
    // Direct text input, as an input method commits it (keyClicks cannot type kana).
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QCoreApplication::sendEvent(field, &commit);
    QTest::qWait(20);
    return field->property("text").toString().endsWith(text);
}

bool UiDriver::sign(const QString &objectName)
{
    QQuickItem *pad = find(objectName);
    if (pad == nullptr || !pad->isEnabled())
        return false;
    scrollIntoView(pad);
    const QPointF origin = pad->mapToScene(QPointF(0, 0));
    const qreal w = pad->width(), h = pad->height();
    // Two strokes: a wave and a short underline, like a hurried signature.
    const auto stroke = [&](const QList<QPointF> &points) {
        QTest::mousePress(m_window, Qt::LeftButton, Qt::NoModifier, (origin + points.first()).toPoint());
        for (const QPointF &p : points.mid(1))
            QTest::mouseMove(m_window, (origin + p).toPoint(), 8);
        QTest::mouseRelease(m_window, Qt::LeftButton, Qt::NoModifier, (origin + points.last()).toPoint(), 8);
    };
    QList<QPointF> wave;
    for (int i = 0; i <= 24; ++i) {
        const qreal x = w * (0.15 + 0.6 * i / 24.0);
        const qreal y = h * (0.45 + 0.18 * ((i % 6 < 3) ? (i % 3) : (3 - i % 3)) / 3.0);
        wave.append({x, y});
    }
    stroke(wave);
    stroke({{w * 0.2, h * 0.75}, {w * 0.4, h * 0.74}, {w * 0.6, h * 0.76}, {w * 0.78, h * 0.75}});
    QTest::qWait(30);
    return true;
}

QString UiDriver::text(const QString &objectName) const
{
    const QQuickItem *item = find(objectName);
    return item != nullptr ? item->property("text").toString() : QString();
}

bool UiDriver::enabled(const QString &objectName) const
{
    const QQuickItem *item = find(objectName);
    return item != nullptr && item->isEnabled();
}

QString UiDriver::visibleText(QQuickItem *under) const
{
    QStringList out;
    collectText(under != nullptr ? under : m_window->contentItem(), out);
    return out.join(QLatin1Char('\n'));
}

QString UiDriver::shot(const QString &name)
{
    QTest::qWait(50); // let the last frame settle (animations of the controls style)
    const QString path = QDir(m_shotDir).filePath(
        QStringLiteral("%1-%2-%3.png").arg(++m_shots, 2, 10, QLatin1Char('0')).arg(name, m_language));
    m_window->grabWindow().save(path);
    return path;
}

} // namespace kakunin::test
