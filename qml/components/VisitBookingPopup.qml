import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kakunin.App
import Kakunin.Ui

// Book a visit agreed with the customer (S2: appointment beforehand): a day of the next two weeks as large
// buttons, the time on two wheels, what will be recorded in words, and the view model's objections.
Popup {
    id: root

    required property string customerId

    objectName: "bookingPopup"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(900, parent ? parent.width - Theme.spacing * 2 : 900)
    height: Math.min(body.implicitHeight + root.topPadding + root.bottomPadding + Theme.spacing, parent ? parent.height - Theme.spacing * 2 : 760)
    modal: true
    padding: Theme.spacing * 1.5
    font.pixelSize: Theme.fontBody

    onAboutToShow: {
        form.resetToNextSlot();
        hourWheel.currentIndex = form.hour;
        minuteWheel.currentIndex = form.minute / form.minuteStep;
    }

    AppointmentForm {
        id: form

        session: Session
        customerId: root.customerId
        onBooked: root.close()
    }

    ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth
        contentHeight: body.implicitHeight
        clip: true

        ColumnLayout {
            id: body

            width: scroll.availableWidth
            spacing: Theme.spacing

            Label {
                text: qsTr("Book a visit")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
            }

            ProfileChoiceRow {
                objectName: "bookingDay"
                Layout.fillWidth: true
                label: qsTr("Day")
                options: form.days
                value: String(form.dayOffset)
                onPicked: value => form.dayOffset = parseInt(value)
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                Label {
                    text: qsTr("Time")
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.mutedText
                }

                Item {
                    Layout.fillWidth: true
                }

                Tumbler {
                    id: hourWheel

                    objectName: "bookingHour"
                    model: 24
                    visibleItemCount: 3
                    Layout.preferredWidth: 110
                    Layout.preferredHeight: 180
                    onCurrentIndexChanged: form.hour = hourWheel.currentIndex

                    delegate: Label {
                        id: hourItem

                        required property int index

                        text: String(hourItem.index).padStart(2, "0")
                        font.pixelSize: Theme.fontTitle
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        opacity: 1.0 - Math.abs(hourItem.Tumbler.displacement) / 2
                    }
                }

                Label {
                    text: ":"
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                }

                Tumbler {
                    id: minuteWheel

                    objectName: "bookingMinute"
                    model: 60 / form.minuteStep
                    visibleItemCount: 3
                    Layout.preferredWidth: 110
                    Layout.preferredHeight: 180
                    onCurrentIndexChanged: form.minute = minuteWheel.currentIndex * form.minuteStep

                    delegate: Label {
                        id: minuteItem

                        required property int index

                        text: String(minuteItem.index * 5).padStart(2, "0")
                        font.pixelSize: Theme.fontTitle
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        opacity: 1.0 - Math.abs(minuteItem.Tumbler.displacement) / 2
                    }
                }

                Item {
                    Layout.fillWidth: true
                }
            }

            Label {
                objectName: "bookingSummary"
                Layout.fillWidth: true
                text: qsTr("Visit: %1").arg(form.scheduledText)
                font.pixelSize: Theme.fontLarge
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
            }

            Label {
                objectName: "bookingWarning"
                Layout.fillWidth: true
                visible: form.warningText.length > 0 && form.canBook
                text: form.warningText
                font.pixelSize: Theme.fontBody
                color: "#8a5300"
                wrapMode: Text.Wrap
            }

            Label {
                objectName: "bookingError"
                Layout.fillWidth: true
                visible: form.errorText.length > 0
                text: form.errorText
                font.pixelSize: Theme.fontBody
                color: Theme.error
                wrapMode: Text.Wrap
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                Item {
                    Layout.fillWidth: true
                }

                Button {
                    objectName: "bookingCancel"
                    text: qsTr("Cancel")
                    flat: true
                    font.pixelSize: Theme.fontBody
                    Layout.preferredHeight: Theme.touchTarget
                    onClicked: root.close()
                }

                Button {
                    objectName: "bookingConfirm"
                    text: qsTr("Book visit")
                    enabled: form.canBook
                    highlighted: true
                    font.pixelSize: Theme.fontBody
                    Layout.preferredHeight: Theme.touchTarget
                    Layout.minimumWidth: Theme.touchTarget * 2
                    onClicked: form.book()
                }
            }
        }
    }
}
