import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kakunin.Ui

// The bar on top of every page below home: back, the page's title, and room for actions on the right.
ToolBar {
    id: root

    required property string title
    property bool canGoBack: true
    default property alias actions: actionRow.data

    signal backRequested

    height: Theme.touchTarget + 8

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing / 2
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing

        ToolButton {
            objectName: "backButton"
            visible: root.canGoBack
            text: qsTr("Back")
            font.pixelSize: Theme.fontBody
            Layout.preferredHeight: Theme.touchTarget
            Layout.minimumWidth: Theme.touchTarget
            Material.foreground: "white"
            onClicked: root.backRequested()
        }

        Label {
            objectName: "pageTitle"
            text: root.title
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: "white"
            elide: Text.ElideRight
            Layout.fillWidth: true
            Layout.leftMargin: root.canGoBack ? 0 : Theme.spacing
        }

        RowLayout {
            id: actionRow

            spacing: Theme.spacing / 2
        }
    }
}
