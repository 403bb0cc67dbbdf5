import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kakunin.App
import Kakunin.Ui

// About this tablet: what support asks for first. App version, device, who is signed in, the policy and
// every content pack (id, version, and the start of the hash that records cite).
ColumnLayout {
    id: root

    spacing: Theme.spacing / 2

    SettingsInfo {
        id: info

        session: Session
    }

    component Fact: RowLayout {
        id: fact

        required property string label
        required property string value

        Layout.fillWidth: true
        spacing: Theme.spacing

        Label {
            Layout.preferredWidth: 200
            Layout.fillHeight: true
            verticalAlignment: Text.AlignTop
            text: fact.label
            color: Theme.mutedText
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }

        Label {
            Layout.fillWidth: true
            Layout.fillHeight: true
            verticalAlignment: Text.AlignTop
            text: fact.value
            color: Theme.text
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
        }
    }

    Fact {
        objectName: "aboutVersion"
        label: qsTr("App version")
        value: info.appVersion
    }

    Fact {
        objectName: "aboutDevice"
        label: qsTr("Device ID")
        value: Session.deviceId
    }

    Fact {
        objectName: "aboutUser"
        label: qsTr("Signed in")
        value: qsTr("%1 (%2)").arg(Session.userId).arg(Session.roleText)
    }

    Fact {
        objectName: "aboutPolicy"
        label: qsTr("Policy version")
        value: Session.policyVersion.toString()
    }

    Fact {
        objectName: "aboutRecords"
        label: qsTr("Records")
        value: qsTr("%n record(s) on this tablet", "", Session.eventCount)
    }

    Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        text: qsTr("Content packs")
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.bold: true
    }

    Repeater {
        objectName: "aboutPacks"
        model: info.packs

        delegate: Fact {
            id: pack

            required property string packId
            required property string name
            required property string version
            required property string shortHash

            objectName: "aboutPack_" + pack.packId
            label: pack.name
            value: qsTr("%1, version %2\nhash %3").arg(pack.packId).arg(pack.version).arg(pack.shortHash)
        }
    }
}
