#include "app/cli/Terminal.h"
