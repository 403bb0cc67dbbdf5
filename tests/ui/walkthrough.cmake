# Important-matters walkthrough (issue 5). Paths are relative to tests/ui.
# WalkthroughSession over a real temporary store (S1, S3, P2, M1, resume, the PDF copy) and the page driven
# in an offscreen window. The PDF and the page need a QGuiApplication: own main (test_walkthrough_main.cpp).
kakunin_catch_test(test_walkthrough test_walkthrough_main.cpp test_walkthrough.cpp test_walkthrough_page.cpp
                   test_walkthrough_support.h)
target_link_libraries(test_walkthrough PRIVATE appmodels appmodelsplugin ui uiplugin Qt6::Gui Qt6::Quick
                                               Qt6::QuickControls2 Qt6::Test)

# The item page component under Qt Quick Test (tests/ui/qml/tst_matter*.qml), found by objectName.
add_executable(test_matteritem_quick test_walkthrough_quickmain.cpp)
target_link_libraries(test_matteritem_quick PRIVATE appmodels appmodelsplugin ui uiplugin Qt6::QuickTest)
kakunin_warnings(test_matteritem_quick)
add_test(NAME matteritem_quicktest COMMAND test_matteritem_quick -input ${CMAKE_CURRENT_SOURCE_DIR}/qml/tst_matteritem.qml)
set_tests_properties(matteritem_quicktest PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 120)
