#pragma once

#include <QString>

// A rough estimate of how hard a master password is to guess, for the live strength bar of the
// create-vault and change-password dialogs. It looks at length, character classes, repeated and
// sequential characters and a small list of the most common passwords; it is a nudge, not a proof.
struct PasswordStrength
{
    static constexpr int kMaxScore = 4;

    // 0 very weak, 1 weak, 2 fair, 3 good, 4 strong.
    int score = 0;
    // One translated line: the verdict and, below "Strong", what would make the password stronger.
    QString hint;
};

PasswordStrength estimatePasswordStrength(const QString& password);
