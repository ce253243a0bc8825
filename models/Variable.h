#pragma once

#include "models/Ids.h"

#include <QDateTime>
#include <QString>

struct Variable
{
    RecordId id = 0;
    ProjectId projectId = 0;
    QString name;
    QString value;
    // "Include into project export ZIP file"; off unless the admin asks for it.
    bool includeInExport = false;
    QDateTime updated;
    QString updatedBy;
    // The record failed authentication: only the id is known, nothing else is trusted.
    bool damaged = false;
};
