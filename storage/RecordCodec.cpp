#include "storage/RecordCodec.h"
