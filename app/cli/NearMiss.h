#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// "Did you mean …?" for a project, item or command name that is not there: the candidate within a
// few edits of what was typed (letters compared without case, a swap of two neighbours is one
// edit), and only when exactly one candidate is closest, so a guess is never offered between two
// equally likely names.
namespace NearMiss {

// Edits (insert, delete, replace, swap two neighbours) between the case-folded forms.
int distance(const QString& typed, const QString& candidate);

// The one clearly closest candidate, or nothing.
std::optional<QString> closest(const QString& typed, const QStringList& candidates);

} // namespace NearMiss
