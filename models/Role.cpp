#include "models/Role.h"
