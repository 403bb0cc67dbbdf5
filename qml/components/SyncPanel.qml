import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kakunin.App
import Kakunin.Ui

// Home panel: sync with head office in words. SyncStatus decides every text and whether "Sync now" is
// offered; this only lays it out.
Pane {
    id: root

    objectName: "syncState"

    readonly property bool failing: SyncStatus.state === SyncStatus.Error
    readonly property bool waiting: SyncStatus.state === SyncStatus.WaitingToRetry
    readonly property bool syncing: SyncStatus.state === SyncStatus.Syncing
    readonly property bool upToDate: SyncStatus.state === SyncStatus.Idle && SyncStatus.pendingCount === 0

    padding: Theme.spacing * 1.5
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: root.failing ? Theme.error : "#dde1e6"
    }

    Flickable {
        id: flick

        anchors.fill: parent
        implicitHeight: content.implicitHeight
        contentHeight: content.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ColumnLayout {
            id: content

            width: flick.width
            spacing: Theme.spacing / 2

            Label {
                Layout.fillWidth: true
                text: qsTr("Head office")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing / 2

                // A dot in the colour of the state, so it can be read at a glance.
                Rectangle {
                    Layout.preferredWidth: 14
                    Layout.preferredHeight: 14
                    radius: 7
                    color: root.failing ? Theme.error
                                        : root.upToDate ? Theme.success
                                                        : root.syncing ? Theme.primary : Theme.mutedText
                }

                Label {
                    objectName: "syncStateText"
                    Layout.fillWidth: true
                    text: SyncStatus.stateText
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: root.failing ? Theme.error : Theme.text
                    wrapMode: Text.Wrap
                }
            }

            ProgressBar {
                objectName: "syncProgress"
                Layout.fillWidth: true
                visible: root.syncing
                indeterminate: SyncStatus.progressTotal === 0
                from: 0
                to: Math.max(1, SyncStatus.progressTotal)
                value: SyncStatus.progressDone
            }

            Label {
                objectName: "syncDetail"
                Layout.fillWidth: true
                visible: text !== ""
                text: SyncStatus.detailText
                font.pixelSize: Theme.fontSmall
                color: root.failing ? Theme.error : Theme.mutedText
                wrapMode: Text.Wrap
            }

            Label {
                objectName: "syncPending"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing / 2
                text: SyncStatus.pendingText
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }

            Label {
                objectName: "syncLastSuccess"
                Layout.fillWidth: true
                text: SyncStatus.lastSuccessText
                font.pixelSize: Theme.fontSmall
                color: Theme.mutedText
                wrapMode: Text.Wrap
            }

            // Not enrolled yet (or head office asks again): the one-time code from head office.
            RowLayout {
                Layout.fillWidth: true
                visible: SyncStatus.canEnroll
                spacing: Theme.spacing / 2

                TextField {
                    id: enrollCode

                    objectName: "enrollCodeField"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget
                    placeholderText: qsTr("Enrollment code")
                    font.pixelSize: Theme.fontBody
                }

                Button {
                    objectName: "enrollButton"
                    Layout.preferredHeight: Theme.touchTarget
                    enabled: enrollCode.text.trim().length > 0
                    text: qsTr("Enroll")
                    font.pixelSize: Theme.fontBody
                    onClicked: SyncStatus.enroll(enrollCode.text)
                }
            }

            Button {
                objectName: "syncNowButton"
                Layout.topMargin: Theme.spacing / 2
                Layout.preferredHeight: Theme.touchTarget
                Layout.fillWidth: true
                text: root.syncing ? qsTr("Syncing…") : qsTr("Sync now")
                font.pixelSize: Theme.fontBody
                highlighted: true
                enabled: SyncStatus.canSyncNow
                onClicked: SyncStatus.syncNow()
            }
        }
    }
}
