#include "storage/Argon2Kdf.h"
