#pragma once

#include <QByteArray>

// What a write expects of the item on the server (docs/API.md, "Revisions and conditional
// writes"). BotVault always sends one, so a retried or late write can never overwrite a change it
// has not seen; there is deliberately no "unconditional" value.
class ItemPrecondition
{
public:
    // If-Match: "revision"
    static ItemPrecondition atRevision(qint64 revision) { return ItemPrecondition(Kind::AtRevision, revision); }
    // If-Match: *
    static ItemPrecondition exists() { return ItemPrecondition(Kind::Exists, 0); }
    // If-None-Match: * (create only; PUT only)
    static ItemPrecondition absent() { return ItemPrecondition(Kind::Absent, 0); }

    QByteArray ifMatch() const
    {
        switch (m_kind) {
        case Kind::AtRevision:
            return '"' + QByteArray::number(m_revision) + '"';
        case Kind::Exists:
            return QByteArrayLiteral("*");
        case Kind::Absent:
            break;
        }
        return {};
    }
    bool isCreateOnly() const { return m_kind == Kind::Absent; }
    QByteArray ifNoneMatch() const { return m_kind == Kind::Absent ? QByteArrayLiteral("*") : QByteArray(); }

private:
    enum class Kind
    {
        AtRevision,
        Exists,
        Absent,
    };
    ItemPrecondition(Kind kind, qint64 revision) : m_kind(kind), m_revision(revision) { }

    Kind m_kind;
    qint64 m_revision;
};
