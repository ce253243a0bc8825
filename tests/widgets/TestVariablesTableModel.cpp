#include "models/VariablesTableModel.h"
#include "storage/Vault.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"
#include "tests/widgets/ModelTestSupport.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QLocale>
#include <QPersistentModelIndex>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

// The variables model against a real vault: every change goes through the vault, whose signals
// must move the model's rows exactly as a reload would order them, with QAbstractItemModelTester
// watching every step.

namespace {

using TestSupport::secret;
using TestSupport::secure;

using ModelTestSupport::damagedName;
using ModelTestSupport::damageRecord;
using ModelTestSupport::kPassword;
using ModelTestSupport::threeWay;

// The ids the model shows, row by row.
QList<RecordId> modelIds(const VariablesTableModel& model)
{
    QList<RecordId> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.append(model.index(row, VariablesTableModel::NameColumn).data(VariablesTableModel::IdRole).toLongLong());
    }
    return ids;
}

// What the model must show: the variables filtered and sorted the plain, slow way.
QList<RecordId> expectedIds(QList<Variable> variables, const QString& filter, int column, Qt::SortOrder order)
{
    const auto passes = [&filter](const Variable& variable) {
        if (variable.damaged) {
            return damagedName(variable.id).contains(filter, Qt::CaseInsensitive);
        }
        return variable.name.contains(filter, Qt::CaseInsensitive)
            || variable.value.contains(filter, Qt::CaseInsensitive);
    };
    variables.removeIf([&passes](const Variable& variable) { return !passes(variable); });
    std::sort(variables.begin(), variables.end(), [column, order](const Variable& a, const Variable& b) {
        if (a.damaged != b.damaged) {
            return b.damaged;
        }
        if (a.damaged) {
            return a.id < b.id;
        }
        int result = 0;
        switch (column) {
        case VariablesTableModel::ValueColumn:
            result = a.value.toCaseFolded().compare(b.value.toCaseFolded());
            break;
        case VariablesTableModel::InExportColumn:
            result = int(a.includeInExport) - int(b.includeInExport);
            break;
        case VariablesTableModel::UpdatedColumn:
            result = threeWay(a.updated.toMSecsSinceEpoch(), b.updated.toMSecsSinceEpoch());
            break;
        default:
            break;
        }
        if (result == 0) {
            result = a.name.toCaseFolded().compare(b.name.toCaseFolded());
        }
        if (result == 0) {
            result = a.name.compare(b.name);
        }
        if (result == 0) {
            result = threeWay(a.id, b.id);
        }
        return order == Qt::AscendingOrder ? result < 0 : result > 0;
    });
    QList<RecordId> ids;
    for (const Variable& variable : std::as_const(variables)) {
        ids.append(variable.id);
    }
    return ids;
}

QStringList modelNames(const VariablesTableModel& model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row) {
        names.append(model.index(row, VariablesTableModel::NameColumn).data().toString());
    }
    return names;
}

} // namespace

class TestVariablesTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void emptyWithoutProject();
    void showsTheProjectSortedByName();
    void headers();
    void valueCellIsOneLine_data();
    void valueCellIsOneLine();
    void valueRolesGiveTheValue();
    void updatedColumn();
    void inExportCheckboxWritesThrough();
    void inExportWriteFailureIsReported();
    void filterMatchesNameOrValueIgnoringCase();
    void filterNarrowsAndWidens();
    void sortsByEachColumn_data();
    void sortsByEachColumn();
    void sortsLargeGroupsWithLongCommonPrefixes();
    void savedVariablesUpdateRowsInPlace();
    void renameMovesTheRowAndKeepsSelection();
    void otherProjectsAreIgnored();
    void importReloads();
    void lockClearsAndUnlockReloads();
    void removingTheProjectClears();
    void damagedRecordsShowLast();
    void loadErrorLeavesModelEmpty();
    void randomChangesMatchTheVault();
    void largeProjectLoadsInChunks();
    void sortAndFilterStayCorrectWhileLoading();
    void selectionFollowsItsRowWhileLoading();
    void editsWhileLoadingWin();
    void lockDuringLoadCancelsIt();
    void loadingReportsProgress();

private:
    RecordId addVariable(const QString& name, const QString& value, bool includeInExport = false);
    RecordId idOf(const QString& name) const;
    QList<Variable> vaultVariables() const;
    void verifyMatchesVault();
    // The rows are the loaded items (those allNames() knows) filtered and sorted as a full load would.
    void verifyLoadedPartIsConsistent();
    // Adds `count` variables VAR_000 ... with values that vary in case and content.
    void addManyVariables(int count);
    // Runs the event loop until the model has loaded everything, checking the rows at every chunk.
    void finishLoadingChecked();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Vault> m_vault;
    ProjectId m_project = 0;
    ProjectId m_otherProject = 0;
    std::unique_ptr<VariablesTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestVariablesTableModel::init()
{
    QVERIFY(ModelTestSupport::createUnlockedVault(m_dir, m_path, m_vault));
    auto shop = m_vault->addProject(QStringLiteral("shop"));
    auto other = m_vault->addProject(QStringLiteral("other"));
    QVERIFY(shop.ok() && other.ok());
    m_project = shop->id;
    m_otherProject = other->id;
    m_model = std::make_unique<VariablesTableModel>(m_vault.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestVariablesTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_vault.reset();
    m_dir.reset();
}

RecordId TestVariablesTableModel::addVariable(const QString& name, const QString& value, bool includeInExport)
{
    auto written = m_vault->setVariable(m_project, name, value, includeInExport);
    return written.ok() ? written->id : -1;
}

RecordId TestVariablesTableModel::idOf(const QString& name) const
{
    auto variable = m_vault->variable(m_project, name);
    return variable.ok() ? variable->id : -1;
}

QList<Variable> TestVariablesTableModel::vaultVariables() const
{
    auto variables = m_vault->variables(m_project);
    return variables.ok() ? variables.value() : QList<Variable> {};
}

void TestVariablesTableModel::verifyMatchesVault()
{
    const QList<Variable> variables = vaultVariables();
    QCOMPARE(m_model->totalCount(), variables.size());
    QCOMPARE(
        modelIds(*m_model), expectedIds(variables, m_model->filterText(), m_model->sortColumn(), m_model->sortOrder()));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Variable shown = m_model->variableAt(row);
        const auto stored = std::find_if(variables.cbegin(), variables.cend(),
            [&shown](const Variable& variable) { return variable.id == shown.id; });
        QVERIFY(stored != variables.cend());
        QCOMPARE(shown.name, stored->name);
        QCOMPARE(shown.value, stored->value);
        QCOMPARE(shown.includeInExport, stored->includeInExport);
        QCOMPARE(m_model->rowOfId(shown.id), row);
    }
}

void TestVariablesTableModel::emptyWithoutProject()
{
    QVERIFY(addVariable(QStringLiteral("GREETING"), QStringLiteral("hello")) > 0);
    QCOMPARE(m_model->project(), ProjectId(0));
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->totalCount(), 0);
    QCOMPARE(m_model->columnCount(), int(VariablesTableModel::ColumnCount));
    QVERIFY(!m_model->hasError());
    QVERIFY(m_model->allNames().isEmpty());
    QCOMPARE(m_model->variableAt(0).id, RecordId(0));
    QCOMPARE(m_model->rowOfId(idOf(QStringLiteral("GREETING"))), -1);
}

void TestVariablesTableModel::showsTheProjectSortedByName()
{
    QVERIFY(addVariable(QStringLiteral("b_second"), QStringLiteral("2")) > 0);
    QVERIFY(addVariable(QStringLiteral("C_THIRD"), QStringLiteral("3")) > 0);
    QVERIFY(addVariable(QStringLiteral("A_FIRST"), QStringLiteral("1")) > 0);
    QVERIFY(addVariable(QStringLiteral("a_first"), QStringLiteral("1")) > 0);
    QVERIFY(m_vault->setVariable(m_otherProject, QStringLiteral("ELSEWHERE"), QStringLiteral("x")).ok());
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);

    m_model->setProject(m_project);

    QCOMPARE(resets.count(), 1);
    QCOMPARE(m_model->project(), m_project);
    QVERIFY(!m_model->hasError());
    // Case-insensitive, names differing only by case in code-point order.
    QCOMPARE(modelNames(*m_model),
        QStringList({QStringLiteral("A_FIRST"), QStringLiteral("a_first"), QStringLiteral("b_second"),
            QStringLiteral("C_THIRD")}));
    QCOMPARE(m_model->totalCount(), 4);
    QStringList names = m_model->allNames();
    names.sort();
    QCOMPARE(names,
        QStringList({QStringLiteral("A_FIRST"), QStringLiteral("C_THIRD"), QStringLiteral("a_first"),
            QStringLiteral("b_second")}));
    QCOMPARE(m_model->variableAt(2).name, QStringLiteral("b_second"));
    QCOMPARE(m_model->variableAt(2).value, QStringLiteral("2"));
    QCOMPARE(m_model->rowOfId(idOf(QStringLiteral("C_THIRD"))), 3);
    QCOMPARE(m_model->index(1, 0).data(VariablesTableModel::NameRole).toString(), QStringLiteral("a_first"));
    QCOMPARE(m_model->index(1, 0).data(VariablesTableModel::DamagedRole).toBool(), false);
    verifyMatchesVault();

    m_model->setProject(0);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->totalCount(), 0);
}

void TestVariablesTableModel::headers()
{
    const auto title = [this](int section) { return m_model->headerData(section, Qt::Horizontal).toString(); };
    QCOMPARE(title(VariablesTableModel::NameColumn), QStringLiteral("Name"));
    QCOMPARE(title(VariablesTableModel::ValueColumn), QStringLiteral("Value"));
    QCOMPARE(title(VariablesTableModel::InExportColumn), QStringLiteral("In export"));
    QCOMPARE(title(VariablesTableModel::UpdatedColumn), QStringLiteral("Updated"));
    QVERIFY(!m_model->headerData(VariablesTableModel::InExportColumn, Qt::Horizontal, Qt::ToolTipRole)
                 .toString()
                 .isEmpty());
}

void TestVariablesTableModel::valueCellIsOneLine_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("shown");

    const QString newline = QString(QChar(0x23CE)) + QLatin1Char(' ');
    const QString ellipsis = QString(QChar(0x2026));
    QTest::newRow("plain") << QStringLiteral("hello") << QStringLiteral("hello");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("LF") << QStringLiteral("a\nb") << (QStringLiteral("a") + newline + QStringLiteral("b"));
    QTest::newRow("CRLF is one break") << QStringLiteral(
        "a\r\nb\rc") << (QStringLiteral("a") + newline + QStringLiteral("b") + newline + QStringLiteral("c"));
    QTest::newRow("trailing newline") << QStringLiteral("a\n") << (QStringLiteral("a") + newline);
    QTest::newRow("exactly 200") << QString(200, QLatin1Char('x')) << QString(200, QLatin1Char('x'));
    QTest::newRow("201 is cut") << QString(201, QLatin1Char('x')) << (QString(200, QLatin1Char('x')) + ellipsis);
    QTest::newRow("64 KiB is cut") << QString(65536, QLatin1Char('y')) << (QString(200, QLatin1Char('y')) + ellipsis);
    // A surrogate pair straddling the cut is dropped whole, never split.
    const QString smile = QStringLiteral("\U0001F600");
    QTest::newRow("pair at the cut") << (QString(199, QLatin1Char('z')) + smile + QStringLiteral("tail"))
                                     << (QString(199, QLatin1Char('z')) + ellipsis);
    QTest::newRow("pair before the cut") << (QString(198, QLatin1Char('z')) + smile + QStringLiteral("tail"))
                                         << (QString(198, QLatin1Char('z')) + smile + ellipsis);
}

void TestVariablesTableModel::valueCellIsOneLine()
{
    QFETCH(QString, value);
    QFETCH(QString, shown);
    QCOMPARE(VariablesTableModel::singleLineValue(value), shown);

    QVERIFY(addVariable(QStringLiteral("V"), value) > 0);
    m_model->setProject(m_project);
    QCOMPARE(m_model->index(0, VariablesTableModel::ValueColumn).data().toString(), shown);
}

void TestVariablesTableModel::valueRolesGiveTheValue()
{
    const QString multiLine = QStringLiteral("first line\nsecond line\r\n\tthird");
    const QString huge = QString(5000, QLatin1Char('h'));
    QVERIFY(addVariable(QStringLiteral("A_MULTI"), multiLine) > 0);
    QVERIFY(addVariable(QStringLiteral("B_HUGE"), huge) > 0);
    m_model->setProject(m_project);

    const QModelIndex multi = m_model->index(0, VariablesTableModel::ValueColumn);
    QCOMPARE(multi.data(Qt::EditRole).toString(), multiLine);
    QCOMPARE(multi.data(VariablesTableModel::ValueRole).toString(), multiLine);
    QCOMPARE(multi.data(Qt::ToolTipRole).toString(), multiLine);
    QCOMPARE(
        m_model->index(0, VariablesTableModel::NameColumn).data(VariablesTableModel::ValueRole).toString(), multiLine);

    const QModelIndex big = m_model->index(1, VariablesTableModel::ValueColumn);
    QCOMPARE(big.data(Qt::EditRole).toString(), huge);
    QCOMPARE(big.data(VariablesTableModel::ValueRole).toString(), huge);
    const QString tip = big.data(Qt::ToolTipRole).toString();
    QCOMPARE(tip.size(), VariablesTableModel::kMaxToolTipLength + 1);
    QVERIFY(tip.endsWith(QChar(0x2026)));
    QVERIFY(huge.startsWith(tip.chopped(1)));
}

void TestVariablesTableModel::updatedColumn()
{
    QVERIFY(addVariable(QStringLiteral("GREETING"), QStringLiteral("hello")) > 0);
    m_model->setProject(m_project);
    const Variable stored = m_vault->variable(m_project, QStringLiteral("GREETING")).value();
    const QModelIndex updated = m_model->index(0, VariablesTableModel::UpdatedColumn);
    const QDateTime local = stored.updated.toLocalTime();
    QCOMPARE(updated.data().toString(), QLocale().toString(local, QLocale::ShortFormat));
    QCOMPARE(updated.data(Qt::ToolTipRole).toString(), QLocale().toString(local, QLocale::LongFormat));
    QCOMPARE(updated.data(VariablesTableModel::SortRole).toDateTime(), local);
    QCOMPARE(updated.data(VariablesTableModel::SortRole).toDateTime().timeSpec(), Qt::LocalTime);
}

void TestVariablesTableModel::inExportCheckboxWritesThrough()
{
    QVERIFY(addVariable(QStringLiteral("GREETING"), QStringLiteral("hello")) > 0);
    m_model->setProject(m_project);
    const QModelIndex inExport = m_model->index(0, VariablesTableModel::InExportColumn);

    QVERIFY(m_model->flags(inExport).testFlag(Qt::ItemIsUserCheckable));
    QVERIFY(m_model->flags(inExport).testFlag(Qt::ItemIsEnabled));
    for (int column :
        {VariablesTableModel::NameColumn, VariablesTableModel::ValueColumn, VariablesTableModel::UpdatedColumn}) {
        QVERIFY(!m_model->flags(m_model->index(0, column)).testFlag(Qt::ItemIsUserCheckable));
        QVERIFY(!m_model->flags(m_model->index(0, column)).testFlag(Qt::ItemIsEditable));
        QVERIFY(!m_model->index(0, column).data(Qt::CheckStateRole).isValid());
    }
    QVERIFY(inExport.data().toString().isEmpty());
    // Off for a new variable.
    QCOMPARE(inExport.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setData(inExport, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(m_vault->variable(m_project, QStringLiteral("GREETING"))->includeInExport);
    QCOMPARE(inExport.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(inExport.data(VariablesTableModel::IncludeInExportRole).toBool(), true);
    QVERIFY(!changed.isEmpty());
    QVERIFY(!m_model->hasError());

    QVERIFY(m_model->setData(inExport, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!m_vault->variable(m_project, QStringLiteral("GREETING"))->includeInExport);
    QCOMPARE(inExport.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

    // Other roles and columns are not editable.
    QVERIFY(!m_model->setData(inExport, QStringLiteral("x"), Qt::EditRole));
    QVERIFY(!m_model->setData(m_model->index(0, VariablesTableModel::ValueColumn), QStringLiteral("x")));
    QCOMPARE(m_vault->variable(m_project, QStringLiteral("GREETING"))->value, QStringLiteral("hello"));
}

void TestVariablesTableModel::inExportWriteFailureIsReported()
{
    QVERIFY(addVariable(QStringLiteral("GREETING"), QStringLiteral("hello")) > 0);
    m_model->setProject(m_project);
    // Another process removes the variable: this vault object sends no signal for it.
    Vault other;
    QVERIFY(other.unlock(m_path, secret(kPassword)).ok());
    QVERIFY(other.removeVariable(m_project, QStringLiteral("GREETING")).ok());

    QSignalSpy failed(m_model.get(), &VariablesTableModel::writeFailed);
    const QModelIndex inExport = m_model->index(0, VariablesTableModel::InExportColumn);
    QVERIFY(!m_model->setData(inExport, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(failed.count(), 1);
    QVERIFY(m_model->hasError());
    QCOMPARE(m_model->lastError().code, ErrorCode::NotFound);
    QCOMPARE(failed.at(0).at(0).toString(), m_model->lastError().message);
    QVERIFY(!m_model->lastError().message.isEmpty());
    QCOMPARE(inExport.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
}

void TestVariablesTableModel::filterMatchesNameOrValueIgnoringCase()
{
    QVERIFY(addVariable(QStringLiteral("API_URL"), QStringLiteral("https://example.com")) > 0);
    QVERIFY(addVariable(QStringLiteral("GREETING"), QStringLiteral("Привет, МИР")) > 0);
    QVERIFY(addVariable(QStringLiteral("FRUIT"), QStringLiteral("ÄPFEL")) > 0);
    QVERIFY(addVariable(QStringLiteral("MULTI"), QStringLiteral("one\ntwo")) > 0);
    m_model->setProject(m_project);

    const auto shown = [this](const QString& filter) {
        m_model->setFilterText(filter);
        return modelNames(*m_model);
    };
    QCOMPARE(shown(QStringLiteral("api")), QStringList({QStringLiteral("API_URL")}));
    QCOMPARE(shown(QStringLiteral("EXAMPLE")), QStringList({QStringLiteral("API_URL")}));
    QCOMPARE(shown(QStringLiteral("мир")), QStringList({QStringLiteral("GREETING")}));
    QCOMPARE(shown(QStringLiteral("äpf")), QStringList({QStringLiteral("FRUIT")}));
    QCOMPARE(shown(QStringLiteral("one\ntwo")), QStringList({QStringLiteral("MULTI")}));
    // A match never spans the end of the name and the start of the value.
    QCOMPARE(shown(QStringLiteral("urlhttps")), QStringList());
    QCOMPARE(shown(QStringLiteral("nothing")), QStringList());
    QCOMPARE(m_model->totalCount(), 4);
    QCOMPARE(m_model->rowOfId(idOf(QStringLiteral("API_URL"))), -1);
    QCOMPARE(m_model->filterText(), QStringLiteral("nothing"));
    QCOMPARE(m_model->allNames().size(), 4);
    QCOMPARE(shown(QString()).size(), 4);
}

void TestVariablesTableModel::filterNarrowsAndWidens()
{
    const QStringList names = {QStringLiteral("API_KEY"), QStringLiteral("api_key_2"), QStringLiteral("API_SECRET"),
        QStringLiteral("DB_HOST"), QStringLiteral("DB_PASSWORD"), QStringLiteral("TELEGRAM_TOKEN"),
        QStringLiteral("TIMEOUT")};
    for (const QString& name : names) {
        QVERIFY(addVariable(name, name.toLower() + QStringLiteral(" value")) > 0);
    }
    m_model->setProject(m_project);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);

    // Typing, then deleting, then replacing the text: each step must equal a fresh filter.
    const QStringList steps = {QStringLiteral("a"), QStringLiteral("ap"), QStringLiteral("api"),
        QStringLiteral("api_k"), QStringLiteral("API_KEY_"), QStringLiteral("api_k"), QStringLiteral("a"), QString(),
        QStringLiteral("t"), QStringLiteral("to"), QStringLiteral("db"), QStringLiteral("d"), QStringLiteral("xyz"),
        QStringLiteral("xy"), QStringLiteral("o"), QStringLiteral("O")};
    int expectedResets = 0;
    QString previous;
    for (const QString& step : steps) {
        m_model->setFilterText(step);
        if (step.toCaseFolded() != previous.toCaseFolded()) {
            ++expectedResets;
        }
        previous = step;
        QCOMPARE(resets.count(), expectedResets);
        QCOMPARE(modelIds(*m_model),
            expectedIds(vaultVariables(), step, VariablesTableModel::NameColumn, Qt::AscendingOrder));
    }
    QCOMPARE(m_model->filterText(), QStringLiteral("O"));
}

void TestVariablesTableModel::sortsByEachColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int column = 0; column < VariablesTableModel::ColumnCount; ++column) {
        QTest::addRow("column %d ascending", column) << column << Qt::AscendingOrder;
        QTest::addRow("column %d descending", column) << column << Qt::DescendingOrder;
    }
}

void TestVariablesTableModel::sortsByEachColumn()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    // Values share long prefixes and repeat; names differ by case only in one pair; times repeat.
    const QList<std::pair<QString, QString>> variables = {
        {QStringLiteral("ENDPOINT_A"), QStringLiteral("https://service.example.com/api/v2/a")},
        {QStringLiteral("ENDPOINT_B"), QStringLiteral("https://service.example.com/api/v2/B")},
        {QStringLiteral("endpoint_b"), QStringLiteral("https://service.example.com/api/v2/b")},
        {QStringLiteral("RETRIES"), QStringLiteral("3")},
        {QStringLiteral("TIMEOUT"), QStringLiteral("3")},
        {QStringLiteral("EMPTY"), QString()},
        {QStringLiteral("GREETING"), QStringLiteral("Hello\nworld")},
        {QStringLiteral("Z_LAST"), QStringLiteral("zzz")},
    };
    bool include = false;
    for (const auto& [name, value] : variables) {
        QVERIFY(addVariable(name, value, include) > 0);
        include = !include;
        QTest::qSleep(2);
    }
    // A second write in the same millisecond as another makes a tie on Updated.
    QVERIFY(addVariable(QStringLiteral("SAME_TIME_1"), QStringLiteral("s")) > 0);
    QVERIFY(addVariable(QStringLiteral("SAME_TIME_2"), QStringLiteral("s")) > 0);
    m_model->setProject(m_project);

    QSignalSpy layoutChanges(m_model.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->sort(column, order);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(layoutChanges.count(), column == VariablesTableModel::NameColumn && order == Qt::AscendingOrder ? 0 : 1);
    QCOMPARE(m_model->sortColumn(), column);
    QCOMPARE(m_model->sortOrder(), order);
    QCOMPARE(modelIds(*m_model), expectedIds(vaultVariables(), QString(), column, order));

    // Sorted rows keep their order through filtering and through changes.
    m_model->setFilterText(QStringLiteral("e"));
    QCOMPARE(modelIds(*m_model), expectedIds(vaultVariables(), QStringLiteral("e"), column, order));
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("RETRIES"), QStringLiteral("https://e")).ok());
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("NEW_ONE"), QStringLiteral("e"), true).ok());
    verifyMatchesVault();
    m_model->setFilterText(QString());
    verifyMatchesVault();
}

void TestVariablesTableModel::sortsLargeGroupsWithLongCommonPrefixes()
{
    // Beyond a handful of items the model sorts by 16-byte keys and sorts tied groups again by the
    // next 16 bytes: names and values here share prefixes of 30 and more bytes, repeat, and differ
    // only late, by case or by length, in groups far larger than the few items that skip the keys.
    QRandomGenerator random(99);
    QList<Vault::ImportItem> items;
    for (int i = 0; i < 120; ++i) {
        // Half the names share a long prefix, half differ from the first letter on.
        const QString prefix = random.bounded(2) == 1 ? QStringLiteral("SERVICE_ACCOUNT_KEY_PRODUCTION_")
                                                      : QString(QChar(u'A' + random.bounded(26)));
        const QString name
            = prefix + QStringLiteral("%1_%2").arg(random.bounded(10)).arg(QString::number(i, 36).toUpper());
        QString value;
        switch (random.bounded(5)) {
        case 0:
            value = QStringLiteral("https://service.example.com/api/v2/endpoint/%1")
                        .arg(random.bounded(20), 2, 10, QLatin1Char('0'));
            break;
        case 1:
            value = QStringLiteral("https://service.example.com/api/v2/ENDPOINT/%1")
                        .arg(random.bounded(20), 2, 10, QLatin1Char('0'));
            break;
        case 2:
            value = QString(random.bounded(30, 40), QLatin1Char('x'));
            break;
        case 3:
            value = QStringLiteral("same value for many variables");
            break;
        default:
            value = QString();
            break;
        }
        items.append(TestSupport::importedVariable(name, value, random.bounded(2) == 1));
    }
    QVERIFY(m_vault->applyImport(TestSupport::importInto(m_project, items)).ok());
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("service_account_key_production_1_0"), QStringLiteral("x"))
                .ok());
    m_model->setProject(m_project);
    verifyMatchesVault();
    for (int column = 0; column < VariablesTableModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            m_model->sort(column, order);
            verifyMatchesVault();
            m_model->setFilterText(QStringLiteral("endpoint/1"));
            verifyMatchesVault();
            m_model->setFilterText(QString());
        }
    }
}

void TestVariablesTableModel::savedVariablesUpdateRowsInPlace()
{
    QVERIFY(addVariable(QStringLiteral("B_VAR"), QStringLiteral("b")) > 0);
    QVERIFY(addVariable(QStringLiteral("D_VAR"), QStringLiteral("d")) > 0);
    m_model->setProject(m_project);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);

    // A new variable is inserted at its sorted position.
    QVERIFY(addVariable(QStringLiteral("C_VAR"), QStringLiteral("c")) > 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(
        modelNames(*m_model), QStringList({QStringLiteral("B_VAR"), QStringLiteral("C_VAR"), QStringLiteral("D_VAR")}));

    // A new value updates the row in place.
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("C_VAR"), QStringLiteral("new\nvalue")).ok());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(m_model->variableAt(1).value, QStringLiteral("new\nvalue"));

    // A filtered-out variable changes without a row; one that starts to match appears.
    m_model->setFilterText(QStringLiteral("needle"));
    QCOMPARE(m_model->rowCount(), 0);
    resets.clear();
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("B_VAR"), QStringLiteral("haystack")).ok());
    QCOMPARE(m_model->rowCount(), 0);
    inserted.clear();
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("D_VAR"), QStringLiteral("a needle")).ok());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(modelNames(*m_model), QStringList({QStringLiteral("D_VAR")}));
    // ... and one that stops matching goes.
    removed.clear();
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("D_VAR"), QStringLiteral("gone")).ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(m_model->totalCount(), 3);
    m_model->setFilterText(QString());

    // Removal.
    removed.clear();
    QVERIFY(m_vault->removeVariable(m_project, QStringLiteral("B_VAR")).ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(modelNames(*m_model), QStringList({QStringLiteral("C_VAR"), QStringLiteral("D_VAR")}));
    QCOMPARE(m_model->totalCount(), 2);
    QVERIFY(!m_model->allNames().contains(QStringLiteral("B_VAR")));
    verifyMatchesVault();
}

void TestVariablesTableModel::renameMovesTheRowAndKeepsSelection()
{
    for (const char* name : {"A_VAR", "B_VAR", "C_VAR", "D_VAR"}) {
        QVERIFY(addVariable(QString::fromLatin1(name), QStringLiteral("v")) > 0);
    }
    m_model->setProject(m_project);
    const RecordId id = idOf(QStringLiteral("B_VAR"));
    const QPersistentModelIndex selected(m_model->index(1, VariablesTableModel::ValueColumn));
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);

    QVERIFY(m_vault->renameVariable(m_project, QStringLiteral("B_VAR"), QStringLiteral("Z_VAR")).ok());
    QCOMPARE(moved.count(), 1);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(modelNames(*m_model),
        QStringList(
            {QStringLiteral("A_VAR"), QStringLiteral("C_VAR"), QStringLiteral("D_VAR"), QStringLiteral("Z_VAR")}));
    QVERIFY(selected.isValid());
    QCOMPARE(selected.row(), 3);
    QCOMPARE(selected.column(), int(VariablesTableModel::ValueColumn));
    QCOMPARE(selected.data(VariablesTableModel::IdRole).toLongLong(), id);
    QCOMPARE(m_model->rowOfId(id), 3);

    // Back to the top, then a rename that keeps the position.
    QVERIFY(m_vault->renameVariable(m_project, QStringLiteral("Z_VAR"), QStringLiteral("0_VAR")).ok());
    QCOMPARE(moved.count(), 2);
    QCOMPARE(selected.row(), 0);
    QVERIFY(m_vault->renameVariable(m_project, QStringLiteral("0_VAR"), QStringLiteral("1_VAR")).ok());
    QCOMPARE(moved.count(), 2);
    QCOMPARE(selected.row(), 0);
    QCOMPARE(selected.data().toString(), QStringLiteral("v"));
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("1_VAR"));

    // Sorting keeps the persistent index on its variable too.
    m_model->sort(VariablesTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(selected.row(), 3);
    QCOMPARE(selected.data(VariablesTableModel::IdRole).toLongLong(), id);
    verifyMatchesVault();
}

void TestVariablesTableModel::otherProjectsAreIgnored()
{
    QVERIFY(addVariable(QStringLiteral("MINE"), QStringLiteral("m")) > 0);
    m_model->setProject(m_project);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_vault->setVariable(m_otherProject, QStringLiteral("THEIRS"), QStringLiteral("t")).ok());
    QVERIFY(m_vault->setVariable(m_otherProject, QStringLiteral("MINE"), QStringLiteral("t")).ok());
    QVERIFY(m_vault->removeVariable(m_otherProject, QStringLiteral("MINE")).ok());
    QVERIFY(m_vault
                ->applyImport(TestSupport::importInto(
                    m_otherProject, {TestSupport::importedVariable(QStringLiteral("X"), QStringLiteral("x"))}))
                .ok());
    // Secrets are another model's business.
    QVERIFY(m_vault->setSecret(m_project, QStringLiteral("MINE_TOO"), secret("s")).ok());
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(modelNames(*m_model), QStringList({QStringLiteral("MINE")}));
}

void TestVariablesTableModel::importReloads()
{
    QVERIFY(addVariable(QStringLiteral("EXISTING"), QStringLiteral("e")) > 0);
    m_model->setProject(m_project);
    m_model->setFilterText(QStringLiteral("imp"));
    m_model->sort(VariablesTableModel::NameColumn, Qt::DescendingOrder);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);

    const QList<Vault::ImportItem> items = {
        TestSupport::importedVariable(QStringLiteral("IMPORTED_A"), QStringLiteral("a"), true),
        TestSupport::importedVariable(QStringLiteral("IMPORTED_B"), QStringLiteral("b")),
        TestSupport::importedVariable(QStringLiteral("OTHER"), QStringLiteral("imported value")),
        TestSupport::importedSecret(QStringLiteral("IMPORTED_SECRET"), TestSupport::secret("s")),
    };
    QVERIFY(m_vault->applyImport(TestSupport::importInto(m_project, items)).ok());
    QCOMPARE(resets.count(), 1);
    QCOMPARE(m_model->totalCount(), 4);
    QCOMPARE(modelNames(*m_model),
        QStringList({QStringLiteral("OTHER"), QStringLiteral("IMPORTED_B"), QStringLiteral("IMPORTED_A")}));
    QCOMPARE(m_model->index(2, VariablesTableModel::InExportColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    verifyMatchesVault();
}

void TestVariablesTableModel::lockClearsAndUnlockReloads()
{
    QVERIFY(addVariable(QStringLiteral("GREETING"), QStringLiteral("hello")) > 0);
    QVERIFY(addVariable(QStringLiteral("TIMEOUT"), QStringLiteral("30")) > 0);
    m_model->setProject(m_project);
    m_model->setFilterText(QStringLiteral("t"));
    QCOMPARE(m_model->rowCount(), 2);

    m_vault->lock();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->totalCount(), 0);
    QVERIFY(m_model->allNames().isEmpty());
    QCOMPARE(m_model->variableAt(0).id, RecordId(0));
    QCOMPARE(m_model->project(), m_project);
    QVERIFY(!m_model->hasError());
    // Nothing of the values stays behind in the model.
    QVERIFY(!m_model->index(0, VariablesTableModel::ValueColumn).isValid());

    QVERIFY(m_vault->unlock(m_path, secret(kPassword)).ok());
    QCOMPARE(m_model->filterText(), QStringLiteral("t"));
    QCOMPARE(modelNames(*m_model), QStringList({QStringLiteral("GREETING"), QStringLiteral("TIMEOUT")}));
    QCOMPARE(m_model->totalCount(), 2);

    // Changes after the unlock arrive as before.
    QVERIFY(addVariable(QStringLiteral("TOKEN_URL"), QStringLiteral("u")) > 0);
    QCOMPARE(m_model->rowCount(), 3);
    verifyMatchesVault();
}

void TestVariablesTableModel::removingTheProjectClears()
{
    QVERIFY(addVariable(QStringLiteral("GREETING"), QStringLiteral("hello")) > 0);
    m_model->setProject(m_project);
    // Other project changes leave the model alone.
    QVERIFY(m_vault->renameProject(m_otherProject, QStringLiteral("renamed")).ok());
    QCOMPARE(m_model->rowCount(), 1);

    QVERIFY(m_vault->removeProject(m_project).ok());
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->totalCount(), 0);
    QCOMPARE(m_model->project(), ProjectId(0));
    // A later unlock does not try to load the removed project.
    m_vault->lock();
    QVERIFY(m_vault->unlock(m_path, secret(kPassword)).ok());
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->hasError());
}

void TestVariablesTableModel::damagedRecordsShowLast()
{
    QVERIFY(addVariable(QStringLiteral("A_VAR"), QStringLiteral("a")) > 0);
    const RecordId damagedId = addVariable(QStringLiteral("B_VAR"), QStringLiteral("b"));
    QVERIFY(damagedId > 0);
    QVERIFY(addVariable(QStringLiteral("C_VAR"), QStringLiteral("c")) > 0);
    QFont italic;
    italic.setItalic(true);
    m_model->setDamagedRowFont(QVariant::fromValue(italic));
    m_model->setProject(m_project);

    m_vault->lock();
    QVERIFY(damageRecord(m_path, "items", damagedId));
    QVERIFY(m_vault->unlock(m_path, secret(kPassword)).ok());

    QCOMPARE(
        modelNames(*m_model), QStringList({QStringLiteral("A_VAR"), QStringLiteral("C_VAR"), damagedName(damagedId)}));
    const QModelIndex name = m_model->index(2, VariablesTableModel::NameColumn);
    QCOMPARE(name.data(VariablesTableModel::DamagedRole).toBool(), true);
    QCOMPARE(name.data(VariablesTableModel::IdRole).toLongLong(), damagedId);
    QVERIFY(name.data(VariablesTableModel::NameRole).toString().isEmpty());
    QVERIFY(name.data(VariablesTableModel::ValueRole).toString().isEmpty());
    QCOMPARE(name.data(Qt::FontRole).value<QFont>().italic(), true);
    QVERIFY(!m_model->index(0, VariablesTableModel::NameColumn).data(Qt::FontRole).isValid());
    QVERIFY(!name.data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(m_model->index(2, VariablesTableModel::ValueColumn).data().toString().isEmpty());
    const QModelIndex inExport = m_model->index(2, VariablesTableModel::InExportColumn);
    QVERIFY(!m_model->flags(inExport).testFlag(Qt::ItemIsUserCheckable));
    QVERIFY(!inExport.data(Qt::CheckStateRole).isValid());
    QVERIFY(!m_model->setData(inExport, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(!m_model->index(2, VariablesTableModel::UpdatedColumn).data().isValid());
    // A damaged record has no name to offer for duplicate checks.
    QCOMPARE(m_model->allNames().size(), 2);
    QCOMPARE(m_model->totalCount(), 3);

    // Last in both orders and whatever the column.
    for (int column = 0; column < VariablesTableModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            m_model->sort(column, order);
            QCOMPARE(m_model->index(2, 0).data(VariablesTableModel::IdRole).toLongLong(), damagedId);
            verifyMatchesVault();
        }
    }
    // The filter sees what the row shows.
    m_model->setFilterText(QStringLiteral("damaged"));
    QCOMPARE(modelIds(*m_model), QList<RecordId>({damagedId}));
    m_model->setFilterText(QStringLiteral("_var"));
    QCOMPARE(m_model->rowCount(), 2);
}

void TestVariablesTableModel::loadErrorLeavesModelEmpty()
{
    m_model->setProject(m_project + 1000);
    QVERIFY(m_model->hasError());
    QCOMPARE(m_model->lastError().code, ErrorCode::NotFound);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->project(), m_project + 1000);

    // A failed load ignores item signals; a good one clears the error.
    QVERIFY(addVariable(QStringLiteral("GREETING"), QStringLiteral("hello")) > 0);
    m_model->setProject(m_project);
    QVERIFY(!m_model->hasError());
    QCOMPARE(m_model->rowCount(), 1);

    m_vault->lock();
    m_model->setProject(m_project);
    QVERIFY(m_model->hasError());
    QCOMPARE(m_model->lastError().code, ErrorCode::Locked);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_vault->unlock(m_path, secret(kPassword)).ok());
    QVERIFY(!m_model->hasError());
    QCOMPARE(m_model->rowCount(), 1);
}

void TestVariablesTableModel::randomChangesMatchTheVault()
{
    // Random edits, renames, removals, imports, checkbox clicks, filters and sorts; after each the
    // rows must be exactly what a fresh load would show. Many edits of few items also make the
    // model compact its folded text.
    QRandomGenerator random(20240611);
    const QStringList stems = {QStringLiteral("API"), QStringLiteral("api"), QStringLiteral("DB"),
        QStringLiteral("TOKEN"), QStringLiteral("Url"), QStringLiteral("X")};
    const QStringList words = {QStringLiteral("alpha"), QStringLiteral("Beta"), QStringLiteral("https://a.example/"),
        QStringLiteral("line\nbreak"), QStringLiteral("ÄÖÜ"), QString(), QStringLiteral("tok"), QStringLiteral("42")};
    const QString filterAlphabet = QStringLiteral("aApPiItT_1ke");
    const auto randomName = [&]() {
        return stems.at(random.bounded(int(stems.size()))) + QLatin1Char('_') + QString::number(random.bounded(8));
    };
    const auto randomValue
        = [&]() { return words.at(random.bounded(int(words.size()))) + words.at(random.bounded(int(words.size()))); };
    m_model->setProject(m_project);
    int importRound = 0;
    for (int step = 0; step < 300; ++step) {
        const int action = random.bounded(100);
        const QStringList existing = m_model->allNames();
        if (action < 35) {
            (void)m_vault->setVariable(m_project, randomName(), randomValue(), random.bounded(2) == 1);
        } else if (action < 47 && !existing.isEmpty()) {
            const QString from = existing.at(random.bounded(int(existing.size())));
            (void)m_vault->renameVariable(m_project, from, randomName());
        } else if (action < 57 && !existing.isEmpty()) {
            QVERIFY(m_vault->removeVariable(m_project, existing.at(random.bounded(int(existing.size())))).ok());
        } else if (action < 67 && m_model->rowCount() > 0) {
            const QModelIndex box
                = m_model->index(random.bounded(m_model->rowCount()), VariablesTableModel::InExportColumn);
            const bool checked = box.data(Qt::CheckStateRole).toInt() == Qt::Checked;
            QVERIFY(m_model->setData(box, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole));
        } else if (action < 85) {
            QString filter = m_model->filterText();
            const int edit = random.bounded(3);
            if (edit == 0 || filter.isEmpty()) {
                filter += filterAlphabet.at(random.bounded(int(filterAlphabet.size())));
            } else if (edit == 1) {
                filter.chop(1);
            } else {
                filter = filterAlphabet.at(random.bounded(int(filterAlphabet.size())));
            }
            if (filter.size() > 4) {
                filter.clear();
            }
            m_model->setFilterText(filter);
        } else if (action < 95) {
            m_model->sort(random.bounded(int(VariablesTableModel::ColumnCount)),
                random.bounded(2) == 1 ? Qt::DescendingOrder : Qt::AscendingOrder);
        } else {
            ++importRound;
            QVERIFY(m_vault
                        ->applyImport(TestSupport::importInto(m_project,
                            {TestSupport::importedVariable(
                                 QStringLiteral("IMPORT_%1_A").arg(importRound), QStringLiteral("imported"), true),
                                TestSupport::importedVariable(
                                    QStringLiteral("IMPORT_%1_B").arg(importRound), randomValue())}))
                        .ok());
        }
        verifyMatchesVault();
        if (QTest::currentTestFailed()) {
            qWarning("diverged at step %d (action %d)", step, action);
            return;
        }
    }
}

void TestVariablesTableModel::verifyLoadedPartIsConsistent()
{
    const QStringList loadedNames = m_model->allNames();
    QList<Variable> loaded = vaultVariables();
    loaded.removeIf([&loadedNames](const Variable& variable) { return !loadedNames.contains(variable.name); });
    QCOMPARE(loaded.size(), loadedNames.size());
    QCOMPARE(m_model->totalCount(), loaded.size());
    QCOMPARE(
        modelIds(*m_model), expectedIds(loaded, m_model->filterText(), m_model->sortColumn(), m_model->sortOrder()));
}

void TestVariablesTableModel::addManyVariables(int count)
{
    QList<ProjectStore::ImportItem> items;
    for (int i = 0; i < count; ++i) {
        // Names in random order against their ids, and values that sort differently from the names.
        const int shuffled = (i * 37) % count;
        items.append(TestSupport::importedVariable(QStringLiteral("VAR_%1").arg(shuffled, 3, 10, QLatin1Char('0')),
            (i % 2 ? QStringLiteral("Value ") : QStringLiteral("value ")) + QString::number((i * 13) % 17),
            i % 3 == 0));
    }
    QVERIFY(m_vault->applyImport(TestSupport::importInto(m_project, items)).ok());
}

void TestVariablesTableModel::finishLoadingChecked()
{
    int chunks = 0;
    while (m_model->isLoading()) {
        QSignalSpy progress(m_model.get(), &VariablesTableModel::loadingProgress);
        QVERIFY(progress.wait(5000));
        ++chunks;
        verifyLoadedPartIsConsistent();
        if (QTest::currentTestFailed()) {
            return;
        }
    }
    QVERIFY(chunks > 0);
    verifyMatchesVault();
}

void TestVariablesTableModel::largeProjectLoadsInChunks()
{
    addManyVariables(50);
    m_model->setLoadChunkSize(8);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);

    m_model->setProject(m_project);

    // The first chunk is there when setProject returns; the rest follows from the event loop.
    QCOMPARE(resets.count(), 1);
    QVERIFY(m_model->isLoading());
    QCOMPARE(m_model->rowCount(), 8);
    QCOMPARE(m_model->loadedCount(), 8);
    QCOMPARE(m_model->expectedCount(), 50);
    verifyLoadedPartIsConsistent();
    finishLoadingChecked();
    QCOMPARE(m_model->rowCount(), 50);
    QCOMPARE(resets.count(), 1);
    QVERIFY(!m_model->hasError());
}

void TestVariablesTableModel::sortAndFilterStayCorrectWhileLoading()
{
    addManyVariables(60);
    m_model->setLoadChunkSize(7);
    m_model->setFilterText(QStringLiteral("value 1"));
    m_model->sort(VariablesTableModel::ValueColumn, Qt::DescendingOrder);
    m_model->setProject(m_project);
    verifyLoadedPartIsConsistent();

    QSignalSpy progress(m_model.get(), &VariablesTableModel::loadingProgress);
    QVERIFY(progress.wait(5000));
    m_model->sort(VariablesTableModel::InExportColumn, Qt::AscendingOrder);
    verifyLoadedPartIsConsistent();
    QVERIFY(progress.wait(5000));
    m_model->setFilterText(QStringLiteral("VAR_0"));
    verifyLoadedPartIsConsistent();
    QVERIFY(progress.wait(5000));
    m_model->setFilterText(QString());
    verifyLoadedPartIsConsistent();
    QVERIFY(m_model->isLoading());
    finishLoadingChecked();
}

void TestVariablesTableModel::selectionFollowsItsRowWhileLoading()
{
    addManyVariables(40);
    m_model->setLoadChunkSize(5);
    m_model->setProject(m_project);
    const QPersistentModelIndex selected = m_model->index(m_model->rowCount() - 1, VariablesTableModel::ValueColumn);
    const RecordId selectedId = selected.data(VariablesTableModel::IdRole).toLongLong();
    QVERIFY(selectedId > 0);

    finishLoadingChecked();

    // Rows were merged in before it, and the persistent index moved along with its item.
    QVERIFY(selected.isValid());
    QCOMPARE(selected.data(VariablesTableModel::IdRole).toLongLong(), selectedId);
    QCOMPARE(selected.row(), m_model->rowOfId(selectedId));
    QCOMPARE(selected.column(), int(VariablesTableModel::ValueColumn));
}

void TestVariablesTableModel::editsWhileLoadingWin()
{
    addManyVariables(40);
    m_model->setLoadChunkSize(6);
    m_model->setProject(m_project);
    QVERIFY(m_model->isLoading());
    const QStringList loaded = m_model->allNames();
    QStringList notLoaded;
    for (const Variable& variable : vaultVariables()) {
        if (!loaded.contains(variable.name)) {
            notLoaded.append(variable.name);
        }
    }
    QVERIFY(notLoaded.size() >= 3);

    // A loaded row, and rows the listing still holds in their old state, change under the load.
    QVERIFY(m_vault->setVariable(m_project, loaded.first(), QStringLiteral("edited loaded")).ok());
    QVERIFY(m_vault->setVariable(m_project, notLoaded.at(0), QStringLiteral("edited pending")).ok());
    QVERIFY(m_vault->renameVariable(m_project, notLoaded.at(1), QStringLiteral("RENAMED_PENDING")).ok());
    QVERIFY(m_vault->removeVariable(m_project, notLoaded.at(2)).ok());
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("ADDED_WHILE_LOADING"), QStringLiteral("new")).ok());
    QVERIFY(m_model->isLoading());
    const QModelIndex box = m_model->index(0, VariablesTableModel::InExportColumn);
    const bool checked = box.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    QVERIFY(m_model->setData(box, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole));

    finishLoadingChecked();
    QCOMPARE(m_model->totalCount(), 40);
    QVERIFY(!m_model->allNames().contains(notLoaded.at(1)));
    QVERIFY(!m_model->allNames().contains(notLoaded.at(2)));
    QCOMPARE(m_model->variableAt(m_model->rowOfId(idOf(notLoaded.at(0)))).value, QStringLiteral("edited pending"));
}

void TestVariablesTableModel::lockDuringLoadCancelsIt()
{
    addManyVariables(40);
    m_model->setLoadChunkSize(6);
    m_model->setProject(m_project);
    QVERIFY(m_model->isLoading());

    m_vault->lock();
    QVERIFY(!m_model->isLoading());
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->totalCount(), 0);
    // No chunk arrives after the lock.
    QSignalSpy progress(m_model.get(), &VariablesTableModel::loadingProgress);
    QVERIFY(!progress.wait(100));
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->hasError());

    // Changed while locked: the next load shows the vault as it is now, nothing of the old listing.
    QVERIFY(m_vault->unlock(m_path, secret(kPassword)).ok());
    QVERIFY(m_model->isLoading());
    verifyLoadedPartIsConsistent();
    finishLoadingChecked();
    QCOMPARE(m_model->totalCount(), 40);
}

void TestVariablesTableModel::loadingReportsProgress()
{
    addManyVariables(20);
    m_model->setLoadChunkSize(8);
    QSignalSpy progress(m_model.get(), &VariablesTableModel::loadingProgress);
    m_model->setProject(m_project);
    QTRY_VERIFY(!m_model->isLoading());
    QCOMPARE(progress.count(), 3);
    QCOMPARE(progress.at(0), QVariantList({8, 20}));
    QCOMPARE(progress.at(1), QVariantList({16, 20}));
    QCOMPARE(progress.at(2), QVariantList({20, 20}));

    // A project within one chunk loads at once and reports itself complete.
    progress.clear();
    m_model->setLoadChunkSize(100);
    m_model->setProject(m_otherProject);
    QVERIFY(!m_model->isLoading());
    QCOMPARE(progress.count(), 1);
    QCOMPARE(progress.at(0), QVariantList({0, 0}));
}

BOTVAULT_TEST_MAIN(TestVariablesTableModel)

#include "TestVariablesTableModel.moc"
