import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kakunin.App
import Kakunin.Ui

// A sales visit (S2): the appointments booked with the customer, starting the visit (refused without an
// appointment for today, outside the allowed hours without a reason, during the cool-down after a decline),
// the conduct timer with the warning at 80 % of the maximum, "customer declined" and the end. The visit lives
// in the store's events: closing this page or restarting the app does not end or reset it.
Page {
    id: root

    required property string customerId
    property bool openBooking: false

    readonly property bool wide: root.width >= 1000

    objectName: "visitPage"

    background: Rectangle {
        color: Theme.background
    }

    VisitController {
        id: controller

        session: Session
        customerId: root.customerId
    }

    Component.onCompleted: {
        if (root.openBooking && controller.canBook)
            booking.open();
    }

    header: PageHeader {
        title: controller.found ? qsTr("Visit: %1").arg(controller.customerName) : qsTr("Visit")
        onBackRequested: Navigation.back()

        ToolButton {
            objectName: "openCustomerButton"
            visible: controller.found
            text: qsTr("Customer")
            font.pixelSize: Theme.fontBody
            Layout.preferredHeight: Theme.touchTarget
            Material.foreground: "white"
            onClicked: Navigation.open("CustomerPage", {customerId: root.customerId})
        }
    }

    VisitBookingPopup {
        id: booking

        customerId: root.customerId
    }

    Label {
        objectName: "visitNotFound"
        anchors.centerIn: parent
        width: parent.width - Theme.spacing * 4
        visible: !controller.found
        text: controller.startBlockedText
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontLarge
        color: Theme.mutedText
    }

    ScrollView {
        id: scroll

        anchors.fill: parent
        visible: controller.found
        contentWidth: availableWidth
        contentHeight: columns.height + Theme.spacing * 4
        clip: true

        // The visit beside the appointments in landscape, above them in portrait.
        Flow {
            id: columns

            width: scroll.availableWidth - Theme.spacing * 4
            x: Theme.spacing * 2
            y: Theme.spacing * 2
            spacing: Theme.spacing * 1.5

            // The visit itself: start, or the timer while it runs.
            CustomerCard {
                objectName: "visitCard"
                width: root.wide ? (columns.width - columns.spacing) * 0.6 : columns.width
                title: controller.active ? qsTr("Visit in progress") : qsTr("Start the visit")

                Label {
                    objectName: "visitBusiness"
                    Layout.fillWidth: true
                    visible: controller.business.length > 0
                    text: controller.business
                    font.pixelSize: Theme.fontBody
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                }

                Label {
                    objectName: "visitAppointment"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: controller.active ? qsTr("%1 · %2").arg(controller.startedText).arg(controller.appointmentText) : controller.appointmentText
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.Wrap
                }

                VisitTimer {
                    Layout.fillWidth: true
                    visible: controller.active
                    visit: controller
                }

                RowLayout {
                    Layout.fillWidth: true
                    visible: controller.active
                    spacing: Theme.spacing

                    Button {
                        objectName: "declinedButton"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.preferredHeight: Theme.touchTarget + 16
                        text: qsTr("Customer declined")
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        Material.background: Theme.error
                        Material.foreground: "white"
                        onClicked: confirmDecline.open()
                    }

                    Button {
                        objectName: "endVisitButton"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.preferredHeight: Theme.touchTarget + 16
                        text: qsTr("End visit")
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        highlighted: true
                        onClicked: controller.end()
                    }
                }

                Label {
                    objectName: "startBlocked"
                    Layout.fillWidth: true
                    visible: !controller.active && controller.startBlockedText.length > 0
                    text: controller.startBlockedText
                    font.pixelSize: Theme.fontBody
                    color: Theme.error
                    wrapMode: Text.Wrap
                }

                // Outside the allowed hours a visit needs the reason on record.
                ProfileChoiceRow {
                    objectName: "outOfHoursReason"
                    Layout.fillWidth: true
                    visible: !controller.active && controller.outsideAllowedHours && controller.canBook
                    label: qsTr("Why is the visit at this time?")
                    options: controller.outOfHoursReasonOptions
                    value: controller.outOfHoursReason
                    invalid: controller.startBlockedCode === "outside_allowed_hours"
                    onPicked: value => controller.outOfHoursReason = value
                }

                Button {
                    objectName: "startVisitButton"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget + 16
                    visible: !controller.active && controller.canBook
                    enabled: controller.canStart
                    text: qsTr("Start visit")
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    highlighted: true
                    onClicked: controller.start()
                }

                Label {
                    objectName: "lastVisit"
                    Layout.fillWidth: true
                    visible: controller.lastVisitText.length > 0
                    text: controller.lastVisitText
                    font.pixelSize: Theme.fontBody
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                }

                Label {
                    objectName: "visitError"
                    Layout.fillWidth: true
                    visible: controller.errorText.length > 0
                    text: controller.errorText
                    font.pixelSize: Theme.fontBody
                    color: Theme.error
                    wrapMode: Text.Wrap
                }
            }

            // The appointments: booked beforehand with the customer.
            CustomerCard {
                objectName: "appointmentsCard"
                width: root.wide ? (columns.width - columns.spacing) * 0.4 : columns.width
                title: qsTr("Appointments")

                Repeater {
                    model: controller.appointments

                    delegate: Label {
                        id: appointment

                        required property var modelData

                        Layout.fillWidth: true
                        text: appointment.modelData.outsideHours ? qsTr("%1 (outside the allowed hours)").arg(appointment.modelData.text) : appointment.modelData.text
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                }

                Label {
                    Layout.fillWidth: true
                    visible: controller.appointments.length === 0 && controller.canBook && !controller.active
                    text: qsTr("No appointment booked.")
                    font.pixelSize: Theme.fontBody
                    color: Theme.mutedText
                }

                Button {
                    objectName: "bookButton"
                    visible: controller.canBook
                    enabled: controller.coolDownText.length === 0
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget
                    text: qsTr("Book a visit")
                    font.pixelSize: Theme.fontBody
                    onClicked: booking.open()
                }
            }

        }
    }

    Dialog {
        id: confirmDecline

        objectName: "confirmDecline"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(640, parent ? parent.width - Theme.spacing * 4 : 640)
        modal: true
        title: qsTr("The customer declined?")
        footer: DialogButtonBox {
            Button {
                objectName: "confirmDeclineCancel"
                text: qsTr("Back to the visit")
                flat: true
                onClicked: confirmDecline.reject()
            }
            Button {
                objectName: "confirmDeclineOk"
                text: qsTr("Record: the customer declined")
                highlighted: true
                onClicked: confirmDecline.accept()
            }
        }
        onAccepted: controller.customerDeclined()

        Label {
            width: parent.width
            text: controller.declineConsequenceText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
        }
    }
}
