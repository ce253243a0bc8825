#include "models/SecretValue.h"

#include <QtCrypto>

SecretValue::SecretValue() : m_bytes(std::make_unique<QCA::SecureArray>()) { }

SecretValue::SecretValue(const QCA::SecureArray& bytes) : m_bytes(std::make_unique<QCA::SecureArray>(bytes)) { }

SecretValue::~SecretValue() = default;

SecretValue::SecretValue(const SecretValue& other) : m_bytes(std::make_unique<QCA::SecureArray>(*other.m_bytes)) { }

SecretValue& SecretValue::operator=(const SecretValue& other)
{
    if (this != &other) {
        *m_bytes = *other.m_bytes;
    }
    return *this;
}

SecretValue::SecretValue(SecretValue&& other) noexcept : m_bytes(std::make_unique<QCA::SecureArray>())
{
    m_bytes.swap(other.m_bytes);
}

SecretValue& SecretValue::operator=(SecretValue&& other) noexcept
{
    m_bytes.swap(other.m_bytes);
    return *this;
}

SecretValue SecretValue::fromText(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    SecretValue value {QCA::SecureArray(utf8)};
    utf8.fill('\0');
    return value;
}

bool SecretValue::isEmpty() const
{
    return m_bytes->isEmpty();
}

int SecretValue::size() const
{
    return m_bytes->size();
}

const QCA::SecureArray& SecretValue::bytes() const
{
    return *m_bytes;
}
