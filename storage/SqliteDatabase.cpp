#include "storage/SqliteDatabase.h"
