#include "models/ProjectListModel.h"
#include "storage/Vault.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"
#include "tests/widgets/ModelTestSupport.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

// The project list against a real vault: sorted as the locale sorts, kept in step with the
// vault's signals by row inserts, moves and removals, empty while locked.

namespace {

using TestSupport::secret;
using TestSupport::secure;

using ModelTestSupport::damageRecord;
using ModelTestSupport::kPassword;

QStringList modelNames(const ProjectListModel& model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row) {
        names.append(model.index(row).data().toString());
    }
    return names;
}

} // namespace

class TestProjectListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listsProjectsSortedByName();
    void addRenameRemoveKeepRowsInStep();
    void lockClearsAndUnlockReloads();
    void emptyWhenCreatedLocked();
    void damagedProjectsShowLast();

private:
    ProjectId addProject(const QString& name);
    void createModel();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<ProjectListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestProjectListModel::init()
{
    QVERIFY(ModelTestSupport::createUnlockedVault(m_dir, m_path, m_vault));
}

void TestProjectListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_vault.reset();
    m_dir.reset();
}

ProjectId TestProjectListModel::addProject(const QString& name)
{
    auto project = m_vault->addProject(name);
    return project.ok() ? project->id : -1;
}

void TestProjectListModel::createModel()
{
    m_model = std::make_unique<ProjectListModel>(m_vault.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestProjectListModel::listsProjectsSortedByName()
{
    const ProjectId zoo = addProject(QStringLiteral("zoo bot"));
    const ProjectId shop = addProject(QStringLiteral("Shop"));
    const ProjectId alpha = addProject(QStringLiteral("alpha"));
    QVERIFY(zoo > 0 && shop > 0 && alpha > 0);
    createModel();

    QCOMPARE(m_model->rowCount(), 3);
    QStringList expected = {QStringLiteral("zoo bot"), QStringLiteral("Shop"), QStringLiteral("alpha")};
    std::sort(expected.begin(), expected.end(),
        [](const QString& a, const QString& b) { return QString::localeAwareCompare(a, b) < 0; });
    QCOMPARE(modelNames(*m_model), expected);
    QVERIFY(!m_model->hasError());

    const int shopRow = m_model->rowOfId(shop);
    QVERIFY(shopRow >= 0);
    QCOMPARE(m_model->index(shopRow).data().toString(), QStringLiteral("Shop"));
    QCOMPARE(m_model->index(shopRow).data(ProjectListModel::IdRole).toLongLong(), shop);
    QCOMPARE(m_model->index(shopRow).data(ProjectListModel::DamagedRole).toBool(), false);
    QCOMPARE(m_model->projectAt(shopRow).name, QStringLiteral("Shop"));
    QCOMPARE(m_model->projectAt(shopRow).id, shop);
    QCOMPARE(m_model->projectAt(3).id, ProjectId(0));
    QCOMPARE(m_model->projectAt(-1).id, ProjectId(0));
    QCOMPARE(m_model->rowOfId(9999), -1);
    QVERIFY(!m_model->flags(m_model->index(0)).testFlag(Qt::ItemIsEditable));
    QVERIFY(!m_model->index(0).data(Qt::FontRole).isValid());
}

void TestProjectListModel::addRenameRemoveKeepRowsInStep()
{
    const ProjectId bravo = addProject(QStringLiteral("bravo"));
    QVERIFY(addProject(QStringLiteral("delta")) > 0);
    createModel();
    const QPersistentModelIndex current(m_model->index(m_model->rowOfId(bravo)));
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);

    // Added at its sorted place; the current project stays current.
    const ProjectId alpha = addProject(QStringLiteral("alpha"));
    QVERIFY(alpha > 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(
        modelNames(*m_model), QStringList({QStringLiteral("alpha"), QStringLiteral("bravo"), QStringLiteral("delta")}));
    QCOMPARE(current.row(), 1);

    // A rename that moves the project: the persistent index follows it.
    QVERIFY(m_vault->renameProject(bravo, QStringLiteral("echo")).ok());
    QCOMPARE(layout.count(), 1);
    QCOMPARE(
        modelNames(*m_model), QStringList({QStringLiteral("alpha"), QStringLiteral("delta"), QStringLiteral("echo")}));
    QCOMPARE(current.row(), 2);
    QCOMPARE(current.data().toString(), QStringLiteral("echo"));
    QCOMPARE(current.data(ProjectListModel::IdRole).toLongLong(), bravo);

    // A rename in place changes the text only.
    QVERIFY(m_vault->renameProject(bravo, QStringLiteral("echo two")).ok());
    QCOMPARE(layout.count(), 1);
    QCOMPARE(current.data().toString(), QStringLiteral("echo two"));

    QVERIFY(m_vault->removeProject(alpha).ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(modelNames(*m_model), QStringList({QStringLiteral("delta"), QStringLiteral("echo two")}));
    QCOMPARE(current.row(), 1);
    QCOMPARE(resets.count(), 0);

    // Item changes are not project changes.
    QVERIFY(m_vault->setVariable(bravo, QStringLiteral("X"), QStringLiteral("x")).ok());
    QCOMPARE(modelNames(*m_model), QStringList({QStringLiteral("delta"), QStringLiteral("echo two")}));
}

void TestProjectListModel::lockClearsAndUnlockReloads()
{
    QVERIFY(addProject(QStringLiteral("shop")) > 0);
    QVERIFY(addProject(QStringLiteral("support")) > 0);
    createModel();
    QCOMPARE(m_model->rowCount(), 2);

    m_vault->lock();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->rowOfId(1), -1);
    QVERIFY(!m_model->hasError());
    // A reload while locked stays empty without an error.
    m_model->reload();
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->hasError());

    QVERIFY(m_vault->unlock(m_path, secret(kPassword)).ok());
    QCOMPARE(modelNames(*m_model), QStringList({QStringLiteral("shop"), QStringLiteral("support")}));
}

void TestProjectListModel::emptyWhenCreatedLocked()
{
    QVERIFY(addProject(QStringLiteral("shop")) > 0);
    m_vault->lock();
    createModel();
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_vault->unlock(m_path, secret(kPassword)).ok());
    QCOMPARE(modelNames(*m_model), QStringList({QStringLiteral("shop")}));
}

void TestProjectListModel::damagedProjectsShowLast()
{
    QVERIFY(addProject(QStringLiteral("alpha")) > 0);
    const ProjectId damaged = addProject(QStringLiteral("bravo"));
    QVERIFY(addProject(QStringLiteral("charlie")) > 0);
    m_vault->lock();
    QVERIFY(damageRecord(m_path, "projects", damaged));
    QVERIFY(m_vault->unlock(m_path, secret(kPassword)).ok());
    createModel();
    QFont italic;
    italic.setItalic(true);
    m_model->setDamagedRowFont(QVariant::fromValue(italic));

    QCOMPARE(modelNames(*m_model),
        QStringList({QStringLiteral("alpha"), QStringLiteral("charlie"),
            QStringLiteral("(damaged project #%1)").arg(damaged)}));
    const QModelIndex row = m_model->index(2);
    QCOMPARE(row.data(ProjectListModel::DamagedRole).toBool(), true);
    QCOMPARE(row.data(ProjectListModel::IdRole).toLongLong(), damaged);
    QCOMPARE(row.data(Qt::FontRole).value<QFont>().italic(), true);
    QVERIFY(!row.data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(!m_model->index(0).data(Qt::FontRole).isValid());
    QCOMPARE(m_model->projectAt(2).damaged, true);

    // Adding a project after it keeps the damaged one last.
    QVERIFY(addProject(QStringLiteral("zulu")) > 0);
    QCOMPARE(m_model->index(3).data(ProjectListModel::IdRole).toLongLong(), damaged);
    QCOMPARE(m_model->index(2).data().toString(), QStringLiteral("zulu"));
}

BOTVAULT_TEST_MAIN(TestProjectListModel)

#include "TestProjectListModel.moc"
