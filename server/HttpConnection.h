#pragma once

#include "server/ChunkedBodyReader.h"
#include "server/HttpExchange.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <optional>

class QTcpSocket;

// One client connection of HttpFront: reads a head, has it admitted, reads the body, hands the
// request on and writes the answer, one request at a time (pipelined requests wait in the socket).
// It never holds more than one head (16 KiB), the socket's read buffer and one admitted body.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    // `callbacks` belong to the parent (HttpFront), which outlives its connections.
    HttpConnection(const HttpCallbacks& callbacks, QTcpSocket* socket, QObject* parent);
    ~HttpConnection() override;

    // The answer to the current request (HttpResponder::send).
    void respond(const ApiResponse& response);
    // False from the moment the connection closes (its deletion follows on the event loop).
    bool isOpen() const { return m_state != State::Closed; }

private:
    enum class State
    {
        Head,
        Body,
        Handling, // the handler has the request
        Lingering, // refused: dropping what still arrives, then closing
        Closed,
    };

    void processInput();
    void readHead();
    void readBody();
    void bodyComplete();
    // Sends an error the front produced and closes the connection after it.
    void refuse(ApiResponse error);
    void write(const ApiResponse& response, bool close);
    void onBytesWritten();
    void onTimeout();
    void close();
    void armTimer(int milliseconds);

    const HttpCallbacks& m_callbacks;
    QTcpSocket* m_socket;
    State m_state = State::Head;
    QByteArray m_buffer; // read ahead, at most one head
    HttpRequest m_request;
    qint64 m_bodyLimit = 0;
    std::optional<ChunkedBodyReader> m_chunked;
    bool m_closeAfterWrite = false;
    bool m_processing = false;
    QTimer m_timer;
};
