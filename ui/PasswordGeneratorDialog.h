#pragma once

#include "models/PasswordGenerator.h"

#include <QDialog>
#include <QString>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

// Chooses how a new token or password is generated (length, character sets) for the Add/Edit
// secret dialog. "Use" draws it (PasswordGenerator, cryptographically random) and closes; the value
// is not shown here: it goes into the masked value field, where the eye button shows it.
class PasswordGeneratorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PasswordGeneratorDialog(QWidget* parent = nullptr);
    ~PasswordGeneratorDialog() override;

    PasswordGenerator::Options options() const;
    // The value drawn when "Use" was clicked; takeValue() hands it over and forgets it.
    QString takeValue();

    QSpinBox* lengthSpin() const { return m_length; }

    void accept() override;

private:
    void updateState();

    QSpinBox* m_length;
    QCheckBox* m_lowercase;
    QCheckBox* m_uppercase;
    QCheckBox* m_digits;
    QCheckBox* m_symbols;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QString m_value;
};
