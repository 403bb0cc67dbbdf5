# Record bundles and kakunin-verify (issue: evidence), against the real store and the real CRM pack.
kakunin_catch_test(test_verify evidence/test_verify.cpp)
target_link_libraries(test_verify PRIVATE evidence appmodels)
target_compile_definitions(test_verify PRIVATE KAKUNIN_CONTENT_DIR="${PROJECT_SOURCE_DIR}/assets/content"
                                               KAKUNIN_VERIFY="$<TARGET_FILE:kakunin-verify>")
add_dependencies(test_verify kakunin-verify)
