#pragma once

#include "storage/ProjectTransfer.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class ExportProjectDialog;
}

// Previews a project export before anything is written: exactly which variables go into the ZIP
// (those marked "Include into project export ZIP file", with their values), how many are left
// out, the secret names that are listed (never their values) and the bound source folder's files.
// "Export…" asks for the file and writes it on a worker thread with a progress dialog that can
// cancel; the service writes atomically, so a failed or cancelled export leaves no file. The plan
// holds no reference to the vault.
class ExportProjectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportProjectDialog(ProjectTransfer::ExportPlan plan, QWidget* parent = nullptr);
    ~ExportProjectDialog() override;

    const ProjectTransfer::ExportPlan& plan() const { return m_plan; }
    // Asks for the file name and writes the archive; accepts the dialog once it is written and
    // shows the error (staying open) when it fails.
    void exportToFile();
    // After the dialog was accepted: the file written and a one-line summary for the status bar.
    QString exportedPath() const { return m_exportedPath; }
    QString summary() const;

    // "<project>.zip" with the characters file systems refuse replaced.
    static QString suggestedFileName(const QString& projectName, const QString& suffix);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillPreview();

    std::unique_ptr<Ui::ExportProjectDialog> m_ui;
    ProjectTransfer::ExportPlan m_plan;
    QPushButton* m_exportButton = nullptr;
    QString m_exportedPath;
};
