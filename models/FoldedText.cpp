#include "models/FoldedText.h"

#include <QByteArray>

namespace FoldedText {

void append(std::vector<char>& out, QStringView text)
{
    const size_t start = out.size();
    out.resize(start + static_cast<size_t>(text.size()));
    char* ascii = out.data() + start;
    qsizetype i = 0;
    for (; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x80) {
            break;
        }
        ascii[i] = static_cast<char>(c >= u'A' && c <= u'Z' ? c + (u'a' - u'A') : c);
    }
    if (i < text.size()) {
        out.resize(start + static_cast<size_t>(i));
        const QByteArray rest = text.mid(i).toString().toCaseFolded().toUtf8();
        out.insert(out.end(), rest.cbegin(), rest.cend());
    }
}

std::string folded(const QString& text)
{
    std::vector<char> out;
    append(out, text);
    return std::string(out.data(), out.size());
}

} // namespace FoldedText
