#include "ui/AddChannelDialog.h"

#include "ui/ChannelsPanel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

constexpr int kMaxChannelNameLength = 128;

} // namespace

AddChannelDialog::AddChannelDialog(QWidget* parent)
    : QDialog(parent), m_type(new QComboBox(this)), m_name(new QLineEdit(this))
{
    setObjectName(QStringLiteral("newChannelDialog"));
    setWindowTitle(tr("New channel"));
    setAccessibleName(tr("New channel"));
    m_type->setObjectName(QStringLiteral("channelTypeCombo"));
    m_type->setAccessibleName(tr("Channel type"));
    for (const QString& value :
        {QStringLiteral("TELEGRAM"), QStringLiteral("CHAT_WIDGET"), QStringLiteral("CHAT_API")}) {
        m_type->addItem(ChannelsPanel::typeLabel(value), value);
    }
    m_name->setObjectName(QStringLiteral("channelNameEdit"));
    m_name->setAccessibleName(tr("Channel name"));
    m_name->setMaxLength(kMaxChannelNameLength);
    m_name->setPlaceholderText(tr("Support bot"));
    auto* hint
        = new QLabel(tr("The channel starts without a deploy: deploy it to give it the project's variables."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("C&reate"));
    ok->setObjectName(QStringLiteral("createChannelButton"));
    ok->setEnabled(false);
    auto* form = new QFormLayout;
    auto* typeLabel = new QLabel(tr("&Type:"), this);
    typeLabel->setBuddy(m_type);
    auto* nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(typeLabel, m_type);
    form->addRow(nameLabel, m_name);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    setMinimumWidth(380);
    connect(
        m_name, &QLineEdit::textChanged, ok, [ok](const QString& text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString AddChannelDialog::channelType() const
{
    return m_type->currentData().toString();
}

QString AddChannelDialog::channelName() const
{
    return m_name->text().trimmed();
}
