#pragma once

#include "app/cli/ExitCode.h"

#include <QCoreApplication>
#include <QString>

class CliContext;

// The question a command asks before it destroys or overwrites something for good (trash purge,
// secret forget-old, project restore --at): on the terminal, unless --yes answers it. Without a
// terminal and without --yes the command refuses, so a script never hangs on a prompt.
class Confirmation
{
    Q_DECLARE_TR_FUNCTIONS(Confirmation)

public:
    // Ok to go on; otherwise the failure has been reported (Usage without a way to ask, Failure when
    // the answer is no).
    static ExitCode ask(CliContext& cli, const QString& question);
};
