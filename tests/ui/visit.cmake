# Visit screen and today's visits (issue 5): appointments, start/end, conduct timer (S2).
kakunin_catch_test(test_visit test_visit.cpp)
target_link_libraries(test_visit PRIVATE appmodels Qt6::Test)
