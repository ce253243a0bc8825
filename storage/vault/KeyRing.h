#pragma once

#include "crypto/Aead.h"
#include "models/Ids.h"
#include "models/Result.h"
#include "storage/KeyDerivation.h"
#include "storage/RecordCodec.h"

#include <QByteArray>
#include <QThread>
#include <QtCrypto>

#include <algorithm>
#include <memory>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

// Seals and opens records with the cipher of one thread: every record is sealed under the one
// record key with its identity as associated data (VaultKeys::recordBinding), so a ciphertext
// copied to another row, project, kind or format fails to authenticate.
class RecordCipher
{
public:
    RecordCipher(Aead& aead, const QCA::SymmetricKey& recordKey, const QByteArray& vaultId);

    std::optional<QByteArray> seal(ProjectId project, quint8 kind, RecordId id, const RecordCodec::Record& record);
    std::optional<RecordCodec::Record> open(ProjectId project, quint8 kind, RecordId id, const QByteArray& sealed);
    // make(record) on the opened record, whose value is borrowed from this cipher's buffer (no secure
    // allocation) and wiped as soon as make returns: for summaries that keep no secret value.
    template<typename Make>
    auto openWith(ProjectId project, quint8 kind, RecordId id, const QByteArray& sealed, Make make)
        -> std::optional<decltype(make(std::declval<const RecordCodec::Record&>()))>
    {
        const std::optional<qsizetype> size = decrypt(project, kind, id, sealed);
        if (!size) {
            return std::nullopt;
        }
        const WipeOnExit wipe {m_plaintext, *size};
        auto record
            = RecordCodec::decode(QByteArrayView(m_plaintext.constData(), *size), RecordCodec::ValueCopy::Borrowed);
        if (!record) {
            return std::nullopt;
        }
        return make(record.value());
    }

private:
    struct WipeOnExit
    {
        QCA::SecureArray& buffer;
        qsizetype size;
        ~WipeOnExit() { std::fill_n(buffer.data(), size, 0); }
    };

    // Decrypts into m_plaintext; the plaintext's size, or nothing when the record does not open.
    std::optional<qsizetype> decrypt(ProjectId project, quint8 kind, RecordId id, const QByteArray& sealed);

    Aead& m_aead;
    QByteArrayView m_key;
    const QByteArray& m_vaultId;
    // Where open() decrypts, reused record after record (wiped after each) instead of a new
    // secure allocation per record.
    QCA::SecureArray m_plaintext;
};

// The key hierarchy of an unlocked vault: the data key, the record key derived from it, the
// name-index key of the blind indexes, and sealing and opening a record bound to its row identity
// (see VaultKeys for what each derivation is bound to).
class KeyRing
{
public:
    KeyRing() = default;
    KeyRing(const KeyRing&) = delete;
    KeyRing& operator=(const KeyRing&) = delete;

    // Takes the data key of the vault `vaultId` and derives the record and index keys from it.
    void load(const QByteArray& vaultId, const QCA::SymmetricKey& dataKey);
    // Wipes every key; the ring is empty until the next load().
    void wipe();

    const QByteArray& vaultId() const { return m_vaultId; }
    const QCA::SymmetricKey& dataKey() const { return m_dataKey; }
    // The cipher of the key wrap (unlock, password change); not thread-safe.
    Aead& aead() { return m_aead; }

    QByteArray nameIndex(ProjectId project, quint8 kind, const QString& name);
    QByteArray foldIndex(ProjectId project, quint8 kind, const QString& name);
    QByteArray remoteIndex(ProjectId project, ItemKind kind, const QString& name);
    // The key of the project's finding ids (VaultSession::findingIdentifier).
    QCA::SymmetricKey findingKey(ProjectId project);
    // The MAC of the audit log's chain (see AuditLogChain).
    KeyedHmac& auditMac() { return *m_auditMac; }

    Result<QByteArray> seal(ProjectId project, quint8 kind, RecordId id, const RecordCodec::Record& record);
    // Damaged, naming the record, when it does not open.
    Result<RecordCodec::Record> open(ProjectId project, quint8 kind, RecordId id, const QByteArray& sealed);
    std::optional<RecordCodec::Record> tryOpen(ProjectId project, quint8 kind, RecordId id, const QByteArray& sealed);

    // Runs work(cipher, begin, end) over [0, count) split across the machine's cores, each thread
    // with its own cipher context: the AES-GCM pass of every record dominates bulk reads and writes.
    template<typename Work>
    void forEachInParallel(size_t count, Work work)
    {
        constexpr size_t kRowsPerThread = 4096;
        const size_t threads
            = std::clamp<size_t>(count / kRowsPerThread, 1, static_cast<size_t>(qMax(1, QThread::idealThreadCount())));
        const size_t chunk = (count + threads - 1) / threads;
        std::vector<std::thread> workers;
        for (size_t t = 1; t < threads; ++t) {
            workers.emplace_back([&, t] {
                Aead threadAead;
                RecordCipher cipher(threadAead, m_recordKey, m_vaultId);
                work(cipher, t * chunk, std::min(count, (t + 1) * chunk));
                threadAead.forgetKey();
            });
        }
        RecordCipher cipher(m_aead, m_recordKey, m_vaultId);
        work(cipher, 0, std::min(count, chunk));
        for (auto& worker : workers) {
            worker.join();
        }
    }

private:
    QByteArray m_vaultId;
    QCA::SymmetricKey m_dataKey;
    QCA::SymmetricKey m_recordKey;
    std::unique_ptr<KeyedHmac> m_nameIndexMac;
    std::unique_ptr<KeyedHmac> m_auditMac;
    Aead m_aead;
};
