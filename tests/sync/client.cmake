# Tablet sync engine (sync/client) tests; included by tests/sync/CMakeLists.txt. docs/sync-client.md says
# what each proves.

# Store additions for sync (the "--- Sync" part of app/store): pulled events with their cursor, blob outbox,
# settings, second connection, wipe.
kakunin_catch_test(test_client_store test_client_store.cpp)

# Engine decisions with an in-memory head office (fault injection only): retry, backoff, 401, wipe.
kakunin_catch_test(test_client_unit test_client_retry.cpp test_client_engine.cpp client_fakehq.cpp client_fakehq.h)
target_link_libraries(test_client_unit PRIVATE syncclient protocol Qt6::Test)

# The real thing: CurlTransport against kakunin-hq (a child process) over loopback TLS.
if(NOT TARGET kakunin-hq)
    message(WARNING "kakunin-hq is not built: the sync engine's real-server tests are left out")
    return()
endif()
add_library(clientsynctest STATIC client_hq.cpp client_hq.h client_journey.cpp client_journey.h tcpproxy.cpp tcpproxy.h)
target_link_libraries(clientsynctest PUBLIC testmain syncclient protocol store core Qt6::Test OpenSSL::SSL OpenSSL::Crypto)
target_compile_definitions(clientsynctest PUBLIC KAKUNIN_HQ="$<TARGET_FILE:kakunin-hq>")
kakunin_warnings(clientsynctest)
add_dependencies(clientsynctest kakunin-hq)

# Tests that use the shared head office of the CTest fixture `hq_server` (tests/headoffice/CMakeLists.txt)
# besides private ones; like kakunin_catch_test, plus FIXTURES_REQUIRED (catch_discover_tests sets it on
# every test case it finds).
function(kakunin_client_hq_test name)
    add_executable(${name} ${ARGN})
    target_link_libraries(${name} PRIVATE testmain core store clientsynctest)
    kakunin_warnings(${name})
    catch_discover_tests(${name} TEST_PREFIX "${name}: " EXTRA_ARGS --warn NoTests
                         PROPERTIES ENVIRONMENT "KAKUNIN_KEY_STORAGE=auto" FIXTURES_REQUIRED hq_server)
endfunction()
target_compile_definitions(clientsynctest PUBLIC
    KAKUNIN_HQ_ENV_FILE="${PROJECT_BINARY_DIR}/tests/headoffice/hq-server/env")

kakunin_client_hq_test(test_client_sync test_client_sync.cpp)

# The engine inside the app: SyncWiring between AppSession, SyncStatus and the SyncService thread.
if(TARGET appmodels)
    kakunin_client_hq_test(test_client_app test_client_app.cpp)
    target_link_libraries(test_client_app PRIVATE appmodels)
endif()

# A tablet that only pushes, killed with SIGKILL by test_client_faults.
add_executable(client_pusher client_pusher.cpp)
target_link_libraries(client_pusher PRIVATE syncclient store)
kakunin_warnings(client_pusher)

# Faults with random timing (TCP proxy, killed server, killed tablet, injected 5xx/429): 112 runs.
kakunin_catch_test(test_client_faults test_client_faults.cpp)
target_link_libraries(test_client_faults PRIVATE clientsynctest)
target_compile_definitions(test_client_faults PRIVATE CLIENT_PUSHER="$<TARGET_FILE:client_pusher>")
add_dependencies(test_client_faults client_pusher)
