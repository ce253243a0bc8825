#include "server/HttpFront.h"

#include "server/HttpConnection.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>

namespace {

// Hands each accepted socket straight to HttpFront, before Qt's pending-connection queue.
class Listener : public QTcpServer
{
public:
    Listener(std::function<void(qintptr)> accept, QObject* parent) : QTcpServer(parent), m_accept(std::move(accept)) { }

protected:
    void incomingConnection(qintptr socketDescriptor) override { m_accept(socketDescriptor); }

private:
    std::function<void(qintptr)> m_accept;
};

} // namespace

HttpFront::HttpFront(Admit admit, Handle handle, Finish finish, QObject* parent)
    : QObject(parent), m_callbacks {std::move(admit), std::move(handle), std::move(finish)}
{
}

HttpFront::~HttpFront()
{
    // The connections are children; each is counted down as it goes.
    qDeleteAll(findChildren<HttpConnection*>(Qt::FindDirectChildrenOnly));
}

Result<quint16> HttpFront::listen(
    const QHostAddress& address, quint16 port, const QList<QSslCertificate>& chain, const QSslKey& key)
{
    m_chain = chain;
    m_key = key;
    delete m_listener;
    m_listener = new Listener([this](qintptr descriptor) { accept(descriptor); }, this);
    if (!m_listener->listen(address, port)) {
        return makeError(ErrorCode::Io,
            QStringLiteral("Could not listen on %1 port %2 (%3). Is another server using it?")
                .arg(address.toString())
                .arg(port)
                .arg(m_listener->errorString()));
    }
    return m_listener->serverPort();
}

void HttpFront::accept(qintptr socketDescriptor)
{
    QTcpSocket* socket = nullptr;
    if (m_chain.isEmpty()) {
        socket = new QTcpSocket;
    } else {
        auto* tls = new QSslSocket;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        // The whole chain: clients that trust only the root need the intermediates too.
        configuration.setLocalCertificateChain(m_chain);
        configuration.setPrivateKey(m_key);
        configuration.setProtocol(QSsl::TlsV1_2OrLater);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        tls->setSslConfiguration(configuration);
        socket = tls;
    }
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    if (m_connections >= kMaxConnections) {
        // Over the cap, a connection is closed before it costs anything.
        socket->abort();
        delete socket;
        return;
    }
    ++m_connections;
    auto* connection = new HttpConnection(m_callbacks, socket, this);
    connect(connection, &QObject::destroyed, this, [this] { --m_connections; });
    if (auto* tls = qobject_cast<QSslSocket*>(socket)) {
        tls->startServerEncryption();
    }
}
