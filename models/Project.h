#pragma once

#include "models/Ids.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

struct Project
{
    ProjectId id = 0;
    QString name;
    QDateTime created;
    QDateTime updated;
    // The folder holding the bot's code in the platform's layout; empty when none is bound.
    QString sourceFolder;
    // Secret names an imported archive listed without values, so the page can ask for them.
    QStringList declaredSecrets;
    // The platform project this one publishes to: its base URL and id; 0 when unbound. The API token
    // of the binding is a separate vault record and is never part of a Project.
    QString remoteUrl;
    qint64 remoteProjectId = 0;
    // The record failed authentication: only the id is known, nothing else is trusted.
    bool damaged = false;
};
