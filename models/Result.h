#pragma once

#include <QString>

#include <utility>
#include <variant>

// Every fallible call in BotVault returns a Result: either a value or an Error whose code says what
// kind of failure it was (the CLI maps codes to exit codes, the UI to messages) and whose message
// tells the user what failed and what to do. Messages never contain a secret value, key or token.
enum class ErrorCode
{
    InvalidInput, // a name, value or parameter breaks a rule
    AlreadyExists, // a name is taken
    NotFound, // a vault, project or item does not exist
    WrongPassword, // the master password does not unlock the vault
    Damaged, // a record or the vault failed authentication or is malformed
    PermissionDenied, // the actor lacks the role the action needs
    Locked, // the vault is locked
    Io, // the file system or the database failed
    Unsupported, // a newer vault format, a missing crypto provider
    Internal, // a bug
    Cancelled, // the user stopped a long operation
    Conflict, // the platform holds a change this one was not made against (HTTP 412)
    Network, // the platform could not be reached or answered wrongly; retrying may help
    Busy, // another run holds what this one needs (a publish of the same project)
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
};

inline Error makeError(ErrorCode code, QString message)
{
    return Error {code, std::move(message)};
}

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) { }
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) { }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_state); }
    T& value() & { return std::get<0>(m_state); }
    // By value, so that `for (x : f().value())` owns what it iterates instead of a temporary's insides.
    T value() && { return std::get<0>(std::move(m_state)); }
    const T* operator->() const { return &std::get<0>(m_state); }
    T* operator->() { return &std::get<0>(m_state); }

    const Error& error() const { return std::get<1>(m_state); }
    ErrorCode code() const { return error().code; }
    const QString& message() const { return error().message; }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) { }
    static Result success() { return {}; }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }

    const Error& error() const { return m_error; }
    ErrorCode code() const { return m_error.code; }
    const QString& message() const { return m_error.message; }

private:
    Error m_error;
    bool m_failed = false;
};
