#include "storage/VaultSchema.h"
