import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kakunin.App
import Kakunin.Ui

// The profile sheet (代表者経歴シート, P1) and the screening declarations (P2), filled in from the interview.
// The IT literacy and the screening result are the core's answer to what is entered, shown as it changes;
// recording a refusal asks first, because a refused prospect has no way forward.
CustomerCard {
    id: root

    required property ProfileForm form

    function addProduct() {
        root.form.addItProduct(productInput.text);
        productInput.text = "";
    }

    objectName: "profileSheet"
    title: qsTr("Profile sheet")

    Label {
        objectName: "profileLocked"
        visible: root.form.lockedText.length > 0
        Layout.fillWidth: true
        text: root.form.lockedText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontBody
        color: Theme.mutedText
    }

    ColumnLayout {
        Layout.fillWidth: true
        enabled: root.form.editable
        spacing: Theme.spacing

        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing / 2

            CustomerTextField {
                objectName: "birthYear"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                label: qsTr("Representative's year of birth")
                value: root.form.birthYear > 0 ? String(root.form.birthYear) : ""
                placeholder: qsTr("e.g. 1968")
                error: root.form.errorField === "birthYear" && root.form.birthYear > 0 ? root.form.errorText : ""
                validator: IntValidator {
                    bottom: 0
                    top: 9999
                }
                onEdited: text => root.form.birthYear = parseInt(text) || 0
            }

            CustomerTextField {
                objectName: "age"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                label: qsTr("or age this year")
                value: root.form.age >= 0 ? String(root.form.age) : ""
                validator: IntValidator {
                    bottom: 0
                    top: 150
                }
                onEdited: text => {
                    if (text.length > 0)
                        root.form.age = parseInt(text);
                }
            }

            CustomerTextField {
                objectName: "yearsInBusiness"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                label: qsTr("Years in business")
                value: String(root.form.yearsInBusiness)
                error: root.form.errorField === "yearsInBusiness" ? root.form.errorText : ""
                validator: IntValidator {
                    bottom: 0
                    top: 200
                }
                onEdited: text => root.form.yearsInBusiness = parseInt(text) || 0
            }

            CustomerTextField {
                objectName: "yearsInTrade"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                label: qsTr("Years in this trade")
                value: String(root.form.yearsInTrade)
                error: root.form.errorField === "yearsInTrade" ? root.form.errorText : ""
                validator: IntValidator {
                    bottom: 0
                    top: 200
                }
                onEdited: text => root.form.yearsInTrade = parseInt(text) || 0
            }
        }

        ProfileChoiceRow {
            objectName: "businessForm"
            Layout.fillWidth: true
            label: qsTr("Business form")
            options: root.form.businessFormOptions
            value: root.form.businessForm
            onPicked: value => root.form.businessForm = value
        }

        ProfileChoiceRow {
            objectName: "smartphoneUse"
            Layout.fillWidth: true
            label: qsTr("Smartphone use")
            options: root.form.smartphoneUseOptions
            value: root.form.smartphoneUse
            onPicked: value => root.form.smartphoneUse = value
        }

        ProfileChoiceRow {
            objectName: "pcSkill"
            Layout.fillWidth: true
            label: qsTr("What the representative can do on a PC")
            options: root.form.pcSkillOptions
            value: root.form.pcSkill
            onPicked: value => root.form.pcSkill = value
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("IT products in use")
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: Theme.mutedText
        }

        Flow {
            objectName: "itProducts"
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
            visible: root.form.itProducts.length > 0

            Repeater {
                model: root.form.itProducts

                delegate: Button {
                    id: chip

                    required property string modelData
                    required property int index

                    signal removeRequested(int index)

                    objectName: "itProduct_" + chip.index
                    text: qsTr("%1  ✕").arg(chip.modelData)
                    font.pixelSize: Theme.fontBody
                    height: Theme.touchTarget
                    flat: true
                    Material.background: "#e8edf3"
                    onClicked: chip.removeRequested(chip.index)
                }

                onItemAdded: (index, item) => item.removeRequested.connect(root.form.removeItProduct)
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing / 2

            TextField {
                id: productInput

                objectName: "itProductInput"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                placeholderText: qsTr("e.g. accounting software, online banking")
                font.pixelSize: Theme.fontBody
                onAccepted: root.addProduct()
            }

            Button {
                objectName: "addItProduct"
                text: qsTr("Add")
                enabled: productInput.text.trim().length > 0
                font.pixelSize: Theme.fontBody
                Layout.preferredHeight: Theme.touchTarget
                Layout.minimumWidth: Theme.touchTarget * 1.5
                onClicked: root.addProduct()
            }
        }

        Label {
            objectName: "itLiteracy"
            Layout.fillWidth: true
            visible: root.form.itLiteracy > 0
            text: qsTr("IT literacy: %1").arg(root.form.itLiteracyText)
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: root.form.itLiteracy <= 1 ? Theme.error : Theme.text
            wrapMode: Text.Wrap
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 1
            color: "#dde1e6"
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("Screening declarations")
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
        }

        Label {
            Layout.fillWidth: true
            visible: root.form.elderly
            text: qsTr("The representative is %1 or older: a successor must be present, hear the explanation and sign too.").arg(root.form.elderlyAge)
            font.pixelSize: Theme.fontSmall
            color: Theme.mutedText
            wrapMode: Text.Wrap
        }

        CheckBox {
            objectName: "successorPresent"
            visible: root.form.elderly
            Layout.fillWidth: true
            text: qsTr("A successor is present and hears the explanation")
            font.pixelSize: Theme.fontBody
            checked: root.form.successorPresent
            onToggled: root.form.successorPresent = checked
        }

        CheckBox {
            objectName: "successorWillSign"
            visible: root.form.elderly
            enabled: root.form.successorPresent
            Layout.fillWidth: true
            text: qsTr("The successor will sign the contract too")
            font.pixelSize: Theme.fontBody
            checked: root.form.successorWillSign
            onToggled: root.form.successorWillSign = checked
        }

        CheckBox {
            objectName: "fullTimeDeclared"
            visible: root.form.sideBusiness
            Layout.fillWidth: true
            text: qsTr("The representative declares going full-time")
            font.pixelSize: Theme.fontBody
            checked: root.form.fullTimeDeclared
            onToggled: root.form.fullTimeDeclared = checked
        }

        ProfileChoiceRow {
            objectName: "antisocial"
            Layout.fillWidth: true
            label: qsTr("Antisocial forces (the signed declaration is part of the explanation)")
            options: root.form.antisocialOptions
            value: root.form.antisocial
            onPicked: value => root.form.antisocial = value
        }
    }

    // What the core answers now; recorded only with the button below.
    Rectangle {
        objectName: "screeningPreview"
        Layout.fillWidth: true
        visible: root.form.valid && root.form.editable && (root.form.dirty || !root.form.recorded)
        implicitHeight: preview.implicitHeight + Theme.spacing * 2
        radius: Theme.radius / 2
        color: root.form.wouldRefuse ? "#fdecea" : "#e8f5e9"

        ColumnLayout {
            id: preview

            anchors.fill: parent
            anchors.margins: Theme.spacing
            spacing: 4

            Label {
                Layout.fillWidth: true
                text: qsTr("Screening if recorded now: %1").arg(root.form.outcomeText)
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: root.form.wouldRefuse ? Theme.error : Theme.success
                wrapMode: Text.Wrap
            }

            Repeater {
                model: root.form.refusalReasons

                delegate: Label {
                    id: refusal

                    required property string modelData

                    objectName: "previewRefusal"
                    Layout.fillWidth: true
                    text: qsTr("✕ %1").arg(refusal.modelData)
                    font.pixelSize: Theme.fontBody
                    color: Theme.error
                    wrapMode: Text.Wrap
                }
            }

            Repeater {
                model: root.form.conditions

                delegate: Label {
                    id: condition

                    required property string modelData

                    objectName: "previewCondition"
                    Layout.fillWidth: true
                    text: qsTr("• %1").arg(condition.modelData)
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }
        }
    }

    Label {
        objectName: "profileError"
        Layout.fillWidth: true
        visible: text.length > 0 && root.form.editable
        text: root.form.saveError.length > 0 ? root.form.saveError : root.form.errorText
        font.pixelSize: Theme.fontBody
        color: Theme.error
        wrapMode: Text.Wrap
    }

    RowLayout {
        Layout.fillWidth: true
        visible: root.form.editable

        Item {
            Layout.fillWidth: true
        }

    Button {
        objectName: "saveProfile"
        enabled: root.form.canSave
        Layout.preferredHeight: Theme.touchTarget
        text: root.form.recorded ? qsTr("Record the new profile and screening") : qsTr("Record profile and screening")
        font.pixelSize: Theme.fontBody
        highlighted: true
        onClicked: {
            if (root.form.wouldRefuse)
                confirmRefusal.open();
            else
                root.form.save();
        }
    }
    }

    Dialog {
        id: confirmRefusal

        objectName: "confirmRefusal"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(640, parent ? parent.width - Theme.spacing * 4 : 640)
        modal: true
        title: qsTr("Record a refusal?")
        footer: DialogButtonBox {
            Button {
                objectName: "confirmRefusalCancel"
                text: qsTr("Back to the sheet")
                flat: true
                onClicked: confirmRefusal.reject()
            }
            Button {
                objectName: "confirmRefusalOk"
                text: qsTr("Record the refusal")
                highlighted: true
                onClicked: confirmRefusal.accept()
            }
        }
        onAccepted: root.form.save()

        Label {
            width: parent.width
            text: qsTr("The screening refuses this prospect. Once recorded, no visit, explanation or contract is possible for them, and the sheet cannot be changed on the tablet.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
        }
    }
}
