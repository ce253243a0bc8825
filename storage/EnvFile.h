#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// One variable read from a .env file.
struct EnvEntry
{
    int line = 0; // 1-based line where the definition starts (a quoted value may span lines)
    QString name;
    QString value;
};

// A problem with one line (or, with line 0, the whole file). The message names the line and what
// is wrong, and never contains a value from the file.
struct EnvLineError
{
    int line = 0;
    QString message;
};

struct EnvParseResult
{
    QList<EnvEntry> entries; // in file order; a name defined twice appears once, with its last value
    QList<EnvLineError> errors; // sorted by line
};

// Reads and writes .env files, the format bots and deployment tools use for environment variables:
// NAME=value lines, an optional `export ` prefix, comments, single-quoted (literal) and
// double-quoted (escaped) values that may span lines; quoted pieces may follow one another as in sh
// ('it'\''s'). Reading never stops at a bad line: every
// line that can be read is imported and every other one is reported, so the user can fix the file
// in one pass. Writing produces a file that parse() reads back to exactly the same names and values.
namespace EnvFile {

// Larger input is refused before it is read; a .env file is a few kilobytes.
inline constexpr qsizetype kMaxFileBytes = 16 * 1024 * 1024;
// A file of garbage would otherwise produce one message per line; past this many the rest are
// counted in one closing message.
inline constexpr int kMaxListedErrors = 100;

// UTF-8 text with or without a byte-order mark, LF or CRLF line ends. Values longer than the
// vault's limit (Vault::kMaxValueBytes in UTF-8) and lines that are not valid UTF-8 are reported and
// not imported.
EnvParseResult parse(const QByteArray& bytes);

// A header comment, then one NAME=value line per pair in the given order, written so that POSIX sh,
// dash and bash (`set -a; . ./bot.env`) read back exactly the stored value and run nothing, and
// parse() reads back the same names and values. A value that is not a plain token (letters,
// digits and a few punctuation marks) is single-quoted, where no shell expands anything; a single
// quote is written as '\'', and line breaks stay inside the quotes as they are. InvalidInput, naming
// each name and never a value, and nothing written, when a pair cannot be written so: a value with
// a NUL character (no shell variable holds one) or a lone UTF-16 surrogate, or a name that starts
// with a digit (a shell runs such a line as a command). Names must pass NameRules::validate and
// values must fit the vault's limit: parse() refuses anything else, so the caller (who takes them
// from the vault) checks first.
Result<QByteArray> write(const QList<QPair<QString, QString>>& nameValues);

// Whether a variable's name suggests it holds a secret (API_KEY, DB_PASSWORD, GITHUB_TOKEN …), so
// an import can offer to store it as a secret instead. Case-insensitive.
bool looksLikeSecret(const QString& name);

} // namespace EnvFile
