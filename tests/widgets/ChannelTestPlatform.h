#pragma once

#include <QString>

#include <memory>

// An in-process reference platform server for the Channels tests: like SyncTestPlatform (an admin
// ann, a developer dev, a viewer vic and one project with its test widget), plus the bot runtime
// child (botvault-server bot-runtime) so that deploys and the test widget run real bot code.
// The server's headers declare their own ItemKind, so they stay in ChannelTestPlatform.cpp.
class ChannelTestPlatform
{
public:
    ChannelTestPlatform();
    ~ChannelTestPlatform();

    // The store lives in `folder`; `runtimeProgram` is the botvault-server binary. Returns an error
    // text, empty on success.
    QString start(const QString& folder, const QString& runtimeProgram);
    QString url() const { return m_url; }
    QString adminToken() const { return m_adminToken; }
    QString developerToken() const { return m_developerToken; }
    QString viewerToken() const { return m_viewerToken; }
    qint64 projectId() const { return m_projectId; }

    // Sets a secret straight in the store, as a secrets admin would through the API.
    bool putSecret(const QString& name, const QString& value);
    // Adds a channel straight to the store, as another client would through the API; 0 on failure.
    qint64 addChannel(const QString& type, const QString& name);

private:
    struct Private;
    std::unique_ptr<Private> d;
    QString m_url;
    QString m_adminToken;
    QString m_developerToken;
    QString m_viewerToken;
    qint64 m_projectId = 0;
};
