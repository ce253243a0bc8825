#pragma once

#include "models/ExpectedNames.h"
#include "models/Result.h"
#include "storage/BotSourceLimits.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// Finds which secrets and variables a bot expects, in the platform's project layout:
//  - chatbot.yaml at the root: `injector: {secrets: [...], variables: [...]}`, each list given as a
//    sequence of names or as a map of name: default (the keys are taken);
//  - the scripts under src/ (see scriptSuffixes()): $secrets.get("NAME" ...) and $env.get("NAME" ...)
//    with either quote kind or a plain template literal, across lines and around comments. A small
//    lexer skips comments, strings, template text and regular expressions, so a call that is only
//    text or commented out is not counted; a call whose name is not a literal is counted as computed
//    and warned about.
// $injector.NAME is not reported: it reads the injector block's own values from chatbot.yaml (and
// deploy-time overrides), not the project's secrets or variables.
//
// Nothing fails because of what the files contain: a broken chatbot.yaml, a file too large or not
// UTF-8, an invalid name or a link leading out of the folder becomes a warning and the scan goes on,
// so the admin still sees every name that could be found.
namespace BotSource {

struct ScanLimits
{
    // A larger file is skipped with a warning.
    qint64 maxFileBytes = kMaxFileBytes;
    // The scan stops with a warning before reading past this many bytes in all.
    qint64 maxTotalBytes = kMaxTotalBytes;
};

// The suffixes of the files scanned under src/, compared case-insensitively: the platform's
// scenario files (.sc, where a line starting with # is a comment) and JavaScript or TypeScript
// modules. Data files (.json, .yaml) are not scanned: a call written in them never runs.
QStringList scriptSuffixes();

// Scans the bot's folder. Links are never followed out of it: a linked file or src/ folder whose
// target lies outside is skipped with a warning, and linked folders under src/ are not entered.
// NotFound when the folder does not exist, InvalidInput when it is not a folder, Io when it cannot
// be listed.
Result<ExpectedNames> scanFolder(const QString& folder, const ScanLimits& limits = {});

// Scans files not yet on disk (an archive being imported): relative path → content. A path that is
// absolute or climbs out with ".." is skipped with a warning.
Result<ExpectedNames> scanFiles(const QList<QPair<QString, QByteArray>>& files, const ScanLimits& limits = {});

} // namespace BotSource
