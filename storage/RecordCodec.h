#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtCrypto>

// The plaintext layout of a vault record, before encryption: a length-prefixed list of tagged
// fields, padded with zeros to a multiple of 32 bytes so a ciphertext's length tells little about
// its name and value. The whole record is built in a SecureArray so a secret value is never copied
// into ordinary heap memory on the way.
//
//   u32 payload length ‖ u8 format (1) ‖ { u8 field ‖ u32 length ‖ bytes }* ‖ zero padding
namespace RecordCodec {

inline constexpr int kPadding = 32;

enum class Field : quint8
{
    Name = 1,
    Value = 2,
    Created = 3,
    Updated = 4,
    UpdatedBy = 5,
    IncludeInExport = 6,
    SourceFolder = 7,
    DeclaredSecrets = 8, // names joined by '\n', which a name cannot contain
    RemoteUrl = 9,
    RemoteProjectId = 10,
    ItemKind = 11, // outbox entries: the kind of the item changed
    Op = 12, // outbox entries: OutboxEntry::Op
    BaseRevision = 13,
    IdempotencyKey = 14,
    Revision = 15, // remote states: the item's revision on the platform
    EntryIds = 16, // outbox batches: the outbox entries delivered, u64 each
    RotatedAt = 17, // secrets: when the value was last replaced (ms since the epoch)
    RotationPeriodDays = 18, // secrets: replace the value every N days
    ExpiresOn = 19, // secrets: replace the value by this date (ms since the epoch of its start, UTC)
    RotationOnly = 20, // outbox entries: a secret put whose rotation rule changed, not its value
    DeclaredRotations = 21, // projects: "NAME\tPERIOD\tEXPIRES" lines, the rules of declared secrets
    // History records (versions, trash entries): u8 origin ‖ u8 change ‖ i64 number ‖ i64 owner ‖
    // i64 deleted time. Numbered apart from the fields above so that other additions do not collide.
    History = 32,
    DeletedBy = 33,
};

// What a version or a trash entry adds to the item record it keeps.
struct HistoryFields
{
    quint8 origin = 0; // HistoryOrigin
    quint8 change = 0; // VersionChange
    qint64 number = 0; // a version's number
    // A version: its item's project; a trash entry: the item's (or the project's) id.
    qint64 owner = 0;
    qint64 deletedMs = 0;
    bool present = false;
};

// Fields absent from a record read as empty or zero, and empty or zero fields are not written, so a
// record of one kind carries only its own fields. `value` is kept in secure memory.
struct Record
{
    QString name;
    QCA::SecureArray value;
    // Instead of `value` when decoded with ValueCopy::Borrowed: the value inside the caller's
    // buffer, valid only until the caller wipes it.
    QByteArrayView borrowedValue;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    QString updatedBy;
    bool includeInExport = false;
    bool hasValue = false;
    // Project records only.
    QString sourceFolder;
    QStringList declaredSecrets;
    // "NAME\tPERIOD\tYYYY-MM-DD" (period 0 or date empty when unset), one per declared secret with
    // a rotation rule from an imported archive.
    QStringList declaredRotations {};
    QString remoteUrl;
    qint64 remoteProjectId = 0;
    // Outbox entries only; 0 means absent.
    quint8 itemKind = 0;
    quint8 op = 0;
    qint64 baseRevision = 0;
    QString idempotencyKey;
    bool rotationOnly = false;
    // Remote states only; 0 means absent.
    qint64 revision = 0;
    // Outbox batches only.
    QList<qint64> entryIds;
    // Secrets only; 0 means absent (a secret from before rotation: its age counts from updatedMs).
    qint64 rotatedMs = 0;
    qint64 rotationPeriodDays = 0;
    qint64 expiresOnMs = 0;
    // Versions and trash entries only.
    HistoryFields history;
    QString deletedBy;

    QByteArrayView valueBytes() const
    {
        return borrowedValue.isNull() ? QByteArrayView(value.constData(), value.size()) : borrowedValue;
    }
};

// Secure: the value is copied into secure memory. Borrowed: it is left in the plaintext buffer
// (Record::borrowedValue); listings use it to build a summary without a secure allocation per record.
enum class ValueCopy
{
    Secure,
    Borrowed
};

QCA::SecureArray encode(const Record& record);
// Damaged when the layout is malformed (which, after authentication, means a bug or a newer format).
Result<Record> decode(const QCA::SecureArray& plaintext);
// The same from plaintext the caller keeps in its own (secure) buffer.
Result<Record> decode(QByteArrayView plaintext, ValueCopy valueCopy = ValueCopy::Secure);

QDateTime toDateTime(qint64 msecsSinceEpoch);

} // namespace RecordCodec
