#pragma once
// QML faces of objects that C++ owns (created in main.cpp, one per process).

#include "appsession.h"
#include "customerlistmodel.h"

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

} // namespace kakunin
