#include <catch2/catch.hpp>

#include <core/domain/eventcatalog.h>
#include <models/appsession.h>
#include <models/customerlistmodel.h>
#include <models/demodata.h>
#include <support/testsupport.h>

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTimer>

using namespace kakunin;

namespace {

const QString Me = QStringLiteral("rep-001");

QStringList column(const QAbstractItemModel &m, int role)
{
    QStringList out;
    for (int row = 0; row < m.rowCount(); ++row)
        out.append(m.data(m.index(row, 0), role).toString());
    return out;
}

} // namespace

TEST_CASE("demo data: real events that the catalog accepts, on a chain that verifies", "[appmodels][demo]")
{
    test::TempStore t;
    auto s = t.create();
    const auto seeded = seedDemoData(*s, Me, t.clock);
    REQUIRE(seeded.ok());
    CHECK(seeded.value() == 40); // a dozen customers × registered, profile, screening; 4 appointments
    CHECK(s->headSeq() == 40);
    CHECK(s->verifyChain().ok());

    const QList<AggregateState> customers = s->projectionsOfKind(QStringLiteral("customer"));
    REQUIRE(customers.size() == 12);
    int mine = 0;
    int refused = 0;
    for (const AggregateState &c : customers) {
        const QString id = c.state.value(QStringLiteral("id")).toString();
        const QList<Event> events = s->latestEvents(id, 10);
        REQUIRE(events.size() >= 3);
        REQUIRE(events.size() <= 4); // an appointment for some
        for (const Event &e : events) {
            QString field;
            INFO(e.type.toStdString() << " of " << id.toStdString() << ": " << field.toStdString());
            CHECK(validateEvent(e, Role::SalesRep, &field) == EventError::None);
        }
        CHECK_FALSE(c.state.value(QStringLiteral("name")).toString().isEmpty());
        CHECK_FALSE(c.state.value(QStringLiteral("business")).toString().isEmpty());
        CHECK_FALSE(c.state.value(QStringLiteral("phone")).toString().isEmpty());
        CHECK_FALSE(c.state.value(QStringLiteral("reading")).toString().isEmpty()); // フリガナ for the search
        mine += c.state.value(QStringLiteral("registeredBy")).toString() == Me ? 1 : 0;
        refused += c.state.value(QStringLiteral("screening")).toString() == QLatin1String("refused") ? 1 : 0;
    }
    CHECK(mine == 10);
    CHECK(refused == 2);

    // Idempotent: a store with customers is left alone.
    const auto again = seedDemoData(*s, Me, t.clock);
    REQUIRE(again.ok());
    CHECK(again.value() == 0);
    CHECK(s->headSeq() == 40);
}

TEST_CASE("my customers: a correct list model with words for the screening", "[appmodels][customers]")
{
    test::TempStore t;
    auto s = t.create();
    REQUIRE(seedDemoData(*s, Me, t.clock).ok());

    CustomerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0); // no store yet
    QSignalSpy counted(&model, &CustomerListModel::countChanged);
    model.setSource(s.get(), Me);
    CHECK(counted.size() == 1);
    REQUIRE(model.count() == 10);
    CHECK(model.totalCount() == 10);

    const QHash<int, QByteArray> roles = model.roleNames();
    CHECK(roles.value(CustomerListModel::NameRole) == "name");
    CHECK(roles.value(CustomerListModel::ScreeningTextRole) == "screeningText");

    const QStringList names = column(model, CustomerListModel::NameRole);
    CHECK(names.contains(QStringLiteral("佐藤 健一")));
    const int sato = static_cast<int>(names.indexOf(QStringLiteral("佐藤 健一")));
    const QModelIndex i = model.index(sato, 0);
    CHECK(model.data(i, CustomerListModel::ScreeningRole).toString() == QLatin1String("refused"));
    CHECK(model.data(i, CustomerListModel::RefusedRole).toBool());
    CHECK(model.data(i, CustomerListModel::StatusRole).toString() == QLatin1String("refused"));
    CHECK(model.data(i, CustomerListModel::ScreeningTextRole).toString()
        == CustomerListModel::screeningText(QStringLiteral("refused")));
    CHECK(model.data(i, CustomerListModel::BusinessRole).toString() == QStringLiteral("佐藤工務店"));
    CHECK_FALSE(model.data(i, CustomerListModel::PhoneRole).toString().isEmpty());
    CHECK(model.data(model.index(sato, 0), Qt::DisplayRole) == model.data(i, CustomerListModel::NameRole));

    // Every code has words, and they differ.
    QStringList words;
    for (const char *code : {"allowed", "allowed_with_conditions", "refused", ""})
        words.append(CustomerListModel::screeningText(QLatin1String(code)));
    words.removeDuplicates();
    CHECK(words.size() == 4);
}

TEST_CASE("my customers: P4, another rep's customers never appear", "[appmodels][customers][P4]")
{
    test::TempStore t;
    auto s = t.create();
    REQUIRE(seedDemoData(*s, Me, t.clock).ok());

    CustomerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSource(s.get(), Me);
    const QStringList mine = column(model, CustomerListModel::IdRole);
    CHECK_FALSE(mine.contains(QStringLiteral("demo-c11")));
    CHECK_FALSE(mine.contains(QStringLiteral("demo-c12")));
    model.setFilterText(QStringLiteral("山田")); // 山田酒店 belongs to rep-002
    CHECK(model.count() == 0);
    model.setFilterText(QString());

    model.setSource(s.get(), DemoOtherRep);
    CHECK(model.count() == 2);
    const QStringList theirs = column(model, CustomerListModel::IdRole);
    CHECK(theirs.contains(QStringLiteral("demo-c11")));
    CHECK(theirs.contains(QStringLiteral("demo-c12")));

    model.setSource(s.get(), QString()); // no one signed in: no one's customers
    CHECK(model.count() == 0);
    model.setSource(nullptr, Me); // locked
    CHECK(model.count() == 0);
}

TEST_CASE("my customers: filter by name or business, case, width and kana as typed", "[appmodels][customers]")
{
    test::TempStore t;
    auto s = t.create();
    REQUIRE(s->append(test::customerDraft(
                          QStringLiteral("a"), QStringLiteral("伊藤 花子"), QStringLiteral("ヘアサロン はなこ")))
                .ok());
    REQUIRE(s->append(
                 test::customerDraft(QStringLiteral("b"), QStringLiteral("Sato Kenichi"), QStringLiteral("佐藤工務店")))
                .ok());
    REQUIRE(s->append(test::customerDraft(
                          QStringLiteral("c"), QStringLiteral("高橋 美咲"), QStringLiteral("たかはし歯科医院")))
                .ok());

    CustomerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSource(s.get(), Me);
    REQUIRE(model.count() == 3);

    QSignalSpy filterChanged(&model, &CustomerListModel::filterTextChanged);
    QSignalSpy counted(&model, &CustomerListModel::countChanged);
    auto ids = [&](const QString &text) {
        model.setFilterText(text);
        return column(model, CustomerListModel::IdRole);
    };
    CHECK(ids(QStringLiteral("伊藤")) == QStringList {QStringLiteral("a")});
    CHECK(filterChanged.size() == 1);
    CHECK(counted.size() == 1);
    CHECK(model.filterText() == QStringLiteral("伊藤"));
    CHECK(ids(QStringLiteral("伊藤花子")) == QStringList {QStringLiteral("a")}); // spaces do not matter
    CHECK(ids(QStringLiteral("はなこ")) == QStringList {QStringLiteral("a")}); // business, hiragana
    CHECK(ids(QStringLiteral("ハナコ")) == QStringList {QStringLiteral("a")}); // katakana finds hiragana
    CHECK(ids(QStringLiteral("へあ")) == QStringList {QStringLiteral("a")}); // and the other way round
    CHECK(ids(QStringLiteral("工務店")) == QStringList {QStringLiteral("b")});
    CHECK(ids(QStringLiteral("sato")) == QStringList {QStringLiteral("b")}); // case-insensitive
    CHECK(ids(QStringLiteral("ＳＡＴＯ")) == QStringList {QStringLiteral("b")}); // full-width as typed by an IME
    CHECK(ids(QStringLiteral("歯科")) == QStringList {QStringLiteral("c")});
    CHECK(ids(QStringLiteral("該当なし")).isEmpty());
    CHECK(model.count() == 0);
    CHECK(model.totalCount() == 3);
    CHECK(ids(QString()).size() == 3);
}

TEST_CASE("my customers: reload shows new events", "[appmodels][customers]")
{
    test::TempStore t;
    auto s = t.create();
    CustomerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSource(s.get(), Me);
    CHECK(model.count() == 0);

    REQUIRE(
        s->append(test::customerDraft(QStringLiteral("n1"), QStringLiteral("新規 顧客"), QStringLiteral("新規商店")))
            .ok());
    CHECK(model.count() == 0); // not before reload
    QSignalSpy counted(&model, &CustomerListModel::countChanged);
    model.reload();
    CHECK(counted.size() == 1);
    REQUIRE(model.count() == 1);
    const QModelIndex i = model.index(0, 0);
    CHECK(model.data(i, CustomerListModel::StatusRole).toString() == QLatin1String("needs_profile"));
    CHECK(model.data(i, CustomerListModel::ScreeningRole).toString().isEmpty());
    CHECK_FALSE(model.data(i, CustomerListModel::RefusedRole).toBool());

    REQUIRE(s->append({EventType::CustomerUpdated, QStringLiteral("n1"), Me,
                          QJsonObject {{QStringLiteral("phone"), QStringLiteral("03-1111-2222")}}})
                .ok());
    model.reload();
    CHECK(model.data(model.index(0, 0), CustomerListModel::PhoneRole).toString() == QLatin1String("03-1111-2222"));

    // A filter stays in force across reloads.
    model.setFilterText(QStringLiteral("商店"));
    REQUIRE(
        s->append(test::customerDraft(QStringLiteral("n2"), QStringLiteral("別の 顧客"), QStringLiteral("花屋"))).ok());
    model.reload();
    CHECK(model.count() == 1);
    CHECK(model.totalCount() == 2);
}

TEST_CASE("the session opens the store for home before QML sees the stage change", "[appmodels][customers]")
{
    test::TempStore t;
    AppSession session(t.options(), QStringLiteral("rep-007"));
    CHECK(session.userId() == QLatin1String("rep-007"));
    CHECK(AppSession(t.options()).userId() == QLatin1String("rep-001"));
    CustomerListModel model;
    QStringList order;
    QObject::connect(&session, &AppSession::storeOpened, &model, [&] {
        order.append(QStringLiteral("opened"));
        REQUIRE(session.store() != nullptr);
        REQUIRE(seedDemoData(*session.store(), session.userId(), t.clock).ok());
        model.setSource(session.store(), session.userId());
    });
    QObject::connect(&session, &AppSession::stageChanged, &model, [&] {
        order.append(QStringLiteral("stage"));
        CHECK(session.eventCount() == (session.store() ? 40 : 0)); // what the footer reads
    });
    session.setUpPin(test::DemoPin, test::DemoPin);
    QElapsedTimer timer;
    timer.start();
    while (session.busy() && timer.elapsed() < 20'000) {
        QEventLoop loop;
        QObject::connect(&session, &AppSession::busyChanged, &loop, &QEventLoop::quit);
        QTimer::singleShot(200, &loop, &QEventLoop::quit);
        loop.exec();
    }
    REQUIRE(session.stage() == AppSession::Stage::Unlocked);
    CHECK(order == QStringList {QStringLiteral("opened"), QStringLiteral("stage")});
    CHECK(model.count() == 10);
}

TEST_CASE("demo data: three appointments of mine today, one tomorrow (S2)", "[appmodels][demo][S2]")
{
    test::TempStore t;
    auto s = t.create();
    REQUIRE(seedDemoData(*s, Me, t.clock).ok());
    int appointments = 0;
    for (const AggregateState &c : s->projectionsOfKind(QStringLiteral("customer"))) {
        for (const Event &e : s->latestEvents(c.state.value(QStringLiteral("id")).toString(), 10)) {
            if (e.type != EventType::AppointmentRecorded)
                continue;
            ++appointments;
            CHECK(e.actor == Me);
            CHECK(validateEvent(e, Role::SalesRep) == EventError::None);
            CHECK(c.state.value(QStringLiteral("registeredBy")).toString() == Me);
            CHECK(c.state.value(QStringLiteral("screening")).toString() != QLatin1String("refused"));
        }
    }
    CHECK(appointments == 4);
}

TEST_CASE("my customers: the reading in kana finds a customer, and so does its romaji", "[appmodels][customers]")
{
    test::TempStore t;
    auto s = t.create();
    auto reg = [&](const char *id, const char *name, const char *reading) {
        REQUIRE(s->append({EventType::CustomerRegistered, QLatin1String(id), Me,
                              QJsonObject {{QStringLiteral("name"), QString::fromUtf8(name)},
                                  {QStringLiteral("reading"), QString::fromUtf8(reading)}}})
                    .ok());
    };
    reg("sato", "佐藤 健一", "サトウ ケンイチ");
    reg("kato", "加藤 翔太", "カトウ ショウタ");
    reg("ito", "伊藤 花子", "イトウ ハナコ");
    reg("ohno", "大野 修", "オオノ オサム");
    reg("honda", "本田 智子", "ホンダ トモコ");
    reg("matsu", "松本 真理子", "マツモト マリコ");
    reg("shin", "新橋 純一", "シンバシ ジュンイチ");

    CustomerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSource(s.get(), Me);
    REQUIRE(model.count() == 7);
    CHECK(column(model, CustomerListModel::ReadingRole).contains(QStringLiteral("サトウ ケンイチ")));
    CHECK(model.roleNames().value(CustomerListModel::ReadingRole) == "reading");

    auto ids = [&](const QString &text) {
        model.setFilterText(text);
        QStringList l = column(model, CustomerListModel::IdRole);
        l.sort();
        return l;
    };
    const QStringList sato {QStringLiteral("sato")};
    // Kana as typed, either script.
    CHECK(ids(QStringLiteral("さとう")) == sato);
    CHECK(ids(QStringLiteral("サトウ")) == sato);
    CHECK(ids(QStringLiteral("ｻﾄｳ")) == sato);
    CHECK(ids(QStringLiteral("けんいち")) == sato);
    // Romaji on a latin keyboard: long vowels are ignored, any common spelling.
    CHECK(ids(QStringLiteral("sato")) == sato);
    CHECK(ids(QStringLiteral("satou")) == sato);
    CHECK(ids(QStringLiteral("Satoh")) == sato);
    CHECK(ids(QStringLiteral("ＳＡＴＯ")) == sato);
    CHECK(ids(QStringLiteral("sato kenichi")) == sato);
    CHECK(ids(QStringLiteral("kato")) == QStringList {QStringLiteral("kato")});
    CHECK(ids(QStringLiteral("syouta")) == QStringList {QStringLiteral("kato")}); // Kunrei spelling
    CHECK(ids(QStringLiteral("shota")) == QStringList {QStringLiteral("kato")});
    CHECK(ids(QStringLiteral("ito")) == QStringList {QStringLiteral("ito")});
    CHECK(ids(QStringLiteral("ohno")) == QStringList {QStringLiteral("ohno")});
    CHECK(ids(QStringLiteral("ono")) == QStringList {QStringLiteral("ohno")});
    CHECK(ids(QStringLiteral("oono")) == QStringList {QStringLiteral("ohno")});
    CHECK(ids(QStringLiteral("honda")) == QStringList {QStringLiteral("honda")});
    CHECK(ids(QStringLiteral("matumoto")) == QStringList {QStringLiteral("matsu")}); // tu → tsu
    CHECK(ids(QStringLiteral("shimbashi")) == QStringList {QStringLiteral("shin")}); // m before b
    CHECK(ids(QStringLiteral("junichi")) == QStringList {QStringLiteral("shin")});
    // "to" is in several readings (sato, kato, ito, tomoko, matsumoto).
    CHECK(ids(QStringLiteral("to")).size() == 5);
    CHECK(ids(QStringLiteral("suzuki")).isEmpty());
    CHECK(ids(QString()).size() == 7);
}

TEST_CASE("romaji: Hepburn from kana and the key typed spellings meet at", "[appmodels][customers]")
{
    auto r = [](const char *kana) { return CustomerListModel::romaji(QString::fromUtf8(kana)); };
    CHECK(r("さとう") == QLatin1String("satou"));
    CHECK(r("サトウ ケンイチ") == QLatin1String("satoukenichi"));
    CHECK(r("しんぶん") == QLatin1String("shinbun"));
    CHECK(r("きょうこ") == QLatin1String("kyouko"));
    CHECK(r("ちゃ") == QLatin1String("cha"));
    CHECK(r("じゅんいち")
        == QLatin1String("jun"
                         "ichi"));
    CHECK(r("まっちゃ") == QLatin1String("matcha"));
    CHECK(r("はっとり") == QLatin1String("hattori"));
    CHECK(r("ふぁいる") == QLatin1String("fairu"));
    CHECK(r("ティー") == QLatin1String("ti"));
    CHECK(r("ヴィ") == QLatin1String("vi"));
    CHECK(r("つづき") == QLatin1String("tsuzuki"));
    CHECK(r("ｶﾄｳ") == QLatin1String("katou"));
    CHECK(r("佐藤") == QString());

    auto k = [](const char *latin) { return CustomerListModel::romajiKey(QLatin1String(latin)); };
    CHECK(k("satou") == k("sato"));
    CHECK(k("satoh") == k("sato"));
    CHECK(k("ohno") == k("ono"));
    CHECK(k("si") == k("shi"));
    CHECK(k("tyou") == k("cho"));
    CHECK(k("tu") == k("tsu"));
    CHECK(k("hukuda") == k("fukuda"));
    CHECK(k("zyun") == k("jun"));
    CHECK(k("kenn") == k("ken"));
    CHECK(k("maccha") == k("matcha"));
    CHECK(k("shu") == QLatin1String("shu")); // not "sfu"
    CHECK(k("ohashi") == QLatin1String("ohashi")); // h before a vowel is a consonant
}
