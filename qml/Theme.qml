pragma Singleton
import QtQuick

// One place for sizes and colours: landscape tablet first, touch targets of at least 48 px.
QtObject {
    readonly property color primary: "#1f4e79"
    readonly property color accent: "#c0392b"
    readonly property color background: "#f5f6f8"
    readonly property color surface: "#ffffff"
    readonly property color text: "#1d232b"
    readonly property color mutedText: "#5b6673"
    readonly property color error: "#b3261e"
    readonly property color success: "#2e7d32"

    readonly property int touchTarget: 64
    readonly property int minTouch: 48
    readonly property int spacing: 16
    readonly property int radius: 12

    readonly property int fontSmall: 16
    readonly property int fontBody: 20
    readonly property int fontLarge: 28
    readonly property int fontTitle: 40
    readonly property string fontFamily: "Noto Sans CJK JP"
}
