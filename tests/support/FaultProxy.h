#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>
#include <random>

class QTcpServer;
class QTcpSocket;

// A small HTTP/1.1 proxy on 127.0.0.1 (a free port) in front of a real botvault-server, for the
// fault tests: it passes requests through byte for byte, records what it saw (method, path,
// Idempotency-Key, whether a token was sent) and, for the requests a test picks, answers 500, 503
// with Retry-After, never answers, cuts the body short, sends malformed JSON, or lets the server
// apply the request and holds its answer back (so the test can kill the server or the client while
// the change is committed but unconfirmed). Plain HTTP only: it parses requests to count them, so it
// cannot stand in front of TLS. Runs in the test's event loop, so a test must wait for clients with
// an event loop, never with a blocking waitFor…().
class FaultProxy : public QObject
{
    Q_OBJECT

public:
    enum class Fault
    {
        None,
        ServerError, // 500 with a JSON error body, nothing forwarded
        ServiceUnavailable, // 503 with Retry-After: 1, nothing forwarded
        NoAnswer, // the request is read and never answered; the connection stays open
        TruncatedBody, // 200 announcing more body than it sends, then the connection closes
        MalformedBody, // 200 with a complete body that is not valid JSON
        HoldAnswer, // forwarded; the server's answer is kept until dropHeld() closes the connection
        // The lost answers: forwarded, and once the server has answered (it has committed the
        // change), the client gets a 500 instead, or its connection is reset.
        ErrorAfterCommit,
        ResetAfterCommit,
        ResetBeforeForward, // the connection is reset as soon as the request arrived; nothing forwarded
        TooManyRequests, // 429 with Retry-After: 1, nothing forwarded
    };

    struct Request
    {
        QByteArray method;
        QByteArray path; // without the query
        QByteArray idempotencyKey;
        bool hadAuthorization = false;
        qint64 receivedMs = 0; // since the proxy started
        Fault fault = Fault::None;
    };

    explicit FaultProxy(QObject* parent = nullptr);
    ~FaultProxy() override;

    // Listens on 127.0.0.1 at a free port and forwards to 127.0.0.1:`targetPort`.
    bool listen(quint16 targetPort);
    void setTargetPort(quint16 port) { m_targetPort = port; }
    quint16 port() const;
    // "http://127.0.0.1:PORT", what a client is configured with.
    QString url() const;

    // Applies `fault` to requests whose path contains `pathPart`: skips the first `skip` of them,
    // then faults `times` of them (every later one when `times` < 0). Replaces an earlier setting
    // and restarts its count.
    void setFault(
        Fault fault, const QByteArray& pathPart = QByteArrayLiteral("/changes"), int skip = 0, int times = -1);
    void clearFault() { setFault(Fault::None); }
    // Random faults for requests whose path contains `pathPart`: each gets one of `faults` with
    // `percent` % probability, drawn from a generator seeded with `seed` (the same seed, the same
    // sequence). Replaces setFault().
    void setRandomFaults(quint32 seed, int percent, const QList<Fault>& faults,
        const QByteArray& pathPart = QByteArrayLiteral("/changes"));
    // How many requests got each fault so far.
    int faultCount(Fault fault) const;
    // Closes the client connections whose answers are held, as a server that died would.
    void dropHeld();

    const QList<Request>& requests() const { return m_requests; }
    QList<Request> requestsTo(const QByteArray& pathPart) const;
    // Every byte the clients sent, to prove what never went through.
    const QByteArray& clientBytes() const { return m_clientBytes; }

Q_SIGNALS:
    // A whole request arrived (index into requests()).
    void requestReceived(int index);
    // The server answered a HoldAnswer request completely: it has committed the change.
    void answerHeld(int index);

private:
    struct Connection;

    void accept();
    void readClient(Connection* connection);
    void handle(Connection* connection, const QByteArray& request, int index, Fault fault);
    // What happens to the server's answer of a forwarded request.
    enum class AnswerPolicy
    {
        Pass,
        Hold,
        ReplaceWithError,
        Reset,
    };
    void forward(Connection* connection, const QByteArray& request, int index, AnswerPolicy policy);
    Fault faultFor(const QByteArray& path);
    void closeConnection(Connection* connection);

    QTcpServer* m_server;
    quint16 m_targetPort = 0;
    QElapsedTimer m_clock;
    QList<Request> m_requests;
    QByteArray m_clientBytes;
    QList<Connection*> m_connections;

    Fault m_fault = Fault::None;
    QByteArray m_faultPath;
    int m_faultSkip = 0;
    int m_faultTimes = -1;
    int m_faultMatches = 0;
    std::optional<std::mt19937> m_random;
    int m_randomPercent = 0;
    QList<Fault> m_randomFaults;
};
