import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kakunin.Ui

// One event of the contract timeline: the time on the left, a dot on the rail, what happened, who did it.
// The first event of a day carries the date above it; an event the rules refused says so in red.
Item {
    id: root

    required property int index
    required property string eventId
    required property string type
    required property string dateText
    required property string timeText
    required property string actorText
    required property string title
    required property string detail
    required property string category
    required property bool milestone
    required property bool accepted
    required property string refusalText
    required property bool newDay

    // Colour of the dot by kind of event; presentation only.
    function tint(): color {
        switch (root.category) {
        case "signature":
            return "#6a4c93"
        case "call":
            return "#00838f"
        case "lecture":
            return "#8d6e63"
        case "milestone":
            return Theme.success
        case "cancel":
            return Theme.accent
        case "hold":
            return "#ef6c00"
        case "dispute":
            return Theme.error
        case "matters":
            return Theme.primary
        }
        return Theme.mutedText
    }

    objectName: "timelineEvent_" + root.index
    implicitHeight: column.implicitHeight + Theme.spacing / 2

    ColumnLayout {
        id: column

        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 0

        Label {
            objectName: "timelineDate"
            visible: root.newDay
            Layout.fillWidth: true
            Layout.topMargin: root.index === 0 ? 0 : Theme.spacing
            Layout.bottomMargin: Theme.spacing / 2
            text: root.dateText
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                objectName: "timelineTime"
                Layout.preferredWidth: 64
                Layout.fillHeight: true
                verticalAlignment: Text.AlignTop
                horizontalAlignment: Text.AlignRight
                text: root.timeText
                font.pixelSize: Theme.fontSmall
                color: Theme.mutedText
            }

            // The rail: a line through every row and a dot for this event, larger for the milestones.
            Item {
                Layout.preferredWidth: 20
                Layout.fillHeight: true

                Rectangle {
                    anchors.horizontalCenter: parent.horizontalCenter
                    anchors.top: parent.top
                    anchors.bottom: parent.bottom
                    anchors.bottomMargin: -Theme.spacing / 2
                    width: 2
                    color: "#d5dae0"
                }

                Rectangle {
                    anchors.horizontalCenter: parent.horizontalCenter
                    y: 4
                    width: root.milestone ? 18 : 10
                    height: width
                    radius: width / 2
                    color: root.accepted ? root.tint() : "white"
                    border.color: root.accepted ? "white" : Theme.error
                    border.width: 2
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2

                Label {
                    objectName: "timelineTitle"
                    Layout.fillWidth: true
                    text: root.title
                    wrapMode: Text.Wrap
                    font.pixelSize: root.milestone ? Theme.fontBody : Theme.fontSmall + 1
                    font.bold: root.milestone
                    color: root.accepted ? Theme.text : Theme.mutedText
                    font.strikeout: !root.accepted
                }

                Label {
                    objectName: "timelineDetail"
                    Layout.fillWidth: true
                    visible: root.detail !== ""
                    text: root.detail
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                }

                Label {
                    objectName: "timelineRefusal"
                    Layout.fillWidth: true
                    visible: !root.accepted
                    text: qsTr("Refused by the rules: %1").arg(root.refusalText)
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.error
                }

                Label {
                    objectName: "timelineActor"
                    Layout.fillWidth: true
                    text: root.actorText
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontSmall - 2
                    color: Theme.mutedText
                }
            }
        }
    }
}
