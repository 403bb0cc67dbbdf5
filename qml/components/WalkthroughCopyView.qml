import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kakunin.App
import Kakunin.Ui

// The end of the walkthrough: the contract is concluded (M1) and the customer's copy (重要事項説明書 控え)
// is shown as it will be saved, with "Save copy". The PDF is written off the UI thread; a busy indicator
// shows while it is.
Item {
    id: root

    objectName: "walkthroughCopyView"

    required property WalkthroughSession walkthrough

    readonly property bool landscape: root.width >= root.height
    property int page: 0

    signal doneRequested

    implicitWidth: 1280
    implicitHeight: 728

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        columns: root.landscape ? 2 : 1
        columnSpacing: Theme.spacing * 2
        rowSpacing: Theme.spacing

        // The copy as it will be saved (the PDF's own layout, painted for the screen).
        Rectangle {
            objectName: "copyPreviewFrame"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            Layout.minimumHeight: 300
            color: "#e4e7eb"
            radius: Theme.radius

            WalkthroughPreview {
                id: preview

                objectName: "copyPreview"
                anchors.fill: parent
                anchors.margins: Theme.spacing
                anchors.bottomMargin: Theme.touchTarget + Theme.spacing * 1.5
                walkthrough: root.walkthrough
                page: root.page

                TapHandler {
                    enabled: preview.available
                    onTapped: zoom.open()
                }
            }

            Label {
                objectName: "zoomHint"
                anchors.horizontalCenter: parent.horizontalCenter
                anchors.bottom: parent.bottom
                anchors.bottomMargin: Theme.spacing
                visible: preview.available && root.walkthrough.previewPageCount <= 1
                text: qsTr("Tap the page to enlarge it.")
                font.pixelSize: Theme.fontSmall
                color: Theme.mutedText
            }

            Column {
                anchors.centerIn: parent
                visible: root.walkthrough.copyBusy
                spacing: Theme.spacing

                BusyIndicator {
                    objectName: "copyBusy"
                    anchors.horizontalCenter: parent.horizontalCenter
                    running: root.walkthrough.copyBusy
                }

                Label {
                    text: qsTr("Preparing the customer's copy…")
                    font.pixelSize: Theme.fontBody
                    color: Theme.mutedText
                }
            }

            Label {
                objectName: "previewUnavailable"
                anchors.centerIn: parent
                width: parent.width - Theme.spacing * 4
                visible: root.walkthrough.copyReady && !preview.available
                text: qsTr("The copy is ready. Its preview cannot be shown on this tablet; open the saved PDF to view it.")
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: Theme.fontBody
                color: Theme.mutedText
            }

            RowLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.margins: Theme.spacing / 2
                visible: root.walkthrough.previewPageCount > 1
                spacing: Theme.spacing

                Item {
                    Layout.fillWidth: true
                }

                Button {
                    objectName: "previousPageButton"
                    Layout.preferredHeight: Theme.touchTarget
                    enabled: root.page > 0
                    text: qsTr("Previous page")
                    font.pixelSize: Theme.fontBody
                    onClicked: root.page = root.page - 1
                }

                Label {
                    text: qsTr("Tap the page to enlarge it.")
                    visible: root.landscape
                    font.pixelSize: Theme.fontSmall
                    color: Theme.mutedText
                }

                Label {
                    objectName: "previewPageLabel"
                    text: qsTr("Page %1 / %2").arg(root.page + 1).arg(root.walkthrough.previewPageCount)
                    font.pixelSize: Theme.fontBody
                }

                Button {
                    objectName: "nextPageButton"
                    Layout.preferredHeight: Theme.touchTarget
                    enabled: root.page + 1 < root.walkthrough.previewPageCount
                    text: qsTr("Next page")
                    font.pixelSize: Theme.fontBody
                    onClicked: root.page = root.page + 1
                }

                Item {
                    Layout.fillWidth: true
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: root.landscape
            Layout.preferredWidth: 2
            Layout.maximumWidth: root.landscape ? 520 : -1
            spacing: Theme.spacing

            Label {
                objectName: "concludedLabel"
                Layout.fillWidth: true
                text: "✓ " + qsTr("The contract is concluded.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.success
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("Every item was explained and confirmed, and every signature is recorded. Here is the customer's copy of the important matters.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }

            Label {
                Layout.fillWidth: true
                visible: root.walkthrough.recordHash !== ""
                text: qsTr("Record hash (also the QR code on the copy)")
                font.pixelSize: Theme.fontSmall
                color: Theme.mutedText
            }

            Label {
                objectName: "recordHashLabel"
                Layout.fillWidth: true
                visible: root.walkthrough.recordHash !== ""
                text: root.walkthrough.recordHash
                wrapMode: Text.WrapAnywhere
                font.family: "monospace"
                font.pixelSize: Theme.fontSmall
                color: Theme.text
            }

            Label {
                objectName: "copyErrorLabel"
                Layout.fillWidth: true
                visible: root.walkthrough.copyError !== "" || root.walkthrough.errorMessage !== ""
                text: root.walkthrough.errorMessage !== "" ? root.walkthrough.errorMessage
                                                          : qsTr("The copy could not be made. The record is safe; try again.")
                wrapMode: Text.Wrap
                color: Theme.error
                font.pixelSize: Theme.fontBody
            }

            Button {
                objectName: "retryCopyButton"
                Layout.preferredHeight: Theme.touchTarget
                visible: root.walkthrough.copyError !== "" && !root.walkthrough.copyBusy
                text: qsTr("Make the copy again")
                font.pixelSize: Theme.fontBody
                onClicked: root.walkthrough.makeCopy()
            }

            Button {
                objectName: "saveCopyButton"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                enabled: root.walkthrough.copyReady && !root.walkthrough.copyBusy
                highlighted: root.walkthrough.savedPath === ""
                text: root.walkthrough.savedPath === "" ? qsTr("Save copy") : qsTr("Saved ✓")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                onClicked: root.walkthrough.saveCopy()
            }

            Label {
                objectName: "savedPathLabel"
                Layout.fillWidth: true
                visible: root.walkthrough.savedPath !== ""
                text: qsTr("Saved to %1").arg(root.walkthrough.savedPath)
                wrapMode: Text.WrapAnywhere
                font.pixelSize: Theme.fontSmall
                color: Theme.text
            }

            Item {
                Layout.fillHeight: true
                visible: root.landscape
            }

            Button {
                objectName: "doneButton"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                text: qsTr("Done")
                font.pixelSize: Theme.fontBody
                onClicked: root.doneRequested()
            }
        }
    }

    // The page at full width, scrolled by hand: the customer can read every line before saving.
    Popup {
        id: zoom

        objectName: "copyZoom"
        parent: Overlay.overlay
        x: 0
        y: 0
        width: parent ? parent.width : root.width
        height: parent ? parent.height : root.height
        modal: true
        padding: 0

        background: Rectangle {
            color: "#e4e7eb"
        }

        Flickable {
            id: zoomArea

            anchors.fill: parent
            anchors.bottomMargin: Theme.touchTarget + Theme.spacing * 2
            contentWidth: width
            contentHeight: zoomed.height + Theme.spacing * 2
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            WalkthroughPreview {
                id: zoomed

                objectName: "copyZoomPage"
                x: Theme.spacing
                y: Theme.spacing
                width: zoomArea.width - Theme.spacing * 2
                height: zoomed.width / zoomed.aspectRatio
                walkthrough: root.walkthrough
                page: root.page
            }
        }

        Button {
            objectName: "closeZoomButton"
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.bottom: parent.bottom
            anchors.bottomMargin: Theme.spacing
            height: Theme.touchTarget
            width: 320
            text: qsTr("Close")
            font.pixelSize: Theme.fontBody
            onClicked: zoom.close()
        }
    }
}
