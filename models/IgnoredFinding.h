#pragma once

#include <QDateTime>
#include <QString>

// A finding of the credential scan the admin declared is not a credential to move, with why. The
// vault keeps it sealed per project under the finding's id (a keyed MAC of its file, kind and
// value: see VaultSession::findingIdentifier), never the value itself.
struct IgnoredFinding
{
    QString findingId;
    QString reason;
    // Where the finding was when it was ignored ("src/main.js:12"), to list it once it moved.
    QString place;
    QDateTime created;
    QString createdBy;
};
