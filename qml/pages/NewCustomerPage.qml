import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kakunin.App
import Kakunin.Ui

// Register a prospect (customer.registered: the customer is the signed-in rep's, P4), or with a customerId
// correct the details of one of mine (customer.updated). The view model checks every field and says what is
// wrong in words; saving opens the customer.
Page {
    id: root

    property string customerId

    objectName: "newCustomerPage"

    background: Rectangle {
        color: Theme.background
    }

    CustomerForm {
        id: form

        session: Session
        customerId: root.customerId
        onSaved: id => {
            Navigation.back();
            if (!form.editing)
                Navigation.open("CustomerPage", {customerId: id});
        }
    }

    header: PageHeader {
        title: form.editing ? qsTr("Edit customer details") : qsTr("New customer")
        onBackRequested: Navigation.back()
    }

    ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: Math.min(scroll.availableWidth - Theme.spacing * 4, 900)
            x: (scroll.availableWidth - width) / 2
            y: Theme.spacing * 2
            spacing: Theme.spacing

            CustomerCard {
                Layout.fillWidth: true
                title: form.editing ? qsTr("Customer details") : qsTr("Register a prospect")

                GridLayout {
                    Layout.fillWidth: true
                    columns: root.width >= 900 ? 2 : 1
                    columnSpacing: Theme.spacing
                    rowSpacing: Theme.spacing / 2

                    CustomerTextField {
                        objectName: "customerName"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 1
                        label: qsTr("Name (required)")
                        placeholder: qsTr("e.g. 佐藤 健一")
                        value: form.name
                        error: form.nameError
                        onEdited: text => form.name = text
                    }

                    CustomerTextField {
                        objectName: "customerReading"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 1
                        label: qsTr("Reading in kana (required)")
                        placeholder: qsTr("e.g. サトウ ケンイチ")
                        hint: qsTr("Lets you find the customer by kana or romaji.")
                        value: form.reading
                        error: form.readingError
                        onEdited: text => form.reading = text
                    }

                    CustomerTextField {
                        objectName: "customerBusiness"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 1
                        label: qsTr("Business name")
                        placeholder: qsTr("e.g. 佐藤工務店")
                        value: form.business
                        error: form.businessError
                        onEdited: text => form.business = text
                    }

                    CustomerTextField {
                        objectName: "customerRepresentative"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 1
                        label: qsTr("Representative")
                        value: form.representative
                        error: form.representativeError
                        onEdited: text => form.representative = text
                    }

                    CustomerTextField {
                        objectName: "customerPhone"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 1
                        label: qsTr("Phone")
                        placeholder: qsTr("e.g. 03-1234-5678")
                        value: form.phone
                        error: form.phoneError
                        onEdited: text => form.phone = text
                    }

                    CustomerTextField {
                        objectName: "customerAddress"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 1
                        label: qsTr("Address")
                        value: form.address
                        error: form.addressError
                        onEdited: text => form.address = text
                    }
                }

                Label {
                    objectName: "formError"
                    Layout.fillWidth: true
                    // Field errors show under their fields; this is for the rest (not mine, the store).
                    visible: form.errorText.length > 0 && form.valid
                    text: form.errorText
                    color: Theme.error
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                }

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing

                    Item {
                        Layout.fillWidth: true
                    }

                    Button {
                        objectName: "cancelCustomerButton"
                        text: qsTr("Cancel")
                        font.pixelSize: Theme.fontBody
                        Layout.preferredHeight: Theme.touchTarget
                        flat: true
                        onClicked: Navigation.back()
                    }

                    Button {
                        objectName: "saveCustomerButton"
                        text: form.editing ? qsTr("Save") : qsTr("Register")
                        enabled: form.canSubmit
                        font.pixelSize: Theme.fontBody
                        Layout.preferredHeight: Theme.touchTarget
                        Layout.minimumWidth: Theme.touchTarget * 2
                        highlighted: true
                        onClicked: form.submit()
                    }
                }
            }
        }
    }
}
