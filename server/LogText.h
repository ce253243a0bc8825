#pragma once

#include <QByteArray>

// Text that goes into the server's log from a request (a path, a method, a login): every byte that
// could end or rewrite a line (C0 controls, DEL, the C1 controls and the Unicode line and paragraph
// separators), a backslash, a space and any byte that is not valid UTF-8 is written as \xNN (\\ for
// the backslash), so one request is always one line with space-separated fields and no request can
// forge another line.
namespace LogText {

QByteArray escape(const QByteArray& text);

} // namespace LogText
