#pragma once

#include <QString>

#include <memory>

namespace QCA {
class SecureArray;
}

// A secret's value on its way from an input field to the vault. The bytes live in locked memory
// (QCA::SecureArray) that is wiped when released; the UI builds one from its field's text and hands
// it over without ever including QCA. There is deliberately no way to turn it back into a QString.
class SecretValue
{
public:
    SecretValue();
    explicit SecretValue(const QCA::SecureArray& bytes);
    ~SecretValue();
    SecretValue(const SecretValue& other);
    SecretValue& operator=(const SecretValue& other);
    SecretValue(SecretValue&&) noexcept;
    SecretValue& operator=(SecretValue&&) noexcept;

    // UTF-8 bytes of `text`. The caller should clear its own copy afterwards where it can.
    static SecretValue fromText(const QString& text);

    bool isEmpty() const;
    // In bytes.
    int size() const;
    const QCA::SecureArray& bytes() const;

private:
    std::unique_ptr<QCA::SecureArray> m_bytes;
};
