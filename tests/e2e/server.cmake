# The reference server end to end: the real botvault-server binary on 127.0.0.1 with a random port
# and a temporary database, driven over HTTP(S) with QNetworkAccessManager.
botvault_add_test(TestServer SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestServer.cpp LIBS Qt6::Network LABELS e2e
    TIMEOUT 300)
add_dependencies(TestServer botvault-server)
# The server's AES-256-GCM wrapper (OpenSSL) on its own: tampering, binding, the key file.
botvault_add_test(TestServerCipher SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestServerCipher.cpp LIBS botvault_server
    LABELS unit)
# The server's HTTP front under hostile clients over raw sockets: bodies refused before they are
# read (with the memory bound), strict framing, the Bearer form, log lines, token revocation and
# expiry, and the certificate chain.
botvault_add_test(TestServerFront SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/TestServerFront.cpp
    LIBS Qt6::Network Qt6::Sql LABELS e2e TIMEOUT 300)
add_dependencies(TestServerFront botvault-server)
