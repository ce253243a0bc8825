#include "ui/PasswordStrengthView.h"

#include "models/PasswordStrength.h"
#include "ui/MessageBox.h"
#include "ui/PasswordField.h"

#include <QCoreApplication>

#include <QLabel>
#include <QProgressBar>

namespace {

// Red to green along the strength bar, readable on light and dark palettes alike.
QColor strengthColour(int score)
{
    switch (score) {
    case 0:
        return QColor(0xc6, 0x28, 0x28);
    case 1:
        return QColor(0xe6, 0x6a, 0x00);
    case 2:
        return QColor(0xd4, 0xa0, 0x00);
    case 3:
        return QColor(0x7c, 0xb3, 0x42);
    default:
        return QColor(0x2e, 0x8b, 0x3e);
    }
}

} // namespace

namespace PasswordStrengthView {

void setUp(QProgressBar* bar)
{
    bar->setMaximum(PasswordStrength::kMaxScore + 1);
    bar->setMaximumHeight(bar->fontMetrics().height() / 2 + 4);
}

void show(const PasswordField& field, QProgressBar* bar, QLabel* label)
{
    if (field.isEmpty()) {
        bar->setValue(0);
        label->clear();
        label->hide();
        bar->setAccessibleDescription({});
        return;
    }
    const PasswordStrength strength = field.strength();
    bar->setValue(strength.score + 1);
    QPalette palette = bar->palette();
    palette.setColor(QPalette::Highlight, strengthColour(strength.score));
    bar->setPalette(palette);
    label->setText(strength.hint);
    label->show();
    bar->setAccessibleDescription(strength.hint);
}

bool confirmWeakPassword(QWidget* parent, const PasswordStrength& strength)
{
    if (strength.score > kWeakScore) {
        return true;
    }
    const auto answer
        = MessageBox::question(parent, QCoreApplication::translate("PasswordStrengthView", "Weak master password"),
            QCoreApplication::translate("PasswordStrengthView",
                "Use this weak password?\n\n%1\n\nAnyone who gets a copy of the vault file can try to guess it, and a "
                "weak password is guessed quickly.")
                .arg(strength.hint),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    return answer == QMessageBox::Yes;
}

} // namespace PasswordStrengthView
