#include "app/cli/NearMiss.h"

#include <QList>

#include <algorithm>

namespace NearMiss {

int distance(const QString& typed, const QString& candidate)
{
    const QString a = typed.toCaseFolded();
    const QString b = candidate.toCaseFolded();
    const qsizetype rows = a.size() + 1;
    const qsizetype columns = b.size() + 1;
    QList<int> cost(rows * columns, 0);
    const auto at = [&cost, columns](qsizetype i, qsizetype j) -> int& { return cost[i * columns + j]; };
    for (qsizetype i = 0; i < rows; ++i) {
        at(i, 0) = static_cast<int>(i);
    }
    for (qsizetype j = 0; j < columns; ++j) {
        at(0, j) = static_cast<int>(j);
    }
    for (qsizetype i = 1; i < rows; ++i) {
        for (qsizetype j = 1; j < columns; ++j) {
            const int replace = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int best = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + replace});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1)) {
                best = std::min(best, at(i - 2, j - 2) + 1);
            }
            at(i, j) = best;
        }
    }
    return at(rows - 1, columns - 1);
}

std::optional<QString> closest(const QString& typed, const QStringList& candidates)
{
    // One edit for short names, up to three for long ones: beyond that a guess is no longer a typo.
    const auto allowed = [&typed](const QString& candidate) {
        return static_cast<int>(std::clamp<qsizetype>(std::max(typed.size(), candidate.size()) / 3, 1, 3));
    };
    std::optional<QString> best;
    int bestDistance = -1;
    bool tied = false;
    for (const QString& candidate : candidates) {
        if (candidate == typed) {
            continue;
        }
        const int d = distance(typed, candidate);
        if (d > allowed(candidate)) {
            continue;
        }
        if (!best || d < bestDistance) {
            best = candidate;
            bestDistance = d;
            tied = false;
        } else if (d == bestDistance && candidate != *best) {
            tied = true;
        }
    }
    if (tied) {
        return std::nullopt;
    }
    return best;
}

} // namespace NearMiss
