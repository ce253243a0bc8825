#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

// Asks for the type and name of a new channel of the bound platform project (Channels panel, "New
// channel…"). The test widget is not offered: every project has its one already. Create stays
// disabled until a name is typed.
class AddChannelDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddChannelDialog(QWidget* parent);

    // TELEGRAM, CHAT_WIDGET or CHAT_API.
    QString channelType() const;
    // Trimmed.
    QString channelName() const;

private:
    QComboBox* m_type;
    QLineEdit* m_name;
};
