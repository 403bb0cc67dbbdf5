# Settings (issue 5): sync status, auto-lock, PIN change, run-time language switch.
kakunin_catch_test(test_settings test_settings.cpp)
target_link_libraries(test_settings PRIVATE appmodels Qt6::Test)
