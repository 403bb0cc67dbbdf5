import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kakunin.Ui

// A titled card that says plainly that there is nothing here yet.
Pane {
    id: root

    required property string title
    required property string message

    padding: Theme.spacing * 1.5
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: "#dde1e6"
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            text: root.title
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
        }

        Label {
            Layout.fillWidth: true
            Layout.fillHeight: true
            text: root.message
            wrapMode: Text.Wrap
            color: Theme.mutedText
            font.pixelSize: Theme.fontBody
            verticalAlignment: Text.AlignVCenter
            horizontalAlignment: Text.AlignHCenter
        }
    }
}
