#pragma once

#include "models/Result.h"
#include "server/HttpExchange.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>

#include <functional>
#include <optional>

class QTcpServer;

// The HTTP/1.1 side of botvault-server, in front of ApiServer: it accepts the connections (plain, or
// TLS with the whole certificate chain), reads each request head with HttpHeadParser, asks `admit`
// (token and size, docs/API.md's 401 → 413) before it reads a single body byte, then reads the body
// (Content-Length or chunked, never past the admitted limit) and hands the request to `handle`.
// Qt HTTP Server 6.4 was replaced by this because it buffers a whole body before any handler sees
// the request (docs/SERVER.md "The HTTP front").
class HttpFront : public QObject
{
    Q_OBJECT

public:
    using Admission = HttpAdmission;
    using Admit = HttpCallbacks::Admit;
    using Handle = HttpCallbacks::Handle;
    using Finish = HttpCallbacks::Finish;

    static constexpr int kMaxConnections = 256;

    HttpFront(Admit admit, Handle handle, Finish finish, QObject* parent = nullptr);
    ~HttpFront() override;

    // TLS when `chain` is not empty: chain.first() is the leaf, the rest is sent with it.
    Result<quint16> listen(
        const QHostAddress& address, quint16 port, const QList<QSslCertificate>& chain = {}, const QSslKey& key = {});

private:
    void accept(qintptr socketDescriptor);

    HttpCallbacks m_callbacks;
    QList<QSslCertificate> m_chain;
    QSslKey m_key;
    QTcpServer* m_listener = nullptr;
    int m_connections = 0;
};
