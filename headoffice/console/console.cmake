# The head-office web console (issue 7; docs/console.md): part 1 sign-in, sessions, authorization, call queue;
# part 2 contracts, alerts, devices and users, policies and content, export.
# Included from headoffice/CMakeLists.txt after hqserver is defined.
target_sources(hqserver PRIVATE
    console/roles.h
    console/password.cpp console/password.h
    console/consoleauth.cpp console/consoleauth.h
    console/consoleservice.cpp console/consoleservice.h
    console/i18n.cpp console/i18n.h
    console/html.cpp console/html.h
    console/pages.cpp console/pages.h
    console/routes.cpp console/routes.h
    console/qrsvg.cpp console/qrsvg.h
)
target_link_libraries(hqserver PRIVATE PkgConfig::ARGON2)
# The enrollment code's QR, drawn on the server as SVG (part 2, devices and users).
pkg_check_modules(HQ_QRENCODE REQUIRED IMPORTED_TARGET libqrencode)
target_link_libraries(hqserver PRIVATE PkgConfig::HQ_QRENCODE)

# The style sheet, served as /console/static/console.css from the binary itself.
qt_add_resources(hqserver console_static PREFIX /console/static BASE ${CMAKE_CURRENT_SOURCE_DIR}/console
    FILES ${CMAKE_CURRENT_SOURCE_DIR}/console/console.css)
# The content packs shipped with the product: the call scripts of contracts whose pack head office has not
# received as a content.published event.
file(GLOB KAKUNIN_HQ_BUILTIN_PACKS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/assets/content/*.json)
qt_add_resources(hqserver console_content PREFIX /console/content BASE ${PROJECT_SOURCE_DIR}/assets/content
    FILES ${KAKUNIN_HQ_BUILTIN_PACKS})
# Japanese (default) and English, compiled into :/console/i18n. After changing texts:
#   lupdate headoffice/console -ts assets/i18n/console_ja.ts assets/i18n/console_en.ts -no-obsolete
#   python3 scripts/dev/fill_translations.py
qt_add_translations(hqserver
    TS_FILES ${PROJECT_SOURCE_DIR}/assets/i18n/console_ja.ts ${PROJECT_SOURCE_DIR}/assets/i18n/console_en.ts
    RESOURCE_PREFIX /console/i18n
    LUPDATE_OPTIONS -no-obsolete)
