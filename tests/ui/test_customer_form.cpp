#include "test_customer_session.h"

#include <models/customerform.h>

#include <QSignalSpy>

using namespace kakunin;
using kakunin::test::Rep;
using kakunin::test::SignedIn;

TEST_CASE("customer fields: validation codes for name, reading and phone", "[appmodels][customer]")
{
    CHECK(validateName(QString()) == CustomerFieldError::NameMissing);
    CHECK(validateName(QStringLiteral("   ")) == CustomerFieldError::NameMissing);
    CHECK(validateName(QString(101, QLatin1Char('x'))) == CustomerFieldError::NameTooLong);
    CHECK(validateName(QStringLiteral("佐藤 健一")) == CustomerFieldError::None);

    CHECK(validateReading(QString()) == CustomerFieldError::ReadingMissing);
    CHECK(validateReading(QStringLiteral("サトウ ケンイチ")) == CustomerFieldError::None);
    CHECK(validateReading(QStringLiteral("さとう　けんいち")) == CustomerFieldError::None); // full-width space
    CHECK(validateReading(QStringLiteral("ｻﾄｳ")) == CustomerFieldError::None); // half-width katakana
    CHECK(validateReading(QStringLiteral("コーヒー・ハウス")) == CustomerFieldError::None);
    CHECK(validateReading(QStringLiteral("佐藤")) == CustomerFieldError::ReadingNotKana);
    CHECK(validateReading(QStringLiteral("sato")) == CustomerFieldError::ReadingNotKana);

    CHECK(validatePhone(QString()) == CustomerFieldError::None); // optional
    CHECK(validatePhone(QStringLiteral("03-1234-5678")) == CustomerFieldError::None);
    CHECK(validatePhone(QStringLiteral("090 1234 5678")) == CustomerFieldError::None);
    CHECK(validatePhone(QStringLiteral("０３－１２３４－５６７８")) == CustomerFieldError::None); // as an IME types it
    CHECK(validatePhone(QStringLiteral("+81 3-1234-5678")) == CustomerFieldError::None);
    CHECK(validatePhone(QStringLiteral("03-1234-567")) == CustomerFieldError::PhoneWrongLength);
    CHECK(validatePhone(QStringLiteral("3-1234-5678")) == CustomerFieldError::PhoneWrongLength);
    CHECK(validatePhone(QStringLiteral("03-1234-ABCD")) == CustomerFieldError::PhoneNotANumber);

    CHECK(normalizedReading(QStringLiteral(" さとう  けんいち ")) == QStringLiteral("サトウ ケンイチ"));
    CHECK(normalizedReading(QStringLiteral("ｻﾄｳ")) == QStringLiteral("サトウ"));

    // Every code has its own words.
    QStringList words;
    for (auto e : {CustomerFieldError::NameMissing, CustomerFieldError::NameTooLong, CustomerFieldError::ReadingMissing,
             CustomerFieldError::ReadingNotKana, CustomerFieldError::PhoneNotANumber,
             CustomerFieldError::PhoneWrongLength, CustomerFieldError::TextTooLong,
             CustomerFieldError::AlreadyRegistered})
        words.append(CustomerForm::errorText(e));
    words.removeDuplicates();
    CHECK(words.size() == 8);
    CHECK(CustomerForm::errorText(CustomerFieldError::None).isEmpty());
}

TEST_CASE("new customer: errors show after the first try, then follow the fields", "[appmodels][customer]")
{
    SignedIn s;
    CustomerForm form;
    form.setSession(s.session.get());
    CHECK_FALSE(form.editing());
    CHECK(form.canSubmit());
    CHECK_FALSE(form.valid());
    CHECK(form.nameError().isEmpty()); // nothing shouted before the rep tried
    CHECK(form.errorText().isEmpty());

    QSignalSpy saved(&form, &CustomerForm::saved);
    CHECK_FALSE(form.submit());
    CHECK(saved.isEmpty());
    CHECK(form.showErrors());
    CHECK(form.nameErrorCode() == CustomerFieldError::NameMissing);
    CHECK(form.readingErrorCode() == CustomerFieldError::ReadingMissing);
    CHECK(form.nameError() == CustomerForm::errorText(CustomerFieldError::NameMissing));
    CHECK(form.errorText() == form.nameError());
    CHECK(s.store().headSeq() == 0);

    form.setName(QStringLiteral("佐藤 健一"));
    CHECK(form.nameError().isEmpty());
    form.setReading(QStringLiteral("佐藤"));
    CHECK(form.readingError() == CustomerForm::errorText(CustomerFieldError::ReadingNotKana));
    form.setPhone(QStringLiteral("03-12"));
    CHECK(form.phoneError() == CustomerForm::errorText(CustomerFieldError::PhoneWrongLength));
    CHECK_FALSE(form.submit());
    CHECK(s.store().headSeq() == 0);
}

TEST_CASE("new customer: P4 registering records customer.registered for the signed-in rep, reading in katakana",
    "[appmodels][customer][P4]")
{
    SignedIn s;
    CustomerForm form;
    form.setSession(s.session.get());
    form.setName(QStringLiteral(" 佐藤  健一 "));
    form.setReading(QStringLiteral("さとう けんいち"));
    form.setBusiness(QStringLiteral("佐藤工務店"));
    form.setRepresentative(QStringLiteral("佐藤 健一"));
    form.setPhone(QStringLiteral("048-255-0132"));
    form.setAddress(QStringLiteral("埼玉県川口市本町3-4-18"));
    QSignalSpy saved(&form, &CustomerForm::saved);
    QSignalSpy recorded(s.session.get(), &AppSession::recorded);
    REQUIRE(form.submit());
    REQUIRE(saved.size() == 1);
    CHECK(recorded.size() == 1);
    const QString id = saved.first().first().toString();
    REQUIRE_FALSE(id.isEmpty());

    const QList<Event> events = s.store().latestEvents(id, 10);
    REQUIRE(events.size() == 1);
    const Event &e = events.first();
    CHECK(e.type == EventType::CustomerRegistered);
    CHECK(e.actor == Rep);
    QString field;
    CHECK(validateEvent(e, Role::SalesRep, &field) == EventError::None);
    CHECK(e.payload.value(QStringLiteral("name")).toString() == QStringLiteral("佐藤 健一"));
    CHECK(e.payload.value(QStringLiteral("reading")).toString() == QStringLiteral("サトウ ケンイチ"));

    const auto p = s.store().projection(id);
    REQUIRE(p);
    CHECK(p->state.value(QStringLiteral("registeredBy")).toString() == Rep);
    CHECK(p->state.value(QStringLiteral("reading")).toString() == QStringLiteral("サトウ ケンイチ"));
    CHECK(p->state.value(QStringLiteral("phone")).toString() == QStringLiteral("048-255-0132"));

    // The same customer again is refused.
    CustomerForm again;
    again.setSession(s.session.get());
    again.setName(QStringLiteral("佐藤 健一"));
    again.setReading(QStringLiteral("サトウ ケンイチ"));
    again.setPhone(QStringLiteral("048 255 0132"));
    CHECK_FALSE(again.submit());
    CHECK(again.nameErrorCode() == CustomerFieldError::AlreadyRegistered);
}

TEST_CASE("edit customer: P4 only the changed fields of my own customer are recorded", "[appmodels][customer][P4]")
{
    SignedIn s;
    s.registerCustomer(QStringLiteral("c1"), QStringLiteral("伊藤 花子"), Rep, QStringLiteral("イトウ ハナコ"));
    s.registerCustomer(QStringLiteral("c2"), QStringLiteral("山田 太郎"), test::OtherRep);

    CustomerForm form;
    form.setSession(s.session.get());
    form.setCustomerId(QStringLiteral("c1"));
    CHECK(form.editing());
    CHECK(form.name() == QStringLiteral("伊藤 花子"));
    CHECK(form.reading() == QStringLiteral("イトウ ハナコ"));
    CHECK(form.canSubmit());
    form.setPhone(QStringLiteral("03-5312-4478"));
    QSignalSpy saved(&form, &CustomerForm::saved);
    REQUIRE(form.submit());
    CHECK(saved.size() == 1);
    const QList<Event> updates = s.events(QStringLiteral("c1"), EventType::CustomerUpdated);
    REQUIRE(updates.size() == 1);
    CHECK(updates.first().payload
        == QJsonObject {{QStringLiteral("phone"), QStringLiteral("03-5312-4478")}}); // nothing else
    CHECK(validateEvent(updates.first(), Role::SalesRep) == EventError::None);

    // Saving without a change records nothing.
    const qint64 head = s.store().headSeq();
    REQUIRE(form.submit());
    CHECK(s.store().headSeq() == head);

    // Another rep's customer: not loaded, not editable.
    CustomerForm theirs;
    theirs.setSession(s.session.get());
    theirs.setCustomerId(QStringLiteral("c2"));
    CHECK_FALSE(theirs.canSubmit());
    CHECK_FALSE(theirs.errorText().isEmpty());
    CHECK_FALSE(theirs.submit());
    CHECK(s.store().headSeq() == head);
}

TEST_CASE("new customer: an installer does not register prospects", "[appmodels][customer]")
{
    SignedIn s(QStringLiteral("inst-001"), QStringLiteral("installer"));
    CustomerForm form;
    form.setSession(s.session.get());
    form.setName(QStringLiteral("新規 顧客"));
    form.setReading(QStringLiteral("シンキ コキャク"));
    CHECK(form.valid());
    CHECK_FALSE(form.canSubmit());
    CHECK_FALSE(form.errorText().isEmpty());
    CHECK_FALSE(form.submit());
    CHECK(s.store().headSeq() == 0);
}
