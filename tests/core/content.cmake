# Content packs: the loader on every bad-pack case, and the shipped packs in assets/content.
kakunin_catch_test(test_content core/content/test_loader.cpp core/content/test_packs.cpp)
target_compile_definitions(test_content PRIVATE KAKUNIN_CONTENT_DIR="${PROJECT_SOURCE_DIR}/assets/content")
