#pragma once

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

// An in-process reference platform server (botvault_server) on 127.0.0.1 at a free port, with an
// admin (ann: SYSTEM_ADMIN, DEVELOPER), a developer (dev) and one project. The server's headers
// declare their own ItemKind, so they stay in SyncTestPlatform.cpp and tests see only this.
class SyncTestPlatform
{
public:
    SyncTestPlatform();
    ~SyncTestPlatform();

    // The store lives in `folder`. Returns an error text, empty on success.
    QString start(const QString& folder);
    QString url() const { return m_url; }
    QString adminToken() const { return m_adminToken; }
    QString developerToken() const { return m_developerToken; }
    qint64 projectId() const { return m_projectId; }

    // Reads and writes the store directly, as another client would through the API.
    std::optional<QString> variableValue(const QString& name) const;
    std::optional<QString> secretValue(const QString& name) const;
    // When the platform last wrote the variable, as its item JSON's `updatedAt` says.
    std::optional<QDateTime> variableUpdatedAt(const QString& name) const;
    int variableCount() const;
    bool putVariable(const QString& name, const QString& value, const QString& updatedBy);

private:
    struct Private;
    std::unique_ptr<Private> d;
    QString m_url;
    QString m_adminToken;
    QString m_developerToken;
    qint64 m_projectId = 0;
};
