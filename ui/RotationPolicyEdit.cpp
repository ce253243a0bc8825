#include "ui/RotationPolicyEdit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QSpinBox>

#include <algorithm>

namespace {

// What a new rule starts with: a quarter, the period most key policies ask for.
constexpr int kDefaultDays = 90;

} // namespace

RotationPolicyEdit::RotationPolicyEdit(QWidget* parent)
    : QWidget(parent), m_kind(new QComboBox(this)), m_days(new QSpinBox(this)), m_date(new QDateEdit(this))
{
    m_kind->setObjectName(QStringLiteral("rotationKindCombo"));
    m_kind->setAccessibleName(tr("Rotation rule"));
    m_kind->addItem(tr("No rotation"));
    m_kind->addItem(tr("Rotate every"));
    m_kind->addItem(tr("Expires on"));

    m_days->setObjectName(QStringLiteral("rotationDaysSpin"));
    m_days->setAccessibleName(tr("Rotation period in days"));
    m_days->setRange(1, RotationRules::kMaxPeriodDays);
    m_days->setValue(kDefaultDays);
    m_days->setSuffix(tr(" days"));

    const QDate today = QDate::currentDate();
    m_date->setObjectName(QStringLiteral("rotationDateEdit"));
    m_date->setAccessibleName(tr("Expiry date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMinimumDate(today.addDays(1));
    m_date->setDate(today.addDays(kDefaultDays));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kind);
    layout->addWidget(m_days);
    layout->addWidget(m_date);
    layout->addStretch(1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateFields();
        Q_EMIT changed();
    });
    connect(m_days, &QSpinBox::valueChanged, this, &RotationPolicyEdit::changed);
    connect(m_date, &QDateEdit::dateChanged, this, &RotationPolicyEdit::changed);
    updateFields();
}

RotationPolicy RotationPolicyEdit::policy() const
{
    RotationPolicy policy;
    if (m_kind->currentIndex() == EveryDays) {
        policy.periodDays = m_days->value();
    } else if (m_kind->currentIndex() == ExpiresOn) {
        policy.expiresOn = m_date->date();
    }
    return policy;
}

void RotationPolicyEdit::setPolicy(const RotationPolicy& policy)
{
    if (policy.expiresOn.isValid()) {
        // A stored date may have passed since: shown as it is, so the dialog can say so.
        m_date->setMinimumDate(std::min(policy.expiresOn, m_date->minimumDate()));
        m_date->setDate(policy.expiresOn);
        m_kind->setCurrentIndex(ExpiresOn);
    } else if (policy.periodDays > 0) {
        m_days->setValue(policy.periodDays);
        m_kind->setCurrentIndex(EveryDays);
    } else {
        m_kind->setCurrentIndex(NoRotation);
    }
    updateFields();
}

void RotationPolicyEdit::updateFields()
{
    m_days->setVisible(m_kind->currentIndex() == EveryDays);
    m_date->setVisible(m_kind->currentIndex() == ExpiresOn);
}
