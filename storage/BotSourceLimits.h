#pragma once

#include <QtGlobal>

// The scan's limits, shared by BotSource's public API and the parts of its scan (BotSourceNames).
namespace BotSource {

inline constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;
inline constexpr qint64 kMaxTotalBytes = 100 * 1024 * 1024;
// More warnings than this are summed up in one last line; a tooltip lists this many places per name.
inline constexpr int kMaxWarnings = 100;
inline constexpr int kMaxSourcesPerName = 50;

} // namespace BotSource
