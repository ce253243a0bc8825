#include "ui/ProjectNameDialog.h"

#include "models/NameRules.h"
#include "ui/FormMessage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ProjectNameDialog::ProjectNameDialog(const QString& title, const QString& label, const QString& current,
    const QStringList& takenNames, Save save, QWidget* parent)
    : QDialog(parent)
    , m_edit(new QLineEdit(current, this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_takenNames(takenNames)
    , m_save(std::move(save))
{
    setObjectName(QStringLiteral("projectNameDialog"));
    setWindowTitle(title);
    auto* prompt = new QLabel(label, this);
    prompt->setBuddy(m_edit);
    m_edit->setObjectName(QStringLiteral("projectNameEdit"));
    m_edit->setAccessibleName(tr("Project name"));
    m_error->setObjectName(QStringLiteral("projectNameErrorLabel"));
    m_error->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("projectNameOkButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    // Wide enough for the whole title in the window's title bar, with room for its buttons.
    const int titleWidth = fontMetrics().horizontalAdvance(title) * 3 / 2 + 160;
    setMinimumWidth(qMax(fontMetrics().averageCharWidth() * 48, titleWidth));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProjectNameDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProjectNameDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &ProjectNameDialog::validate);
    m_edit->selectAll();
    validate();
}

QString ProjectNameDialog::name() const
{
    return m_edit->text();
}

void ProjectNameDialog::validate()
{
    const QString name = m_edit->text();
    QString problem;
    if (const Result<void> valid = NameRules::validateProjectName(name); !valid) {
        // An empty field needs no scolding: OK stays off until something is typed.
        problem = name.isEmpty() ? QString() : valid.message();
    } else if (m_takenNames.contains(name.normalized(QString::NormalizationForm_C))) {
        problem = tr("A project named '%1' already exists.").arg(name);
    }
    showFormMessage(m_error, problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!name.isEmpty() && problem.isEmpty());
}

void ProjectNameDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled()) {
        return;
    }
    if (const Result<void> saved = m_save(m_edit->text()); !saved) {
        showFormMessage(m_error, saved.message());
        m_edit->setFocus();
        return;
    }
    QDialog::accept();
}
