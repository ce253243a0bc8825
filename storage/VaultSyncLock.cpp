#include "storage/Vault.h"

#include <QCoreApplication>
#include <QLockFile>

namespace {

// A lock file beside the vault, one per project: QLockFile notices a holder that died (its process
// is gone) and takes the lock over, so a killed publish never blocks the next one.
class VaultSyncLock : public SyncLock
{
public:
    explicit VaultSyncLock(const QString& path) : m_file(path) { m_file.setStaleLockTime(0); }
    bool tryLock() { return m_file.tryLock(0); }
    QLockFile::LockError error() const { return m_file.error(); }

private:
    QLockFile m_file;
};

} // namespace

Result<std::unique_ptr<SyncLock>> Vault::lockSync(ProjectId project)
{
    if (Result<RemoteBinding> binding = syncBinding(project); !binding) {
        return binding.error();
    }
    auto lock = std::make_unique<VaultSyncLock>(QStringLiteral("%1.sync-%2.lock").arg(path()).arg(project));
    if (lock->tryLock()) {
        return std::unique_ptr<SyncLock>(std::move(lock));
    }
    if (lock->error() == QLockFile::LockFailedError) {
        return makeError(ErrorCode::Busy,
            QCoreApplication::translate("Vault",
                "Another publish or pull of this project is running. Nothing was sent or written; try again when "
                "it has finished."));
    }
    return makeError(ErrorCode::Io,
        QCoreApplication::translate("Vault",
            "Cannot create the lock file beside the vault that keeps two publishes of a project apart. Check that "
            "the vault's folder is writable."));
}
