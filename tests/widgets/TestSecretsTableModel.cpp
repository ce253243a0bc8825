#include "models/SecretsTableModel.h"
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

// The secrets model against a real vault: no role of any cell may ever carry a secret's value, and
// every change through the vault must move the model's rows exactly as a reload would order them,
// with QAbstractItemModelTester watching every step.

namespace {

using TestSupport::secret;
using TestSupport::secure;

using ModelTestSupport::damagedName;
using ModelTestSupport::damageRecord;
using ModelTestSupport::kPassword;
using ModelTestSupport::threeWay;
// Written as a secret value; must never come out of the model.
const QString kCanary = QStringLiteral("CANARY-7f3e9a-value");

// Everything a variant could show as text, for the canary check.
QString variantText(const QVariant& value)
{
    if (value.metaType() == QMetaType::fromType<QStringList>()) {
        return value.toStringList().join(QLatin1Char('|'));
    }
    if (value.metaType() == QMetaType::fromType<QByteArray>()) {
        return QString::fromUtf8(value.toByteArray());
    }
    return value.toString();
}

QList<RecordId> modelIds(const SecretsTableModel& model)
{
    QList<RecordId> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.append(model.index(row, SecretsTableModel::NameColumn).data(SecretsTableModel::IdRole).toLongLong());
    }
    return ids;
}

QStringList modelNames(const SecretsTableModel& model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row) {
        names.append(model.index(row, SecretsTableModel::NameColumn).data().toString());
    }
    return names;
}

// What the model must show: the secrets filtered and sorted the plain, slow way.
QList<RecordId> expectedIds(QList<SecretSummary> secrets, const QString& filter, int column, Qt::SortOrder order)
{
    secrets.removeIf([&filter](const SecretSummary& secret) {
        return !(secret.damaged ? damagedName(secret.id) : secret.name).contains(filter, Qt::CaseInsensitive);
    });
    std::sort(secrets.begin(), secrets.end(), [column, order](const SecretSummary& a, const SecretSummary& b) {
        if (a.damaged != b.damaged) {
            return b.damaged;
        }
        if (a.damaged) {
            return a.id < b.id;
        }
        int result = 0;
        switch (column) {
        case SecretsTableModel::UpdatedColumn:
            result = threeWay(a.updated.toMSecsSinceEpoch(), b.updated.toMSecsSinceEpoch());
            break;
        case SecretsTableModel::UpdatedByColumn:
            result = a.updatedBy.toCaseFolded().compare(b.updatedBy.toCaseFolded());
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
    for (const SecretSummary& secret : std::as_const(secrets)) {
        ids.append(secret.id);
    }
    return ids;
}

} // namespace

class TestSecretsTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void emptyWithoutProject();
    void showsTheProjectSortedByName();
    void headers();
    void maskIsTheSameForEveryValue();
    void noRoleEverCarriesTheValue();
    void updatedColumns();
    void cellsAreNotEditable();
    void filterNarrowsAndWidens();
    void sortsByEachColumn_data();
    void sortsByEachColumn();
    void sortsLargeGroupsWithLongCommonPrefixes();
    void savedSecretsUpdateRowsInPlace();
    void renameMovesTheRowAndKeepsSelection();
    void otherProjectsAndVariablesAreIgnored();
    void importReloads();
    void lockClearsAndUnlockReloads();
    void removingTheProjectClears();
    void damagedRecordsShowLast();
    void loadErrorLeavesModelEmpty();
    void randomChangesMatchTheVault();

private:
    RecordId addSecret(const QString& name, const QString& value = QStringLiteral("s3cret"));
    QList<SecretSummary> vaultSecrets() const;
    void verifyMatchesVault();
    void verifyNoCanary();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Vault> m_vault;
    ProjectId m_project = 0;
    ProjectId m_otherProject = 0;
    std::unique_ptr<SecretsTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestSecretsTableModel::init()
{
    QVERIFY(ModelTestSupport::createUnlockedVault(m_dir, m_path, m_vault));
    m_vault->setActor(Actor::localOwner(QStringLiteral("alice")));
    auto shop = m_vault->addProject(QStringLiteral("shop"));
    auto other = m_vault->addProject(QStringLiteral("other"));
    QVERIFY(shop.ok() && other.ok());
    m_project = shop->id;
    m_otherProject = other->id;
    m_model = std::make_unique<SecretsTableModel>(m_vault.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestSecretsTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_vault.reset();
    m_dir.reset();
}

RecordId TestSecretsTableModel::addSecret(const QString& name, const QString& value)
{
    auto written = m_vault->setSecret(m_project, name, secret(value));
    return written.ok() ? written->id : -1;
}

QList<SecretSummary> TestSecretsTableModel::vaultSecrets() const
{
    auto secrets = m_vault->secrets(m_project);
    return secrets.ok() ? secrets.value() : QList<SecretSummary> {};
}

void TestSecretsTableModel::verifyMatchesVault()
{
    const QList<SecretSummary> secrets = vaultSecrets();
    QCOMPARE(m_model->totalCount(), secrets.size());
    QCOMPARE(
        modelIds(*m_model), expectedIds(secrets, m_model->filterText(), m_model->sortColumn(), m_model->sortOrder()));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const SecretSummary shown = m_model->secretAt(row);
        const auto stored = std::find_if(
            secrets.cbegin(), secrets.cend(), [&shown](const SecretSummary& secret) { return secret.id == shown.id; });
        QVERIFY(stored != secrets.cend());
        QCOMPARE(shown.name, stored->name);
        QCOMPARE(shown.updated, stored->updated);
        QCOMPARE(shown.updatedBy, stored->updatedBy);
        QCOMPARE(m_model->rowOfId(shown.id), row);
    }
}

// Every role of every cell (and of the headers), as text: the canary value must be nowhere.
void TestSecretsTableModel::verifyNoCanary()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const QModelIndex index = m_model->index(row, column);
            for (int role = 0; role <= Qt::UserRole + 10; ++role) {
                const QString text = variantText(index.data(role));
                QVERIFY2(!text.contains(QStringLiteral("CANARY"), Qt::CaseInsensitive),
                    qPrintable(QStringLiteral("row %1 column %2 role %3").arg(row).arg(column).arg(role)));
            }
        }
    }
    for (int section = 0; section < m_model->columnCount(); ++section) {
        for (int role = 0; role <= Qt::UserRole + 10; ++role) {
            QVERIFY(
                !variantText(m_model->headerData(section, Qt::Horizontal, role)).contains(QStringLiteral("CANARY")));
        }
    }
}

void TestSecretsTableModel::emptyWithoutProject()
{
    QVERIFY(addSecret(QStringLiteral("API_KEY")) > 0);
    QCOMPARE(m_model->project(), ProjectId(0));
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->totalCount(), 0);
    QCOMPARE(m_model->columnCount(), int(SecretsTableModel::ColumnCount));
    QVERIFY(!m_model->hasError());
    QVERIFY(m_model->allNames().isEmpty());
    QCOMPARE(m_model->secretAt(0).id, RecordId(0));
    QCOMPARE(m_model->secretAt(-1).id, RecordId(0));
}

void TestSecretsTableModel::showsTheProjectSortedByName()
{
    QVERIFY(addSecret(QStringLiteral("b_second")) > 0);
    QVERIFY(addSecret(QStringLiteral("C_THIRD")) > 0);
    QVERIFY(addSecret(QStringLiteral("a_first")) > 0);
    QVERIFY(addSecret(QStringLiteral("A_FIRST")) > 0);
    QVERIFY(m_vault->setSecret(m_otherProject, QStringLiteral("ELSEWHERE"), secret("x")).ok());
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);

    m_model->setProject(m_project);

    QCOMPARE(resets.count(), 1);
    QCOMPARE(m_model->project(), m_project);
    QCOMPARE(modelNames(*m_model),
        QStringList({QStringLiteral("A_FIRST"), QStringLiteral("a_first"), QStringLiteral("b_second"),
            QStringLiteral("C_THIRD")}));
    QStringList names = m_model->allNames();
    names.sort();
    QCOMPARE(names,
        QStringList({QStringLiteral("A_FIRST"), QStringLiteral("C_THIRD"), QStringLiteral("a_first"),
            QStringLiteral("b_second")}));
    const SecretSummary third = m_model->secretAt(2);
    QCOMPARE(third.name, QStringLiteral("b_second"));
    QCOMPARE(third.projectId, m_project);
    QCOMPARE(m_model->rowOfId(third.id), 2);
    QCOMPARE(m_model->index(2, SecretsTableModel::UpdatedByColumn).data().toString(), QStringLiteral("alice"));
    QCOMPARE(m_model->index(2, SecretsTableModel::ValueColumn).data(SecretsTableModel::NameRole).toString(),
        QStringLiteral("b_second"));
    QCOMPARE(
        m_model->index(2, SecretsTableModel::UpdatedColumn).data(SecretsTableModel::IdRole).toLongLong(), third.id);
    verifyMatchesVault();
}

void TestSecretsTableModel::headers()
{
    const auto title = [this](int section) { return m_model->headerData(section, Qt::Horizontal).toString(); };
    QCOMPARE(title(SecretsTableModel::NameColumn), QStringLiteral("Name"));
    QCOMPARE(title(SecretsTableModel::ValueColumn), QStringLiteral("Value"));
    QCOMPARE(title(SecretsTableModel::UpdatedColumn), QStringLiteral("Updated"));
    QCOMPARE(title(SecretsTableModel::UpdatedByColumn), QStringLiteral("Updated by"));
}

void TestSecretsTableModel::maskIsTheSameForEveryValue()
{
    QVERIFY(addSecret(QStringLiteral("SHORT"), QStringLiteral("x")) > 0);
    QVERIFY(addSecret(QStringLiteral("LONG"), QString(4000, QLatin1Char('y'))) > 0);
    QVERIFY(addSecret(QStringLiteral("MULTI"), QStringLiteral("line one\nline two")) > 0);
    m_model->setProject(m_project);

    const QString mask = SecretsTableModel::valueMask();
    QVERIFY(!mask.isEmpty());
    QCOMPARE(mask, QString(8, QChar(0x2022)));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex value = m_model->index(row, SecretsTableModel::ValueColumn);
        for (int role : {int(Qt::DisplayRole), int(Qt::EditRole), int(Qt::ToolTipRole), int(Qt::StatusTipRole),
                 int(Qt::WhatsThisRole), int(Qt::AccessibleTextRole), int(Qt::AccessibleDescriptionRole),
                 int(SecretsTableModel::SortRole)}) {
            QCOMPARE(value.data(role).toString(), mask);
        }
    }
}

void TestSecretsTableModel::noRoleEverCarriesTheValue()
{
    QVERIFY(addSecret(QStringLiteral("API_KEY"), kCanary) > 0);
    QVERIFY(addSecret(QStringLiteral("OTHER"), kCanary + kCanary) > 0);
    m_model->setProject(m_project);
    verifyNoCanary();

    // Nor after the value changes, a rename, a filter, a sort or a reload.
    QVERIFY(m_vault->setSecret(m_project, QStringLiteral("API_KEY"), secret(kCanary + QStringLiteral("2"))).ok());
    verifyNoCanary();
    QVERIFY(m_vault
                ->editSecret(m_project, QStringLiteral("OTHER"), QStringLiteral("RENAMED"),
                    SecretValue::fromText(kCanary + QStringLiteral("3")))
                .ok());
    verifyNoCanary();
    m_model->setFilterText(QStringLiteral("e"));
    m_model->sort(SecretsTableModel::ValueColumn, Qt::DescendingOrder);
    verifyNoCanary();
    QVERIFY(m_vault
                ->applyImport(TestSupport::importInto(
                    m_project, {TestSupport::importedSecret(QStringLiteral("IMPORTED"), TestSupport::secret(kCanary))}))
                .ok());
    QCOMPARE(m_model->totalCount(), 3);
    verifyNoCanary();
}

void TestSecretsTableModel::updatedColumns()
{
    QVERIFY(addSecret(QStringLiteral("API_KEY")) > 0);
    m_model->setProject(m_project);
    const SecretSummary stored = vaultSecrets().at(0);
    const QDateTime local = stored.updated.toLocalTime();
    const QModelIndex updated = m_model->index(0, SecretsTableModel::UpdatedColumn);
    QCOMPARE(updated.data().toString(), QLocale().toString(local, QLocale::ShortFormat));
    QCOMPARE(updated.data(Qt::ToolTipRole).toString(), QLocale().toString(local, QLocale::LongFormat));
    QCOMPARE(updated.data(SecretsTableModel::SortRole).toDateTime(), local);
    QCOMPARE(updated.data(SecretsTableModel::SortRole).toDateTime().timeSpec(), Qt::LocalTime);
    const QModelIndex by = m_model->index(0, SecretsTableModel::UpdatedByColumn);
    QCOMPARE(by.data().toString(), QStringLiteral("alice"));
    QCOMPARE(by.data(SecretsTableModel::SortRole).toString(), QStringLiteral("alice"));

    m_vault->setActor(Actor::localOwner(QStringLiteral("bob")));
    QVERIFY(m_vault->setSecret(m_project, QStringLiteral("API_KEY"), secret("new")).ok());
    QCOMPARE(by.data().toString(), QStringLiteral("bob"));
    QVERIFY(updated.data(SecretsTableModel::SortRole).toDateTime() >= local);
}

void TestSecretsTableModel::cellsAreNotEditable()
{
    QVERIFY(addSecret(QStringLiteral("API_KEY")) > 0);
    m_model->setProject(m_project);
    for (int column = 0; column < SecretsTableModel::ColumnCount; ++column) {
        const QModelIndex index = m_model->index(0, column);
        QVERIFY(m_model->flags(index).testFlag(Qt::ItemIsSelectable));
        QVERIFY(!m_model->flags(index).testFlag(Qt::ItemIsEditable));
        QVERIFY(!m_model->flags(index).testFlag(Qt::ItemIsUserCheckable));
        QVERIFY(!m_model->setData(index, QStringLiteral("x")));
    }
}

void TestSecretsTableModel::filterNarrowsAndWidens()
{
    const QStringList names = {QStringLiteral("API_KEY"), QStringLiteral("api_key_2"), QStringLiteral("API_SECRET"),
        QStringLiteral("DB_PASSWORD"), QStringLiteral("TELEGRAM_TOKEN"), QStringLiteral("TIMEOUT")};
    for (const QString& name : names) {
        // The filter looks at names only: a value that would match must not count.
        QVERIFY(addSecret(name, QStringLiteral("token api db")) > 0);
    }
    m_model->setProject(m_project);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);

    const QStringList steps = {QStringLiteral("a"), QStringLiteral("ap"), QStringLiteral("API"),
        QStringLiteral("api_k"), QStringLiteral("api_key_"), QStringLiteral("api_k"), QStringLiteral("a"), QString(),
        QStringLiteral("t"), QStringLiteral("to"), QStringLiteral("db"), QStringLiteral("value"), QStringLiteral("xy"),
        QStringLiteral("O")};
    for (const QString& step : steps) {
        m_model->setFilterText(step);
        QCOMPARE(m_model->filterText(), step);
        QCOMPARE(
            modelIds(*m_model), expectedIds(vaultSecrets(), step, SecretsTableModel::NameColumn, Qt::AscendingOrder));
    }
    QCOMPARE(resets.count(), steps.size());
    m_model->setFilterText(QStringLiteral("api"));
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->totalCount(), 6);
    QCOMPARE(m_model->allNames().size(), 6);
    QCOMPARE(m_model->rowOfId(m_model->secretAt(0).id), 0);
    QCOMPARE(modelNames(*m_model),
        QStringList({QStringLiteral("API_KEY"), QStringLiteral("api_key_2"), QStringLiteral("API_SECRET")}));
    // The case alone changing needs no new scan.
    resets.clear();
    m_model->setFilterText(QStringLiteral("API"));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(m_model->rowCount(), 3);
}

void TestSecretsTableModel::sortsByEachColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int column = 0; column < SecretsTableModel::ColumnCount; ++column) {
        QTest::addRow("column %d ascending", column) << column << Qt::AscendingOrder;
        QTest::addRow("column %d descending", column) << column << Qt::DescendingOrder;
    }
}

void TestSecretsTableModel::sortsByEachColumn()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    const QStringList authors = {QStringLiteral("alice"), QStringLiteral("Bob"), QStringLiteral("carol"),
        QStringLiteral("administrator-with-a-long-name-1"), QStringLiteral("administrator-with-a-long-name-2")};
    const QStringList names = {QStringLiteral("TOKEN"), QStringLiteral("token"), QStringLiteral("API_KEY"),
        QStringLiteral("SERVICE_ACCOUNT_KEY_PRODUCTION_1"), QStringLiteral("SERVICE_ACCOUNT_KEY_PRODUCTION_2"),
        QStringLiteral("DB_PASSWORD"), QStringLiteral("Z")};
    for (qsizetype i = 0; i < names.size(); ++i) {
        m_vault->setActor(Actor::localOwner(authors.at(i % authors.size())));
        QVERIFY(addSecret(names.at(i), QString(int(i) + 1, QLatin1Char('v'))) > 0);
        if (i % 2 == 0) {
            QTest::qSleep(2);
        }
    }
    m_model->setProject(m_project);

    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->sort(column, order);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(m_model->sortColumn(), column);
    QCOMPARE(m_model->sortOrder(), order);
    QCOMPARE(modelIds(*m_model), expectedIds(vaultSecrets(), QString(), column, order));

    m_model->setFilterText(QStringLiteral("k"));
    QCOMPARE(modelIds(*m_model), expectedIds(vaultSecrets(), QStringLiteral("k"), column, order));
    m_vault->setActor(Actor::localOwner(QStringLiteral("dave")));
    QVERIFY(addSecret(QStringLiteral("KEY_NEW")) > 0);
    QVERIFY(m_vault->setSecret(m_project, QStringLiteral("API_KEY"), secret("changed")).ok());
    verifyMatchesVault();
    m_model->setFilterText(QString());
    verifyMatchesVault();
}

void TestSecretsTableModel::sortsLargeGroupsWithLongCommonPrefixes()
{
    // Beyond a handful of items the model sorts by 16-byte keys and sorts tied groups again by the
    // next 16 bytes: authors here share a prefix of 35 bytes and names one of 31, in groups far
    // larger than the few items that skip the keys.
    QRandomGenerator random(5);
    const QStringList authors = {QStringLiteral("administrator-of-the-production-bot-2"),
        QStringLiteral("administrator-of-the-production-bot-1"),
        QStringLiteral("ADMINISTRATOR-of-the-production-bot-3"), QStringLiteral("bob")};
    for (int i = 0; i < 60; ++i) {
        m_vault->setActor(Actor::localOwner(authors.at(random.bounded(int(authors.size())))));
        const QString prefix = random.bounded(2) == 1 ? QStringLiteral("SERVICE_ACCOUNT_KEY_PRODUCTION_")
                                                      : QString(QChar(u'A' + random.bounded(26)));
        QVERIFY(
            addSecret(prefix + QStringLiteral("%1_%2").arg(random.bounded(10)).arg(i, 2, 10, QLatin1Char('0'))) > 0);
    }
    m_model->setProject(m_project);
    for (int column = 0; column < SecretsTableModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            m_model->sort(column, order);
            verifyMatchesVault();
            m_model->setFilterText(QStringLiteral("production_1"));
            verifyMatchesVault();
            m_model->setFilterText(QString());
        }
    }
}

void TestSecretsTableModel::savedSecretsUpdateRowsInPlace()
{
    QVERIFY(addSecret(QStringLiteral("B_KEY")) > 0);
    QVERIFY(addSecret(QStringLiteral("D_KEY")) > 0);
    m_model->setProject(m_project);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);

    QVERIFY(addSecret(QStringLiteral("C_KEY")) > 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(
        modelNames(*m_model), QStringList({QStringLiteral("B_KEY"), QStringLiteral("C_KEY"), QStringLiteral("D_KEY")}));

    // A new value: the same row, a new time.
    QVERIFY(m_vault->setSecret(m_project, QStringLiteral("C_KEY"), secret("other value")).ok());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);

    // A rename out of the filter removes the row, one into it inserts it.
    m_model->setFilterText(QStringLiteral("c_"));
    QCOMPARE(m_model->rowCount(), 1);
    removed.clear();
    QVERIFY(m_vault->renameSecret(m_project, QStringLiteral("C_KEY"), QStringLiteral("X_KEY")).ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    inserted.clear();
    QVERIFY(m_vault->renameSecret(m_project, QStringLiteral("D_KEY"), QStringLiteral("C_D_KEY")).ok());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(modelNames(*m_model), QStringList({QStringLiteral("C_D_KEY")}));
    QCOMPARE(resets.count(), 1);
    m_model->setFilterText(QString());

    removed.clear();
    QVERIFY(m_vault->removeSecret(m_project, QStringLiteral("B_KEY")).ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(modelNames(*m_model), QStringList({QStringLiteral("C_D_KEY"), QStringLiteral("X_KEY")}));
    QVERIFY(!m_model->allNames().contains(QStringLiteral("B_KEY")));
    verifyMatchesVault();
}

void TestSecretsTableModel::renameMovesTheRowAndKeepsSelection()
{
    for (const char* name : {"A_KEY", "B_KEY", "C_KEY", "D_KEY"}) {
        QVERIFY(addSecret(QString::fromLatin1(name)) > 0);
    }
    m_model->setProject(m_project);
    const RecordId id = m_model->secretAt(1).id;
    const QPersistentModelIndex selected(m_model->index(1, SecretsTableModel::UpdatedByColumn));
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);

    QVERIFY(m_vault->renameSecret(m_project, QStringLiteral("B_KEY"), QStringLiteral("Z_KEY")).ok());
    QCOMPARE(moved.count(), 1);
    QCOMPARE(modelNames(*m_model),
        QStringList(
            {QStringLiteral("A_KEY"), QStringLiteral("C_KEY"), QStringLiteral("D_KEY"), QStringLiteral("Z_KEY")}));
    QCOMPARE(selected.row(), 3);
    QCOMPARE(selected.data(SecretsTableModel::IdRole).toLongLong(), id);

    QVERIFY(m_vault
                ->editSecret(m_project, QStringLiteral("Z_KEY"), QStringLiteral("0_KEY"),
                    SecretValue::fromText(QStringLiteral("v")))
                .ok());
    QCOMPARE(moved.count(), 2);
    QCOMPARE(selected.row(), 0);
    QCOMPARE(m_model->rowOfId(id), 0);

    m_model->sort(SecretsTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(selected.row(), 3);
    QCOMPARE(selected.column(), int(SecretsTableModel::UpdatedByColumn));
    QCOMPARE(selected.data(SecretsTableModel::IdRole).toLongLong(), id);
    verifyMatchesVault();
}

void TestSecretsTableModel::otherProjectsAndVariablesAreIgnored()
{
    QVERIFY(addSecret(QStringLiteral("MINE")) > 0);
    m_model->setProject(m_project);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_vault->setSecret(m_otherProject, QStringLiteral("THEIRS"), secret("t")).ok());
    QVERIFY(m_vault->setSecret(m_otherProject, QStringLiteral("MINE"), secret("t")).ok());
    QVERIFY(m_vault->removeSecret(m_otherProject, QStringLiteral("MINE")).ok());
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("A_VARIABLE"), QStringLiteral("v")).ok());
    QVERIFY(m_vault->removeVariable(m_project, QStringLiteral("A_VARIABLE")).ok());
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(modelNames(*m_model), QStringList({QStringLiteral("MINE")}));
}

void TestSecretsTableModel::importReloads()
{
    QVERIFY(addSecret(QStringLiteral("EXISTING")) > 0);
    m_model->setProject(m_project);
    m_model->setFilterText(QStringLiteral("imp"));
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_vault
                ->applyImport(TestSupport::importInto(m_project,
                    {TestSupport::importedSecret(QStringLiteral("IMPORTED_B"), TestSupport::secret("b")),
                        TestSupport::importedSecret(QStringLiteral("IMPORTED_A"), TestSupport::secret("a")),
                        TestSupport::importedVariable(QStringLiteral("IMPORTED_VARIABLE"), QStringLiteral("v"), true)}))
                .ok());
    QCOMPARE(resets.count(), 1);
    QCOMPARE(m_model->totalCount(), 3);
    QCOMPARE(modelNames(*m_model), QStringList({QStringLiteral("IMPORTED_A"), QStringLiteral("IMPORTED_B")}));
    verifyMatchesVault();
}

void TestSecretsTableModel::lockClearsAndUnlockReloads()
{
    QVERIFY(addSecret(QStringLiteral("API_KEY")) > 0);
    QVERIFY(addSecret(QStringLiteral("TOKEN")) > 0);
    m_model->setProject(m_project);
    m_model->sort(SecretsTableModel::NameColumn, Qt::DescendingOrder);

    m_vault->lock();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->totalCount(), 0);
    QVERIFY(m_model->allNames().isEmpty());
    QCOMPARE(m_model->project(), m_project);
    QCOMPARE(m_model->rowOfId(1), -1);

    QVERIFY(m_vault->unlock(m_path, secret(kPassword)).ok());
    QCOMPARE(modelNames(*m_model), QStringList({QStringLiteral("TOKEN"), QStringLiteral("API_KEY")}));
    QVERIFY(addSecret(QStringLiteral("B_KEY")) > 0);
    QCOMPARE(modelNames(*m_model),
        QStringList({QStringLiteral("TOKEN"), QStringLiteral("B_KEY"), QStringLiteral("API_KEY")}));
    verifyMatchesVault();
}

void TestSecretsTableModel::removingTheProjectClears()
{
    QVERIFY(addSecret(QStringLiteral("API_KEY")) > 0);
    m_model->setProject(m_project);
    QVERIFY(m_vault->addProject(QStringLiteral("third")).ok());
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(m_vault->removeProject(m_project).ok());
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->project(), ProjectId(0));
}

void TestSecretsTableModel::damagedRecordsShowLast()
{
    QVERIFY(addSecret(QStringLiteral("A_KEY"), kCanary) > 0);
    const RecordId damagedId = addSecret(QStringLiteral("B_KEY"), kCanary);
    QVERIFY(damagedId > 0);
    QVERIFY(addSecret(QStringLiteral("C_KEY"), kCanary) > 0);
    QFont italic;
    italic.setItalic(true);
    m_model->setDamagedRowFont(QVariant::fromValue(italic));
    m_model->setProject(m_project);

    m_vault->lock();
    QVERIFY(damageRecord(m_path, "items", damagedId));
    QVERIFY(m_vault->unlock(m_path, secret(kPassword)).ok());

    QCOMPARE(
        modelNames(*m_model), QStringList({QStringLiteral("A_KEY"), QStringLiteral("C_KEY"), damagedName(damagedId)}));
    const QModelIndex name = m_model->index(2, SecretsTableModel::NameColumn);
    QCOMPARE(name.data(SecretsTableModel::DamagedRole).toBool(), true);
    QVERIFY(name.data(SecretsTableModel::NameRole).toString().isEmpty());
    QCOMPARE(name.data(Qt::FontRole).value<QFont>().italic(), true);
    QVERIFY(!m_model->index(0, SecretsTableModel::NameColumn).data(Qt::FontRole).isValid());
    QVERIFY(!m_model->index(2, SecretsTableModel::UpdatedColumn).data().isValid());
    QVERIFY(m_model->index(2, SecretsTableModel::UpdatedByColumn).data().toString().isEmpty());
    QCOMPARE(m_model->index(2, SecretsTableModel::ValueColumn).data().toString(), SecretsTableModel::valueMask());
    QCOMPARE(m_model->allNames().size(), 2);
    verifyNoCanary();

    for (int column = 0; column < SecretsTableModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            m_model->sort(column, order);
            QCOMPARE(m_model->index(2, 0).data(SecretsTableModel::IdRole).toLongLong(), damagedId);
            verifyMatchesVault();
        }
    }
    m_model->setFilterText(QStringLiteral("DAMAGED"));
    QCOMPARE(modelIds(*m_model), QList<RecordId>({damagedId}));
    m_model->setFilterText(QStringLiteral("_key"));
    QCOMPARE(m_model->rowCount(), 2);
}

void TestSecretsTableModel::loadErrorLeavesModelEmpty()
{
    m_model->setProject(m_project + 1000);
    QVERIFY(m_model->hasError());
    QCOMPARE(m_model->lastError().code, ErrorCode::NotFound);
    QVERIFY(!m_model->lastError().message.isEmpty());
    QCOMPARE(m_model->rowCount(), 0);
    // Item signals do not reach a model whose load failed.
    QVERIFY(m_vault->setSecret(m_project + 1000, QStringLiteral("X"), secret("x")).code() == ErrorCode::NotFound);
    QCOMPARE(m_model->rowCount(), 0);

    QVERIFY(addSecret(QStringLiteral("API_KEY")) > 0);
    m_model->setProject(m_project);
    QVERIFY(!m_model->hasError());
    QCOMPARE(m_model->rowCount(), 1);
}

void TestSecretsTableModel::randomChangesMatchTheVault()
{
    QRandomGenerator random(7);
    const QStringList stems = {QStringLiteral("API"), QStringLiteral("api"), QStringLiteral("DB"),
        QStringLiteral("TOKEN"), QStringLiteral("SERVICE_ACCOUNT_PRODUCTION")};
    const QStringList authors = {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("Carol")};
    const QString filterAlphabet = QStringLiteral("aApPiIdDtT_1");
    const auto randomName = [&]() {
        return stems.at(random.bounded(int(stems.size()))) + QLatin1Char('_') + QString::number(random.bounded(6));
    };
    m_model->setProject(m_project);
    for (int step = 0; step < 200; ++step) {
        const int action = random.bounded(100);
        const QStringList existing = m_model->allNames();
        m_vault->setActor(Actor::localOwner(authors.at(random.bounded(int(authors.size())))));
        if (action < 35) {
            (void)m_vault->setSecret(m_project, randomName(), secret(kCanary));
        } else if (action < 50 && !existing.isEmpty()) {
            (void)m_vault->renameSecret(m_project, existing.at(random.bounded(int(existing.size()))), randomName());
        } else if (action < 62 && !existing.isEmpty()) {
            QVERIFY(m_vault->removeSecret(m_project, existing.at(random.bounded(int(existing.size())))).ok());
        } else if (action < 82) {
            QString filter = m_model->filterText();
            const int edit = random.bounded(3);
            if (edit == 0 || filter.isEmpty()) {
                filter += filterAlphabet.at(random.bounded(int(filterAlphabet.size())));
            } else if (edit == 1) {
                filter.chop(1);
            } else {
                filter = filterAlphabet.at(random.bounded(int(filterAlphabet.size())));
            }
            m_model->setFilterText(filter.size() > 3 ? QString() : filter);
        } else {
            m_model->sort(random.bounded(int(SecretsTableModel::ColumnCount)),
                random.bounded(2) == 1 ? Qt::DescendingOrder : Qt::AscendingOrder);
        }
        verifyMatchesVault();
        if (QTest::currentTestFailed()) {
            qWarning("diverged at step %d (action %d)", step, action);
            return;
        }
    }
    verifyNoCanary();
}

BOTVAULT_TEST_MAIN(TestSecretsTableModel)

#include "TestSecretsTableModel.moc"
