import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kakunin.App
import Kakunin.Ui

// Home, by role. A sales rep sees today's visits, my customers (P4), what is next and the sync state; an
// installer sees the deliveries that are next (NextContractsPanel shows those for installers) and the sync
// state, and no prospect list (installers do not sell). Landscape puts the panels side by side; portrait
// stacks them.
Page {
    id: root

    objectName: "homePage"

    readonly property bool landscape: root.width >= root.height
    readonly property bool installer: Session.installer

    background: Rectangle {
        color: Theme.background
    }

    header: ToolBar {
        height: Theme.touchTarget + 8

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacing * 1.5
            anchors.rightMargin: Theme.spacing
            spacing: Theme.spacing

            Label {
                text: qsTr("Kakunin")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: "white"
            }

            // Who is signed in and as what: the role decides what home offers.
            Label {
                objectName: "signedInUser"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                text: qsTr("%1 (%2)").arg(Session.userId).arg(Session.roleText)
                font.pixelSize: Theme.fontBody
                color: "white"
                elide: Text.ElideLeft
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
        columns: root.installer ? (root.landscape ? 2 : 1) : (root.landscape ? 3 : 2)
        rowSpacing: Theme.spacing * 1.5
        columnSpacing: Theme.spacing * 1.5

        // Sales only: not even created for an installer.
        Loader {
            objectName: "todaysVisitsLoader"
            active: !root.installer
            visible: active
            Layout.row: 0
            Layout.column: 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            // In landscape it shares its column with the next contracts half and half (equal preferred
            // heights larger than the column make the layout shrink both alike).
            Layout.preferredHeight: root.landscape ? root.height : -1
            Layout.maximumHeight: root.landscape ? root.height : 320
            sourceComponent: TodayVisitsPanel {}
        }

        Loader {
            objectName: "myCustomersLoader"
            active: !root.installer
            visible: active
            Layout.row: root.landscape ? 0 : 1
            Layout.column: root.landscape ? 1 : 0
            Layout.rowSpan: root.landscape ? 2 : 1
            Layout.columnSpan: root.landscape ? 1 : 2
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 2
            sourceComponent: myCustomersComponent
        }

        // Sales: the contracts that need the rep next (under today's visits in landscape). Installer: the
        // deliveries, the main panel.
        NextContractsPanel {
            Layout.row: !root.installer && root.landscape ? 1 : 0
            Layout.column: root.installer || root.landscape ? 0 : 1
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: root.installer ? 2 : 1
            Layout.preferredHeight: !root.installer && root.landscape ? root.height : -1
            Layout.maximumHeight: !root.installer && !root.landscape ? 320 : root.height
        }

        SyncPanel {
            Layout.row: root.installer ? (root.landscape ? 0 : 1) : (root.landscape ? 0 : 2)
            Layout.column: root.installer ? (root.landscape ? 1 : 0) : (root.landscape ? 2 : 0)
            Layout.rowSpan: !root.installer && root.landscape ? 2 : 1
            Layout.columnSpan: !root.installer && !root.landscape ? 2 : 1
            Layout.fillWidth: true
            Layout.fillHeight: root.landscape
            Layout.preferredWidth: 1
        }
    }

    Component {
        id: myCustomersComponent

            // My customers (P4: only the signed-in rep's own), with a search by name or business.
            Pane {
                objectName: "myCustomers"
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

                        Button {
                            objectName: "newCustomerButton"
                            Layout.preferredHeight: Theme.touchTarget
                            text: qsTr("New customer")
                            font.pixelSize: Theme.fontBody
                            highlighted: true
                            onClicked: Navigation.open("NewCustomerPage", {})
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

                    Item {
                        Layout.fillWidth: true
                        implicitHeight: customersLoading.implicitHeight
                        visible: Customers.loading && customerList.count === 0

                        BusyIndicator {
                            id: customersLoading

                            objectName: "customersLoading"
                            anchors.horizontalCenter: parent.horizontalCenter
                            running: parent.visible
                        }
                    }

                    Label {
                        objectName: "customersEmpty"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        visible: customerList.count === 0 && !Customers.loading
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
    }

    footer: Label {
        objectName: "deviceInfo"
        padding: Theme.spacing
        color: Theme.mutedText
        font.pixelSize: Theme.fontSmall
        text: qsTr("Device %1 · %n record(s) on this tablet", "", Session.eventCount).arg(Session.deviceId)
    }
}
