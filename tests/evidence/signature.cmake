# Signature strokes, renderings and the signature pad (issue 4). Paths are relative to tests/.
kakunin_catch_test(test_signature evidence/test_strokes.cpp evidence/test_renderer.cpp)
target_link_libraries(test_signature PRIVATE evidence)

# The pad under Qt Quick Test: synthetic mouse and touch input in an offscreen window.
add_executable(test_signaturepad_quick evidence/quicktest_main.cpp)
target_link_libraries(test_signaturepad_quick PRIVATE appmodels appmodelsplugin ui uiplugin Qt6::QuickTest)
kakunin_warnings(test_signaturepad_quick)
add_test(NAME signaturepad_quicktest COMMAND test_signaturepad_quick -input ${CMAKE_CURRENT_SOURCE_DIR}/evidence/qml)
set_tests_properties(signaturepad_quicktest PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 120)
