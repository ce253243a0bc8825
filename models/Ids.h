#pragma once

#include <QtGlobal>

using ProjectId = qint64;
using RecordId = qint64;

// Stored in the vault and mixed into key derivation and blind indexes: never renumber.
enum class ItemKind : quint8
{
    Secret = 1,
    Variable = 2,
};
