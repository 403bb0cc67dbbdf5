import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kakunin.App
import Kakunin.Ui

// One customer: details, the profile sheet with the live screening (P1, P2), the screening on record with its
// reasons, what comes next (visit S2, important-matters walkthrough S3) and the customer's contracts.
// A refused prospect shows why and offers no way forward. Only the rep's own customers (P4).
Page {
    id: root

    required property string customerId

    readonly property bool wide: root.width >= 1000

    objectName: "customerPage"

    background: Rectangle {
        color: Theme.background
    }

    CustomerDetail {
        id: customer

        session: Session
        customerId: root.customerId
    }

    ProfileForm {
        id: profile

        session: Session
        customerId: root.customerId
    }

    header: PageHeader {
        title: customer.found ? customer.name : qsTr("Customer")
        onBackRequested: Navigation.back()

        ToolButton {
            objectName: "editCustomerButton"
            visible: customer.canEdit
            text: qsTr("Edit details")
            font.pixelSize: Theme.fontBody
            Layout.preferredHeight: Theme.touchTarget
            Material.foreground: "white"
            onClicked: Navigation.open("NewCustomerPage", {customerId: root.customerId})
        }
    }

    Label {
        objectName: "customerNotFound"
        anchors.centerIn: parent
        width: parent.width - Theme.spacing * 4
        visible: !customer.found
        text: customer.blockedText
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontLarge
        color: Theme.mutedText
    }

    ScrollView {
        id: scroll

        objectName: "customerScroll"
        anchors.fill: parent
        visible: customer.found
        contentWidth: availableWidth
        contentHeight: columns.height + Theme.spacing * 4
        clip: true

        // Two columns side by side in landscape, one below the other in portrait; both start at the top.
        Flow {
            id: columns

            readonly property real columnWidth: root.wide ? (columns.width - columns.spacing) / 2 : columns.width

            width: scroll.availableWidth - Theme.spacing * 4
            x: Theme.spacing * 2
            y: Theme.spacing * 2
            spacing: Theme.spacing * 1.5

            ColumnLayout {
                width: columns.columnWidth
                spacing: Theme.spacing * 1.5

                CustomerCard {
                    objectName: "detailsCard"
                    Layout.fillWidth: true

                    Label {
                        objectName: "customerReading"
                        Layout.fillWidth: true
                        visible: customer.reading.length > 0
                        text: customer.reading
                        font.pixelSize: Theme.fontSmall
                        color: Theme.mutedText
                    }

                    Label {
                        objectName: "customerName"
                        Layout.fillWidth: true
                        text: customer.name
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }

                    GridLayout {
                        Layout.fillWidth: true
                        columns: 2
                        columnSpacing: Theme.spacing
                        rowSpacing: 6

                        Label {
                            text: qsTr("Business")
                            font.pixelSize: Theme.fontSmall
                            color: Theme.mutedText
                        }
                        Label {
                            objectName: "customerBusiness"
                            Layout.fillWidth: true
                            text: customer.business.length > 0 ? customer.business : "—"
                            font.pixelSize: Theme.fontBody
                            wrapMode: Text.Wrap
                        }
                        Label {
                            text: qsTr("Representative")
                            font.pixelSize: Theme.fontSmall
                            color: Theme.mutedText
                        }
                        Label {
                            Layout.fillWidth: true
                            text: customer.representative.length > 0 ? customer.representative : "—"
                            font.pixelSize: Theme.fontBody
                            wrapMode: Text.Wrap
                        }
                        Label {
                            text: qsTr("Phone")
                            font.pixelSize: Theme.fontSmall
                            color: Theme.mutedText
                        }
                        Label {
                            Layout.fillWidth: true
                            text: customer.phone.length > 0 ? customer.phone : "—"
                            font.pixelSize: Theme.fontBody
                        }
                        Label {
                            text: qsTr("Address")
                            font.pixelSize: Theme.fontSmall
                            color: Theme.mutedText
                        }
                        Label {
                            Layout.fillWidth: true
                            text: customer.address.length > 0 ? customer.address : "—"
                            font.pixelSize: Theme.fontBody
                            wrapMode: Text.Wrap
                        }
                    }

                    Label {
                        Layout.fillWidth: true
                        text: customer.registeredText
                        font.pixelSize: Theme.fontSmall
                        color: Theme.mutedText
                    }
                }

                CustomerScreeningCard {
                    Layout.fillWidth: true
                    detail: customer
                }

                // What comes next. A refused prospect gets the reason instead, and no button.
                CustomerCard {
                    objectName: "nextStepsCard"
                    Layout.fillWidth: true
                    title: qsTr("Next steps")

                    Label {
                        objectName: "blockedText"
                        Layout.fillWidth: true
                        visible: customer.blockedText.length > 0
                        text: customer.blockedText
                        font.pixelSize: Theme.fontBody
                        font.bold: customer.refused
                        color: customer.refused ? Theme.error : Theme.mutedText
                        wrapMode: Text.Wrap
                    }

                    Label {
                        objectName: "nextStepText"
                        Layout.fillWidth: true
                        visible: customer.nextStepText.length > 0
                        text: customer.nextStepText
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }

                    Label {
                        objectName: "coolDownText"
                        Layout.fillWidth: true
                        visible: customer.coolDownText.length > 0
                        text: customer.coolDownText
                        font.pixelSize: Theme.fontBody
                        color: Theme.error
                        wrapMode: Text.Wrap
                    }

                    Label {
                        objectName: "appointmentText"
                        Layout.fillWidth: true
                        visible: customer.canVisit && customer.appointmentText.length > 0
                        text: customer.appointmentText
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                    }

                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacing / 2
                        visible: customer.canVisit

                        Button {
                            objectName: "bookVisitButton"
                            text: qsTr("Book visit")
                            font.pixelSize: Theme.fontBody
                            height: Theme.touchTarget
                            onClicked: Navigation.open("VisitPage", {customerId: root.customerId, openBooking: true})
                        }

                        Button {
                            objectName: "startVisitButton"
                            text: customer.visitInProgress ? qsTr("Visit in progress") : qsTr("Start visit")
                            font.pixelSize: Theme.fontBody
                            height: Theme.touchTarget
                            highlighted: true
                            onClicked: Navigation.open("VisitPage", {customerId: root.customerId})
                        }
                    }

                    ColumnLayout {
                        objectName: "explainSection"
                        Layout.fillWidth: true
                        visible: customer.canExplain
                        spacing: Theme.spacing / 2

                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Product to explain")
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                            color: Theme.mutedText
                        }

                        ComboBox {
                            id: product

                            objectName: "productChoice"
                            Layout.fillWidth: true
                            Layout.preferredHeight: Theme.touchTarget
                            model: customer.products
                            textRole: "name"
                            valueRole: "code"
                            font.pixelSize: Theme.fontBody
                        }

                        Label {
                            objectName: "successiveSaleText"
                            Layout.fillWidth: true
                            visible: customer.successiveSaleText.length > 0
                            text: customer.successiveSaleText
                            font.pixelSize: Theme.fontBody
                            color: Theme.accent
                            wrapMode: Text.Wrap
                        }

                        Button {
                            objectName: "explainButton"
                            enabled: product.currentIndex >= 0
                            text: qsTr("Explain important matters")
                            font.pixelSize: Theme.fontBody
                            Layout.preferredHeight: Theme.touchTarget
                            highlighted: true
                            onClicked: Navigation.open("WalkthroughPage", {customerId: root.customerId, productCode: product.currentValue})
                        }
                    }
                }

                CustomerCard {
                    objectName: "contractsCard"
                    Layout.fillWidth: true
                    visible: customer.contracts.count > 0
                    title: qsTr("Contracts")

                    Repeater {
                        model: customer.contracts

                        delegate: ItemDelegate {
                            id: contract

                            required property string contractId
                            required property string productName
                            required property string statusText
                            required property string contractedText

                            objectName: "contract_" + contract.contractId
                            Layout.fillWidth: true
                            implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
                            onClicked: Navigation.open("TimelinePage", {contractId: contract.contractId})

                            contentItem: ColumnLayout {
                                spacing: 2

                                Label {
                                    Layout.fillWidth: true
                                    text: contract.productName
                                    font.pixelSize: Theme.fontBody
                                    font.bold: true
                                    elide: Text.ElideRight
                                }

                                Label {
                                    Layout.fillWidth: true
                                    text: contract.contractedText.length > 0 ? qsTr("%1 · %2").arg(contract.statusText).arg(contract.contractedText) : contract.statusText
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.mutedText
                                    elide: Text.ElideRight
                                }
                            }
                        }
                    }
                }
            }

            ProfileSheetForm {
                width: columns.columnWidth
                form: profile
            }
        }
    }
}
