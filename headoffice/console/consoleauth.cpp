#include "consoleauth.h"

#include "hqservice.h"

#include <core/event.h>
#include <core/random.h>

#include <openssl/crypto.h>

namespace kakunin::hq::console {

namespace {

constexpr int MaxUserIdLength = 64;

SqlValue I(qint64 v)
{
    return SqlValue(v);
}
SqlValue S(const QString &v)
{
    return SqlValue(v);
}

QString hashOfToken(const QString &token)
{
    return sha256Hex(token.toUtf8());
}

} // namespace

ConsoleAuth::ConsoleAuth(HqService &hq) : m_hq(hq)
{
    m_dummyHash = hashPassword(systemRandom().bytes(24).toBase64(), params());
}

Argon2Params ConsoleAuth::params() const
{
    const ConsoleOptions &o = m_hq.options().console;
    return Argon2Params {o.argon2MemoryKiB, o.argon2Iterations, o.argon2Parallelism};
}

QString ConsoleAuth::newToken()
{
    return QString::fromLatin1(
        systemRandom().bytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool ConsoleAuth::sameToken(const QString &a, const QString &b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    if (x.isEmpty() || x.size() != y.size())
        return false;
    return CRYPTO_memcmp(x.constData(), y.constData(), static_cast<size_t>(x.size())) == 0;
}

SignInResult ConsoleAuth::signIn(const QString &userId, const QString &password)
{
    SignInResult result;
    const QByteArray secret = password.toUtf8();
    auto refuse = [&](SignInRefusal why) {
        verifyPassword(m_dummyHash, secret); // the same work as a real check
        result.refusal = why;
        return result;
    };
    if (userId.isEmpty() || userId.size() > MaxUserIdLength || secret.isEmpty() || secret.size() > MaxPasswordBytes)
        return refuse(SignInRefusal::Malformed);
    const auto user = m_hq.user(userId);
    if (!user)
        return refuse(SignInRefusal::UnknownUser);
    const auto role = consoleRoleFromName(user->role);
    if (!role)
        return refuse(SignInRefusal::NotConsoleUser);
    if (user->disabled)
        return refuse(SignInRefusal::Disabled);

    const ConsoleOptions &o = m_hq.options().console;
    const qint64 now = m_hq.clock().utcMs();
    auto c = m_hq.connection();
    const SqlRows rows
        = c->query("SELECT password_hash, locked_until FROM console_credentials WHERE user_id = ?", {S(userId)});
    if (rows.empty())
        return refuse(SignInRefusal::NoPassword);
    const QString stored = rows.front().text(0);
    if (rows.front().integer(1) > now) {
        result.lockedUntil = rows.front().integer(1);
        return refuse(SignInRefusal::LockedOut);
    }
    if (!verifyPassword(stored, secret)) {
        Transaction t(*c, Transaction::Mode::Write);
        c->exec("UPDATE console_credentials SET failed_count = failed_count + 1 WHERE user_id = ?", {S(userId)});
        const qint64 failed = c->query("SELECT failed_count FROM console_credentials WHERE user_id = ?", {S(userId)})
                                  .front()
                                  .integer(0);
        if (failed >= o.maxFailedSignIns) {
            result.lockedUntil = now + o.lockoutMs;
            c->exec("UPDATE console_credentials SET failed_count = 0, locked_until = ? WHERE user_id = ?",
                {I(result.lockedUntil), S(userId)});
        }
        t.commit();
        result.refusal = result.lockedUntil > 0 ? SignInRefusal::LockedOut : SignInRefusal::WrongPassword;
        return result;
    }

    Session s;
    const QString token = newToken();
    s.tokenHash = hashOfToken(token);
    s.userId = user->id;
    s.userName = user->name;
    s.role = *role;
    s.csrfToken = newToken();
    s.createdAt = now;
    s.lastSeenAt = now;
    const QString rehashed = needsRehash(stored, params()) ? hashPassword(secret, params()) : QString();
    Transaction t(*c, Transaction::Mode::Write);
    c->exec("UPDATE console_credentials SET failed_count = 0, locked_until = 0, last_sign_in_at = ? WHERE user_id = ?",
        {I(now), S(userId)});
    if (!rehashed.isEmpty())
        c->exec("UPDATE console_credentials SET password_hash = ?, changed_at = ? WHERE user_id = ?",
            {S(rehashed), I(now), S(userId)});
    // Sessions that ended are forgotten here rather than by a timer.
    c->exec("DELETE FROM console_sessions WHERE last_seen_at <= ? OR created_at <= ?",
        {I(now - o.sessionIdleMs), I(now - o.sessionAbsoluteMs)});
    c->exec("INSERT INTO console_sessions(token_hash, user_id, csrf_token, created_at, last_seen_at) "
            "VALUES (?, ?, ?, ?, ?)",
        {S(s.tokenHash), S(s.userId), S(s.csrfToken), I(now), I(now)});
    t.commit();
    result.token = token;
    result.session = s;
    return result;
}

std::optional<Session> ConsoleAuth::session(const QString &token)
{
    if (token.isEmpty() || token.size() > 128)
        return std::nullopt;
    const QString hash = hashOfToken(token);
    SqlRows rows;
    {
        auto c = m_hq.connection();
        rows = c->query("SELECT user_id, csrf_token, created_at, last_seen_at FROM console_sessions "
                        "WHERE token_hash = ?",
            {S(hash)});
    }
    if (rows.empty())
        return std::nullopt;
    const ConsoleOptions &o = m_hq.options().console;
    const qint64 now = m_hq.clock().utcMs();
    Session s;
    s.tokenHash = hash;
    s.userId = rows.front().text(0);
    s.csrfToken = rows.front().text(1);
    s.createdAt = rows.front().integer(2);
    s.lastSeenAt = rows.front().integer(3);
    if (now - s.lastSeenAt >= o.sessionIdleMs || now - s.createdAt >= o.sessionAbsoluteMs)
        return std::nullopt;
    const auto user = m_hq.user(s.userId);
    if (!user || user->disabled)
        return std::nullopt;
    const auto role = consoleRoleFromName(user->role);
    if (!role)
        return std::nullopt;
    s.role = *role;
    s.userName = user->name;
    return s;
}

void ConsoleAuth::touch(const Session &session)
{
    auto c = m_hq.connection();
    c->exec("UPDATE console_sessions SET last_seen_at = ? WHERE token_hash = ?",
        {I(m_hq.clock().utcMs()), S(session.tokenHash)});
}

void ConsoleAuth::signOut(const QString &token)
{
    if (token.isEmpty())
        return;
    auto c = m_hq.connection();
    c->exec("DELETE FROM console_sessions WHERE token_hash = ?", {S(hashOfToken(token))});
}

PasswordError ConsoleAuth::setPassword(const QString &userId, const QString &password)
{
    const auto user = m_hq.user(userId);
    if (!user)
        return PasswordError::NoSuchUser;
    if (!consoleRoleFromName(user->role))
        return PasswordError::NotConsoleUser;
    const QByteArray secret = password.toUtf8();
    if (password.size() < MinPasswordLength)
        return PasswordError::TooShort;
    if (secret.size() > MaxPasswordBytes)
        return PasswordError::TooLong;
    const QString hash = hashPassword(secret, params());
    if (hash.isEmpty())
        return PasswordError::HashFailed;
    const qint64 now = m_hq.clock().utcMs();
    auto c = m_hq.connection();
    Transaction t(*c, Transaction::Mode::Write);
    c->exec("DELETE FROM console_credentials WHERE user_id = ?", {S(userId)});
    c->exec("INSERT INTO console_credentials(user_id, password_hash, changed_at, failed_count, locked_until, "
            "last_sign_in_at) VALUES (?, ?, ?, 0, 0, 0)",
        {S(userId), S(hash), I(now)});
    // A new password ends every session of the user.
    c->exec("DELETE FROM console_sessions WHERE user_id = ?", {S(userId)});
    t.commit();
    return PasswordError::None;
}

const char *signInRefusalName(SignInRefusal r)
{
    switch (r) {
    case SignInRefusal::None:
        return "none";
    case SignInRefusal::Malformed:
        return "malformed";
    case SignInRefusal::UnknownUser:
        return "unknown_user";
    case SignInRefusal::NotConsoleUser:
        return "not_console_user";
    case SignInRefusal::Disabled:
        return "disabled";
    case SignInRefusal::NoPassword:
        return "no_password";
    case SignInRefusal::WrongPassword:
        return "wrong_password";
    case SignInRefusal::LockedOut:
        return "locked_out";
    }
    return "?";
}

const char *passwordErrorName(PasswordError e)
{
    switch (e) {
    case PasswordError::None:
        return "none";
    case PasswordError::NoSuchUser:
        return "no_such_user";
    case PasswordError::NotConsoleUser:
        return "not_console_user";
    case PasswordError::TooShort:
        return "too_short";
    case PasswordError::TooLong:
        return "too_long";
    case PasswordError::HashFailed:
        return "hash_failed";
    }
    return "?";
}

} // namespace kakunin::hq::console
