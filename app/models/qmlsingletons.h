#pragma once
// QML faces of objects that C++ owns (created in main.cpp, one per process).

#include "appsession.h"
#include "customerlistmodel.h"
#include "language.h"
#include "syncstatus.h"

#include <QJSEngine>
#include <QQmlEngine>

namespace kakunin {

struct AppSessionForeign {
    Q_GADGET
    QML_FOREIGN(kakunin::AppSession)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Session)

public:
    inline static AppSession *s_instance = nullptr;
    static AppSession *create(QQmlEngine *, QJSEngine *engine)
    {
        Q_ASSERT(s_instance != nullptr);
        Q_ASSERT(engine->thread() == s_instance->thread());
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }
};

// "My customers" (P4): filled from the session's store when it unlocks, emptied when it locks.
struct CustomerListModelForeign {
    Q_GADGET
    QML_FOREIGN(kakunin::CustomerListModel)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Customers)

public:
    inline static CustomerListModel *s_instance = nullptr;
    static CustomerListModel *create(QQmlEngine *, QJSEngine *engine)
    {
        Q_ASSERT(s_instance != nullptr);
        Q_ASSERT(engine->thread() == s_instance->thread());
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }
};

// The UI language (ja/en), switchable at run time; the engine that reads it first is the one it retranslates.
struct LanguageForeign {
    Q_GADGET
    QML_FOREIGN(kakunin::Language)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Language)

public:
    inline static Language *s_instance = nullptr;
    static Language *create(QQmlEngine *qml, QJSEngine *engine)
    {
        Q_ASSERT(s_instance != nullptr);
        Q_ASSERT(engine->thread() == s_instance->thread());
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        s_instance->setEngine(qml);
        return s_instance;
    }
};

// Sync with head office as the home screen shows it (state, pending records, last success).
struct SyncStatusForeign {
    Q_GADGET
    QML_FOREIGN(kakunin::SyncStatus)
    QML_SINGLETON
    QML_NAMED_ELEMENT(SyncStatus)

public:
    inline static SyncStatus *s_instance = nullptr;
    static SyncStatus *create(QQmlEngine *, QJSEngine *engine)
    {
        Q_ASSERT(s_instance != nullptr);
        Q_ASSERT(engine->thread() == s_instance->thread());
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }
};

} // namespace kakunin
