# Contract timeline (issue 5): the page, its event row, facts, calls, side card and the cancel dialog.
# (Home's NextContractsPanel.qml is in the module's own list.)
qt_target_qml_sources(ui QML_FILES pages/TimelinePage.qml components/TimelineEventRow.qml
                      components/TimelineFact.qml components/TimelineCallRow.qml components/TimelineSideCard.qml
                      components/TimelineCancelDialog.qml)
