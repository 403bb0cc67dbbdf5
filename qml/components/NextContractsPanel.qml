import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kakunin.App
import Kakunin.Ui

// Home panel "Next for me": the contracts that need the signed-in user next (NextContractsModel decides,
// by role), each saying what is next; a tap opens the contract's timeline, or the lecture for an installer.
Pane {
    id: root

    objectName: "nextContracts"
    padding: Theme.spacing * 1.5
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: "#dde1e6"
    }

    NextContracts {
        id: nextModel

        session: Session
    }

    // Back on home from another page: deadlines and stages may have moved on.
    onVisibleChanged: {
        if (root.visible)
            nextModel.reload()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing / 2

        RowLayout {
            Layout.fillWidth: true

            Label {
                objectName: "nextContractsTitle"
                Layout.fillWidth: true
                text: qsTr("Next for me")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }

            // How many, as a small round badge: the column is narrow on a rep's home.
            Rectangle {
                objectName: "nextContractsCount"
                visible: nextModel.count > 0
                implicitWidth: Math.max(implicitHeight, countLabel.implicitWidth + Theme.spacing)
                implicitHeight: countLabel.implicitHeight + Theme.spacing / 2
                radius: height / 2
                color: Theme.primary

                Label {
                    id: countLabel

                    anchors.centerIn: parent
                    text: nextModel.count
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: "white"
                }
            }
        }

        ListView {
            id: list

            objectName: "nextContractsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            // Asks home for room for its rows (up to three), so the panel is not squeezed by its neighbours.
            Layout.preferredHeight: list.contentHeight
            Layout.minimumHeight: Math.min(list.contentHeight, Theme.touchTarget * 3)
            visible: list.count > 0
            clip: true
            model: nextModel.contracts
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: row

                required property string contractId
                required property string customerName
                required property string business
                required property string product
                required property string reason
                required property string nextText
                required property string detailText
                required property string page
                required property bool urgent

                objectName: "nextContract_" + row.contractId
                width: ListView.view.width
                leftPadding: Theme.spacing / 2
                rightPadding: Theme.spacing / 2
                topPadding: Theme.spacing / 2
                bottomPadding: Theme.spacing / 2
                implicitHeight: Math.max(Theme.touchTarget, row.implicitContentHeight + row.topPadding + row.bottomPadding)
                onClicked: Navigation.open(row.page, {contractId: row.contractId})

                background: Rectangle {
                    color: row.pressed ? "#e8edf3" : Theme.surface
                    Rectangle {
                        anchors.left: parent.left
                        anchors.top: parent.top
                        anchors.bottom: parent.bottom
                        width: 4
                        color: row.urgent ? Theme.accent : Theme.primary
                    }
                    Rectangle {
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.bottom: parent.bottom
                        height: 1
                        color: "#dde1e6"
                    }
                }

                contentItem: ColumnLayout {
                    spacing: 2

                    Label {
                        objectName: "nextCustomer"
                        Layout.fillWidth: true
                        Layout.leftMargin: Theme.spacing / 2
                        text: row.customerName
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.text
                    }

                    Label {
                        objectName: "nextText"
                        Layout.fillWidth: true
                        Layout.leftMargin: Theme.spacing / 2
                        text: row.nextText
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontSmall
                        color: row.urgent ? Theme.accent : Theme.primary
                    }

                    Label {
                        objectName: "nextDetail"
                        Layout.fillWidth: true
                        Layout.leftMargin: Theme.spacing / 2
                        visible: row.detailText !== ""
                        text: row.detailText
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontSmall - 2
                        color: Theme.mutedText
                    }
                }
            }
        }

        Label {
            objectName: "nextContractsEmpty"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: list.count === 0
            text: qsTr("No contract needs you now.")
            wrapMode: Text.Wrap
            color: Theme.mutedText
            font.pixelSize: Theme.fontBody
            verticalAlignment: Text.AlignVCenter
            horizontalAlignment: Text.AlignHCenter
        }
    }
}
