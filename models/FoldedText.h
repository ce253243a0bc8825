#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

// Case-folded UTF-8 text as FoldedRowTableModel filters and sorts it.
namespace FoldedText {

// The folded text buffer ends with this many zero bytes: the substring search reads 16-byte blocks
// that may run up to 15 bytes past the end of the last item's text.
constexpr size_t kPadding = 16;

// Appends `text` case-folded and in UTF-8. Names and most values are ASCII, which is folded without
// allocating; the rest goes through QString::toCaseFolded(). The filter text is folded the same way,
// so a byte-wise substring match is a case-insensitive one, and UTF-8 being self-synchronising, a
// match always starts and ends on whole characters.
void append(std::vector<char>& out, QStringView text);
std::string folded(const QString& text);

// Whether haystack[0, size) contains `needle`. The haystack must be followed by at least 15
// readable bytes (kPadding). With SSE2 (every x86-64) it tests 16 positions at once for the needle's
// first and last byte and compares the rest only there: a full scan of 100,000 names and values
// takes a few milliseconds, where QString::contains() took tens. Inline: it runs once per item in
// the filter scan.
inline bool contains(const char* haystack, size_t size, std::string_view needle)
{
    const size_t length = needle.size();
    if (length == 0) {
        return true;
    }
    if (length > size) {
        return false;
    }
    if (length == 1) {
        return std::memchr(haystack, needle[0], size) != nullptr;
    }
#if defined(__SSE2__)
    const __m128i first = _mm_set1_epi8(needle[0]);
    const __m128i last = _mm_set1_epi8(needle[length - 1]);
    const size_t positions = size - length + 1;
    for (size_t i = 0; i < positions; i += 16) {
        const __m128i blockFirst = _mm_loadu_si128(reinterpret_cast<const __m128i*>(haystack + i));
        const __m128i blockLast = _mm_loadu_si128(reinterpret_cast<const __m128i*>(haystack + i + length - 1));
        auto candidates = static_cast<unsigned>(
            _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(blockFirst, first), _mm_cmpeq_epi8(blockLast, last))));
        if (positions - i < 16) {
            // Positions past the end of this haystack read the padding or the next item.
            candidates &= (1u << (positions - i)) - 1;
        }
        while (candidates != 0) {
            const auto offset = static_cast<size_t>(__builtin_ctz(candidates));
            if (length == 2 || std::memcmp(haystack + i + offset + 1, needle.data() + 1, length - 2) == 0) {
                return true;
            }
            candidates &= candidates - 1;
        }
    }
    return false;
#else
    return std::string_view(haystack, size).find(needle) != std::string_view::npos;
#endif
}

// Up to eight bytes of `text` from `from`, big-endian and zero-padded, so that comparing two of
// them as integers orders like comparing the bytes (a shorter text first).
inline quint64 prefixKey(std::string_view text, size_t from)
{
    quint64 key = 0;
    for (size_t i = 0; i < 8; ++i) {
        const size_t at = from + i;
        key = (key << 8) | (at < text.size() ? static_cast<unsigned char>(text[at]) : 0u);
    }
    return key;
}

template<typename T>
int threeWay(const T& a, const T& b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace FoldedText
