import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kakunin.Ui

// One customer in "My customers": the name large, the business and the screening result in words below.
ItemDelegate {
    id: root

    required property string customerId
    required property string name
    required property string business
    required property string phone
    required property string screening
    required property string screeningText
    required property string statusText
    required property bool refused

    objectName: "customerRow_" + root.customerId
    implicitHeight: Math.max(Theme.touchTarget + Theme.spacing, root.implicitContentHeight + root.topPadding + root.bottomPadding)
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing

    background: Rectangle {
        color: root.pressed ? "#e8edf3" : Theme.surface
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

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                objectName: "customerName"
                Layout.fillWidth: true
                text: root.name
                elide: Text.ElideRight
                font.pixelSize: Theme.fontBody + 4
                font.bold: true
                color: Theme.text
            }

            Label {
                objectName: "customerBusiness"
                Layout.fillWidth: true
                text: root.phone.length > 0 ? qsTr("%1 · %2").arg(root.business).arg(root.phone) : root.business
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                color: Theme.mutedText
            }
        }

        ColumnLayout {
            Layout.fillWidth: false
            spacing: 2

            Label {
                objectName: "customerScreening"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                text: root.screeningText
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: root.refused ? Theme.error : (root.screening.length > 0 ? Theme.success : Theme.mutedText)
            }

            Label {
                objectName: "customerStatus"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                text: root.statusText
                font.pixelSize: Theme.fontSmall
                color: Theme.mutedText
            }
        }
    }
}
