#pragma once

#include <QPointer>
#include <QQuickItem>
#include <QQuickWindow>
#include <QString>

#include <functional>

namespace kakunin::test {

// Drives the real QML like a person would: finds things by objectName, taps them where they are on screen,
// types, draws, and photographs the window. Used by the tour test and the UI benchmark.
class UiDriver {
public:
    UiDriver(QQuickWindow *window, QString shotDir, QString language);

    QQuickWindow *window() const { return m_window; }

    // The visible item with this objectName (the page on top of a stack wins over those below it);
    // null when none is visible.
    QQuickItem *find(const QString &objectName) const;
    // Any object (visible or not, item or not) with this objectName under the window.
    QObject *findObject(const QString &objectName) const;

    // Lets the event loop run until the condition holds or the time is up (for work that runs off the UI
    // thread, e.g. unlocking); rules never wait on this, they run on the injected clock.
    bool waitFor(const std::function<bool()> &condition, int timeoutMs = 10000);
    bool waitForItem(const QString &objectName, int timeoutMs = 10000);

    // Taps the centre of the item after scrolling it into view; false if it is hidden or disabled.
    bool tap(QQuickItem *item);
    bool tap(const QString &objectName);
    // Gives the field focus by tapping it and types the text.
    bool type(const QString &objectName, const QString &text);
    // Draws a short signature-like stroke set inside the item.
    bool sign(const QString &objectName);

    // The item's "text" property (labels, buttons, fields).
    QString text(const QString &objectName) const;
    bool enabled(const QString &objectName) const;
    // Every visible text under the item (or the whole window), joined by newlines: what the user can read.
    QString visibleText(QQuickItem *under = nullptr) const;

    // Saves build/tour/NN-name-LANG.png and returns its path.
    QString shot(const QString &name);
    // The next shot's NN (a second run in the same folder continues where the first stopped).
    void setNextShotNumber(int n) { m_shots = n - 1; }

private:
    void scrollIntoView(QQuickItem *item);
    QPointer<QQuickWindow> m_window;
    QString m_shotDir;
    QString m_language;
    int m_shots = 0;
};

} // namespace kakunin::test
