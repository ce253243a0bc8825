#pragma once

struct PasswordStrength;
class PasswordField;
class QLabel;
class QProgressBar;
class QWidget;

// The live strength bar under a new master password (Create vault, Change master password): the
// bar's length and colour follow the estimate, the label says the verdict and what would help.
namespace PasswordStrengthView {

// The bar's "Very weak" and "Weak" levels: such a new master password is used only once confirmed.
constexpr int kWeakScore = 1;

// Sizes and scales the bar; call once.
void setUp(QProgressBar* bar);
// Shows the strength of what `field` holds (nothing while it is empty). Never shows the password.
void show(const PasswordField& field, QProgressBar* bar, QLabel* label);

// Asks "Use this weak password?" (default No) when `strength` is at or below kWeakScore; returns
// whether to go on.
bool confirmWeakPassword(QWidget* parent, const PasswordStrength& strength);

} // namespace PasswordStrengthView
