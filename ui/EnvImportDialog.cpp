#include "ui/EnvImportDialog.h"
#include "ui_EnvImportDialog.h"

#include "models/ProjectStore.h"
#include "models/SecretsTableModel.h"
#include "models/StartupVariables.h"
#include "models/VariablesTableModel.h"
#include "storage/EnvFile.h"
#include "ui/FileDialog.h"
#include "ui/FormMessage.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QStringDecoder>
#include <QTableWidgetItem>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>

#include <algorithm>

namespace {

// Parsing waits for a pause in typing, so a long paste is read once.
constexpr int kPreviewDelayMs = 150;

} // namespace

EnvImportDialog::EnvImportDialog(ProjectStore* store, ProjectId project, const QString& projectName, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EnvImportDialog>())
    , m_previewTimer(new QTimer(this))
    , m_store(store)
    , m_project(project)
    , m_projectName(projectName)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Import .env file into “%1”").arg(projectName));

    m_ui->envIntroLabel->setText(
        tr("Paste the contents of a .env file or open one. Each NAME=value line becomes a variable, or a secret for "
           "names that look like keys, tokens and passwords; change the choice per line."));
    m_ui->envTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->envTextEdit->setMinimumHeight(m_ui->envTextEdit->fontMetrics().lineSpacing() * 6);
    m_ui->envErrorsList->setMaximumHeight(m_ui->envErrorsList->fontMetrics().lineSpacing() * 5);

    m_importButton = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importEnvButton"));
    m_importButton->setAccessibleName(tr("Import the lines"));
    m_importButton->setDefault(true);
    QPushButton* cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelEnvImportButton"));
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setAutoDefault(false);

    readProjectNames();
    setUpPreviewTable();
    connectWidgets();
    updatePreview();
}

void EnvImportDialog::readProjectNames()
{
    const AccessPolicy policy = m_store->accessPolicy();
    m_canManageSecrets = policy.canManageSecrets(m_store->actor());
    m_secretsDeniedReason = policy.manageSecretsDeniedReason();
    showFormMessage(m_ui->envRoleNote,
        m_canManageSecrets ? QString()
                           : tr("%1 Lines that look like secrets are left out; import them as variables only if "
                                "their values are not secret.")
                                 .arg(m_secretsDeniedReason),
        FormMessageKind::Warning);
    if (auto secrets = m_store->secrets(m_project)) {
        for (const SecretSummary& secret : secrets.value()) {
            if (!secret.damaged) {
                m_existingSecrets.insert(secret.name);
            }
        }
    }
    if (auto variables = m_store->variables(m_project)) {
        for (const Variable& variable : variables.value()) {
            if (!variable.damaged) {
                m_variableValues.insert(variable.name, variable.value);
            }
        }
    }
}

void EnvImportDialog::setUpPreviewTable()
{
    QTableWidget* table = m_ui->envPreviewTable;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({tr("Line"), tr("Name"), tr("Value"), tr("Import as"), tr("Status")});
    table->verticalHeader()->hide();
    // Rows tall enough for the "Import as" box in each.
    QComboBox probe;
    probe.addItems({choiceText(RowChoice::Variable), choiceText(RowChoice::Secret), choiceText(RowChoice::Skip)});
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(
        qMax(probe.sizeHint().height() + 4, table->fontMetrics().height() + 12));
    QHeaderView* header = table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    const int character = table->fontMetrics().averageCharWidth();
    table->setColumnWidth(LineColumn, character * 6 + 8);
    table->setColumnWidth(NameColumn, character * 24);
    table->setColumnWidth(ChoiceColumn, character * 16 + 24);
    table->setColumnWidth(StatusColumn, character * 20);
    header->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
}

void EnvImportDialog::connectWidgets()
{
    m_previewTimer->setObjectName(QStringLiteral("envPreviewTimer"));
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &EnvImportDialog::updatePreview);
    connect(m_ui->envTextEdit->document(), &QTextDocument::contentsChange, this,
        [this](int, int, int added) { onBoxEdited(added); });
    connect(m_ui->envTextEdit, &QPlainTextEdit::cursorPositionChanged, this, &EnvImportDialog::onCursorMoved);
    m_ui->envTextEdit->installEventFilter(this);
    connect(m_ui->openEnvFileButton, &QPushButton::clicked, this, &EnvImportDialog::openFile);
    connect(m_ui->replaceExistingRadio, &QRadioButton::toggled, this, &EnvImportDialog::refreshRows);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EnvImportDialog::import);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &EnvImportDialog::reject);
    // Pasted values (secrets among them) should not stay in the widget once the dialog is done.
    connect(this, &QDialog::finished, m_ui->envTextEdit, &QPlainTextEdit::clear);
}

EnvImportDialog::~EnvImportDialog() = default;

QTableWidget* EnvImportDialog::previewTable() const
{
    return m_ui->envPreviewTable;
}

QString EnvImportDialog::choiceText(RowChoice choice)
{
    switch (choice) {
    case RowChoice::Variable:
        return tr("Variable");
    case RowChoice::Secret:
        return tr("Secret");
    case RowChoice::Skip:
        return tr("Don't import");
    }
    return {};
}

void EnvImportDialog::openFile()
{
    const QString path = FileDialog::openFile(this, tr("Open .env file"), QDir::homePath(),
        tr("Environment files (*.env .env .env.*);;All files (*)"), FileDialog::HiddenFiles::Show);
    if (!path.isEmpty()) {
        loadFile(path);
    }
}

bool EnvImportDialog::loadFile(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    QString problem;
    if (!file.open(QIODevice::ReadOnly)) {
        problem = tr("%1 cannot be read: %2").arg(shown, file.errorString());
    } else if (file.size() > EnvFile::kMaxFileBytes) {
        problem = tr("%1 is %2; a .env file may be at most %3.")
                      .arg(shown, QLocale().formattedDataSize(file.size()),
                          QLocale().formattedDataSize(EnvFile::kMaxFileBytes));
    }
    QByteArray bytes;
    if (problem.isEmpty()) {
        bytes = file.read(EnvFile::kMaxFileBytes + 1);
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(bytes);
        if (decoder.hasError()) {
            problem = tr("%1 is not UTF-8 text; save it as UTF-8 and open it again.").arg(shown);
        } else {
            m_ui->envTextEdit->setPlainText(text);
            m_previewTimer->stop();
            updatePreview();
            return true;
        }
    }
    m_error = problem;
    refreshRows();
    return false;
}

void EnvImportDialog::updatePreview()
{
    m_previewTimer->stop();
    const QByteArray text = m_ui->envTextEdit->toPlainText().toUtf8();
    auto plan = ProjectTransfer::planEnvImport(*m_store, m_project, text);
    if (plan) {
        m_plan = std::move(plan.value());
    } else {
        m_plan = ProjectTransfer::EnvImportPlan {};
        m_error = plan.message();
    }
    restoreHiddenValues();
    rebuildTable();
    maskSecretLines();
}

void EnvImportDialog::onBoxEdited(int added)
{
    if (m_masking) {
        return;
    }
    m_error.clear();
    // A paste or an opened file is read (and its secret values masked) at once; typing waits for a
    // pause, and the line being typed stays readable until the cursor leaves it.
    m_typing = added <= 1;
    m_typingBlock = m_ui->envTextEdit->textCursor().blockNumber();
    m_previewTimer->start(m_typing ? kPreviewDelayMs : 0);
}

void EnvImportDialog::onCursorMoved()
{
    if (m_masking || !m_typing || m_ui->envTextEdit->textCursor().blockNumber() == m_typingBlock) {
        return;
    }
    m_typing = false;
    m_previewTimer->isActive() ? updatePreview() : maskSecretLines();
}

bool EnvImportDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->envTextEdit && event->type() == QEvent::FocusOut && m_typing) {
        m_typing = false;
        m_previewTimer->isActive() ? updatePreview() : maskSecretLines();
    }
    return QDialog::eventFilter(watched, event);
}

void EnvImportDialog::restoreHiddenValues()
{
    const QString mask = SecretsTableModel::valueMask();
    for (qsizetype i = m_plan.lines.size() - 1; i >= 0; --i) {
        ProjectTransfer::EnvLine& line = m_plan.lines[i];
        if (line.value != mask) {
            continue;
        }
        const auto hidden = m_hiddenValues.constFind(line.name);
        if (hidden != m_hiddenValues.constEnd()) {
            line.value = hidden.value();
            const auto current = m_variableValues.constFind(line.name);
            line.sameValue = current != m_variableValues.constEnd() && current.value() == line.value;
            continue;
        }
        m_plan.errors.append(EnvLineError {line.line,
            tr("Line %1: the value of %2 is hidden and was not read here; paste the line again.")
                .arg(QString::number(line.line), line.name)});
        m_plan.lines.removeAt(i);
    }
    std::sort(m_plan.errors.begin(), m_plan.errors.end(),
        [](const EnvLineError& a, const EnvLineError& b) { return a.line < b.line; });
}

void EnvImportDialog::maskSecretLines()
{
    if (m_previewTimer->isActive()) {
        return; // the plan is older than the text; the coming preview masks
    }
    QSet<QString> hiddenNames;
    for (int row = 0; row < m_plan.lines.size(); ++row) {
        if (m_choices.value(row, RowChoice::Variable) != RowChoice::Variable) {
            hiddenNames.insert(m_plan.lines.at(row).name);
            m_hiddenValues.insert(m_plan.lines.at(row).name, m_plan.lines.at(row).value);
        }
    }
    if (hiddenNames.isEmpty()) {
        return;
    }
    static const QRegularExpression definition(QStringLiteral("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*="));
    const bool typing = m_typing && m_ui->envTextEdit->hasFocus();
    const int cursorBlock = m_ui->envTextEdit->textCursor().blockNumber();
    QTextDocument* document = m_ui->envTextEdit->document();
    for (int block = 0; block < document->blockCount(); ++block) {
        const QRegularExpressionMatch match = definition.match(document->findBlockByNumber(block).text());
        if (!match.hasMatch() || !hiddenNames.contains(match.captured(1))) {
            continue;
        }
        const int last = definitionEnd(block, match.captured(1));
        if (last < 0) {
            continue;
        }
        if (!(typing && cursorBlock >= block && cursorBlock <= last)) {
            maskDefinition(block, last);
        }
        block = last;
    }
}

int EnvImportDialog::definitionEnd(int first, const QString& name) const
{
    const QTextDocument* document = m_ui->envTextEdit->document();
    QString text;
    for (int block = first; block < document->blockCount(); ++block) {
        if (block > first) {
            text += u'\n';
        }
        text += document->findBlockByNumber(block).text();
        const EnvParseResult parsed = EnvFile::parse(text.toUtf8());
        if (parsed.errors.isEmpty() && parsed.entries.size() == 1 && parsed.entries.first().name == name) {
            return parsed.entries.first().value == SecretsTableModel::valueMask() ? -1 : block;
        }
    }
    return -1;
}

void EnvImportDialog::maskDefinition(int first, int last)
{
    QTextDocument* document = m_ui->envTextEdit->document();
    const QTextBlock firstBlock = document->findBlockByNumber(first);
    const QTextBlock lastBlock = document->findBlockByNumber(last);
    const QString prefix = firstBlock.text().left(firstBlock.text().indexOf(u'=') + 1);
    QTextCursor cursor(document);
    cursor.setPosition(firstBlock.position());
    cursor.setPosition(lastBlock.position() + lastBlock.length() - 1, QTextCursor::KeepAnchor);
    m_masking = true;
    // Empty lines keep the line numbers of the lines below, which the preview shows.
    cursor.insertText(prefix + SecretsTableModel::valueMask() + QString(last - first, u'\n'));
    // Undo would bring the value back into view.
    document->clearUndoRedoStacks();
    m_masking = false;
}

void EnvImportDialog::rebuildTable()
{
    QTableWidget* table = m_ui->envPreviewTable;
    const int rows = static_cast<int>(m_plan.lines.size());
    table->clearContents();
    table->setRowCount(rows);
    m_choices.clear();
    for (int row = 0; row < rows; ++row) {
        const ProjectTransfer::EnvLine& line = m_plan.lines.at(row);
        const RowChoice choice = initialChoice(line);
        m_choices.append(choice);

        auto* lineItem = new QTableWidgetItem(QString::number(line.line));
        lineItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, LineColumn, lineItem);
        auto* nameItem = new QTableWidgetItem(line.name);
        nameItem->setToolTip(line.name);
        table->setItem(row, NameColumn, nameItem);
        table->setItem(row, ValueColumn, new QTableWidgetItem);
        table->setItem(row, StatusColumn, new QTableWidgetItem);

        table->setCellWidget(row, ChoiceColumn, makeChoiceBox(row, line, choice));
    }

    // Names are what the admin checks first: room for them, up to a point.
    const int character = table->fontMetrics().averageCharWidth();
    table->resizeColumnToContents(NameColumn);
    table->setColumnWidth(NameColumn, std::clamp(table->columnWidth(NameColumn) + 16, character * 16, character * 36));

    showLineErrors();
    refreshRows();
}

EnvImportDialog::RowChoice EnvImportDialog::initialChoice(const ProjectTransfer::EnvLine& line) const
{
    RowChoice choice = line.kind == ItemKind::Secret ? RowChoice::Secret : RowChoice::Variable;
    // A name the project already holds keeps its kind: a secret's name is never suggested as a
    // visible variable, nor a variable's as a secret beside it. Another kind takes a choice.
    if (m_existingSecrets.contains(line.name)) {
        choice = RowChoice::Secret;
    } else if (m_variableValues.contains(line.name)) {
        choice = RowChoice::Variable;
    }
    if (choice == RowChoice::Secret && !m_canManageSecrets) {
        // Never suggest storing what looks like a secret as a visible variable.
        choice = RowChoice::Skip;
    }
    choice = m_chosen.value(line.name, choice);
    if (choice == RowChoice::Secret && !m_canManageSecrets) {
        choice = RowChoice::Skip;
    }
    return choice;
}

QComboBox* EnvImportDialog::makeChoiceBox(int row, const ProjectTransfer::EnvLine& line, RowChoice choice)
{
    auto* box = new QComboBox(m_ui->envPreviewTable);
    box->setObjectName(QStringLiteral("envChoice"));
    box->setAccessibleName(tr("Import line %1 as").arg(line.line));
    box->setProperty("row", row);
    for (const RowChoice option : {RowChoice::Variable, RowChoice::Secret, RowChoice::Skip}) {
        box->addItem(choiceText(option), static_cast<int>(option));
    }
    if (!m_canManageSecrets) {
        if (auto* model = qobject_cast<QStandardItemModel*>(box->model())) {
            QStandardItem* secretItem = model->item(static_cast<int>(RowChoice::Secret));
            secretItem->setEnabled(false);
            secretItem->setToolTip(m_secretsDeniedReason);
        }
        box->setToolTip(m_secretsDeniedReason);
    }
    box->setCurrentIndex(static_cast<int>(choice));
    connect(box, &QComboBox::currentIndexChanged, this, [this, box](int index) {
        const int at = box->property("row").toInt();
        if (at < 0 || at >= m_choices.size() || index < 0) {
            return;
        }
        const auto chosen = static_cast<RowChoice>(box->itemData(index).toInt());
        m_choices[at] = chosen;
        m_chosen.insert(m_plan.lines.at(at).name, chosen);
        m_error.clear();
        refreshRows();
        maskSecretLines();
    });
    return box;
}

void EnvImportDialog::showLineErrors()
{
    QStringList errors;
    for (const EnvLineError& error : std::as_const(m_plan.errors)) {
        errors.append(error.message);
    }
    m_ui->envErrorsList->clear();
    m_ui->envErrorsList->addItems(errors);
    m_ui->envErrorsTitle->setText(tr("%n line(s) cannot be imported:", nullptr, static_cast<int>(errors.size())));
    m_ui->envErrorsTitle->setVisible(!errors.isEmpty());
    m_ui->envErrorsList->setVisible(!errors.isEmpty());
}

bool EnvImportDialog::replaceExisting() const
{
    return m_ui->replaceExistingRadio->isChecked();
}

EnvImportDialog::RowEffect EnvImportDialog::effect(int row) const
{
    const ProjectTransfer::EnvLine& line = m_plan.lines.at(row);
    switch (m_choices.at(row)) {
    case RowChoice::Skip:
        return RowEffect::Skipped;
    case RowChoice::Secret:
        if (!m_existingSecrets.contains(line.name)) {
            return RowEffect::New;
        }
        return replaceExisting() ? RowEffect::Replace : RowEffect::Kept;
    case RowChoice::Variable: {
        const auto existing = m_variableValues.constFind(line.name);
        if (existing == m_variableValues.constEnd()) {
            return RowEffect::New;
        }
        if (existing.value() == line.value) {
            return RowEffect::Unchanged;
        }
        return replaceExisting() ? RowEffect::Replace : RowEffect::Kept;
    }
    }
    return RowEffect::Skipped;
}

void EnvImportDialog::refreshRow(int row)
{
    QTableWidget* table = m_ui->envPreviewTable;
    const ProjectTransfer::EnvLine& line = m_plan.lines.at(row);
    const RowChoice choice = m_choices.at(row);
    QTableWidgetItem* value = table->item(row, ValueColumn);
    if (choice == RowChoice::Variable) {
        value->setText(VariablesTableModel::singleLineValue(line.value));
        value->setToolTip(line.value.left(VariablesTableModel::kMaxToolTipLength));
    } else {
        // A secret's value (or one left out, which may be a secret) is never shown.
        value->setText(SecretsTableModel::valueMask());
        value->setToolTip(choice == RowChoice::Secret ? tr("Secret values are not shown.") : QString());
    }
    QString status;
    switch (effect(row)) {
    case RowEffect::New:
        status = tr("new");
        break;
    case RowEffect::Replace:
        status = tr("replaces existing");
        break;
    case RowEffect::Unchanged:
        status = tr("unchanged");
        break;
    case RowEffect::Kept:
        status = tr("exists, kept");
        break;
    case RowEffect::Skipped:
        status = tr("not imported");
        break;
    }
    // The other kind than the project holds under this name: said in the row, with the reason.
    QString reason;
    if (choice == RowChoice::Variable && m_existingSecrets.contains(line.name)) {
        status = tr("variable beside the secret");
        reason = tr("%1 is a secret of this project. Imported as a variable, this value would be shown to anyone who "
                    "opens the vault; choose Secret to replace the secret.")
                     .arg(line.name);
    } else if (choice == RowChoice::Secret && !m_existingSecrets.contains(line.name)
        && m_variableValues.contains(line.name)) {
        status = tr("secret beside the variable");
        reason = tr("%1 is a variable of this project. Imported as a secret, it would be stored beside the variable, "
                    "and the bot would read a different value through each; choose Variable to change the variable.")
                     .arg(line.name);
    } else if (choice == RowChoice::Skip && m_existingSecrets.contains(line.name) && m_canManageSecrets) {
        reason = tr("%1 is a secret of this project; the line can replace it as a secret.").arg(line.name);
    }
    QTableWidgetItem* statusItem = table->item(row, StatusColumn);
    statusItem->setText(status);
    statusItem->setToolTip(reason.isEmpty() ? status : reason);
    if (QComboBox* box = choiceBox(row)) {
        box->setToolTip(reason.isEmpty() ? (m_canManageSecrets ? QString() : m_secretsDeniedReason) : reason);
    }
}

void EnvImportDialog::refreshRows()
{
    for (int row = 0; row < m_plan.lines.size(); ++row) {
        refreshRow(row);
    }
    int variables = 0;
    int secrets = 0;
    QStringList startupWarnings;
    for (int row = 0; row < m_plan.lines.size(); ++row) {
        const RowEffect rowEffect = effect(row);
        if (rowEffect == RowEffect::New || rowEffect == RowEffect::Replace) {
            (m_choices.at(row) == RowChoice::Secret ? secrets : variables) += 1;
            // Once per name the import would write, as `env import` warns.
            const QString warning = StartupVariables::warning(m_plan.lines.at(row).name);
            if (!warning.isEmpty()) {
                startupWarnings.append(warning);
            }
        }
    }
    showFormMessage(m_ui->envStartupWarning, startupWarnings.join(u' '), FormMessageKind::Warning);
    const int lines = static_cast<int>(m_plan.lines.size());
    if (lines == 0) {
        m_ui->envSummaryLabel->setText(m_ui->envTextEdit->toPlainText().trimmed().isEmpty()
                ? tr("Nothing to import yet.")
                : tr("No line can be imported."));
    } else {
        m_ui->envSummaryLabel->setText(
            tr("Of %1, the import writes %2 and %3.")
                .arg(tr("%n line(s) read", nullptr, lines), tr("%n variable(s)", nullptr, variables),
                    tr("%n secret(s)", nullptr, secrets)));
    }
    showFormMessage(m_ui->envImportError, m_error);
    m_importButton->setEnabled(variables + secrets > 0);
}

EnvImportDialog::RowChoice EnvImportDialog::choice(int row) const
{
    return row >= 0 && row < m_choices.size() ? m_choices.at(row) : RowChoice::Skip;
}

void EnvImportDialog::setChoice(int row, RowChoice choice)
{
    if (QComboBox* box = choiceBox(row)) {
        box->setCurrentIndex(static_cast<int>(choice));
    }
}

QComboBox* EnvImportDialog::choiceBox(int row) const
{
    return qobject_cast<QComboBox*>(m_ui->envPreviewTable->cellWidget(row, ChoiceColumn));
}

int EnvImportDialog::importableCount() const
{
    int count = 0;
    for (int row = 0; row < m_plan.lines.size(); ++row) {
        const RowEffect rowEffect = effect(row);
        count += rowEffect == RowEffect::New || rowEffect == RowEffect::Replace ? 1 : 0;
    }
    return count;
}

void EnvImportDialog::import()
{
    if (m_previewTimer->isActive()) {
        updatePreview();
    }
    if (!m_importButton->isEnabled()) {
        return;
    }
    QList<ProjectTransfer::EnvLine> lines;
    int variables = 0;
    int secrets = 0;
    for (int row = 0; row < m_plan.lines.size(); ++row) {
        const RowEffect rowEffect = effect(row);
        if (rowEffect != RowEffect::New && rowEffect != RowEffect::Replace) {
            continue;
        }
        ProjectTransfer::EnvLine line = m_plan.lines.at(row);
        const bool secret = m_choices.at(row) == RowChoice::Secret;
        line.kind = secret ? ItemKind::Secret : ItemKind::Variable;
        (secret ? secrets : variables) += 1;
        lines.append(line);
    }
    const auto policy
        = replaceExisting() ? ProjectTransfer::EnvConflictPolicy::Replace : ProjectTransfer::EnvConflictPolicy::Keep;
    auto written = ProjectTransfer::applyEnvImport(*m_store, m_project, lines, policy);
    if (!written) {
        m_error = written.message();
        refreshRows();
        return;
    }
    m_summary = tr("Imported %1 and %2 into %3.")
                    .arg(tr("%n variable(s)", nullptr, variables), tr("%n secret(s)", nullptr, secrets), m_projectName);
    accept();
}
