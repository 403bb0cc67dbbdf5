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
                objectName: "settingsButton"
                text: qsTr("Settings")
                font.pixelSize: Theme.fontBody
                Layout.preferredHeight: Theme.touchTarget
                Material.foreground: "white"
                onClicked: Navigation.open("SettingsPage", {})
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

        TodayVisitsPanel {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
        }

        // My customers (P4: only the signed-in rep's own), with a search by name or business.
        Pane {
            objectName: "myCustomers"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 2
            padding: Theme.spacing * 1.5
            background: Rectangle {
                color: Theme.surface
                radius: Theme.radius
                border.color: "#dde1e6"
            }

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacing

                RowLayout {
                    Layout.fillWidth: true

                    Label {
                        objectName: "myCustomersTitle"
                        Layout.fillWidth: true
                        text: qsTr("My customers")
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: Theme.text
                    }

                    Label {
                        objectName: "customerCount"
                        visible: Customers.totalCount > 0
                        text: qsTr("%n customer(s)", "", Customers.totalCount)
                        font.pixelSize: Theme.fontSmall
                        color: Theme.mutedText
                    }
                }

                TextField {
                    id: search

                    objectName: "customerSearch"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget
                    visible: Customers.totalCount > 0
                    placeholderText: qsTr("Search by name or business")
                    font.pixelSize: Theme.fontBody
                    text: Customers.filterText
                    onTextChanged: Customers.filterText = search.text
                }

                ListView {
                    id: customerList

                    objectName: "customerList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    visible: customerList.count > 0
                    clip: true
                    model: Customers
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {}
                    delegate: CustomerRow {
                        id: row

                        width: ListView.view.width
                        onClicked: Navigation.open("CustomerPage", {customerId: row.customerId})
                    }
                }

                Label {
                    objectName: "customersEmpty"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    visible: customerList.count === 0
                    text: Customers.totalCount === 0 ? qsTr("No customers on this tablet yet.")
                                                     : qsTr("No customer matches “%1”.").arg(Customers.filterText)
                    wrapMode: Text.Wrap
                    color: Theme.mutedText
                    font.pixelSize: Theme.fontBody
                    verticalAlignment: Text.AlignVCenter
                    horizontalAlignment: Text.AlignHCenter
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            spacing: Theme.spacing * 1.5

            NextContractsPanel {
                Layout.fillWidth: true
                Layout.fillHeight: true
            }

            SyncPanel {
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
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
