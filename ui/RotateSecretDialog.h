#pragma once

#include "models/Ids.h"
#include "models/ProjectStore.h"
#include "models/Secret.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class SecretTextField;

// Rotate…: replaces a secret's value (typed, pasted or generated, always masked) and restarts its
// age; the rotation rule stays. For a bound project it offers to publish at once and says which
// channels read the new value: a secret reaches every channel without a deploy. The publish itself
// is the caller's (publishRequested() after the dialog was accepted).
class RotateSecretDialog : public QDialog
{
    Q_OBJECT

public:
    RotateSecretDialog(ProjectStore* store, ProjectId project, const SecretSummary& secret, QWidget* parent = nullptr);
    ~RotateSecretDialog() override;

    // Whether the project publishes to a platform project, and the names of its channels there as
    // last listed (empty when unknown).
    void setPublishing(bool bound, const QStringList& channelNames);
    // After accept(): the user asked to publish at once.
    bool publishRequested() const;

    SecretTextField* valueField() const { return m_value; }
    QCheckBox* publishCheckBox() const { return m_publish; }
    QPushButton* rotateButton() const { return m_rotateButton; }

    void done(int result) override;

private:
    void generateValue();
    void updateState();
    void rotate();

    ProjectStore* m_store;
    ProjectId m_project;
    SecretSummary m_secret;
    SecretTextField* m_value;
    QLabel* m_stateLabel;
    QLabel* m_channelsLabel;
    QLabel* m_error;
    QCheckBox* m_publish;
    QPushButton* m_rotateButton = nullptr;
    QString m_storeError;
    bool m_publishRequested = false;
};
