#pragma once

#include "models/Ids.h"
#include "models/RotationPolicy.h"

#include <QDateTime>
#include <QString>

// What the vault tells about a secret without its value: values are write-only and are read only by
// the code that must use them (running a bot, publishing), never by the UI.
struct SecretSummary
{
    RecordId id = 0;
    ProjectId projectId = 0;
    QString name;
    QDateTime updated;
    QString updatedBy;
    // When the value was last replaced (a secret from before rotation existed: its updated time).
    QDateTime rotatedAt;
    RotationPolicy rotation;
    // The record failed authentication: only the id is known, nothing else is trusted.
    bool damaged = false;
};
