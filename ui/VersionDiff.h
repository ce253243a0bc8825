#pragma once

#include "models/ItemHistory.h"

#include <QString>

// What separates a variable's version from its current state, as the History dialog shows it: the
// name and the export flag when they differ, then the value line by line ("- " a line only the
// version has, "+ " a line only the current value has, "  " a line both have). Never used for
// secrets, whose versions carry no value.
namespace VersionDiff {

// Values of more lines than this are compared as a whole (a line diff of two such values would
// take too long to be worth it).
inline constexpr qsizetype kMaxLines = 2000;

QString describe(const ItemVersion& version, const ItemVersion& current);
// The line diff of two texts (the lines of `before` and `after`, each prefixed as above).
QString lineDiff(const QString& before, const QString& after);

} // namespace VersionDiff
