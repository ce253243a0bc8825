#pragma once

#include "models/Ids.h"

#include <QDateTime>
#include <QString>

struct Project
{
    ProjectId id = 0;
    QString name;
    QDateTime created;
    QDateTime updated;
    // The record failed authentication: only the id is known, nothing else is trusted.
    bool damaged = false;
};
