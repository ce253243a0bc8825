#pragma once

// The AEAD moved to crypto/ (botvault_crypto); this keeps storage/Vault*.cpp building until they
// include "crypto/Aead.h" themselves.
#include "crypto/Aead.h"
