import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kakunin.Ui

// A titled white card of the customer and visit screens; what it holds is laid out in a column.
Pane {
    id: root

    property string title
    default property alias content: column.data

    padding: Theme.spacing * 1.5
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: "#dde1e6"
    }

    ColumnLayout {
        id: column

        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing

        Label {
            objectName: "cardTitle"
            visible: root.title.length > 0
            Layout.fillWidth: true
            text: root.title
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
    }
}
