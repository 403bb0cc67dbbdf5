import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kakunin.Ui

// A label and its value in the timeline's side card, e.g. "Cooling-off" — "until 12/6 (Sat) (3 days left)".
// Hidden while there is nothing to say. The value label carries the fact's objectName + "Value".
RowLayout {
    id: root

    required property string label
    required property string value
    property color valueColor: Theme.text
    property bool strong: false

    visible: root.value !== ""
    spacing: Theme.spacing

    Label {
        Layout.preferredWidth: 150
        Layout.fillHeight: true
        verticalAlignment: Text.AlignTop
        text: root.label
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
        color: Theme.mutedText
    }

    Label {
        objectName: root.objectName + "Value"
        Layout.fillWidth: true
        text: root.value
        wrapMode: Text.Wrap
        font.pixelSize: root.strong ? Theme.fontBody : Theme.fontSmall + 1
        font.bold: root.strong
        color: root.valueColor
    }
}
