import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kakunin.App
import Kakunin.Ui

// The important-matters walkthrough (重要事項説明, S3) with the customer: one item per page in large type,
// each confirmed before the next (no skipping), then the rep's attestation (S1), the signatures (customer,
// successor when required (P2), rep), and the customer's copy once the contract is concluded (M1).
// Left half-way (back, lock, app closed), it resumes where it was when opened again for the same customer.
Page {
    id: root

    objectName: "walkthroughPage"

    required property string customerId
    required property string productCode

    background: Rectangle {
        color: Theme.background
    }

    header: PageHeader {
        title: flow.customerName === "" ? qsTr("Important matters")
                                               : qsTr("Important matters: %1").arg(flow.customerName)
        onBackRequested: Navigation.back()

        Label {
            objectName: "productLabel"
            visible: flow.productName !== "" && root.width >= root.height
            text: flow.productName
            font.pixelSize: Theme.fontSmall
            color: "white"
            elide: Text.ElideRight
            Layout.maximumWidth: 360
        }
    }

    WalkthroughSession {
        id: flow

        objectName: "walkthrough"
        session: Session
        customerId: root.customerId
        productCode: root.productCode
    }

    StackLayout {
        objectName: "walkthroughSteps"
        anchors.fill: parent
        currentIndex: {
            switch (flow.step) {
            case WalkthroughSession.Items:
                return 1
            case WalkthroughSession.Attestation:
                return 2
            case WalkthroughSession.Signatures:
                return 3
            case WalkthroughSession.Complete:
                return 4
            default:
                return 0
            }
        }

        Item {
            objectName: "walkthroughUnavailable"

            EmptyState {
                anchors.centerIn: parent
                width: Math.min(parent.width - Theme.spacing * 4, 720)
                height: 260
                title: qsTr("The important matters cannot be explained")
                message: flow.blockedReason
            }
        }

        MatterItem {
            objectName: "matterItem"
            number: flow.index + 1
            count: flow.count
            confirmedCount: flow.confirmedCount
            title: flow.itemTitle
            body: flow.itemBody
            confirmation: flow.itemConfirmation
            shown: flow.itemShown
            confirmed: flow.itemConfirmed
            canConfirm: flow.canConfirm
            canGoNext: flow.canGoNext
            canGoBack: flow.canGoBack
            last: flow.index + 1 === flow.count
            errorMessage: flow.errorMessage
            onConfirmRequested: flow.confirmItem()
            onNextRequested: flow.next()
            onBackRequested: flow.back()
        }

        // Created with the page: these steps are light, and they bind to the walkthrough directly.
        WalkthroughAttestation {
            objectName: "walkthroughAttestation"
            count: flow.count
            attested: flow.attested
            canAttest: flow.canAttest
            canGoBack: flow.canGoBack
            errorMessage: flow.errorMessage
            onAttestRequested: flow.attestNoGuarantee()
            onBackRequested: flow.back()
        }

        WalkthroughSignatureStep {
            objectName: "walkthroughSignatureStep"
            walkthrough: flow
        }

        WalkthroughCopyView {
            objectName: "walkthroughCopyView"
            walkthrough: flow
            onDoneRequested: Navigation.back()
        }
    }
}
