#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

// The reference server's library (ServerStore + ApiServer) in this process, on 127.0.0.1 at a
// random port, for TestSyncEngine. A separate translation unit because the server's records
// declare their own ItemKind, which cannot meet the vault's models/Ids.h in one file; so this
// header names items by kind text ("secret", "variable") and includes neither.
class SyncEngineServer
{
public:
    // One item as the server's store holds it; `value` is a secret's plaintext too (read from the
    // store directly, never over the API).
    struct Item
    {
        bool exists = false;
        QString value;
        bool includeInExport = false;
        qint64 revision = 0;
        QString updatedBy;
    };

    SyncEngineServer();
    ~SyncEngineServer();

    // Opens the store in `folder` and listens; an error text on failure.
    QString start(const QString& folder);
    QString url() const { return m_url; }
    // A user with the given roles; returns the token (empty on failure).
    QByteArray addUser(const QString& login, const QStringList& roles);
    // A new remote project; 0 on failure.
    qint64 addProject();

    Item item(qint64 project, bool secret, const QString& name) const;
    // Another client's write of a variable, made straight in the store (no HTTP, so a test can make
    // it from inside a slot of a running publish): the project revision moves as for a PUT.
    bool writeVariable(qint64 project, const QString& name, const QString& value);
    int variableCount(qint64 project) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
    QString m_url;
};
