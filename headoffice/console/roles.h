#pragma once
// The console's roles (docs/console.md). Users of these roles sign in to the console only, never to a tablet,
// and record head-office events as core's Role::HeadOffice; sales reps and installers never sign in here.

#include <QString>

#include <optional>

namespace kakunin::hq::console {

enum class ConsoleRole {
    ConfirmationStaff = 1, // 確認専門部署: the call queue and recording calls (M2)
    ComplianceAdmin = 2, // everything: holds, and later contract start, devices, policies
    Auditor = 4, // reads everything, changes nothing
};

// A set of roles, as every route declares who may use it.
class RoleSet {
public:
    constexpr RoleSet() = default;
    constexpr RoleSet(ConsoleRole r) : m_bits(static_cast<int>(r)) { } // NOLINT(google-explicit-constructor)
    constexpr RoleSet operator|(RoleSet o) const { return RoleSet(m_bits | o.m_bits); }
    constexpr bool contains(ConsoleRole r) const { return (m_bits & static_cast<int>(r)) != 0; }
    constexpr bool isEmpty() const { return m_bits == 0; }

private:
    constexpr explicit RoleSet(int bits) : m_bits(bits) { }
    int m_bits = 0;
};

constexpr RoleSet operator|(ConsoleRole a, ConsoleRole b)
{
    return RoleSet(a) | RoleSet(b);
}

inline constexpr RoleSet AnyConsoleRole
    = ConsoleRole::ConfirmationStaff | ConsoleRole::ComplianceAdmin | ConsoleRole::Auditor;
inline constexpr RoleSet Callers = ConsoleRole::ConfirmationStaff | ConsoleRole::ComplianceAdmin;
inline constexpr RoleSet Admins = RoleSet(ConsoleRole::ComplianceAdmin);

inline std::optional<ConsoleRole> consoleRoleFromName(const QString &name)
{
    if (name == QLatin1String("confirmation_staff"))
        return ConsoleRole::ConfirmationStaff;
    if (name == QLatin1String("compliance_admin"))
        return ConsoleRole::ComplianceAdmin;
    if (name == QLatin1String("auditor"))
        return ConsoleRole::Auditor;
    return std::nullopt;
}

inline QString consoleRoleName(ConsoleRole r)
{
    switch (r) {
    case ConsoleRole::ConfirmationStaff:
        return QStringLiteral("confirmation_staff");
    case ConsoleRole::ComplianceAdmin:
        return QStringLiteral("compliance_admin");
    case ConsoleRole::Auditor:
        return QStringLiteral("auditor");
    }
    return QString();
}

} // namespace kakunin::hq::console
