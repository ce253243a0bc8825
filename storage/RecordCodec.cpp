#include "storage/RecordCodec.h"

#include <QCoreApplication>
#include <QtEndian>

#include <cstring>
#include <limits>
#include <utility>

namespace RecordCodec {

namespace {

constexpr quint8 kFormat = 1;
constexpr int kHistoryFieldSize = 26;

class Writer
{
public:
    explicit Writer(int capacity) : m_buffer(capacity, 0) { }

    void field(Field field, const char* data, int size)
    {
        ensure(5 + size);
        char* out = m_buffer.data() + m_size;
        out[0] = static_cast<char>(field);
        qToBigEndian<quint32>(static_cast<quint32>(size), out + 1);
        if (size > 0) {
            std::memcpy(out + 5, data, static_cast<size_t>(size));
        }
        m_size += 5 + size;
    }

    void text(Field field, const QString& text)
    {
        if (text.isEmpty()) {
            return;
        }
        const QByteArray utf8 = text.toUtf8();
        this->field(field, utf8.constData(), static_cast<int>(utf8.size()));
    }

    void integer(Field field, qint64 value)
    {
        char bytes[8];
        qToBigEndian<qint64>(value, bytes);
        this->field(field, bytes, 8);
    }

    void integers(Field field, const QList<qint64>& values)
    {
        QByteArray bytes(values.size() * 8, Qt::Uninitialized);
        for (qsizetype i = 0; i < values.size(); ++i) {
            qToBigEndian<qint64>(values.at(i), bytes.data() + i * 8);
        }
        this->field(field, bytes.constData(), static_cast<int>(bytes.size()));
    }

    void byte(Field field, quint8 value) { this->field(field, reinterpret_cast<const char*>(&value), 1); }

    // Fills in the length prefix and pads the record; the buffer is handed over.
    QCA::SecureArray finish()
    {
        qToBigEndian<quint32>(static_cast<quint32>(m_size - 4), m_buffer.data());
        const int padded = (m_size + kPadding - 1) / kPadding * kPadding;
        m_buffer.resize(padded);
        std::memset(m_buffer.data() + m_size, 0, static_cast<size_t>(padded - m_size));
        return m_buffer;
    }

    void start()
    {
        m_size = 4;
        m_buffer.data()[m_size++] = static_cast<char>(kFormat);
    }

private:
    void ensure(int more)
    {
        if (m_size + more > m_buffer.size()) {
            m_buffer.resize(qMax(m_size + more, m_buffer.size() * 2));
        }
    }

    QCA::SecureArray m_buffer;
    int m_size = 0;
};

Error malformed()
{
    return makeError(
        ErrorCode::Damaged, QCoreApplication::translate("RecordCodec", "A record of the vault is malformed."));
}

// The fields that hold UTF-8 text.
void readTextField(Field field, const QString& text, Record& record)
{
    switch (field) {
    case Field::Name:
        record.name = text;
        break;
    case Field::UpdatedBy:
        record.updatedBy = text;
        break;
    case Field::SourceFolder:
        record.sourceFolder = text;
        break;
    case Field::DeclaredSecrets:
        record.declaredSecrets = text.split(u'\n', Qt::SkipEmptyParts);
        break;
    case Field::DeclaredRotations:
        record.declaredRotations = text.split(u'\n', Qt::SkipEmptyParts);
        break;
    case Field::RemoteUrl:
        record.remoteUrl = text;
        break;
    case Field::IdempotencyKey:
        record.idempotencyKey = text;
        break;
    case Field::DeletedBy:
        record.deletedBy = text;
        break;
    default:
        break;
    }
}

// The fields that hold one 64-bit integer; false when the size is not 8.
bool readIntegerField(Field field, const char* bytes, int length, Record& record)
{
    if (length != 8) {
        return false;
    }
    const qint64 value = qFromBigEndian<qint64>(bytes);
    switch (field) {
    case Field::Created:
        record.createdMs = value;
        break;
    case Field::Updated:
        record.updatedMs = value;
        break;
    case Field::RemoteProjectId:
        record.remoteProjectId = value;
        break;
    case Field::BaseRevision:
        record.baseRevision = value;
        break;
    case Field::Revision:
        record.revision = value;
        break;
    case Field::RotatedAt:
        record.rotatedMs = value;
        break;
    case Field::RotationPeriodDays:
        record.rotationPeriodDays = value;
        break;
    case Field::ExpiresOn:
        record.expiresOnMs = value;
        break;
    default:
        break;
    }
    return true;
}

bool readHistoryField(const char* bytes, int length, Record& record)
{
    if (length != kHistoryFieldSize) {
        return false;
    }
    HistoryFields& history = record.history;
    history.origin = static_cast<quint8>(bytes[0]);
    history.change = static_cast<quint8>(bytes[1]);
    history.number = qFromBigEndian<qint64>(bytes + 2);
    history.owner = qFromBigEndian<qint64>(bytes + 10);
    history.deletedMs = qFromBigEndian<qint64>(bytes + 18);
    history.present = true;
    return true;
}

// Reads one field into `record`; false when a known field has the wrong size.
bool readField(Field field, const char* bytes, int length, ValueCopy valueCopy, Record& record)
{
    switch (field) {
    case Field::Name:
    case Field::UpdatedBy:
    case Field::SourceFolder:
    case Field::DeclaredSecrets:
    case Field::DeclaredRotations:
    case Field::RemoteUrl:
    case Field::IdempotencyKey:
    case Field::DeletedBy:
        readTextField(field, QString::fromUtf8(bytes, length), record);
        return true;
    case Field::Created:
    case Field::Updated:
    case Field::RemoteProjectId:
    case Field::BaseRevision:
    case Field::Revision:
    case Field::RotatedAt:
    case Field::RotationPeriodDays:
    case Field::ExpiresOn:
        return readIntegerField(field, bytes, length, record);
    case Field::Value:
        if (valueCopy == ValueCopy::Borrowed) {
            // Never null, so that an empty value still counts as borrowed.
            record.borrowedValue = QByteArrayView(bytes, length);
            record.hasValue = true;
            return true;
        }
        record.value = QCA::SecureArray(length);
        if (length > 0) {
            std::memcpy(record.value.data(), bytes, static_cast<size_t>(length));
        }
        record.hasValue = true;
        return true;
    case Field::IncludeInExport:
    case Field::RotationOnly:
        if (length != 1) {
            return false;
        }
        (field == Field::IncludeInExport ? record.includeInExport : record.rotationOnly) = bytes[0] != 0;
        return true;
    case Field::EntryIds:
        if (length % 8 != 0) {
            return false;
        }
        record.entryIds.reserve(length / 8);
        for (int offset = 0; offset < length; offset += 8) {
            record.entryIds.append(qFromBigEndian<qint64>(bytes + offset));
        }
        return true;
    case Field::History:
        return readHistoryField(bytes, length, record);
    case Field::ItemKind:
    case Field::Op:
        if (length != 1) {
            return false;
        }
        (field == Field::ItemKind ? record.itemKind : record.op) = static_cast<quint8>(bytes[0]);
        return true;
    default:
        // A field from a newer format: skipped so that an older build still reads the rest.
        return true;
    }
}

} // namespace

QCA::SecureArray encode(const Record& record)
{
    const int estimate = 64 + static_cast<int>(record.name.size()) * 3 + record.value.size()
        + static_cast<int>(record.updatedBy.size() + record.sourceFolder.size()) * 3
        + static_cast<int>(record.declaredSecrets.size() + record.declaredRotations.size()) * 160
        + static_cast<int>(record.remoteUrl.size() + record.idempotencyKey.size()) * 3
        + static_cast<int>(record.entryIds.size()) * 8 + 3 * 13 + static_cast<int>(record.deletedBy.size()) * 3 + 96;
    Writer writer(estimate);
    writer.start();
    writer.text(Field::Name, record.name);
    if (record.hasValue) {
        writer.field(Field::Value, record.value.constData(), record.value.size());
    }
    writer.integer(Field::Created, record.createdMs);
    writer.integer(Field::Updated, record.updatedMs);
    writer.text(Field::UpdatedBy, record.updatedBy);
    writer.byte(Field::IncludeInExport, record.includeInExport ? 1 : 0);
    writer.text(Field::SourceFolder, record.sourceFolder);
    writer.text(Field::DeclaredSecrets, record.declaredSecrets.join(u'\n'));
    writer.text(Field::DeclaredRotations, record.declaredRotations.join(u'\n'));
    writer.text(Field::RemoteUrl, record.remoteUrl);
    if (record.remoteProjectId != 0) {
        writer.integer(Field::RemoteProjectId, record.remoteProjectId);
    }
    if (record.itemKind != 0) {
        writer.byte(Field::ItemKind, record.itemKind);
    }
    if (record.op != 0) {
        writer.byte(Field::Op, record.op);
    }
    if (record.baseRevision != 0) {
        writer.integer(Field::BaseRevision, record.baseRevision);
    }
    writer.text(Field::IdempotencyKey, record.idempotencyKey);
    if (record.rotationOnly) {
        writer.byte(Field::RotationOnly, 1);
    }
    if (record.revision != 0) {
        writer.integer(Field::Revision, record.revision);
    }
    if (!record.entryIds.isEmpty()) {
        writer.integers(Field::EntryIds, record.entryIds);
    }
    for (const auto& [field, value] : {std::pair {Field::RotatedAt, record.rotatedMs},
             std::pair {Field::RotationPeriodDays, record.rotationPeriodDays},
             std::pair {Field::ExpiresOn, record.expiresOnMs}}) {
        if (value != 0) {
            writer.integer(field, value);
        }
    }
    if (record.history.present) {
        char history[kHistoryFieldSize];
        history[0] = static_cast<char>(record.history.origin);
        history[1] = static_cast<char>(record.history.change);
        qToBigEndian<qint64>(record.history.number, history + 2);
        qToBigEndian<qint64>(record.history.owner, history + 10);
        qToBigEndian<qint64>(record.history.deletedMs, history + 18);
        writer.field(Field::History, history, kHistoryFieldSize);
    }
    writer.text(Field::DeletedBy, record.deletedBy);
    return writer.finish();
}

Result<Record> decode(const QCA::SecureArray& plaintext)
{
    return decode(QByteArrayView(plaintext.constData(), plaintext.size()));
}

Result<Record> decode(QByteArrayView plaintext, ValueCopy valueCopy)
{
    const char* data = plaintext.constData();
    if (plaintext.size() > std::numeric_limits<int>::max()) {
        return malformed();
    }
    const int total = static_cast<int>(plaintext.size());
    if (total < 5 || total % kPadding != 0) {
        return malformed();
    }
    const quint32 payloadSize = qFromBigEndian<quint32>(data);
    if (payloadSize < 1 || payloadSize > static_cast<quint32>(total - 4) || static_cast<quint8>(data[4]) != kFormat) {
        return malformed();
    }
    const int end = 4 + static_cast<int>(payloadSize);
    Record record;
    int pos = 5;
    while (pos < end) {
        if (end - pos < 5) {
            return malformed();
        }
        const auto field = static_cast<Field>(static_cast<quint8>(data[pos]));
        const quint32 size = qFromBigEndian<quint32>(data + pos + 1);
        pos += 5;
        if (size > static_cast<quint32>(end - pos)) {
            return malformed();
        }
        if (!readField(field, data + pos, static_cast<int>(size), valueCopy, record)) {
            return malformed();
        }
        pos += static_cast<int>(size);
    }
    return record;
}

QDateTime toDateTime(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC);
}

} // namespace RecordCodec
