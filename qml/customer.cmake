# Customer screens (issue 5): registration, details, profile sheet and screening (P1, P2).
qt_target_qml_sources(ui QML_FILES
    pages/CustomerPage.qml
    pages/NewCustomerPage.qml
    components/CustomerCard.qml
    components/CustomerTextField.qml
    components/CustomerScreeningCard.qml
    components/ProfileChoiceRow.qml
    components/ProfileSheetForm.qml)
