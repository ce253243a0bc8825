#include "models/NameRules.h"
