import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kakunin.App
import Kakunin.Ui

// Home: today's visits, my customers and the sync state. Empty until there is work on this tablet.
Page {
    id: root

    objectName: "homePage"

    background: Rectangle {
        color: Theme.background
    }

    header: ToolBar {
        height: Theme.touchTarget + 8

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacing * 1.5
            anchors.rightMargin: Theme.spacing

            Label {
                text: qsTr("Kakunin")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: "white"
                Layout.fillWidth: true
            }

            ToolButton {
                objectName: "lockButton"
                text: qsTr("Lock")
                font.pixelSize: Theme.fontBody
                Layout.preferredHeight: Theme.touchTarget
                Material.foreground: "white"
                onClicked: Session.lock()
            }
        }
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        columns: 3
        rowSpacing: Theme.spacing * 1.5
        columnSpacing: Theme.spacing * 1.5

        EmptyState {
            objectName: "todaysVisits"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            title: qsTr("Today's visits")
            message: qsTr("No appointments today.")
        }

        EmptyState {
            objectName: "myCustomers"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            title: qsTr("My customers")
            message: qsTr("No customers on this tablet yet.")
        }

        EmptyState {
            objectName: "syncState"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            title: qsTr("Head office")
            message: qsTr("This tablet is not connected to head office yet. Records stay encrypted on the tablet.")
        }
    }

    footer: Label {
        objectName: "deviceInfo"
        padding: Theme.spacing
        color: Theme.mutedText
        font.pixelSize: Theme.fontSmall
        text: qsTr("Device %1 · %n record(s) on this tablet", "", Session.eventCount).arg(Session.deviceId)
    }
}
