#pragma once

#include "models/RotationPolicy.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QSpinBox;

// The rotation rule of a secret as the dialogs edit it: none, every N days, or an expiry date. The
// date field offers only days after today; the store checks the rule again when it is saved.
class RotationPolicyEdit : public QWidget
{
    Q_OBJECT

public:
    explicit RotationPolicyEdit(QWidget* parent = nullptr);

    RotationPolicy policy() const;
    void setPolicy(const RotationPolicy& policy);
    QComboBox* kindCombo() const { return m_kind; }
    QSpinBox* daysSpin() const { return m_days; }
    QDateEdit* dateEdit() const { return m_date; }

Q_SIGNALS:
    void changed();

private:
    enum Kind
    {
        NoRotation,
        EveryDays,
        ExpiresOn
    };

    void updateFields();

    QComboBox* m_kind;
    QSpinBox* m_days;
    QDateEdit* m_date;
};
