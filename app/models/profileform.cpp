#include "profileform.h"

#include "appsession.h"
#include "customertext.h"
#include "errortext.h"

#include <core/domain/eventcatalog.h>
#include <store/store.h>

#include <QRegularExpression>

namespace kakunin {

namespace {

constexpr int AllEvents = 100'000;

QString profileErrorCode(ProfileError e)
{
    switch (e) {
    case ProfileError::None:
        return {};
    case ProfileError::BirthYearMissing:
        return QStringLiteral("birth_year_missing");
    case ProfileError::BirthYearInFuture:
        return QStringLiteral("birth_year_in_future");
    case ProfileError::BirthYearImplausible:
        return QStringLiteral("birth_year_implausible");
    case ProfileError::YearsInBusinessNegative:
        return QStringLiteral("years_in_business_negative");
    case ProfileError::YearsInTradeNegative:
        return QStringLiteral("years_in_trade_negative");
    case ProfileError::YearsBeforeBirth:
        return QStringLiteral("years_before_birth");
    case ProfileError::ItProductNameEmpty:
        return QStringLiteral("it_product_name_empty");
    }
    return {};
}

QVariantMap option(const QString &value, const QString &text)
{
    return QVariantMap {{QStringLiteral("value"), value}, {QStringLiteral("text"), text}};
}

} // namespace

ProfileForm::ProfileForm(QObject *parent) : QObject(parent)
{
    evaluate();
}

void ProfileForm::setSession(AppSession *session)
{
    if (session == m_session)
        return;
    if (m_session != nullptr)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session != nullptr) {
        connect(m_session, &AppSession::recorded, this, [this](const QStringList &aggregates) {
            if (aggregates.contains(m_customerId) && !m_dirty)
                reload();
        });
        connect(m_session, &AppSession::stageChanged, this, &ProfileForm::reload);
        connect(m_session, &AppSession::userChanged, this, &ProfileForm::reload);
    }
    emit sessionChanged();
    reload();
}

void ProfileForm::setCustomerId(const QString &id)
{
    if (id == m_customerId)
        return;
    m_customerId = id;
    emit customerIdChanged();
    reload();
}

const Policy &ProfileForm::policy() const
{
    return m_session != nullptr ? m_session->policy() : m_defaultPolicy;
}

QDate ProfileForm::today() const
{
    const qint64 now = m_session != nullptr ? m_session->clock().utcMs() : SystemClock().utcMs();
    return companyDate(policy(), now);
}

void ProfileForm::reload()
{
    m_sheet = {};
    m_decl = {};
    m_formChosen = m_phoneChosen = m_pcChosen = false;
    m_recorded = false;
    m_mine = false;
    m_refusedOnRecord = false;
    const Store *store = m_session != nullptr ? m_session->store() : nullptr;
    if (store != nullptr && !m_customerId.isEmpty()) {
        if (const auto p = store->projection(m_customerId)) {
            m_mine = p->state.value(QStringLiteral("registeredBy")).toString() == m_session->userId();
            m_refusedOnRecord = p->state.value(QStringLiteral("screening")).toString() == QLatin1String("refused");
        }
        bool profileSeen = false;
        bool screeningSeen = false;
        for (const Event &e : store->latestEvents(m_customerId, AllEvents)) { // newest first
            const QJsonObject &p = e.payload;
            if (e.type == EventType::ProfileRecorded && !profileSeen) {
                profileSeen = true;
                m_recorded = true;
                m_sheet.representativeBirthYear = static_cast<int>(p.value(QStringLiteral("birthYear")).toInteger());
                m_sheet.yearsInBusiness = static_cast<int>(p.value(QStringLiteral("yearsInBusiness")).toInteger());
                m_sheet.yearsInTrade = static_cast<int>(p.value(QStringLiteral("yearsInTrade")).toInteger());
                m_formChosen
                    = businessFormFromName(p.value(QStringLiteral("businessForm")).toString(), &m_sheet.businessForm);
                m_phoneChosen = smartphoneUseFromName(
                    p.value(QStringLiteral("smartphoneUse")).toString(), &m_sheet.smartphoneUse);
                m_pcChosen = pcSkillFromName(p.value(QStringLiteral("pcSkill")).toString(), &m_sheet.pcSkill);
                const QString products = p.value(QStringLiteral("itProducts")).toString();
                m_sheet.itProductsInUse
                    = products.isEmpty() ? QStringList() : products.split(QLatin1Char(','), Qt::SkipEmptyParts);
            } else if (e.type == EventType::ScreeningRecorded && !screeningSeen) {
                screeningSeen = true;
                const QStringList refusals = p.value(QStringLiteral("refusals")).toString().split(QLatin1Char(','));
                const QStringList conditions = p.value(QStringLiteral("conditions")).toString().split(QLatin1Char(','));
                m_decl.successorPresent = p.value(QStringLiteral("successorPresent")).toInteger() == 1;
                m_decl.successorWillSign = conditions.contains(screeningReasonName(ScreeningReason::SuccessorMustSign));
                m_decl.fullTimeDeclared = p.value(QStringLiteral("fullTimeDeclared")).toInteger() == 1;
                // The payload keeps the outcome, not the answer: a refusal for antisocial forces is shown as such.
                if (refusals.contains(screeningReasonName(ScreeningReason::AntisocialForces)))
                    m_decl.antisocial = AntisocialStatus::Identified;
            }
            if (profileSeen && screeningSeen)
                break;
        }
    }
    m_dirty = false;
    evaluate();
    emit loaded();
    emit sheetChanged();
}

void ProfileForm::changed()
{
    m_dirty = true;
    if (!m_saveError.isEmpty()) {
        m_saveError.clear();
        emit saveErrorChanged();
    }
    evaluate();
    emit sheetChanged();
}

void ProfileForm::evaluate()
{
    m_error = validateProfile(m_sheet, today());
    m_result = screen(m_sheet, m_decl, policy(), today());
}

void ProfileForm::setBirthYear(int year)
{
    if (year == m_sheet.representativeBirthYear)
        return;
    m_sheet.representativeBirthYear = std::max(0, year);
    changed();
}

int ProfileForm::age() const
{
    const int year = m_sheet.representativeBirthYear;
    return year > 0 && year <= today().year() ? today().year() - year : -1;
}

void ProfileForm::setAge(int age)
{
    if (age < 0 || age == this->age())
        return;
    setBirthYear(today().year() - age);
}

void ProfileForm::setYearsInBusiness(int years)
{
    if (years == m_sheet.yearsInBusiness)
        return;
    m_sheet.yearsInBusiness = years;
    changed();
}

void ProfileForm::setYearsInTrade(int years)
{
    if (years == m_sheet.yearsInTrade)
        return;
    m_sheet.yearsInTrade = years;
    changed();
}

void ProfileForm::setBusinessForm(const QString &code)
{
    BusinessForm f;
    if (!businessFormFromName(code, &f) || (m_formChosen && f == m_sheet.businessForm))
        return;
    m_sheet.businessForm = f;
    m_formChosen = true;
    changed();
}

void ProfileForm::setSmartphoneUse(const QString &code)
{
    SmartphoneUse s;
    if (!smartphoneUseFromName(code, &s) || (m_phoneChosen && s == m_sheet.smartphoneUse))
        return;
    m_sheet.smartphoneUse = s;
    m_phoneChosen = true;
    changed();
}

void ProfileForm::setPcSkill(const QString &code)
{
    PcSkill s;
    if (!pcSkillFromName(code, &s) || (m_pcChosen && s == m_sheet.pcSkill))
        return;
    m_sheet.pcSkill = s;
    m_pcChosen = true;
    changed();
}

void ProfileForm::setItProducts(const QStringList &products)
{
    if (products == m_sheet.itProductsInUse)
        return;
    m_sheet.itProductsInUse = products;
    changed();
}

void ProfileForm::addItProduct(const QString &name)
{
    // The event keeps the list comma-separated, so a comma inside a name would split it later.
    static const QRegularExpression separators(QStringLiteral("[,、，]"));
    QStringList products = m_sheet.itProductsInUse;
    for (const QString &part : name.split(separators)) {
        const QString p = part.simplified();
        if (!p.isEmpty() && !products.contains(p))
            products.append(p);
    }
    setItProducts(products);
}

void ProfileForm::removeItProduct(int index)
{
    if (index < 0 || index >= m_sheet.itProductsInUse.size())
        return;
    QStringList products = m_sheet.itProductsInUse;
    products.removeAt(index);
    setItProducts(products);
}

void ProfileForm::setSuccessorPresent(bool v)
{
    if (v == m_decl.successorPresent)
        return;
    m_decl.successorPresent = v;
    if (!v)
        m_decl.successorWillSign = false; // only a successor who is there can sign
    changed();
}

void ProfileForm::setSuccessorWillSign(bool v)
{
    if (v == m_decl.successorWillSign)
        return;
    m_decl.successorWillSign = v;
    changed();
}

void ProfileForm::setFullTimeDeclared(bool v)
{
    if (v == m_decl.fullTimeDeclared)
        return;
    m_decl.fullTimeDeclared = v;
    changed();
}

void ProfileForm::setAntisocial(const QString &code)
{
    AntisocialStatus s;
    if (!antisocialFromName(code, &s) || s == m_decl.antisocial)
        return;
    m_decl.antisocial = s;
    changed();
}

QString ProfileForm::errorCode() const
{
    if (m_error != ProfileError::None)
        return profileErrorCode(m_error);
    if (!m_formChosen)
        return QStringLiteral("business_form_missing");
    if (!m_phoneChosen)
        return QStringLiteral("smartphone_use_missing");
    if (!m_pcChosen)
        return QStringLiteral("pc_skill_missing");
    return {};
}

QString ProfileForm::errorText() const
{
    if (m_error != ProfileError::None)
        return customertext::profileErrorText(m_error);
    if (!m_formChosen)
        return tr("Choose whether the business is full-time or on the side.");
    if (!m_phoneChosen)
        return tr("Choose how the representative uses a smartphone.");
    if (!m_pcChosen)
        return tr("Choose what the representative can do on a PC.");
    return {};
}

QString ProfileForm::errorField() const
{
    if (m_error != ProfileError::None)
        return customertext::profileErrorField(m_error);
    if (!m_formChosen)
        return QStringLiteral("businessForm");
    if (!m_phoneChosen)
        return QStringLiteral("smartphoneUse");
    if (!m_pcChosen)
        return QStringLiteral("pcSkill");
    return {};
}

QString ProfileForm::itLiteracyText() const
{
    return customertext::itLiteracyText(itLiteracy());
}

QString ProfileForm::lectureLevelText() const
{
    return valid() ? customertext::lectureLevelText(lectureLevelFor(itLiteracy())) : QString();
}

bool ProfileForm::elderly() const
{
    return m_error == ProfileError::None && age() >= policy().elderlyAge;
}

int ProfileForm::elderlyAge() const
{
    return policy().elderlyAge;
}

QString ProfileForm::outcome() const
{
    return valid() ? screeningOutcomeName(m_result.outcome) : QString();
}

QString ProfileForm::outcomeText() const
{
    return valid() ? customertext::screeningOutcomeText(outcome()) : QString();
}

QStringList ProfileForm::refusalReasons() const
{
    QStringList l;
    if (valid())
        for (ScreeningReason r : m_result.refusals)
            l.append(customertext::screeningReasonText(r, m_result.age, policy()));
    return l;
}

QStringList ProfileForm::conditions() const
{
    QStringList l;
    if (valid())
        for (ScreeningReason r : m_result.conditions)
            l.append(customertext::screeningReasonText(r, m_result.age, policy()));
    return l;
}

bool ProfileForm::editable() const
{
    return m_session != nullptr && m_session->store() != nullptr && m_session->salesRep() && m_mine
        && !m_refusedOnRecord;
}

QString ProfileForm::lockedText() const
{
    if (m_session == nullptr || m_session->store() == nullptr || editable())
        return {};
    if (!m_mine)
        return tr("This customer is not one of yours.");
    if (!m_session->salesRep())
        return tr("Only the sales representative fills in the profile sheet.");
    return tr("The screening refused this prospect, so the sheet can no longer be changed on the tablet. "
              "If it was filled in wrong, contact head office.");
}

bool ProfileForm::save()
{
    evaluate();
    if (!canSave()) {
        m_saveError = editable() ? errorText() : lockedText();
        emit saveErrorChanged();
        return false;
    }
    const QString actor = m_session->userId();
    const auto written = m_session->record({EventDraft {EventType::ProfileRecorded, m_customerId, actor,
                                                profileRecordedPayload(m_sheet)},
        EventDraft {EventType::ScreeningRecorded, m_customerId, actor, screeningRecordedPayload(m_result, m_decl)}});
    if (!written) {
        m_saveError = kakunin::errorText(written.error());
        emit saveErrorChanged();
        return false;
    }
    m_saveError.clear();
    emit saveErrorChanged();
    reload();
    emit saved();
    return true;
}

QVariantList ProfileForm::businessFormOptions()
{
    return customertext::businessFormOptions();
}

QVariantList ProfileForm::smartphoneUseOptions()
{
    return customertext::smartphoneUseOptions();
}

QVariantList ProfileForm::pcSkillOptions()
{
    return customertext::pcSkillOptions();
}

QVariantList ProfileForm::antisocialOptions()
{
    return {option(antisocialName(AntisocialStatus::NotYetDeclared), tr("Declared later in the explanation")),
        option(antisocialName(AntisocialStatus::DeclaredNone), tr("Declares no ties")),
        option(antisocialName(AntisocialStatus::DeclarationRefused), tr("Refuses to declare")),
        option(antisocialName(AntisocialStatus::Identified), tr("Ties identified"))};
}

QString ProfileForm::antisocialName(AntisocialStatus s)
{
    switch (s) {
    case AntisocialStatus::NotYetDeclared:
        return QStringLiteral("not_yet_declared");
    case AntisocialStatus::DeclaredNone:
        return QStringLiteral("declared_none");
    case AntisocialStatus::DeclarationRefused:
        return QStringLiteral("declaration_refused");
    case AntisocialStatus::Identified:
        return QStringLiteral("identified");
    }
    return {};
}

bool ProfileForm::antisocialFromName(const QString &name, AntisocialStatus *out)
{
    for (AntisocialStatus s : {AntisocialStatus::NotYetDeclared, AntisocialStatus::DeclaredNone,
             AntisocialStatus::DeclarationRefused, AntisocialStatus::Identified}) {
        if (antisocialName(s) == name) {
            *out = s;
            return true;
        }
    }
    return false;
}

} // namespace kakunin
