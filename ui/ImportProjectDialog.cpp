#include "ui/ImportProjectDialog.h"
#include "ui_ImportProjectDialog.h"

#include "models/NameRules.h"
#include "models/ProjectStore.h"
#include "models/VariablesTableModel.h"
#include "ui/DialogHeight.h"
#include "ui/ExportProjectDialog.h"
#include "ui/FileDialog.h"
#include "ui/FormMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidgetItem>

namespace {

constexpr int kMaxVisibleRows = 6;

QTableWidgetItem* valueItem(const QString& value)
{
    auto* item = new QTableWidgetItem(VariablesTableModel::singleLineValue(value));
    item->setToolTip(value.left(VariablesTableModel::kMaxToolTipLength));
    return item;
}

// A read-only table of `rows` rows that grows up to kMaxVisibleRows before it scrolls; rows are
// `rowHeight` high (0: the text's height with some room).
void prepareTable(QTableWidget* table, const QStringList& headers, int rows, int rowHeight = 0)
{
    table->clearContents();
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(rows);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(rowHeight > 0 ? rowHeight : table->fontMetrics().height() + 12);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(false);
    const int visibleRows = qBound(1, rows, kMaxVisibleRows);
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height()
        + visibleRows * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth());
}

QString projectNameOf(const QString& zipPath)
{
    return QFileInfo(zipPath).fileName();
}

} // namespace

ImportProjectDialog::ImportProjectDialog(ProjectStore* store, ArchiveContents contents, const QString& zipPath,
    ProjectId currentProject, const QString& currentProjectName, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportProjectDialog>())
    , m_store(store)
    , m_contents(std::move(contents))
    , m_zipPath(zipPath)
    , m_currentProject(currentProject)
    , m_currentProjectName(currentProjectName)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Import %1").arg(projectNameOf(zipPath)));

    m_importButton = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importProjectButton"));
    m_importButton->setAccessibleName(tr("Import the project"));
    m_importButton->setDefault(true);
    QPushButton* cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelImportButton"));
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setAutoDefault(false);

    if (auto projects = m_store->projects()) {
        for (const Project& project : projects.value()) {
            if (!project.damaged) {
                m_existingProjectNames.append(project.name);
            }
        }
    }
    m_ui->mergeRadio->setText(currentProject != 0 ? tr("&Merge into “%1”").arg(currentProjectName)
                                                  : tr("&Merge into the current project (none is selected)"));
    m_ui->mergeRadio->setAccessibleName(
        currentProject != 0 ? tr("Merge into %1").arg(currentProjectName) : tr("Merge into the current project"));
    m_ui->mergeRadio->setEnabled(currentProject != 0);
    m_ui->conflictsHint->setText(tr("Choose per variable, or for all:"));
    m_ui->conflictsHint->setForegroundRole(QPalette::PlaceholderText);

    // The archive's project name, or a free variant of it for a new project.
    const QString archiveName
        = m_contents.manifest ? m_contents.manifest->projectName : QFileInfo(zipPath).completeBaseName();
    QString name = archiveName;
    for (int n = 2; m_existingProjectNames.contains(name) && n < 1000; ++n) {
        name = tr("%1 (%2)").arg(archiveName).arg(n);
    }
    m_ui->projectNameEdit->setText(name);
    // A new project by default: merging changes a project the admin may not have meant to touch.
    m_ui->newProjectRadio->setChecked(true);
    m_ui->sourceFolderEdit->setText(QDir::toNativeSeparators(suggestedSourceFolder()));
    connect(m_ui->extractSourceCheck, &QCheckBox::toggled, this, [this] {
        m_storeError.clear();
        updateState();
    });

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ImportProjectDialog::import);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ImportProjectDialog::reject);
    connect(m_ui->newProjectRadio, &QRadioButton::toggled, this, [this] {
        m_storeError.clear();
        if (!m_folderEdited) {
            const QSignalBlocker blocker(m_ui->sourceFolderEdit);
            m_ui->sourceFolderEdit->setText(QDir::toNativeSeparators(suggestedSourceFolder()));
        }
        rebuildPlan();
    });
    connect(m_ui->projectNameEdit, &QLineEdit::textChanged, this, [this] {
        m_storeError.clear();
        if (!m_folderEdited) {
            const QSignalBlocker blocker(m_ui->sourceFolderEdit);
            m_ui->sourceFolderEdit->setText(QDir::toNativeSeparators(suggestedSourceFolder()));
        }
        updateState();
    });
    connect(m_ui->sourceFolderEdit, &QLineEdit::textEdited, this, [this] { m_folderEdited = true; });
    connect(m_ui->sourceFolderEdit, &QLineEdit::textChanged, this, [this] {
        m_storeError.clear();
        updateState();
    });
    connect(m_ui->chooseSourceFolderButton, &QPushButton::clicked, this, &ImportProjectDialog::chooseSourceFolder);
    connect(m_ui->keepAllButton, &QPushButton::clicked, this, [this] { setAllConflicts(false); });
    connect(m_ui->replaceAllButton, &QPushButton::clicked, this, [this] { setAllConflicts(true); });

    rebuildPlan();
}

ImportProjectDialog::~ImportProjectDialog() = default;

void ImportProjectDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    fitHeightToContent(this);
}

void ImportProjectDialog::setTarget(Target target)
{
    (target == Target::NewProject ? m_ui->newProjectRadio : m_ui->mergeRadio)->setChecked(true);
}

ImportProjectDialog::Target ImportProjectDialog::target() const
{
    return m_ui->mergeRadio->isChecked() && m_currentProject != 0 ? Target::CurrentProject : Target::NewProject;
}

QSet<QString> ImportProjectDialog::replacedVariables() const
{
    QSet<QString> replaced;
    for (const ProjectTransfer::VariableConflict& conflict : m_plan.conflicts) {
        if (m_replace.contains(conflict.name)) {
            replaced.insert(conflict.name);
        }
    }
    return replaced;
}

QComboBox* ImportProjectDialog::conflictChoice(const QString& name) const
{
    for (QComboBox* combo : m_conflictChoices) {
        if (combo->property("variableName").toString() == name) {
            return combo;
        }
    }
    return nullptr;
}

void ImportProjectDialog::rebuildPlan()
{
    std::optional<ProjectId> into;
    if (target() == Target::CurrentProject) {
        into = m_currentProject;
    }
    auto plan = ProjectTransfer::planImport(*m_store, m_contents, into, m_zipPath);
    if (plan) {
        m_plan = std::move(plan.value());
        m_planError.clear();
    } else {
        m_plan = ProjectTransfer::ImportPlan {};
        m_planError = plan.message();
    }

    const QLocale locale;
    const int files = static_cast<int>(m_contents.files.size());
    qint64 fileBytes = 0;
    for (const ArchiveFile& file : m_contents.files) {
        fileBytes += file.content.size();
    }
    const QString fileText = files > 0
        ? tr("%n source file(s) (%1)", nullptr, files).arg(locale.formattedDataSize(fileBytes))
        : tr("no source files");
    if (m_contents.manifest) {
        m_ui->importSummaryLabel->setText(
            tr("%1 is a BotVault export of “%2” with %3, %4 and %5.")
                .arg(projectNameOf(m_zipPath), m_contents.manifest->projectName,
                    tr("%n variable(s)", nullptr, static_cast<int>(m_contents.manifest->variables.size())),
                    tr("%n secret name(s)", nullptr, static_cast<int>(m_contents.manifest->secretNames.size())),
                    fileText));
    } else {
        m_ui->importSummaryLabel->setText(
            tr("%1 is a bot project without BotVault data: %2. It brings no variables; the names its code expects "
               "are listed below and on the page after the import.")
                .arg(projectNameOf(m_zipPath), fileText));
    }

    fillConflicts();
    fillNewVariables();

    const int needing = static_cast<int>(m_plan.secretsNeedingValues.size());
    m_ui->secretsGroup->setVisible(needing > 0);
    m_ui->secretsGroup->setTitle(tr("Secrets that need a value (%L1)").arg(needing));
    m_ui->secretsNeedingValuesLabel->setText(
        tr("Secrets that need a value: %1\n\nArchives never carry secret values. After the import the page lists "
           "these names; click one there to add its value.")
            .arg(m_plan.secretsNeedingValues.join(QStringLiteral(", "))));

    m_ui->sourceFilesGroup->setVisible(files > 0);
    m_ui->sourceFilesLabel->setText(target() == Target::NewProject
            ? tr("The archive holds %1. They are extracted into a new or empty folder, and the project is bound to "
                 "it.")
                  .arg(fileText)
            : tr("The archive holds %1. A merge takes only the variables unless you take the files too; “%2” keeps "
                 "its source folder unless you bind it to the new one.")
                  .arg(fileText, m_currentProjectName));
    updateState();
}

void ImportProjectDialog::fillConflicts()
{
    const auto& conflicts = m_plan.conflicts;
    const int rows = static_cast<int>(conflicts.size());
    m_conflictChoices.clear();
    QTableWidget* table = m_ui->conflictsTable;
    // Rows tall enough for the Keep/Replace box in each.
    QComboBox probe;
    probe.addItems({tr("Keep current"), tr("Replace")});
    prepareTable(table, {tr("Name"), tr("Current value"), tr("Value in the archive"), tr("On import")}, rows,
        probe.sizeHint().height() + 4);
    const int character = table->fontMetrics().averageCharWidth();
    for (int row = 0; row < rows; ++row) {
        const ProjectTransfer::VariableConflict& conflict = conflicts.at(row);
        auto* nameItem = new QTableWidgetItem(conflict.name);
        nameItem->setToolTip(conflict.name);
        table->setItem(row, 0, nameItem);
        table->setItem(row, 1, valueItem(conflict.currentValue));
        table->setItem(row, 2, valueItem(conflict.incomingValue));
        auto* choice = new QComboBox(table);
        choice->setObjectName(QStringLiteral("conflictChoice"));
        choice->setProperty("variableName", conflict.name);
        choice->setAccessibleName(tr("On import of %1").arg(conflict.name));
        choice->addItem(tr("Keep current"), false);
        choice->addItem(tr("Replace"), true);
        choice->setCurrentIndex(m_replace.contains(conflict.name) ? 1 : 0);
        connect(choice, &QComboBox::currentIndexChanged, this, [this, choice] {
            const QString name = choice->property("variableName").toString();
            if (choice->currentData().toBool()) {
                m_replace.insert(name);
            } else {
                m_replace.remove(name);
            }
            m_storeError.clear();
            updateState();
        });
        table->setCellWidget(row, 3, choice);
        m_conflictChoices.append(choice);
    }
    QHeaderView* header = table->horizontalHeader();
    table->resizeColumnToContents(0);
    table->setColumnWidth(0, qMin(table->columnWidth(0) + 16, character * 28));
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    table->resizeColumnToContents(3);
    table->setColumnWidth(3, table->columnWidth(3) + 8);
    m_ui->conflictsGroup->setTitle(tr("Variables with a different value (%L1)").arg(rows));
    m_ui->conflictsGroup->setVisible(rows > 0);
}

void ImportProjectDialog::fillNewVariables()
{
    const auto& variables = m_plan.newVariables;
    const int rows = static_cast<int>(variables.size());
    QTableWidget* table = m_ui->newVariablesTable;
    prepareTable(table, {tr("Name"), tr("Value")}, rows);
    for (int row = 0; row < rows; ++row) {
        auto* nameItem = new QTableWidgetItem(variables.at(row).first);
        nameItem->setToolTip(variables.at(row).first);
        table->setItem(row, 0, nameItem);
        table->setItem(row, 1, valueItem(variables.at(row).second));
    }
    table->resizeColumnToContents(0);
    table->setColumnWidth(0, qMin(table->columnWidth(0) + 16, table->fontMetrics().averageCharWidth() * 28));
    table->horizontalHeader()->setStretchLastSection(true);
    table->setVisible(rows > 0);
    m_ui->newVariablesGroup->setTitle(tr("New variables (%L1)").arg(rows));
    const int unchanged = m_plan.unchangedVariables;
    m_ui->unchangedVariablesLabel->setText(unchanged > 0
            ? tr("%n variable(s) of the archive already hold the same value here.", nullptr, unchanged)
            : QString());
    m_ui->unchangedVariablesLabel->setVisible(unchanged > 0);
    m_ui->unchangedVariablesLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->newVariablesGroup->setVisible(rows > 0 || unchanged > 0);
}

void ImportProjectDialog::setAllConflicts(bool replace)
{
    for (QComboBox* combo : std::as_const(m_conflictChoices)) {
        combo->setCurrentIndex(replace ? 1 : 0);
    }
}

QString ImportProjectDialog::suggestedSourceFolder() const
{
    const QDir parent = QFileInfo(m_zipPath).absoluteDir();
    QString name = m_ui->projectNameEdit->text().trimmed();
    if (target() == Target::CurrentProject) {
        name = m_currentProjectName;
    }
    const QString base = ExportProjectDialog::suggestedFileName(name, QString());
    QString candidate = parent.filePath(base);
    for (int n = 2; QFileInfo::exists(candidate) && n < 1000; ++n) {
        candidate = parent.filePath(QStringLiteral("%1 %2").arg(base).arg(n));
    }
    return candidate;
}

QString ImportProjectDialog::projectNameProblem() const
{
    if (target() != Target::NewProject) {
        return {};
    }
    const QString name = m_ui->projectNameEdit->text();
    if (auto valid = NameRules::validateProjectName(name); !valid) {
        return valid.message();
    }
    if (m_existingProjectNames.contains(name)) {
        return tr("A project named “%1” already exists: choose another name, or merge into it.").arg(name);
    }
    return {};
}

bool ImportProjectDialog::extractsSource() const
{
    return !m_contents.files.isEmpty() && (target() == Target::NewProject || m_ui->extractSourceCheck->isChecked());
}

bool ImportProjectDialog::bindsSourceFolder() const
{
    return extractsSource() && (target() == Target::NewProject || m_ui->rebindSourceCheck->isChecked());
}

QString ImportProjectDialog::sourceFolderProblem() const
{
    if (!extractsSource()) {
        return {};
    }
    const QString folder = m_ui->sourceFolderEdit->text().trimmed();
    if (folder.isEmpty()) {
        return tr("Choose a new or empty folder for the source files.");
    }
    const QString path = QDir::cleanPath(QDir::fromNativeSeparators(folder));
    if (QDir::isRelativePath(path)) {
        return tr("Enter the folder's full path, or click “Choose…”.");
    }
    const QFileInfo info(path);
    if (info.exists()) {
        if (!info.isDir()) {
            return tr("“%1” is a file; choose a new or empty folder.").arg(folder);
        }
        if (!QDir(path).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
            return tr("“%1” is not empty; choose a new or empty folder.").arg(folder);
        }
    } else if (!info.absoluteDir().exists()) {
        return tr("The folder “%1” that would hold it does not exist.")
            .arg(QDir::toNativeSeparators(info.absolutePath()));
    }
    return {};
}

void ImportProjectDialog::updateSourceChoices()
{
    const bool merge = target() == Target::CurrentProject;
    m_ui->extractSourceCheck->setVisible(merge);
    m_ui->rebindSourceCheck->setVisible(merge);
    const bool extract = extractsSource();
    m_ui->rebindSourceCheck->setEnabled(extract);
    m_ui->sourceFolderLabel->setEnabled(extract);
    m_ui->sourceFolderEdit->setEnabled(extract);
    m_ui->chooseSourceFolderButton->setEnabled(extract);
}

void ImportProjectDialog::updateState()
{
    const bool isNew = target() == Target::NewProject;
    m_ui->projectNameEdit->setEnabled(isNew);
    updateSourceChoices();
    const QString nameProblem = projectNameProblem();
    showFormMessage(m_ui->projectNameMessage, nameProblem);
    const QString folderProblem = sourceFolderProblem();
    showFormMessage(m_ui->sourceFolderMessage, folderProblem);
    showFormMessage(m_ui->importDialogError, m_planError.isEmpty() ? m_storeError : m_planError);
    m_importButton->setEnabled(m_planError.isEmpty() && nameProblem.isEmpty() && folderProblem.isEmpty());
    fitHeightToContent(this);
}

void ImportProjectDialog::chooseSourceFolder()
{
    const QString current = QDir::fromNativeSeparators(m_ui->sourceFolderEdit->text().trimmed());
    const QString start = current.isEmpty() ? QFileInfo(m_zipPath).absolutePath() : QFileInfo(current).absolutePath();
    const QString folder
        = FileDialog::existingFolder(this, tr("Folder for the bot's source files (new or empty)"), start);
    if (folder.isEmpty()) {
        return;
    }
    m_folderEdited = true;
    m_ui->sourceFolderEdit->setText(QDir::toNativeSeparators(folder));
}

void ImportProjectDialog::import()
{
    if (!m_importButton->isEnabled()) {
        return;
    }
    ProjectTransfer::ImportChoices choices;
    if (target() == Target::NewProject) {
        choices.newProjectName = m_ui->projectNameEdit->text();
    }
    choices.replace = replacedVariables();
    choices.extractSource = extractsSource();
    choices.bindSourceFolder = bindsSourceFolder();
    if (choices.extractSource) {
        choices.sourceFolder = QDir::cleanPath(QDir::fromNativeSeparators(m_ui->sourceFolderEdit->text().trimmed()));
    }
    auto imported = ProjectTransfer::applyImport(*m_store, m_plan, choices);
    if (!imported) {
        m_storeError = imported.message();
        updateState();
        return;
    }
    m_importedProject = imported.value();
    const int replaced = static_cast<int>(choices.replace.size());
    const int kept = static_cast<int>(m_plan.conflicts.size()) - replaced;
    const int added = static_cast<int>(m_plan.newVariables.size());
    const int needing = static_cast<int>(m_plan.secretsNeedingValues.size());
    const QString secretsText = needing > 0 ? tr(" %n secret(s) need a value.", nullptr, needing) : QString();
    if (target() == Target::NewProject) {
        m_summary = tr("Imported %1 as project %2 with %3.%4")
                        .arg(projectNameOf(m_zipPath), choices.newProjectName, tr("%n variable(s)", nullptr, added),
                            secretsText);
    } else {
        m_summary = tr("Merged %1 into %2: %3 added, %4 replaced, %5 kept.%6")
                        .arg(projectNameOf(m_zipPath), m_currentProjectName, QString::number(added),
                            QString::number(replaced), QString::number(kept), secretsText);
    }
    accept();
}
