# models tests (NameRules, roles)
