#pragma once

#include <QString>

// How hard a master password is to guess, for the live strength bar of the create-vault and
// change-password dialogs: zxcvbn's estimate (dictionaries of common passwords, names and words,
// l33t substitutions, repeats, sequences, keyboard patterns, dates), the estimator KeePassXC uses,
// turned into five levels and one hint. It is a nudge, not a proof.
struct PasswordStrength
{
    static constexpr int kMaxScore = 4;

    // 0 very weak, 1 weak, 2 fair, 3 good, 4 strong.
    int score = 0;
    // One translated line: the verdict and, below "Strong", what would make the password stronger.
    QString hint;
};

PasswordStrength estimatePasswordStrength(const QString& password);
