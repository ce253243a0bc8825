#include "models/AccessPolicy.h"
