#pragma once

#include <QString>

#include <memory>

// The platform the screenshots of docs/USER_GUIDE.md talk to: an in-process reference server
// (botvault_server) on 127.0.0.1 with the admin ann (SYSTEM_ADMIN, DEVELOPER), the developer bob and
// one project with its test widget, and the botvault-server binary as its bot runtime, so that
// deploys and the test widget run for real. The server's headers declare their own ItemKind, which
// clashes with models/Ids.h, so they stay in DemoPlatform.cpp and main.cpp sees only this.
class DemoPlatform
{
public:
    DemoPlatform();
    ~DemoPlatform();

    // The store lives in `folder`; `runtimeProgram` is the botvault-server binary. Listens on
    // `preferredPort` so that the address in the images stays the same from run to run, or on any
    // free port when that one is taken. Returns an error text, empty on success.
    QString start(const QString& folder, const QString& runtimeProgram, quint16 preferredPort);
    QString url() const { return m_url; }
    QString adminToken() const { return m_adminToken; }
    qint64 projectId() const { return m_projectId; }

    // Writes straight to the store, as another admin would through the API.
    qint64 addChannel(const QString& type, const QString& name);
    bool putVariable(const QString& name, const QString& value, const QString& updatedBy);

private:
    struct Private;
    std::unique_ptr<Private> d;
    QString m_url;
    QString m_adminToken;
    qint64 m_projectId = 0;
};
