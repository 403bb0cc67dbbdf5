#pragma once

#include "appsession.h"
#include "customerlistmodel.h"

#include <QObject>

namespace kakunin {

// Everything one running tablet app owns and QML reaches as singletons (qmlsingletons.h): the session and
// the models that follow it. main.cpp and the tour test build the same one, so both run the same wiring.
class AppContext : public QObject {
    Q_OBJECT

public:
    struct Options {
        StoreOptions store;
        QString userId = QStringLiteral("rep-001");
        QString role = QStringLiteral("sales_rep");
        bool seedDemoData = false; // fill an empty store with the demo data set once it is unlocked
        const Clock *clock = nullptr; // null: the system clock
    };

    explicit AppContext(const Options &options, QObject *parent = nullptr);
    ~AppContext() override;

    AppSession &session() { return m_session; }
    CustomerListModel &customers() { return m_customers; }

private:
    AppSession m_session;
    CustomerListModel m_customers;
};

} // namespace kakunin
