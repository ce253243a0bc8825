#include "ui/VariableDialog.h"
#include "ui_VariableDialog.h"

#include "models/ProjectStore.h"
#include "models/Variable.h"
#include "ui/FormMessage.h"
#include "ui/NameCheck.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QPushButton>

VariableDialog::VariableDialog(ProjectStore* store, ProjectId project, QStringList existingNames, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::VariableDialog>())
    , m_store(store)
    , m_project(project)
    , m_nameCheck(std::move(existingNames),
          [](const QString& name) { return tr("A variable named '%1' already exists in this project.").arg(name); })
{
    m_ui->setupUi(this);
    new WindowHeightFitter(this, false);

    // Values are often URLs, JSON or keys, where a fixed-width font makes mistakes visible.
    m_ui->variableValueEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const int lineHeight = m_ui->variableValueEdit->fontMetrics().lineSpacing();
    m_ui->variableValueEdit->setMinimumHeight(lineHeight * 5);
    m_ui->variableValueEdit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_ui->variableValueEdit->installEventFilter(this);
    m_ui->includeInExportCheckBox->setToolTip(
        tr("An exported project ZIP file carries this variable's name and value."));
    showFormMessage(m_ui->variableNameMessage, {});
    showFormMessage(m_ui->variableValueMessage, {});
    showFormMessage(m_ui->variableDialogError, {});

    m_saveButton = m_ui->buttonBox->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveVariableButton"));
    m_saveButton->setAccessibleName(tr("Add variable"));
    m_saveButton->setDefault(true);
    QPushButton* cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelVariableButton"));
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setAutoDefault(false);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &VariableDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &VariableDialog::reject);
    connect(m_ui->variableNameEdit, &QLineEdit::textEdited, this, [this] {
        m_nameCheck.setEdited();
        m_storeError.clear();
        updateState();
    });
    connect(m_ui->variableNameEdit, &QLineEdit::textChanged, this, &VariableDialog::updateState);
    connect(m_ui->variableValueEdit, &QPlainTextEdit::textChanged, this, [this] {
        m_storeError.clear();
        updateState();
    });
    connect(m_ui->includeInExportCheckBox, &QCheckBox::toggled, this, [this] {
        m_storeError.clear();
        updateState();
    });

    updateState();
}

VariableDialog::~VariableDialog() = default;

void VariableDialog::setEditing(const Variable& variable)
{
    m_editing = true;
    m_currentName = variable.name;
    m_nameCheck.setCurrentName(variable.name);
    m_currentValue = variable.value;
    m_currentIncludeInExport = variable.includeInExport;
    m_seen = ProjectStore::SeenItem {variable.id, variable.updated};
    setWindowTitle(tr("Edit variable"));
    setAccessibleName(tr("Edit variable"));
    m_ui->variableNameEdit->setText(variable.name);
    m_ui->variableValueEdit->setPlainText(variable.value);
    m_ui->includeInExportCheckBox->setChecked(variable.includeInExport);
    m_saveButton->setText(tr("&Save"));
    m_saveButton->setAccessibleName(tr("Save variable"));
    updateState();
}

void VariableDialog::setNewName(const QString& name)
{
    m_ui->variableNameEdit->setText(name);
}

void VariableDialog::focusValue()
{
    m_ui->variableValueEdit->setFocus(Qt::OtherFocusReason);
}

bool VariableDialog::isEditing() const
{
    return m_editing;
}

QString VariableDialog::name() const
{
    return m_ui->variableNameEdit->text();
}

QString VariableDialog::savedWarning() const
{
    return m_savedWarning;
}

bool VariableDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Return makes a new line in the value, so Ctrl+Return saves from there.
    if (watched == m_ui->variableValueEdit && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && key->modifiers().testFlag(Qt::ControlModifier)) {
            save();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void VariableDialog::updateState()
{
    const QString name = m_ui->variableNameEdit->text();
    const bool nameValid = m_nameCheck.check(name, m_ui->variableNameMessage, !m_storeError.isEmpty());

    const QString value = m_ui->variableValueEdit->toPlainText();
    const qsizetype valueSize = value.toUtf8().size();
    const bool valueTooLarge = valueSize > kMaxValueBytes;
    showFormMessage(m_ui->variableValueMessage,
        valueTooLarge
            ? tr("The value is %1 bytes long; the limit is %2 bytes (64 KiB).").arg(valueSize).arg(kMaxValueBytes)
            : QString());

    bool changed = true;
    if (m_editing) {
        changed = name != m_currentName || value != m_currentValue
            || m_ui->includeInExportCheckBox->isChecked() != m_currentIncludeInExport;
    }
    m_saveButton->setEnabled(m_store && nameValid && !valueTooLarge && changed);
    showFormMessage(m_ui->variableDialogError, m_store ? m_storeError : tr("The vault is not open."));
    fitWindowHeight(this, false);
}

void VariableDialog::save()
{
    if (!m_saveButton->isEnabled() || !m_store) {
        return;
    }
    const QString newName = name();
    const QString value = m_ui->variableValueEdit->toPlainText();
    const bool includeInExport = m_ui->includeInExportCheckBox->isChecked();
    auto outcome = m_editing
        ? m_store->editVariable(m_project, m_currentName, newName, value, includeInExport, m_seen)
        : m_store->setVariable(m_project, newName, value, includeInExport, ProjectStore::WriteMode::CreateOnly);
    if (!outcome) {
        if (outcome.code() == ErrorCode::AlreadyExists) {
            // Added elsewhere since the dialog opened.
            m_nameCheck.addExisting(newName);
        }
        m_storeError = outcome.message();
        updateState();
        return;
    }
    m_savedWarning = outcome->warning;
    accept();
}
