#pragma once
// Console sign-in (docs/console.md): Argon2id password hashes, sessions kept as the SHA-256 of a random
// 256-bit token (the token itself lives only in the browser's cookie), a per-session CSRF token, idle and
// absolute expiry on head office's injected clock, and lock-out after repeated failures. Only users of the
// console roles sign in; sales reps and installers never do.

#include "password.h"
#include "roles.h"

#include <QString>

#include <optional>

namespace kakunin::hq {
class HqService;
}

namespace kakunin::hq::console {

struct Session {
    QString tokenHash; // SHA-256 of the cookie's token, lowercase hex
    QString userId;
    QString userName;
    ConsoleRole role = ConsoleRole::Auditor;
    QString csrfToken; // the hidden field every form of this session carries
    qint64 createdAt = 0;
    qint64 lastSeenAt = 0;
};

// Why a sign-in failed. The page shows the same words for every one of them: it never tells whether a user
// exists, has a console role, or is locked out.
enum class SignInRefusal {
    None = 0,
    Malformed, // empty or overlong user id or password
    UnknownUser,
    NotConsoleUser, // a sales rep, an installer, or a head_office user of the command line
    Disabled,
    NoPassword, // no password set yet (kakunin-hq admin set-password)
    WrongPassword,
    LockedOut, // too many failures in a row: refused until lockedUntil, even with the right password
};

struct SignInResult {
    SignInRefusal refusal = SignInRefusal::None;
    QString token; // for the cookie; empty when refused
    Session session;
    qint64 lockedUntil = 0; // LockedOut: when the lock ends
};

enum class PasswordError { None = 0, NoSuchUser, NotConsoleUser, TooShort, TooLong, HashFailed };

class ConsoleAuth {
public:
    explicit ConsoleAuth(HqService &hq);

    Argon2Params params() const;
    SignInResult signIn(const QString &userId, const QString &password);
    // The session of a cookie's token when it is valid now: known, neither idle nor past its absolute end, its
    // user enabled and of a console role. Reading only: touch() records the use once the request is allowed.
    std::optional<Session> session(const QString &token);
    void touch(const Session &session);
    void signOut(const QString &token);
    PasswordError setPassword(const QString &userId, const QString &password);

    static QString newToken(); // 32 random bytes, base64url without padding
    static bool sameToken(const QString &a, const QString &b); // constant time

private:
    HqService &m_hq;
    QString m_dummyHash; // verified against when there is no hash to check, so failures take the same time
};

const char *signInRefusalName(SignInRefusal r);
const char *passwordErrorName(PasswordError e);

} // namespace kakunin::hq::console
