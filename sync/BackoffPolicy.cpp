#include "sync/BackoffPolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

BackoffPolicy::BackoffPolicy()
    : m_random([] { return QRandomGenerator::global()->generateDouble(); })
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

void BackoffPolicy::setMaxAttempts(int attempts)
{
    m_maxAttempts = std::max(1, attempts);
}

void BackoffPolicy::setTimeScale(double scale)
{
    m_timeScale = std::max(0.0, scale);
}

void BackoffPolicy::setRandomSource(RandomSource random)
{
    m_random = std::move(random);
}

void BackoffPolicy::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime BackoffPolicy::now() const
{
    return m_clock();
}

std::chrono::milliseconds BackoffPolicy::delayBeforeRetry(
    int retry, std::optional<std::chrono::seconds> retryAfter) const
{
    using std::chrono::milliseconds;
    // 0.5 s × 2^7 already passes the cap; stopping there keeps the shift from overflowing.
    const int exponent = std::clamp(retry, 0, 7);
    const milliseconds ceiling = std::min(kMaxDelay, kBaseDelay * (1 << exponent));
    const double random = std::clamp(m_random(), 0.0, 1.0);
    double waitMs = random * static_cast<double>(ceiling.count());
    if (retryAfter) {
        const auto serverWait = std::clamp(*retryAfter, std::chrono::seconds {0}, kMaxRetryAfter);
        waitMs = std::max(waitMs, static_cast<double>(milliseconds(serverWait).count()));
    }
    return milliseconds(std::llround(waitMs * m_timeScale));
}

std::optional<std::chrono::seconds> BackoffPolicy::parseRetryAfter(const QByteArray& value) const
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    if (std::all_of(trimmed.cbegin(), trimmed.cend(), [](char c) { return c >= '0' && c <= '9'; })) {
        // Anything longer than the cap is the cap; too many digits for a number is still "long".
        bool ok = false;
        const qlonglong seconds = trimmed.size() > 12 ? kMaxRetryAfter.count() : trimmed.toLongLong(&ok);
        return std::chrono::seconds(std::min<qlonglong>(ok ? seconds : kMaxRetryAfter.count(), kMaxRetryAfter.count()));
    }
    // IMF-fixdate, the form RFC 9110 requires senders to use; Qt's RFC 2822 parser as a fallback.
    const QString text = QString::fromLatin1(trimmed);
    QDateTime when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (when.isValid()) {
        when.setTimeZone(QTimeZone::utc());
    } else {
        when = QDateTime::fromString(text, Qt::RFC2822Date);
    }
    if (!when.isValid()) {
        return std::nullopt;
    }
    const qint64 seconds = now().secsTo(when);
    return std::chrono::seconds(std::clamp<qint64>(seconds, 0, kMaxRetryAfter.count()));
}
