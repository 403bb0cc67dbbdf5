import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kakunin.App
import Kakunin.Ui

// The contract at a glance beside its timeline: the stage, what is next, hold and dispute, the deadlines
// (P3 cooling-off, D3 trial), the three calls (M2) and the way to cancel or to the delivery lecture.
// Everything comes from the ContractTimeline view model; this only lays it out.
Pane {
    id: root

    required property ContractTimeline timeline

    signal cancelRequested
    signal lectureRequested
    signal walkthroughRequested

    padding: Theme.spacing * 1.5
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: "#dde1e6"
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ScrollView {
            id: scroller

            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: Theme.touchTarget // takes what the actions below leave
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                width: scroller.availableWidth
                spacing: Theme.spacing / 2

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing / 2

                    Label {
                        objectName: "timelineHeadline"
                        Layout.fillWidth: true
                        text: root.timeline.headline
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: Theme.text
                    }

                    // On hold / disputed badge, at the top when the headline wraps.
                    Item {
                        visible: root.timeline.onHold || root.timeline.disputed
                        Layout.fillHeight: true
                        implicitWidth: statusBadge.implicitWidth
                        implicitHeight: statusBadge.implicitHeight

                        Rectangle {
                            id: statusBadge

                            objectName: "timelineStatus"
                            anchors.top: parent.top
                            anchors.topMargin: 6
                            implicitWidth: statusLabel.implicitWidth + Theme.spacing
                            implicitHeight: statusLabel.implicitHeight + Theme.spacing / 2
                            radius: height / 2
                            color: root.timeline.disputed ? Theme.error : "#ef6c00"

                            Label {
                                id: statusLabel

                                anchors.centerIn: parent
                                text: root.timeline.disputed ? qsTr("Disputed") : qsTr("On hold")
                                font.pixelSize: Theme.fontSmall
                                font.bold: true
                                color: "white"
                            }
                        }
                    }
                }

                Label {
                    objectName: "timelineProduct"
                    Layout.fillWidth: true
                    text: root.timeline.businessName !== ""
                          ? qsTr("%1 · %2").arg(root.timeline.businessName).arg(root.timeline.productName)
                          : root.timeline.productName
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.mutedText
                }

                Label {
                    objectName: "timelineNext"
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: root.timeline.nextText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    color: Theme.primary
                }

                Label {
                    objectName: "holdBanner"
                    Layout.fillWidth: true
                    visible: root.timeline.onHold
                    text: root.timeline.holdText
                    wrapMode: Text.Wrap
                    padding: Theme.spacing / 2
                    font.pixelSize: Theme.fontSmall + 1
                    color: "#7a3b00"
                    background: Rectangle {
                        color: "#fff3e0"
                        radius: Theme.radius / 2
                    }
                }

                Label {
                    objectName: "disputeBanner"
                    Layout.fillWidth: true
                    visible: root.timeline.disputed
                    text: root.timeline.disputeText
                    wrapMode: Text.Wrap
                    padding: Theme.spacing / 2
                    font.pixelSize: Theme.fontSmall + 1
                    color: Theme.error
                    background: Rectangle {
                        color: "#fdecea"
                        radius: Theme.radius / 2
                    }
                }

                Label {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing / 2
                    text: qsTr("Dates")
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                }

                TimelineFact {
                    objectName: "coolingOffDeadline"
                    Layout.fillWidth: true
                    label: qsTr("Cooling-off")
                    value: root.timeline.coolingOffText
                    strong: root.timeline.coolingOffOpen
                    valueColor: root.timeline.coolingOffDaysLeft === 0 ? Theme.accent
                              : root.timeline.coolingOffOpen ? Theme.primary : Theme.text
                }

                TimelineFact {
                    objectName: "contractedDate"
                    Layout.fillWidth: true
                    label: qsTr("Concluded")
                    value: root.timeline.contractedText
                }

                TimelineFact {
                    objectName: "deliveredDate"
                    Layout.fillWidth: true
                    label: qsTr("Delivered")
                    value: root.timeline.deliveredText
                }

                TimelineFact {
                    objectName: "trialPeriod"
                    Layout.fillWidth: true
                    label: qsTr("Trial period")
                    value: root.timeline.trialText
                    strong: root.timeline.trialDaysLeft >= 0
                }

                TimelineFact {
                    objectName: "usageConfirmedDate"
                    Layout.fillWidth: true
                    label: qsTr("Use confirmed")
                    value: root.timeline.usageConfirmedText
                }

                TimelineFact {
                    objectName: "startedDate"
                    Layout.fillWidth: true
                    label: qsTr("Started")
                    value: root.timeline.startedText
                }

                TimelineFact {
                    objectName: "cancelledDate"
                    Layout.fillWidth: true
                    label: qsTr("Cancelled")
                    value: root.timeline.cancelledText
                    valueColor: Theme.accent
                    strong: true
                }

                Label {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing / 2
                    text: qsTr("Confirmation calls by head office")
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                }

                TimelineCallRow {
                    objectName: "callC1"
                    Layout.fillWidth: true
                    stage: "C1"
                    status: root.timeline.callC1Status
                    text: root.timeline.callC1Text
                }

                TimelineCallRow {
                    objectName: "callC2"
                    Layout.fillWidth: true
                    stage: "C2"
                    status: root.timeline.callC2Status
                    text: root.timeline.callC2Text
                }

                TimelineCallRow {
                    objectName: "callC3"
                    Layout.fillWidth: true
                    stage: "C3"
                    status: root.timeline.callC3Status
                    text: root.timeline.callC3Text
                }

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Call results reach this tablet with the next sync.")
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall - 2
                    color: Theme.mutedText
                }

            }
        }

        // The actions stay in reach below the facts, whatever the height.
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: "#dde1e6"
            visible: root.timeline.canStartLecture || root.timeline.cancellationOffered
                     || root.timeline.canContinueWalkthrough
        }

        Button {
            objectName: "continueWalkthroughButton"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            visible: root.timeline.canContinueWalkthrough
            text: qsTr("Continue the explanation")
            font.pixelSize: Theme.fontBody
            highlighted: true
            onClicked: root.walkthroughRequested()
        }

        Button {
            id: lectureButton

            objectName: "startLectureButton"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            visible: root.timeline.canStartLecture
            text: root.timeline.lectureButtonText
            font.pixelSize: Theme.fontBody
            highlighted: true
            onClicked: root.lectureRequested()
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            visible: root.timeline.cancellationOffered

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Cancellation")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.mutedText
                }

                Label {
                    objectName: "cancellationKind"
                    Layout.fillWidth: true
                    text: root.timeline.canCancel ? root.timeline.cancellationKindText : root.timeline.cancelBlockedText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall + 1
                    font.bold: root.timeline.canCancel
                    color: !root.timeline.canCancel ? Theme.mutedText
                         : root.timeline.cancellationKind === "with_cost" ? Theme.accent : Theme.success
                }
            }

            Button {
                id: cancelButton

                objectName: "cancelButton"
                Layout.preferredHeight: Theme.touchTarget
                enabled: root.timeline.canCancel
                text: qsTr("Cancel the contract…")
                font.pixelSize: Theme.fontBody
                Material.foreground: Theme.accent
                onClicked: root.cancelRequested()
            }
        }
    }
}
