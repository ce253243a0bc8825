#include "app/cli/CliApplication.h"
