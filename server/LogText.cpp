#include "server/LogText.h"

namespace LogText {

namespace {

void appendHex(QByteArray* out, unsigned char byte)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    out->append("\\x");
    out->append(kDigits[byte >> 4]);
    out->append(kDigits[byte & 0x0F]);
}

// The length of the valid UTF-8 sequence at `i`, or 0.
qsizetype sequenceLength(const QByteArray& text, qsizetype i)
{
    const auto lead = static_cast<unsigned char>(text.at(i));
    qsizetype length = 0;
    char32_t minimum = 0;
    char32_t codePoint = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        minimum = 0x80;
        codePoint = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        minimum = 0x800;
        codePoint = lead & 0x0F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        minimum = 0x10000;
        codePoint = lead & 0x07;
    } else {
        return 0;
    }
    if (i + length > text.size()) {
        return 0;
    }
    for (qsizetype k = 1; k < length; ++k) {
        const auto byte = static_cast<unsigned char>(text.at(i + k));
        if ((byte & 0xC0) != 0x80) {
            return 0;
        }
        codePoint = (codePoint << 6) | (byte & 0x3F);
    }
    const bool surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
    const bool lineBreaking = (codePoint >= 0x80 && codePoint <= 0x9F) || codePoint == 0x2028 || codePoint == 0x2029;
    if (codePoint < minimum || codePoint > 0x10FFFF || surrogate || lineBreaking) {
        return 0;
    }
    return length;
}

} // namespace

QByteArray escape(const QByteArray& text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text.at(i));
        if (byte == '\\') {
            out.append("\\\\");
            ++i;
        } else if (byte > 0x20 && byte < 0x7F) {
            out.append(static_cast<char>(byte));
            ++i;
        } else if (const qsizetype length = byte >= 0x80 ? sequenceLength(text, i) : 0; length > 0) {
            out.append(text.constData() + i, length);
            i += length;
        } else {
            appendHex(&out, byte);
            ++i;
        }
    }
    return out;
}

} // namespace LogText
