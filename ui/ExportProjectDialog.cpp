#include "ui/ExportProjectDialog.h"
#include "ui_ExportProjectDialog.h"

#include "models/VariablesTableModel.h"
#include "ui/BackgroundTask.h"
#include "ui/DialogHeight.h"
#include "ui/FileDialog.h"
#include "ui/FormMessage.h"
#include "ui/MessageBox.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidgetItem>

#include <memory>

namespace {

// The folder the last export went to, offered for the next one during this run.
QString g_lastExportFolder;

// At most this many rows are visible before the table scrolls.
constexpr int kMaxVisibleRows = 8;

} // namespace

ExportProjectDialog::ExportProjectDialog(ProjectTransfer::ExportPlan plan, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportProjectDialog>()), m_plan(std::move(plan))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Export project “%1”").arg(m_plan.project.name));

    m_exportButton = m_ui->buttonBox->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportProjectButton"));
    m_exportButton->setAccessibleName(tr("Export the project to a ZIP file"));
    m_exportButton->setDefault(true);
    QPushButton* cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelExportButton"));
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setAutoDefault(false);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ExportProjectDialog::exportToFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ExportProjectDialog::reject);

    fillPreview();
    // The Export button, not the first table cell, has the keyboard when the dialog opens.
    m_exportButton->setFocus();
}

ExportProjectDialog::~ExportProjectDialog() = default;

void ExportProjectDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    fitHeightToContent(this);
}

void ExportProjectDialog::fillPreview()
{
    const auto& variables = m_plan.manifest.variables;
    const int included = static_cast<int>(variables.size());
    const int excluded = static_cast<int>(m_plan.excludedVariables.size());
    const int secrets = static_cast<int>(m_plan.manifest.secretNames.size());
    m_ui->exportSummaryLabel->setText(
        tr("The ZIP file holds the project in the bot platform's layout, so it can be imported here or on the "
           "platform. It will contain:"));

    QTableWidget* table = m_ui->exportVariablesTable;
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    table->setRowCount(included);
    for (int row = 0; row < included; ++row) {
        const auto& [name, value] = variables.at(row);
        auto* nameItem = new QTableWidgetItem(name);
        nameItem->setToolTip(name);
        auto* valueItem = new QTableWidgetItem(VariablesTableModel::singleLineValue(value));
        valueItem->setToolTip(value.left(VariablesTableModel::kMaxToolTipLength));
        table->setItem(row, 0, nameItem);
        table->setItem(row, 1, valueItem);
    }
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setHighlightSections(false);
    table->resizeColumnToContents(0);
    table->setColumnWidth(0, qMin(table->columnWidth(0) + 16, table->fontMetrics().averageCharWidth() * 36));
    table->horizontalHeader()->setStretchLastSection(true);
    const int visibleRows = qBound(1, included, kMaxVisibleRows);
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height()
        + visibleRows * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth());
    table->setVisible(included > 0);
    m_ui->exportVariablesGroup->setTitle(tr("Variables in the export (%L1)").arg(included));
    showFormMessage(m_ui->exportNoVariablesLabel,
        included == 0 ? tr("No variable is marked “Include into project export ZIP file”, so the ZIP holds none.")
                      : QString(),
        FormMessageKind::Warning);

    if (excluded > 0) {
        m_ui->exportExcludedLabel->setText(tr("%n variable(s) left out, not marked for export: %1", nullptr, excluded)
                                               .arg(m_plan.excludedVariables.join(QStringLiteral(", "))));
    } else if (included > 0) {
        m_ui->exportExcludedLabel->setText(tr("Every variable of the project is marked for export."));
    }
    m_ui->exportExcludedLabel->setVisible(excluded > 0 || included > 0);
    m_ui->exportExcludedLabel->setForegroundRole(QPalette::PlaceholderText);

    m_ui->exportSecretsGroup->setTitle(tr("Secret names listed (%L1)").arg(secrets));
    m_ui->exportSecretNamesLabel->setText(
        secrets > 0 ? m_plan.manifest.secretNames.join(QStringLiteral(", ")) : tr("The project has no secrets."));

    const QLocale locale;
    if (m_plan.project.sourceFolder.isEmpty()) {
        m_ui->exportSourceLabel->setText(
            tr("No source folder is bound, so the ZIP holds no bot code. Bind the folder with the bot's code "
               "(Project → Bind source folder…) to include it."));
    } else {
        m_ui->exportSourceLabel->setText(
            tr("%n file(s), %1, from %2", nullptr, static_cast<int>(m_plan.sourceFiles.size()))
                .arg(locale.formattedDataSize(m_plan.sourceBytes),
                    QDir::toNativeSeparators(m_plan.project.sourceFolder)));
    }
}

QString ExportProjectDialog::suggestedFileName(const QString& projectName, const QString& suffix)
{
    QString name = projectName.trimmed();
    static const QString kRefused = QStringLiteral("/\\:*?\"<>|");
    for (QChar& c : name) {
        if (kRefused.contains(c) || c.category() == QChar::Other_Control) {
            c = u'_';
        }
    }
    if (name.isEmpty() || name.startsWith(u'.')) {
        name.prepend(QStringLiteral("project"));
    }
    return name + suffix;
}

void ExportProjectDialog::exportToFile()
{
    QString folder = g_lastExportFolder;
    if (folder.isEmpty()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        folder = QDir::homePath();
    }
    const QString suggested = QDir(folder).filePath(suggestedFileName(m_plan.project.name, QStringLiteral(".zip")));
    QString path = FileDialog::saveFile(this, tr("Export project “%1”").arg(m_plan.project.name), suggested,
        tr("Project ZIP files (*.zip);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".zip");
    }

    QPointer<ExportProjectDialog> self(this);
    m_exportButton->setEnabled(false);
    // The worker gets its own copy (cheap: Qt's containers share their data): locking the vault
    // while it writes deletes this dialog, and the plan with it.
    auto plan = std::make_shared<const ProjectTransfer::ExportPlan>(m_plan);
    auto written = BackgroundTask::run<void>(this, tr("Export project"),
        tr("Writing %1…").arg(QDir::toNativeSeparators(path)), [plan, path](const BackgroundTask::Progress& progress) {
            return ProjectTransfer::writeExport(*plan, path, progress);
        });
    // Locking the vault while the file was written closes this dialog; it is gone or hidden then.
    if (!self || !isVisible()) {
        return;
    }
    m_exportButton->setEnabled(true);
    if (!written) {
        if (written.code() != ErrorCode::Cancelled) {
            MessageBox::warning(this, tr("Export project"),
                tr("The project was not exported to %1.\n\n%2").arg(QDir::toNativeSeparators(path), written.message()),
                QMessageBox::Ok, QMessageBox::Ok);
        }
        return;
    }
    g_lastExportFolder = QFileInfo(path).absolutePath();
    m_exportedPath = path;
    accept();
}

QString ExportProjectDialog::summary() const
{
    return tr("Exported %1 to %2: %3, %4 (names only), %5.")
        .arg(m_plan.project.name, QDir::toNativeSeparators(m_exportedPath),
            tr("%n variable(s)", nullptr, static_cast<int>(m_plan.manifest.variables.size())),
            tr("%n secret name(s)", nullptr, static_cast<int>(m_plan.manifest.secretNames.size())),
            tr("%n source file(s)", nullptr, static_cast<int>(m_plan.sourceFiles.size())));
}
