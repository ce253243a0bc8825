#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <functional>
#include <optional>

// When the platform client tries a failed request again (docs/API.md, "Client behaviour"): full
// jitter, a random wait between 0 and min(60 s, 0.5 s × 2^n) before retry n, never shorter than
// the server's Retry-After (itself capped at one hour), and at most a fixed number of attempts.
// The random source, the clock and a time scale are injectable so tests can run the real retry
// sequence in milliseconds and still check its order and proportions.
class BackoffPolicy
{
public:
    static constexpr std::chrono::milliseconds kBaseDelay {500};
    static constexpr std::chrono::milliseconds kMaxDelay {60'000};
    static constexpr std::chrono::seconds kMaxRetryAfter {3600};
    static constexpr int kDefaultMaxAttempts = 8;

    // Uniform in [0, 1).
    using RandomSource = std::function<double()>;
    using Clock = std::function<QDateTime()>;

    BackoffPolicy();

    // Attempts per request, the first one included; at least 1.
    void setMaxAttempts(int attempts);
    int maxAttempts() const { return m_maxAttempts; }

    // Every wait is multiplied by this (1.0 in the application).
    void setTimeScale(double scale);
    double timeScale() const { return m_timeScale; }

    void setRandomSource(RandomSource random);
    void setClock(Clock clock);
    QDateTime now() const;

    // The wait before retry `retry` (0 for the first retry), scaled.
    std::chrono::milliseconds delayBeforeRetry(int retry, std::optional<std::chrono::seconds> retryAfter) const;

    // A Retry-After header: whole seconds or an HTTP-date (a date in the past is 0 s). Nothing for
    // a value that is neither.
    std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray& value) const;

private:
    int m_maxAttempts = kDefaultMaxAttempts;
    double m_timeScale = 1.0;
    RandomSource m_random;
    Clock m_clock;
};
