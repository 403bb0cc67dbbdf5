import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kakunin.App
import Kakunin.Ui

// Home, "Today's visits": the appointments of my customers today (P4, S2) in time order; tapping one opens
// the visit. ("New customer" is in My customers on home.)
Pane {
    id: root

    objectName: "todaysVisits"
    padding: Theme.spacing * 1.5
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: "#dde1e6"
    }

    TodayVisits {
        id: today

        session: Session
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            Label {
                Layout.fillWidth: true
                text: qsTr("Today's visits")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }

            Label {
                objectName: "todaysDate"
                Layout.fillWidth: true
                text: today.dateText
                font.pixelSize: Theme.fontSmall
                color: Theme.mutedText
                elide: Text.ElideRight
            }
        }

        ListView {
            id: list

            objectName: "todaysVisitsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: list.count > 0
            clip: true
            model: today.appointments
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            delegate: ItemDelegate {
                id: row

                required property string appointmentId
                required property string customerId
                required property string customerName
                required property string business
                required property string timeText
                required property string state
                required property string stateText

                objectName: "todaysVisit_" + row.appointmentId
                width: ListView.view.width
                implicitHeight: Math.max(Theme.touchTarget + Theme.spacing, implicitContentHeight + topPadding + bottomPadding)
                leftPadding: Theme.spacing / 2
                rightPadding: Theme.spacing / 2
                onClicked: Navigation.open("VisitPage", {customerId: row.customerId})

                background: Rectangle {
                    color: row.pressed ? "#e8edf3" : (row.state === "in_progress" ? "#e8f1fa" : Theme.surface)

                    Rectangle {
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.bottom: parent.bottom
                        height: 1
                        color: "#dde1e6"
                    }
                }

                contentItem: RowLayout {
                    spacing: Theme.spacing

                    Label {
                        objectName: "visitTime"
                        text: row.timeText
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: row.state === "visited" || row.state === "declined" ? Theme.mutedText : Theme.primary
                    }

                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2

                        Label {
                            Layout.fillWidth: true
                            text: row.customerName
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.text
                            elide: Text.ElideRight
                        }

                        Label {
                            Layout.fillWidth: true
                            visible: row.business.length > 0
                            text: row.business
                            font.pixelSize: Theme.fontSmall
                            color: Theme.mutedText
                            elide: Text.ElideRight
                        }

                        Label {
                            objectName: "visitState"
                            Layout.fillWidth: true
                            text: row.stateText
                            font.pixelSize: Theme.fontSmall
                            font.bold: row.state === "in_progress" || row.state === "due"
                            color: row.state === "refused" || row.state === "declined" ? Theme.error : (row.state === "in_progress" ? Theme.primary : Theme.mutedText)
                            elide: Text.ElideRight
                        }
                    }
                }
            }
        }

        Label {
            objectName: "todaysVisitsEmpty"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: list.count === 0
            text: qsTr("No appointments today.")
            wrapMode: Text.Wrap
            color: Theme.mutedText
            font.pixelSize: Theme.fontBody
            verticalAlignment: Text.AlignVCenter
            horizontalAlignment: Text.AlignHCenter
        }
    }
}
