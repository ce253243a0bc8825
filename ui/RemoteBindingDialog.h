#pragma once

#include "models/Ids.h"
#include "sync/SyncEngine.h"

#include <QDialog>
#include <QPointer>

class PasswordField;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class VaultSession;

// Binds a project to a platform project: the platform's address, the remote project's id and an
// API token. "Check connection" asks the platform who the token belongs to (GET /me) before
// anything is saved; OK checks again and then stores the binding, the token encrypted in the vault
// (never in the settings). When the project is bound already, the token field starts empty and an
// empty field keeps the stored token. The token never appears in a message.
class RemoteBindingDialog : public QDialog
{
    Q_OBJECT

public:
    RemoteBindingDialog(VaultSession* vault, SyncEngine* engine, ProjectId project, const QString& projectName,
        QWidget* parent = nullptr);
    ~RemoteBindingDialog() override;

    QLineEdit* urlEdit() const { return m_url; }
    QDoubleSpinBox* remoteProjectEdit() const { return m_remoteProject; }
    PasswordField* tokenField() const { return m_token; }
    QPushButton* checkButton() const { return m_check; }
    QLabel* statusLabel() const { return m_status; }
    bool isEditing() const { return m_editing; }
    // The identity the last successful check returned.
    std::optional<RemoteIdentity> identity() const { return m_identity; }

    // "Connected as ann (SYSTEM_ADMIN, DEVELOPER)".
    static QString connectedText(const RemoteIdentity& identity);
    // What an operation's failure means for the admin, by kind; never contains the token.
    static QString failureText(SyncFailure failure, const QString& message);

    void accept() override;
    void reject() override;

private:
    // Runs GET /me with the fields' values; saves the binding afterwards when `save` is set.
    // The id of the remote project the project is bound to (0: not bound); sets m_boundUrl.
    qint64 loadBinding();
    void setUpFields(qint64 boundId);
    void setUpButtons();
    void layOut();
    void startCheck(bool save);
    void onCheckFinished(SyncOperation* operation, bool save);
    void save();
    void setBusy(bool busy);
    void showStatus(const QString& text, bool error);
    void updateButtons();

    VaultSession* m_vault;
    SyncEngine* m_engine;
    ProjectId m_project;
    bool m_editing = false;
    QString m_boundUrl;
    QLineEdit* m_url;
    QDoubleSpinBox* m_remoteProject;
    PasswordField* m_token;
    QLabel* m_tokenNote;
    QPushButton* m_check;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QPointer<SyncOperation> m_operation;
    std::optional<RemoteIdentity> m_identity;
};
