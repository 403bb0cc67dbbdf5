import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Kakunin.Ui

// One answer of the profile sheet as large touch buttons: options [{value, text}] from the view model,
// the chosen value highlighted, picked(value) when the rep taps one.
Column {
    id: root

    required property string label
    required property var options
    property string value
    property bool invalid: false

    signal picked(string value)

    spacing: 4

    Label {
        width: root.width
        text: root.label
        font.pixelSize: Theme.fontSmall
        font.bold: true
        color: root.invalid ? Theme.error : Theme.mutedText
        wrapMode: Text.Wrap
    }

    Flow {
        width: root.width
        spacing: Theme.spacing / 2

        Repeater {
            model: root.options

            delegate: Button {
                id: choice

                required property var modelData
                required property int index

                signal chosen(string value)

                text: choice.modelData.text
                font.pixelSize: Theme.fontBody
                font.capitalization: Font.MixedCase
                height: Theme.touchTarget
                leftPadding: Theme.spacing
                rightPadding: Theme.spacing
                Material.background: choice.highlighted ? Theme.primary : Theme.surface
                onClicked: choice.chosen(choice.modelData.value)

                // The tick and bold keep the answer readable when the sheet is read-only (disabled).
                contentItem: Label {
                    text: choice.highlighted ? "✓ " + choice.text : choice.text
                    font.pixelSize: choice.font.pixelSize
                    font.bold: choice.highlighted
                    color: !choice.enabled ? (choice.highlighted ? Theme.text : Theme.mutedText) : (choice.highlighted ? "white" : Theme.text)
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    elide: Text.ElideRight
                }
            }

            // The delegate only knows its own option; the row binds its state and hears its taps.
            onItemAdded: (index, item) => {
                item.objectName = root.objectName + "_" + root.options[index].value;
                item.highlighted = Qt.binding(() => root.options[index] !== undefined && root.value === root.options[index].value);
                item.chosen.connect(root.picked);
            }
        }
    }
}
