#include "storage/Vault.h"
