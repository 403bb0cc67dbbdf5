# Settings (issue 5): run-time language, PIN change, auto-lock, about, and the sync state on home.
target_sources(appmodels PRIVATE
    models/inactivitylock.cpp models/inactivitylock.h
    models/language.cpp models/language.h
    models/settingsfile.cpp models/settingsfile.h
    models/settingspacklist.cpp models/settingspacklist.h
    models/syncstatus.cpp models/syncstatus.h)
