#include "storage/Aead.h"
