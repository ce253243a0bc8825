#!/usr/bin/env bash
# Checks that the translations are complete for the code as it is now, without changing the tree:
# runs lupdate (same options as the update_translations target) on copies of the .ts files, then
# fails when the result has a message without a finished translation, or when the committed
# botvault_ru.ts marks a message vanished that the code still uses:
#   - botvault_ru.ts: every message; numerus messages need all 3 Russian plural forms;
#   - botvault_en.ts: numerus messages (the source text serves as the English singular otherwise);
#   - a translation that drops a %1/%2/%n (or %L1/%Ln) placeholder of its source.
# A string added to the code and not yet extracted shows up as unfinished, so a stale .ts fails too.
#
#   scripts/check-translations.sh [--lupdate PATH] [--sources LIST_FILE]
#
# --sources: one file per line, as written by cmake/BotVaultTranslations.cmake to
# <build>/translations/lupdate-sources.lst; without it every .cpp/.h/.ui under the source folders.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
lupdate=${LUPDATE:-}
sources=""
while [ $# -gt 0 ]; do
    case "$1" in
        --lupdate) lupdate=$2; shift 2 ;;
        --sources) sources=$2; shift 2 ;;
        *) echo "check-translations.sh: unknown option '$1'" >&2; exit 2 ;;
    esac
done

if [ -z "$lupdate" ]; then
    if [ -x /usr/lib/qt6/bin/lupdate ]; then
        lupdate=/usr/lib/qt6/bin/lupdate
    else
        lupdate=$(command -v lupdate6 || command -v lupdate || true)
    fi
fi
[ -n "$lupdate" ] && [ -x "$lupdate" ] || { echo "check-translations.sh: lupdate not found (Qt 6 linguist tools)" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ -z "$sources" ]; then
    sources=$tmp/sources.lst
    for dir in app models storage sync server ui; do
        [ -d "$repo/$dir" ] && find "$repo/$dir" -type f \( -name '*.cpp' -o -name '*.h' -o -name '*.ui' \)
    done | sort > "$sources"
fi
[ -s "$sources" ] || { echo "check-translations.sh: no source files in '$sources'" >&2; exit 2; }

cp "$repo/translations/botvault_en.ts" "$repo/translations/botvault_ru.ts" "$tmp/"
# Keep these options in step with BOTVAULT_LUPDATE_OPTIONS in cmake/BotVaultTranslations.cmake.
"$lupdate" -silent -no-obsolete -locations none -I "$repo" "@$sources" \
    -ts "$tmp/botvault_en.ts" "$tmp/botvault_ru.ts" >&2

# One awk record per message: the text up to and including its </message>.
check() { # file mode(all|numerus) plural-forms
    awk -v file="$(basename "$1")" -v mode="$2" -v forms="$3" '
        BEGIN { RS = "</message>"; problems = 0; messages = 0 }
        function text(s, tag,    open, start, rest) {
            open = "<" tag ">"
            start = index(s, open)
            if (start == 0) return ""
            rest = substr(s, start + length(open))
            return substr(rest, 1, index(rest, "</" tag ">") - 1)
        }
        function plain(s) {
            gsub(/&apos;/, "\047", s); gsub(/&quot;/, "\"", s); gsub(/&lt;/, "<", s); gsub(/&gt;/, ">", s)
            gsub(/&amp;/, "\\&", s)
            return s
        }
        function report(what) {
            printf "%s: [%s] \"%s\": %s\n", file, context, plain(source), what
            problems++
        }
        # %L1 / %Ln are the localized forms of %1 / %n: either form in the translation keeps the argument.
        function checkPlaceholders(translated, label,    s, token, bare) {
            s = source
            while (match(s, /%L?([0-9]+|n)/)) {
                token = substr(s, RSTART, RLENGTH)
                bare = token; sub(/^%L/, "%", bare)
                if (index(translated, bare) == 0 && index(translated, "%L" substr(bare, 2)) == 0)
                    report(label "lacks " token)
                s = substr(s, RSTART + RLENGTH)
            }
        }
        {
            if (match($0, /<name>[^<]*<\/name>/)) context = substr($0, RSTART + 6, RLENGTH - 13)
            if (index($0, "<message") == 0) next
            messages++
            source = text($0, "source")
            numerus = ($0 ~ /<message[^>]*numerus="yes"/)
            if (mode == "numerus" && !numerus) next
            if ($0 ~ /<translation[^>]*type="(unfinished|vanished|obsolete)"/) { report("unfinished"); next }
            if (!numerus) {
                translated = text($0, "translation")
                if (translated == "") report("empty translation")
                else checkPlaceholders(translated, "")
                next
            }
            rest = $0; count = 0
            while (match(rest, /<numerusform>[^<]*<\/numerusform>/)) {
                count++
                form = substr(rest, RSTART + 13, RLENGTH - 27)
                # Advance before checkPlaceholders, whose match() overwrites RSTART and RLENGTH.
                rest = substr(rest, RSTART + RLENGTH)
                if (form == "") report("plural form " count " is empty")
                else checkPlaceholders(form, "plural form " count " ")
            }
            if (count != forms) report(count " plural forms instead of " forms)
        }
        END {
            printf "%s: %d messages checked, %d problem(s)\n", file, messages, problems > "/dev/stderr"
            exit (problems > 0 ? 1 : 0)
        }' "$1"
}

# Messages the committed file marks vanished or obsolete although the code uses them: lupdate would
# revive them, so the committed file is stale.
check_vanished() { # committed updated
    awk -v file="$(basename "$1")" '
        BEGIN { RS = "</message>"; problems = 0 }
        FNR == 1 { context = "" }
        {
            if (match($0, /<name>[^<]*<\/name>/)) context = substr($0, RSTART + 6, RLENGTH - 13)
            if (index($0, "<message") == 0 || !match($0, /<source>[^<]*<\/source>/)) next
            source = substr($0, RSTART + 8, RLENGTH - 17)
            key = context SUBSEP source
            if (FNR == NR) {
                if ($0 ~ /<translation[^>]*type="(vanished|obsolete)"/) vanished[key] = 1
            } else if (key in vanished) {
                printf "%s: [%s] \"%s\": marked vanished but used by the code: run update_translations\n", file, context, source
                problems++
            }
        }
        END { exit (problems > 0 ? 1 : 0) }' "$1" "$2"
}

status=0
check_vanished "$repo/translations/botvault_ru.ts" "$tmp/botvault_ru.ts" || status=1
check "$tmp/botvault_ru.ts" all 3 || status=1
check "$tmp/botvault_en.ts" numerus 2 || status=1
if [ $status -ne 0 ]; then
    echo "Translations are incomplete: run 'cmake --build <build> --target update_translations'," >&2
    echo "translate the messages listed above in translations/*.ts, and see docs/TRANSLATIONS.md." >&2
fi
exit $status
