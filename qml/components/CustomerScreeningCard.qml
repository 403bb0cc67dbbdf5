import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kakunin.App
import Kakunin.Ui

// The screening result on record (P2) with every refusal and condition in words. A refused prospect sees
// why, and that there is no way forward.
CustomerCard {
    id: root

    required property CustomerDetail detail

    objectName: "screeningCard"
    title: qsTr("Screening")

    Label {
        objectName: "screeningResult"
        Layout.fillWidth: true
        text: root.detail.screeningText
        font.pixelSize: Theme.fontLarge
        font.bold: root.detail.screened
        color: root.detail.refused ? Theme.error : (root.detail.screened ? Theme.success : Theme.mutedText)
        wrapMode: Text.Wrap
    }

    Repeater {
        model: root.detail.refusalReasons

        delegate: Label {
            id: refusal

            required property string modelData

            objectName: "refusalReason"
            Layout.fillWidth: true
            text: qsTr("✕ %1").arg(refusal.modelData)
            font.pixelSize: Theme.fontBody
            color: Theme.error
            wrapMode: Text.Wrap
        }
    }

    Repeater {
        model: root.detail.conditions

        delegate: Label {
            id: condition

            required property string modelData

            objectName: "screeningCondition"
            Layout.fillWidth: true
            text: qsTr("• %1").arg(condition.modelData)
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.Wrap
        }
    }

    Label {
        objectName: "itLiteracySummary"
        Layout.fillWidth: true
        visible: root.detail.itLiteracy > 0
        text: qsTr("IT literacy: %1").arg(root.detail.itLiteracyText)
        font.pixelSize: Theme.fontBody
        color: Theme.text
        wrapMode: Text.Wrap
    }

    Label {
        Layout.fillWidth: true
        visible: root.detail.screenedText.length > 0
        text: root.detail.screenedText
        font.pixelSize: Theme.fontSmall
        color: Theme.mutedText
    }
}
