#include "storage/Vault.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <map>
#include <mutex>
#include <string>
#include <thread>

#include <poll.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

using TestSupport::fastKdfParams;
using TestSupport::secret;
using TestSupport::secure;

namespace {

using FileStatus = struct stat;

// Watches one folder with inotify from its own thread and stats every new entry the moment its
// IN_CREATE arrives; it also notes which entries had their attributes changed (IN_ATTRIB: chmod,
// chown) after they were created. A file created 0644 and chmod-ed to 0600 right after shows
// either its wide first mode or the IN_ATTRIB of the chmod; neither happens to a file created 0600.
class CreationWatcher
{
public:
    explicit CreationWatcher(const QString& folder) : m_folder(QFile::encodeName(folder).toStdString())
    {
        m_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        m_watch = m_fd >= 0 ? inotify_add_watch(m_fd, m_folder.c_str(), IN_CREATE | IN_ATTRIB) : -1;
        m_thread = std::thread([this] { run(); });
    }

    ~CreationWatcher()
    {
        stop();
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }

    bool isValid() const { return m_watch >= 0; }

    // Drains the events still queued and stops the thread.
    void stop()
    {
        if (m_thread.joinable()) {
            m_stop = true;
            m_thread.join();
        }
    }

    // The mode (permission bits) each entry had when its creation was seen; -1 when it was gone.
    std::map<std::string, int> createdModes() const
    {
        std::lock_guard lock(m_mutex);
        return m_createdModes;
    }
    std::map<std::string, int> attributeChanges() const
    {
        std::lock_guard lock(m_mutex);
        return m_attributeChanges;
    }

private:
    void run()
    {
        alignas(inotify_event) char buffer[64 * 1024];
        for (;;) {
            pollfd poller {m_fd, POLLIN, 0};
            const bool stopping = m_stop;
            if (::poll(&poller, 1, stopping ? 0 : 5) <= 0) {
                if (stopping) {
                    return;
                }
                continue;
            }
            const ssize_t length = ::read(m_fd, buffer, sizeof buffer);
            for (ssize_t offset = 0; offset < length;) {
                const auto* event = reinterpret_cast<const inotify_event*>(buffer + offset);
                offset += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
                if (event->len == 0) {
                    continue;
                }
                const std::string name(event->name);
                if (event->mask & IN_CREATE) {
                    FileStatus status {};
                    const std::string path = m_folder + '/' + name;
                    const int mode = ::lstat(path.c_str(), &status) == 0 ? int(status.st_mode & 07777) : -1;
                    std::lock_guard lock(m_mutex);
                    m_createdModes.emplace(name, mode);
                }
                if (event->mask & IN_ATTRIB) {
                    std::lock_guard lock(m_mutex);
                    ++m_attributeChanges[name];
                }
            }
        }
    }

    std::string m_folder;
    int m_fd = -1;
    int m_watch = -1;
    std::atomic<bool> m_stop {false};
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::map<std::string, int> m_createdModes;
    std::map<std::string, int> m_attributeChanges;
};

int modeOf(const QString& path)
{
    FileStatus status {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_mode & 07777) : -1;
}

// The process umask for one test: the default of most desktops, which leaves files 0644.
class ScopedUmask
{
public:
    explicit ScopedUmask(mode_t mask) : m_previous(::umask(mask)) { }
    ~ScopedUmask() { ::umask(m_previous); }

private:
    mode_t m_previous;
};

} // namespace

// The vault, its -wal and -shm and its folder belong to the owner alone from the system call that
// creates them (mkdir 0700, open 0600), never created wider and tightened afterwards: whoever opened
// the file in between would keep reading it through the open descriptor.
class TestVaultFileModes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folderIsCreatedOwnerOnly();
    void vaultWalAndShmAreCreatedOwnerOnly();
};

void TestVaultFileModes::folderIsCreatedOwnerOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ScopedUmask umask022(022);
    CreationWatcher watcher(dir.path());
    QVERIFY(watcher.isValid());
    QVERIFY(Vault::create(dir.filePath(QStringLiteral("botvault/vault.db")), secret("pw"), fastKdfParams()).ok());
    watcher.stop();

    const auto created = watcher.createdModes();
    QVERIFY(created.count("botvault") == 1);
    QCOMPARE(created.at("botvault"), 0700);
    QCOMPARE(int(watcher.attributeChanges().count("botvault")), 0);
    QCOMPARE(modeOf(dir.filePath(QStringLiteral("botvault"))), 0700);
    QCOMPARE(modeOf(dir.filePath(QStringLiteral("botvault/vault.db"))), 0600);
}

void TestVaultFileModes::vaultWalAndShmAreCreatedOwnerOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ScopedUmask umask022(022);
    const QString path = dir.filePath(QStringLiteral("vault.db"));
    CreationWatcher watcher(dir.path());
    QVERIFY(watcher.isValid());
    QVERIFY(Vault::create(path, secret("pw"), fastKdfParams()).ok());
    Vault vault;
    QVERIFY(vault.unlock(path, secret("pw")).ok());
    QVERIFY(vault.addProject(QStringLiteral("Shop bot")).ok());
    // While the vault is open, its -wal and -shm exist.
    for (const char* suffix : {"", "-wal", "-shm"}) {
        QCOMPARE(modeOf(path + QLatin1String(suffix)), 0600);
    }
    watcher.stop();

    const auto created = watcher.createdModes();
    for (const char* name : {"vault.db", "vault.db-wal", "vault.db-shm"}) {
        QVERIFY2(created.count(name) == 1, name);
        // -1: removed before it could be looked at (SQLite removes -wal and -shm on close).
        QVERIFY2(created.at(name) == 0600 || created.at(name) == -1, name);
    }
    QCOMPARE(created.at("vault.db"), 0600);
    // The vault file's mode was never changed after its creation. (SQLite running as root chowns
    // -wal and -shm to the database's owner, which also counts as an attribute change: those two
    // rely on their modes at creation above.)
    QCOMPARE(int(watcher.attributeChanges().count("vault.db")), 0);
}

BOTVAULT_TEST_MAIN(TestVaultFileModes)
#include "TestVaultFileModes.moc"
