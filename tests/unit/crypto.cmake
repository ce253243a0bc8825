# crypto tests (Aead, Argon2Kdf, KeyDerivation)
