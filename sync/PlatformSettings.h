#pragma once

#include "sync/BackoffPolicy.h"

#include <QList>
#include <QSslCertificate>

#include <chrono>
#include <optional>

// How every PlatformClient of the sync engine and the channel service is set up: what the CLI
// reads from --timeout, --ca-file and BOTVAULT_SYNC_BACKOFF_SCALE, and what tests shorten. Unset
// members keep the client's defaults.
struct PlatformSettings
{
    // No byte moving for this long fails an attempt; unset or 0 keeps the client's default.
    std::optional<std::chrono::milliseconds> transferTimeout;
    // Trusted in addition to the system's CAs.
    QList<QSslCertificate> caCertificates;
    std::optional<BackoffPolicy> backoff;
};
