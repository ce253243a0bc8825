#pragma once

#include "models/Ids.h"
#include "sync/SyncEngine.h"

#include <QDialog>
#include <QPointer>

class PasswordField;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class VaultSession;

// Binds a project to a platform project: the platform's address, an API token and one of the
// projects the token can see. "Check connection" asks the platform who the token belongs to and
// lists its projects (GET /me, GET /projects) before anything is saved; Bind (the default button,
// so Enter runs it) checks again that the chosen project exists and then stores the binding, the
// token encrypted in the vault (never in the settings). When the project is bound already, the
// token field starts empty and an empty field keeps the stored token. A typed token is never
// dropped silently: Cancel or Escape asks first. The token never appears in a message.
class RemoteBindingDialog : public QDialog
{
    Q_OBJECT

public:
    RemoteBindingDialog(VaultSession* vault, SyncEngine* engine, ProjectId project, const QString& projectName,
        QWidget* parent = nullptr);
    ~RemoteBindingDialog() override;

    QLineEdit* urlEdit() const { return m_url; }
    // The platform's projects as the last check listed them (before a check: the bound one).
    QComboBox* remoteProjectCombo() const { return m_remoteProject; }
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
    void onCheckFailed(SyncOperation* operation, bool save);
    // Fills the project list from a check; keeps the chosen id selected when it is listed.
    void showRemoteProjects(const QList<RemoteProject>& projects);
    qint64 chosenRemoteProject() const;
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
    QComboBox* m_remoteProject;
    PasswordField* m_token;
    QLabel* m_tokenNote;
    QPushButton* m_check;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QPointer<SyncOperation> m_operation;
    std::optional<RemoteIdentity> m_identity;
    // The list holds what a check returned (not only the bound id), so Bind may save the choice.
    bool m_projectsListed = false;
};
