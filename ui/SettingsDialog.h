#pragma once

#include <QDialog>
#include <QVariant>

#include <memory>

class AppSettings;
class QComboBox;

namespace Ui {
class SettingsDialog;
}

// The application's preferences: language, auto-lock, the secrets-admin role and the clipboard
// timeout. Follows the initialize/save/discard contract of KeePassXC's settings pages so that the
// dialog never writes a half-edited state: controls are filled from AppSettings by initialize(),
// written back only by save() (OK), and reset to the stored values by discard() (Cancel).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AppSettings* settings, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // Fills the controls from the settings.
    void initialize();
    // Writes the controls to the settings and emits saved().
    void save();
    // Drops unsaved edits: the controls show the stored settings again.
    void discard();

    // OK saves, Cancel (and Escape) discards.
    void accept() override;
    void reject() override;

Q_SIGNALS:
    // The settings were written; the application applies the auto-lock timeout, role and
    // clipboard timeout (a new language applies after a restart).
    void saved();

private:
    void restoreDefaults();
    void selectData(QComboBox* combo, const QVariant& data);
    void updateHints();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings* m_settings;
    QString m_storedLanguage;
};
