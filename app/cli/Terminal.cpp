#include "app/cli/Terminal.h"

#include <QCoreApplication>

#include <array>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace Terminal {

namespace {

using SignalAction = struct sigaction;

// What a signal handler needs to give the user their echo back: a handler may not take locks or
// allocate, so the state lives in plain globals set before echo is switched off.
int g_echoFd = -1;
termios g_savedAttributes {};
volatile sig_atomic_t g_echoIsOff = 0;

// Signals that end the process by default; job control (SIGTSTP) is left to the shell, which keeps
// the terminal modes of a stopped job.
constexpr std::array kRestoringSignals = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

void restoreEchoAndReraise(int signalNumber)
{
    if (g_echoIsOff) {
        tcsetattr(g_echoFd, TCSAFLUSH, &g_savedAttributes);
        g_echoIsOff = 0;
    }
    SignalAction defaultAction {};
    defaultAction.sa_handler = SIG_DFL;
    sigemptyset(&defaultAction.sa_mask);
    sigaction(signalNumber, &defaultAction, nullptr);
    raise(signalNumber);
}

QString tr(const char* text)
{
    return QCoreApplication::translate("Terminal", text);
}

// Switches echo off for its lifetime, with signal handlers that switch it back on.
class EchoOff
{
public:
    explicit EchoOff(int fd)
    {
        if (tcgetattr(fd, &g_savedAttributes) != 0) {
            return;
        }
        g_echoFd = fd;
        SignalAction action {};
        action.sa_handler = restoreEchoAndReraise;
        sigemptyset(&action.sa_mask);
        for (std::size_t i = 0; i < kRestoringSignals.size(); ++i) {
            sigaction(kRestoringSignals[i], &action, &m_previousActions[i]);
        }
        termios quiet = g_savedAttributes;
        // ECHONL stays off too, so the Enter key echoes nothing; the newline is written afterwards.
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO | ECHOE | ECHOK | ECHONL);
        g_echoIsOff = 1;
        if (tcsetattr(fd, TCSAFLUSH, &quiet) != 0) {
            g_echoIsOff = 0;
        }
        m_active = true;
    }

    ~EchoOff()
    {
        if (!m_active) {
            return;
        }
        if (g_echoIsOff) {
            tcsetattr(g_echoFd, TCSAFLUSH, &g_savedAttributes);
            g_echoIsOff = 0;
        }
        for (std::size_t i = 0; i < kRestoringSignals.size(); ++i) {
            sigaction(kRestoringSignals[i], &m_previousActions[i], nullptr);
        }
        g_echoFd = -1;
    }

    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    std::array<SignalAction, kRestoringSignals.size()> m_previousActions {};
    bool m_active = false;
};

class FileDescriptor
{
public:
    explicit FileDescriptor(int fd) : m_fd(fd) { }
    ~FileDescriptor()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

void writeAll(int fd, const QByteArray& bytes)
{
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, static_cast<size_t>(bytes.size() - written));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return;
        }
        written += n;
    }
}

int openTerminal()
{
    return ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
}

} // namespace

bool stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool isAvailable()
{
    const FileDescriptor tty(openTerminal());
    return tty.get() >= 0;
}

Result<QCA::SecureArray> readHidden(const QString& prompt, qsizetype maxBytes)
{
    const FileDescriptor tty(openTerminal());
    if (tty.get() < 0) {
        return makeError(ErrorCode::Io, tr("There is no terminal to ask on."));
    }

    // One byte more than allowed tells "exactly at the limit" from "too long".
    QCA::SecureArray line(static_cast<int>(maxBytes + 1));
    qsizetype length = 0;
    bool tooLong = false;
    bool sawLineEnd = false;
    {
        const EchoOff echoOff(tty.get());
        writeAll(tty.get(), prompt.toUtf8());
        while (true) {
            char byte = 0;
            const ssize_t n = ::read(tty.get(), &byte, 1);
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n <= 0) {
                break;
            }
            if (byte == '\n') {
                sawLineEnd = true;
                break;
            }
            if (length < line.size()) {
                line.data()[length] = byte;
                ++length;
            } else {
                tooLong = true;
            }
            byte = 0;
        }
        writeAll(tty.get(), QByteArrayLiteral("\n"));
    }

    if (tooLong || length > maxBytes) {
        return makeError(ErrorCode::InvalidInput, tr("The entered text is longer than %1 bytes.").arg(maxBytes));
    }
    if (!sawLineEnd && length == 0) {
        return makeError(ErrorCode::InvalidInput, tr("Nothing was entered."));
    }
    line.resize(static_cast<int>(length));
    return line;
}

Result<QString> readLine(const QString& prompt)
{
    const FileDescriptor tty(openTerminal());
    if (tty.get() < 0) {
        return makeError(ErrorCode::Io, tr("There is no terminal to ask on."));
    }
    // An answer, not a value: a short cap keeps a pasted page from being read into memory.
    constexpr qsizetype kMaxAnswerBytes = 256;
    writeAll(tty.get(), prompt.toUtf8());
    QByteArray line;
    bool sawLineEnd = false;
    while (line.size() <= kMaxAnswerBytes) {
        char byte = 0;
        const ssize_t n = ::read(tty.get(), &byte, 1);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            break;
        }
        if (byte == '\n') {
            sawLineEnd = true;
            break;
        }
        line.append(byte);
    }
    if (!sawLineEnd && line.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, tr("Nothing was entered."));
    }
    return QString::fromUtf8(line).trimmed();
}

} // namespace Terminal
