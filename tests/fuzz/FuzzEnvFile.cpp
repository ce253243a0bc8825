#include "storage/EnvFile.h"

#include "models/NameRules.h"
#include "storage/Vault.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Reads arbitrary bytes as a .env file, then checks the promises the importer and exporter rely on:
// parse() never crashes and reports only plausible lines, and whatever it read (and any value at
// all) comes back unchanged through write() and parse(). A broken promise aborts, which libFuzzer
// records as a crash with the input that caused it.

namespace {

void fail(const char* what)
{
    std::fprintf(stderr, "FuzzEnvFile: %s\n", what);
    std::abort();
}

void verifyRoundTrip(const QList<QPair<QString, QString>>& pairs)
{
    const Result<QByteArray> written = EnvFile::write(pairs);
    if (!written) {
        // Refused only for what no shell can read back: a NUL in a value, or a name starting with a digit.
        const bool refusable = std::any_of(pairs.cbegin(), pairs.cend(), [](const QPair<QString, QString>& pair) {
            return pair.second.contains(QChar(u'\0')) || pair.first.front().isDigit();
        });
        if (!refusable) {
            fail("write() refused pairs that a shell can read");
        }
        return;
    }
    const EnvParseResult reread = EnvFile::parse(written.value());
    if (!reread.errors.isEmpty()) {
        std::fprintf(stderr, "first error: %s\n", qUtf8Printable(reread.errors.first().message));
        fail("write() produced a file that parse() reports errors for");
    }
    if (reread.entries.size() != pairs.size()) {
        fail("write() then parse() changed the number of variables");
    }
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        if (reread.entries.at(i).name != pairs.at(i).first) {
            fail("write() then parse() changed a name or the order");
        }
        if (reread.entries.at(i).value != pairs.at(i).second) {
            fail("write() then parse() changed a value");
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // Not NUL-terminated on purpose: the parser must respect the size it is given.
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const EnvParseResult parsed = EnvFile::parse(bytes);

    const int lineCount = static_cast<int>(bytes.count('\n')) + 1;
    QList<QPair<QString, QString>> pairs;
    int previousLine = 0;
    for (const EnvEntry& entry : parsed.entries) {
        if (entry.line <= previousLine || entry.line > lineCount) {
            fail("an entry's line is out of order or outside the file");
        }
        previousLine = entry.line;
        if (!NameRules::validate(entry.name).ok()) {
            fail("an entry with an invalid name was imported");
        }
        if (entry.value.toUtf8().size() > Vault::kMaxValueBytes) {
            fail("an entry over the value size limit was imported");
        }
        pairs.append({entry.name, entry.value});
    }
    for (const EnvLineError& error : parsed.errors) {
        if (error.line < 0 || error.line > lineCount || error.message.isEmpty()) {
            fail("an error names a line outside the file or says nothing");
        }
    }
    verifyRoundTrip(pairs);

    // The input itself as a value: write() must quote anything, not only what parse() accepts.
    const QString value = QString::fromUtf8(bytes);
    if (value.toUtf8().size() <= Vault::kMaxValueBytes) {
        verifyRoundTrip({{QStringLiteral("FUZZ_VALUE"), value}});
    }
    return 0;
}
