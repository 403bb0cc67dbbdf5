import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kakunin.Ui

// A titled card of the settings page; its children go below the title.
Pane {
    id: root

    required property string title
    default property alias content: body.data

    padding: Theme.spacing * 1.5
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: "#dde1e6"
    }

    ColumnLayout {
        id: body

        width: root.availableWidth
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: root.title
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
    }
}
