# Sync with head office (issue 6): SyncWiring connects the sync engine (sync/client, its own thread) to the
# session and SyncStatus (compiled with the settings list). docs/sync-client.md.
if(TARGET syncclient)
    target_sources(appmodels PRIVATE models/syncwiring.cpp models/syncwiring.h)
    target_link_libraries(appmodels PUBLIC syncclient)
endif()
