# Domain rules (docs/rules.md): one Catch2 binary, tests named by rule id.
kakunin_catch_test(test_rules
    core/rules/rulessupport.h
    core/rules/test_policy.cpp
    core/rules/test_screening.cpp
    core/rules/test_visit.cpp
    core/rules/test_matters.cpp
    core/rules/test_lecture.cpp
    core/rules/test_lifecycle.cpp
    core/rules/test_catalog.cpp
    core/rules/test_property.cpp
)
