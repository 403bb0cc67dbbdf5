import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kakunin.Ui

// One confirmation call (M2) in the side card: C1/C2/C3, a mark for its status and its result in words.
RowLayout {
    id: root

    required property string stage
    required property string status // "later", "waiting", "problem", "clean", "not_made"
    required property string text

    spacing: Theme.spacing

    // The badge sits at the top when the text wraps.
    Item {
        Layout.preferredWidth: 48
        Layout.fillHeight: true
        implicitHeight: 32

        Rectangle {
            objectName: root.objectName + "Badge"
            anchors.top: parent.top
            width: parent.width
            height: 32
            radius: 16
            color: root.status === "clean" ? Theme.success
                 : root.status === "problem" ? "#ef6c00"
                 : root.status === "waiting" ? Theme.primary : "#c7cdd4"

            Label {
                anchors.centerIn: parent
                text: root.stage
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: "white"
            }
        }
    }

    Label {
        objectName: root.objectName + "Text"
        Layout.fillWidth: true
        text: root.text
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall + 1
        font.bold: root.status === "problem"
        color: root.status === "later" || root.status === "not_made" ? Theme.mutedText : Theme.text
    }
}
