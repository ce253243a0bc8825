#pragma once

#include "models/Result.h"

// The exit status of botvault-cli. Scripts branch on these numbers, so they are part of the tool's
// interface (docs/CLI.md): never renumber one, only add.
enum class ExitCode : int
{
    Ok = 0,
    Failure = 1, // file system, database or internal failure
    Usage = 2, // wrong command line, or no way to get the master password
    InvalidInput = 3, // a bad name or value, a value too large, a name already taken
    NotFound = 4, // the vault file, a project or an item does not exist
    WrongPassword = 5, // the master password does not open the vault
    Damaged = 6, // the vault or a record failed authentication or is malformed
    PermissionDenied = 7, // the actor lacks the role the action needs
    MissingNames = 8, // `check`: the bot expects names the project lacks
    Conflict = 9, // `publish`/`pull`: the platform changed an item too; choose a side
    Network = 10, // the platform could not be reached, refused the certificate or answered wrongly
    BotError = 11, // `eval`: the bot threw an error (a missing secret or variable, a timeout, …)
    Busy = 12, // `publish`/`pull`: another publish or pull of the project is running; try again later
    CredentialsFound = 13, // `scan`, `export`: the source folder holds hard-coded credentials
    AuditBroken = 14, // `audit verify`: the audit log's chain is broken (an entry edited, removed, …)
    RotationOverdue = 15, // `secret list --due`: a secret's value is overdue for rotation
    // `run`: the command could not be started. The shell's numbers, so that a script sees the same
    // status as when it starts the command itself; otherwise `run` exits with the command's status.
    CommandNotExecutable = 126,
    CommandNotFound = 127,
};

constexpr ExitCode exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
    case ErrorCode::AlreadyExists:
        return ExitCode::InvalidInput;
    case ErrorCode::NotFound:
        return ExitCode::NotFound;
    case ErrorCode::WrongPassword:
        return ExitCode::WrongPassword;
    case ErrorCode::Damaged:
        return ExitCode::Damaged;
    case ErrorCode::PermissionDenied:
        return ExitCode::PermissionDenied;
    case ErrorCode::Conflict:
        return ExitCode::Conflict;
    case ErrorCode::Network:
        return ExitCode::Network;
    case ErrorCode::Busy:
        return ExitCode::Busy;
    case ErrorCode::Locked:
    case ErrorCode::Io:
    case ErrorCode::Unsupported:
    case ErrorCode::Internal:
    case ErrorCode::Cancelled:
        return ExitCode::Failure;
    }
    return ExitCode::Failure;
}
