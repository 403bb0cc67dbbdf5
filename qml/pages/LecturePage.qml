import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kakunin.App
import Kakunin.Ui

// Delivery lecture (納品講習) for the installer: the lecture clock on top, always visible (D1); the checklist of
// the customer's level by category, taught by the installer and ticked understood by the customer (D2, P1);
// the customer's sign-off once core allows it (M1); then the customer's copy as PDF. DeliveryLecture decides
// everything; this page presents it.
Page {
    id: root

    objectName: "lecturePage"

    required property string contractId

    background: Rectangle {
        color: Theme.background
    }

    DeliveryLecture {
        id: lecture

        session: Session
        contractId: root.contractId
    }

    header: PageHeader {
        title: lecture.customerName !== "" ? qsTr("Delivery lecture: %1").arg(lecture.customerName)
                                           : qsTr("Delivery lecture")
        onBackRequested: Navigation.back()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // D1: the clock stays on top while the checklist scrolls under it.
        LectureClockDisplay {
            id: clockBar

            objectName: "lectureClockBar"
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            Layout.bottomMargin: Theme.spacing / 2
            visible: lecture.loaded
            runningText: lecture.runningText
            remainingText: lecture.remainingText
            stateText: lecture.clockStateText
            blockedReason: lecture.clockBlockedReason
            started: lecture.started
            running: lecture.running
            signedOff: lecture.signedOff
            minimumReached: lecture.minimumReached
            canStart: lecture.canStart
            canPause: lecture.canPause
            canResume: lecture.canResume
            onStartRequested: lecture.start()
            onPauseRequested: lecture.pause()
            onResumeRequested: lecture.resume()
        }

        Label {
            objectName: "lectureError"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing * 1.5
            Layout.rightMargin: Theme.spacing * 1.5
            visible: text !== ""
            text: lecture.lastError
            color: Theme.error
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }

        EmptyState {
            objectName: "lectureProblem"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.spacing * 2
            visible: !lecture.loaded
            title: qsTr("The lecture cannot be shown")
            message: lecture.problem
        }

        ScrollView {
            id: scroll

            objectName: "lectureScroll"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: lecture.loaded
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                id: body

                width: scroll.availableWidth
                spacing: Theme.spacing

                // Who and what: the customer, the product, the level and why (P1), progress.
                Pane {
                    objectName: "lectureSummary"
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacing
                    Layout.rightMargin: Theme.spacing
                    padding: Theme.spacing
                    background: Rectangle {
                        color: Theme.surface
                        radius: Theme.radius
                        border.color: "#dde1e6"
                    }

                    GridLayout {
                        anchors.fill: parent
                        columns: width > 700 ? 2 : 1
                        columnSpacing: Theme.spacing * 2
                        rowSpacing: Theme.spacing / 2

                        Label {
                            objectName: "lectureProduct"
                            Layout.fillWidth: true
                            text: lecture.productName
                            font.pixelSize: Theme.fontLarge
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }

                        Label {
                            objectName: "lectureProgress"
                            Layout.fillWidth: true
                            text: lecture.progressText
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }

                        Label {
                            objectName: "lectureLevel"
                            Layout.fillWidth: true
                            text: lecture.levelText
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.primary
                            wrapMode: Text.Wrap
                        }

                        Label {
                            objectName: "lectureLevelReason"
                            Layout.fillWidth: true
                            text: lecture.levelReason
                            font.pixelSize: Theme.fontSmall
                            color: Theme.mutedText
                            wrapMode: Text.Wrap
                        }
                    }
                }

                // D2: the checklist by category. Not scrolled by itself: the page scrolls, the clock stays.
                ListView {
                    id: checklist

                    objectName: "lectureChecklist"
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacing
                    Layout.rightMargin: Theme.spacing
                    Layout.preferredHeight: contentHeight
                    interactive: false
                    model: lecture.checklist
                    section.property: "category"
                    section.criteria: ViewSection.FullString
                    section.delegate: Rectangle {
                        id: sectionHeader

                        required property string section

                        width: ListView.view.width
                        height: sectionLabel.implicitHeight + Theme.spacing * 1.5
                        color: "#e8edf3"

                        Label {
                            id: sectionLabel

                            objectName: "lectureSection"
                            anchors.left: parent.left
                            anchors.right: parent.right
                            anchors.verticalCenter: parent.verticalCenter
                            anchors.leftMargin: Theme.spacing
                            anchors.rightMargin: Theme.spacing
                            text: sectionHeader.section
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.primary
                            wrapMode: Text.Wrap
                        }
                    }
                    delegate: LectureChecklistItem {
                        id: item

                        width: ListView.view.width
                        onTaughtRequested: itemId => item.ListView.view.model.markTaught(itemId)
                        onUnderstoodRequested: itemId => item.ListView.view.model.markUnderstood(itemId)
                    }
                }

                // M1: the customer's sign-off, possible only when core allows it; otherwise why.
                Pane {
                    objectName: "signOffSection"
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacing
                    Layout.rightMargin: Theme.spacing
                    padding: Theme.spacing * 1.5
                    background: Rectangle {
                        color: Theme.surface
                        radius: Theme.radius
                        border.color: "#dde1e6"
                    }

                    ColumnLayout {
                        anchors.fill: parent
                        spacing: Theme.spacing

                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Delivery confirmation")
                            font.pixelSize: Theme.fontLarge
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }

                        Label {
                            objectName: "signOffStatement"
                            Layout.fillWidth: true
                            visible: !lecture.signedOff
                            text: qsTr("I confirm that the installer taught me every item above and that I understood each of them.")
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }

                        Label {
                            objectName: "signOffBlockedReason"
                            Layout.fillWidth: true
                            visible: !lecture.canSignOff && !lecture.signedOff && text !== ""
                            text: lecture.signOffBlockedReason
                            font.pixelSize: Theme.fontBody
                            color: Theme.error
                            wrapMode: Text.Wrap
                        }

                        SignatureField {
                            id: signature

                            objectName: "signatureField_delivery"
                            Layout.fillWidth: true
                            Layout.maximumWidth: 900
                            Layout.preferredHeight: 300
                            visible: !lecture.signedOff
                            enabled: lecture.canSignOff
                            opacity: enabled ? 1 : 0.5
                            label: lecture.customerName
                        }

                        Button {
                            objectName: "signOffButton"
                            visible: !lecture.signedOff
                            enabled: lecture.canSignOff && !signature.empty
                            text: qsTr("Sign the delivery confirmation")
                            highlighted: true
                            font.pixelSize: Theme.fontBody
                            Layout.preferredHeight: Theme.touchTarget
                            Layout.minimumWidth: Theme.touchTarget * 4
                            onClicked: {
                                if (signature.check())
                                    lecture.signOff(signature.pad)
                            }
                        }

                        Label {
                            objectName: "signedOffMessage"
                            Layout.fillWidth: true
                            visible: lecture.signedOff
                            text: qsTr("The customer signed the delivery confirmation. Lecture time: %1.").arg(lecture.runningText)
                            font.pixelSize: Theme.fontBody
                            color: Theme.success
                            wrapMode: Text.Wrap
                        }
                    }
                }

                // The customer's copy (PDF), written off the UI thread, previewed here, kept in copies/.
                Pane {
                    objectName: "copySection"
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacing
                    Layout.rightMargin: Theme.spacing
                    Layout.bottomMargin: Theme.spacing
                    visible: lecture.signedOff
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
                            spacing: Theme.spacing

                            Label {
                                Layout.fillWidth: true
                                text: qsTr("Customer's copy (PDF)")
                                font.pixelSize: Theme.fontLarge
                                font.bold: true
                                color: Theme.text
                                wrapMode: Text.Wrap
                            }

                            BusyIndicator {
                                objectName: "copyBusy"
                                running: lecture.copyBusy
                                visible: lecture.copyBusy
                                Layout.preferredHeight: Theme.touchTarget
                                Layout.preferredWidth: Theme.touchTarget
                            }

                            Button {
                                objectName: "writeCopyButton"
                                enabled: !lecture.copyBusy
                                text: lecture.copyReady ? qsTr("Write the copy again") : qsTr("Write the copy")
                                font.pixelSize: Theme.fontBody
                                Layout.preferredHeight: Theme.touchTarget
                                onClicked: lecture.writeCopy()
                            }
                        }

                        ProgressBar {
                            objectName: "copyProgress"
                            Layout.fillWidth: true
                            visible: lecture.copyBusy
                            value: lecture.copyProgress
                        }

                        Label {
                            objectName: "copyStatus"
                            Layout.fillWidth: true
                            text: lecture.copyBusy ? qsTr("Writing the customer's copy…")
                                                   : lecture.copyError !== "" ? lecture.copyError
                                                   : lecture.copyReady ? qsTr("Saved as %1").arg(lecture.copyPath)
                                                   : qsTr("The copy has not been written yet.")
                            color: lecture.copyError !== "" ? Theme.error : Theme.mutedText
                            font.pixelSize: Theme.fontBody
                            wrapMode: Text.WrapAnywhere
                        }

                        // The pages at a readable size, centred.
                        Item {
                            Layout.fillWidth: true
                            Layout.preferredHeight: preview.implicitHeight
                            visible: !preview.empty

                            LectureCopyPreview {
                                id: preview

                                objectName: "copyPreview"
                                lecture: lecture
                                anchors.horizontalCenter: parent.horizontalCenter
                                width: Math.min(parent.width, 860)
                                height: implicitHeight
                            }
                        }
                    }
                }
            }
        }
    }
}
