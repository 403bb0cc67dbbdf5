import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kakunin.Ui

// One important-matters item (重要事項) on a page of its own, in large type for the customer: where we are
// ("3 / 15" and a bar), the item's title and text, and what the customer confirms with one big button.
// It only presents: the page passes what the walkthrough allows (canConfirm, canGoNext, canGoBack) and
// acts on the signals.
Item {
    id: root

    objectName: "matterItem"

    property int number: 1 // 1-based position of the item
    property int count: 1
    property int confirmedCount: 0
    property string title: ""
    property string body: ""
    property string confirmation: ""
    property bool shown: false
    property bool confirmed: false
    property bool canConfirm: false
    property bool canGoNext: false
    property bool canGoBack: false
    property bool last: false // the next step after this item is the rep's attestation
    property string errorMessage: ""

    readonly property bool landscape: root.width >= root.height

    signal confirmRequested
    signal nextRequested
    signal backRequested

    implicitWidth: 1280
    implicitHeight: 728

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing * 1.5

            Label {
                objectName: "itemPosition"
                text: qsTr("%1 / %2").arg(root.number).arg(root.count)
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.primary
            }

            ProgressBar {
                objectName: "mattersProgress"
                Layout.fillWidth: true
                from: 0
                to: Math.max(1, root.count)
                value: root.confirmedCount
            }

            Label {
                objectName: "confirmedCountLabel"
                text: qsTr("%1 of %2 confirmed").arg(root.confirmedCount).arg(root.count)
                font.pixelSize: Theme.fontBody
                color: Theme.mutedText
            }
        }

        Flickable {
            id: reading

            objectName: "itemReading"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: width
            contentHeight: textColumn.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            ColumnLayout {
                id: textColumn

                width: reading.width - Theme.spacing
                spacing: Theme.spacing * 1.5

                Label {
                    objectName: "itemTitle"
                    Layout.fillWidth: true
                    text: root.title
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                }

                Label {
                    objectName: "itemBody"
                    Layout.fillWidth: true
                    text: root.body
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontLarge
                    lineHeight: 1.35
                    color: Theme.text
                }
            }
        }

        // More text below: says so plainly, so nothing is confirmed unread.
        Label {
            objectName: "moreTextHint"
            Layout.fillWidth: true
            visible: reading.contentHeight > reading.height + 1 && !reading.atYEnd
            text: "▼ " + qsTr("More text below: scroll to read it all.")
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.fontBody
            color: Theme.primary
        }

        // What the customer confirms, beside the button that confirms it.
        Pane {
            objectName: "confirmationBox"
            Layout.fillWidth: true
            padding: Theme.spacing
            background: Rectangle {
                color: root.confirmed ? "#e8f3ea" : "#eef3f9"
                radius: Theme.radius
                border.color: root.confirmed ? Theme.success : Theme.primary
                border.width: 2
            }

            GridLayout {
                anchors.fill: parent
                columns: root.landscape ? 2 : 1
                columnSpacing: Theme.spacing * 1.5
                rowSpacing: Theme.spacing

                Label {
                    objectName: "itemConfirmation"
                    Layout.fillWidth: true
                    text: root.confirmation
                    wrapMode: Text.Wrap
                    font.pixelSize: 24
                    color: Theme.text
                }

                Button {
                    objectName: "confirmItemButton"
                    Layout.preferredHeight: Theme.touchTarget + 16
                    Layout.preferredWidth: root.landscape ? 340 : -1
                    Layout.fillWidth: !root.landscape
                    enabled: root.canConfirm
                    highlighted: root.canConfirm
                    text: root.confirmed ? "✓ " + qsTr("Confirmed") : qsTr("I understand")
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    onClicked: root.confirmRequested()
                }
            }
        }

        Label {
            objectName: "itemError"
            Layout.fillWidth: true
            visible: root.errorMessage !== ""
            text: root.errorMessage
            wrapMode: Text.Wrap
            color: Theme.error
            font.pixelSize: Theme.fontBody
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Button {
                objectName: "previousItemButton"
                Layout.preferredHeight: Theme.touchTarget
                Layout.minimumWidth: 200
                enabled: root.canGoBack
                text: qsTr("Previous item")
                font.pixelSize: Theme.fontBody
                flat: true
                onClicked: root.backRequested()
            }

            Label {
                objectName: "nextHint"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                visible: !root.confirmed
                text: qsTr("Confirm this item to go on.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.mutedText
            }

            Item {
                Layout.fillWidth: true
                visible: root.confirmed
            }

            Button {
                objectName: "nextItemButton"
                Layout.preferredHeight: Theme.touchTarget
                Layout.minimumWidth: 220
                enabled: root.canGoNext
                highlighted: root.canGoNext
                text: root.last ? qsTr("Continue") : qsTr("Next item")
                font.pixelSize: Theme.fontBody
                font.bold: true
                onClicked: root.nextRequested()
            }
        }
    }
}
