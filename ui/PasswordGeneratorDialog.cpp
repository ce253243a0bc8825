#include "ui/PasswordGeneratorDialog.h"

#include "ui/FormMessage.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

PasswordGeneratorDialog::PasswordGeneratorDialog(QWidget* parent)
    : QDialog(parent)
    , m_length(new QSpinBox(this))
    , m_lowercase(new QCheckBox(tr("&Lowercase letters (a–z)"), this))
    , m_uppercase(new QCheckBox(tr("&Uppercase letters (A–Z)"), this))
    , m_digits(new QCheckBox(tr("&Digits (0–9)"), this))
    , m_symbols(new QCheckBox(tr("&Symbols (!#$%…, no quotes or spaces)"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("passwordGeneratorDialog"));
    setWindowTitle(tr("Generate a value"));
    setAccessibleName(tr("Generate a value"));
    const PasswordGenerator::Options defaults;
    m_length->setObjectName(QStringLiteral("generatorLengthSpin"));
    m_length->setAccessibleName(tr("Length"));
    m_length->setRange(PasswordGenerator::kMinLength, PasswordGenerator::kMaxLength);
    m_length->setValue(defaults.length);
    m_length->setSuffix(tr(" characters"));
    const struct
    {
        QCheckBox* box;
        const char* objectName;
        bool checked;
    } sets[] = {
        {m_lowercase, "generatorLowercaseCheck", defaults.lowercase},
        {m_uppercase, "generatorUppercaseCheck", defaults.uppercase},
        {m_digits, "generatorDigitsCheck", defaults.digits},
        {m_symbols, "generatorSymbolsCheck", defaults.symbols},
    };
    auto* form = new QFormLayout;
    auto* lengthLabel = new QLabel(tr("Len&gth:"), this);
    lengthLabel->setBuddy(m_length);
    form->addRow(lengthLabel, m_length);
    for (const auto& set : sets) {
        set.box->setObjectName(QLatin1String(set.objectName));
        set.box->setChecked(set.checked);
        form->addRow(QString(), set.box);
        connect(set.box, &QCheckBox::toggled, this, &PasswordGeneratorDialog::updateState);
    }
    m_error->setObjectName(QStringLiteral("generatorErrorLabel"));
    m_error->setWordWrap(true);
    QPushButton* use = m_buttons->addButton(tr("&Use"), QDialogButtonBox::AcceptRole);
    use->setObjectName(QStringLiteral("generatorUseButton"));
    use->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PasswordGeneratorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PasswordGeneratorDialog::reject);
    updateState();
}

PasswordGeneratorDialog::~PasswordGeneratorDialog()
{
    m_value.fill(QLatin1Char(' '));
}

PasswordGenerator::Options PasswordGeneratorDialog::options() const
{
    PasswordGenerator::Options options;
    options.length = m_length->value();
    options.lowercase = m_lowercase->isChecked();
    options.uppercase = m_uppercase->isChecked();
    options.digits = m_digits->isChecked();
    options.symbols = m_symbols->isChecked();
    return options;
}

QString PasswordGeneratorDialog::takeValue()
{
    QString value = m_value;
    m_value.fill(QLatin1Char(' '));
    m_value.clear();
    return value;
}

void PasswordGeneratorDialog::updateState()
{
    const bool anySet = !PasswordGenerator::alphabet(options()).isEmpty();
    showFormMessage(m_error, anySet ? QString() : tr("Choose at least one set of characters."));
    m_buttons->findChild<QPushButton*>(QStringLiteral("generatorUseButton"))->setEnabled(anySet);
}

void PasswordGeneratorDialog::accept()
{
    const Result<QString> generated = PasswordGenerator::generate(options());
    if (!generated) {
        showFormMessage(m_error, generated.message());
        return;
    }
    m_value = generated.value();
    QDialog::accept();
}
