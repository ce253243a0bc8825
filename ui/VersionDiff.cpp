#include "ui/VersionDiff.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace VersionDiff {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("VersionDiff", text);
}

// The longest common subsequence table of two line lists, from the end.
std::vector<std::vector<int>> commonLengths(const QStringList& a, const QStringList& b)
{
    std::vector<std::vector<int>> lengths(static_cast<size_t>(a.size() + 1), std::vector<int>(b.size() + 1, 0));
    for (qsizetype i = a.size() - 1; i >= 0; --i) {
        for (qsizetype j = b.size() - 1; j >= 0; --j) {
            const auto row = static_cast<size_t>(i);
            const auto column = static_cast<size_t>(j);
            lengths[row][column] = a.at(i) == b.at(j) ? lengths[row + 1][column + 1] + 1
                                                      : std::max(lengths[row + 1][column], lengths[row][column + 1]);
        }
    }
    return lengths;
}

} // namespace

QString lineDiff(const QString& before, const QString& after)
{
    const QStringList a = before.split(u'\n');
    const QStringList b = after.split(u'\n');
    if (a.size() > kMaxLines || b.size() > kMaxLines) {
        return before == after ? QString() : tr("(the values differ; they are too long to compare line by line)");
    }
    const auto lengths = commonLengths(a, b);
    QStringList lines;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() || j < b.size()) {
        if (i < a.size() && j < b.size() && a.at(i) == b.at(j)) {
            lines.append(QStringLiteral("  ") + a.at(i));
            ++i;
            ++j;
        } else if (j < b.size()
            && (i == a.size()
                || lengths[static_cast<size_t>(i)][static_cast<size_t>(j + 1)]
                    > lengths[static_cast<size_t>(i + 1)][static_cast<size_t>(j)])) {
            lines.append(QStringLiteral("+ ") + b.at(j));
            ++j;
        } else {
            lines.append(QStringLiteral("- ") + a.at(i));
            ++i;
        }
    }
    return lines.join(u'\n');
}

QString describe(const ItemVersion& version, const ItemVersion& current)
{
    if (version.number == current.number) {
        return tr("This is the current state.");
    }
    QStringList parts;
    if (version.name != current.name) {
        parts.append(tr("Name: %1 → %2 (now)").arg(version.name, current.name));
    }
    if (version.includeInExport != current.includeInExport) {
        parts.append(version.includeInExport ? tr("Export: included → left out (now)")
                                             : tr("Export: left out → included (now)"));
    }
    if (version.valueForgotten) {
        parts.append(tr("The value of this version was forgotten."));
    } else if (version.value == current.value) {
        parts.append(tr("The value is the same as now."));
    } else {
        parts.append(tr("Value (- this version, + now):"));
        parts.append(lineDiff(version.value, current.value));
    }
    return parts.join(u'\n');
}

} // namespace VersionDiff
