# Important-matters walkthrough (issue 5): the page and its parts.
qt_target_qml_sources(ui QML_FILES pages/WalkthroughPage.qml components/MatterItem.qml
                      components/WalkthroughAttestation.qml components/WalkthroughSignatureStep.qml
                      components/WalkthroughCopyView.qml)
