import QtQuick
import QtQuick.Controls
import Kakunin.Ui

// The unlocked app: one stack of pages over home, opened through the Navigation singleton.
StackView {
    id: root

    objectName: "stack"

    initialItem: HomePage {}

    Component.onCompleted: Navigation.stack = root
}
