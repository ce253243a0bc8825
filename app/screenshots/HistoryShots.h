#pragma once

#include "models/Ids.h"

class MainWindow;
class Vault;

namespace Screenshots {

class Shooter;

// 21–24: File → Audit log… filtered to one project, the History of a variable with its diff,
// Recently deleted, and Show project at…. Makes the changes it shows first (bob edits GREETING and
// deletes SMTP_PASSWORD in the `shop` project).
void shootHistory(MainWindow& window, Vault& vault, Shooter& shooter, ProjectId shop);

} // namespace Screenshots
