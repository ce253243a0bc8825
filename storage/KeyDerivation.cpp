#include "storage/KeyDerivation.h"
