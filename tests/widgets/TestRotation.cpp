// Rotation in the desktop (issue 14, item 4), driven like a person against a real vault: the Rotation
// column and the banner's count, the rule fields of the secret dialog, and Rotate… with its publish
// offer and the channels it names.
#include "models/SecretsTableModel.h"
#include "storage/Vault.h"
#include "tests/support/BackdatedSecret.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"
#include "tests/widgets/DialogTestSupport.h"
#include "ui/ItemTableView.h"
#include "ui/RotateSecretDialog.h"
#include "ui/RotationPolicyEdit.h"
#include "ui/SecretDialog.h"
#include "ui/SecretTextField.h"
#include "ui/SecretsTab.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using DialogTestSupport::child;
using DialogTestSupport::visibleDialog;
using TestSupport::fastKdfParams;
using TestSupport::secret;

namespace {

const char kPassword[] = "correct horse";

} // namespace

class TestRotation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void columnShowsAgeAndState();
    void bannerCountsOverdueAndDueSoon();
    void secretDialogSetsTheRule();
    void secretDialogRefusesAPastDate();
    void rotateReplacesTheValueAndRestartsTheAge();
    void rotateOffersToPublishWithTheChannels();
    void rotateWithoutABindingOffersNoPublish();
    void screenshots();

private:
    int rowOf(const QString& name) const;
    void backdate(const QString& name, int days);
    RotateSecretDialog* openRotate(const QString& name);
    void shoot(QWidget* widget, const QString& name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<SecretsTab> m_tab;
    ProjectId m_project = 0;
};

void TestRotation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("vault.db"));
    QVERIFY(Vault::create(m_path, secret(kPassword), fastKdfParams()).ok());
    m_vault = std::make_unique<Vault>();
    QVERIFY(m_vault->unlock(m_path, secret(kPassword)).ok());
    auto project = m_vault->addProject(QStringLiteral("Shop bot"));
    QVERIFY(project);
    m_project = project->id;
    QVERIFY(m_vault->setSecret(m_project, QStringLiteral("API_KEY"), secret("old-value-1")));
    QVERIFY(m_vault->setSecret(m_project, QStringLiteral("DB_PASSWORD"), secret("old-value-2")));
    QVERIFY(m_vault->setSecret(m_project, QStringLiteral("PLAIN"), secret("old-value-3")));
    RotationPolicy every90;
    every90.periodDays = 90;
    QVERIFY(m_vault->setSecretRotation(m_project, QStringLiteral("API_KEY"), every90));
    QVERIFY(m_vault->setSecretRotation(m_project, QStringLiteral("DB_PASSWORD"), every90));
    m_tab = std::make_unique<SecretsTab>(m_vault.get());
    m_tab->resize(900, 500);
    m_tab->setProject(m_project, QStringLiteral("Shop bot"));
    m_tab->show();
    m_tab->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_tab.get()));
}

void TestRotation::cleanup()
{
    m_tab.reset();
    m_vault.reset();
    m_dir.reset();
}

int TestRotation::rowOf(const QString& name) const
{
    SecretsTableModel* model = m_tab->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->secretAt(row).name == name) {
            return row;
        }
    }
    return -1;
}

void TestRotation::backdate(const QString& name, int days)
{
    QString error;
    QVERIFY2(BackdatedSecret::backdate(m_path, secret(kPassword), name, days, &error), qPrintable(error));
    m_tab->reloadKeepingView();
}

RotateSecretDialog* TestRotation::openRotate(const QString& name)
{
    m_tab->view()->selectRow(rowOf(name));
    m_tab->view()->table()->setFocus();
    QTest::keyClick(m_tab->view()->table(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    return visibleDialog<RotateSecretDialog>(m_tab.get());
}

void TestRotation::shoot(QWidget* widget, const QString& name)
{
    const QString folder = QDir::temp().filePath(QStringLiteral("botvault-rotation-shots"));
    QDir().mkpath(folder);
    QVERIFY(widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

void TestRotation::columnShowsAgeAndState()
{
    backdate(QStringLiteral("API_KEY"), 100);
    backdate(QStringLiteral("PLAIN"), 12);
    SecretsTableModel* model = m_tab->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto cell = [model, this](const QString& name, int role) {
        return model->index(rowOf(name), SecretsTableModel::RotationColumn).data(role);
    };
    QCOMPARE(
        model->headerData(SecretsTableModel::RotationColumn, Qt::Horizontal).toString(), QStringLiteral("Rotation"));
    QVERIFY2(
        cell(QStringLiteral("API_KEY"), Qt::DisplayRole).toString().startsWith(QStringLiteral("Overdue by 10 day")),
        qPrintable(cell(QStringLiteral("API_KEY"), Qt::DisplayRole).toString()));
    QCOMPARE(
        cell(QStringLiteral("API_KEY"), SecretsTableModel::RotationStateRole).toInt(), int(RotationState::Overdue));
    QVERIFY(cell(QStringLiteral("API_KEY"), Qt::ForegroundRole).isValid());
    QVERIFY(cell(QStringLiteral("API_KEY"), Qt::ToolTipRole).toString().contains(QStringLiteral("Every 90 day")));
    QVERIFY(cell(QStringLiteral("DB_PASSWORD"), Qt::DisplayRole).toString().startsWith(QStringLiteral("OK, due in")));
    QCOMPARE(cell(QStringLiteral("PLAIN"), Qt::DisplayRole).toString().left(6), QStringLiteral("12 day"));
    QCOMPARE(cell(QStringLiteral("PLAIN"), SecretsTableModel::RotationStateRole).toInt(), int(RotationState::NoPolicy));
    QVERIFY(!cell(QStringLiteral("PLAIN"), Qt::ForegroundRole).isValid());
    // Sorting by the column puts the secrets that need a new value together.
    model->sort(SecretsTableModel::RotationColumn, Qt::DescendingOrder);
    QCOMPARE(model->secretAt(0).name, QStringLiteral("API_KEY"));
}

void TestRotation::bannerCountsOverdueAndDueSoon()
{
    QLabel* banner = m_tab->rotationBanner();
    QVERIFY(banner->isHidden());
    backdate(QStringLiteral("API_KEY"), 95);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(QStringLiteral("1 secret")), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("overdue")));
    QVERIFY(!banner->text().contains(QStringLiteral("due within")));
    backdate(QStringLiteral("DB_PASSWORD"), 80);
    QVERIFY2(banner->text().contains(QStringLiteral("1 due within 14 days")), qPrintable(banner->text()));
    // Replacing both values clears it.
    QVERIFY(m_vault->editSecret(m_project, QStringLiteral("API_KEY"), QStringLiteral("API_KEY"), secret("n1")));
    QVERIFY(m_vault->editSecret(m_project, QStringLiteral("DB_PASSWORD"), QStringLiteral("DB_PASSWORD"), secret("n2")));
    QVERIFY(banner->isHidden());
}

void TestRotation::secretDialogSetsTheRule()
{
    m_tab->editSecret(rowOf(QStringLiteral("PLAIN")));
    auto* dialog = visibleDialog<SecretDialog>(m_tab.get());
    QVERIFY(dialog);
    RotationPolicyEdit* edit = dialog->rotationEdit();
    QCOMPARE(edit->kindCombo()->currentIndex(), 0);
    auto* save = child<QPushButton>(dialog, "saveSecretButton");
    QVERIFY(!save->isEnabled());
    edit->kindCombo()->setFocus();
    QTest::keyClick(edit->kindCombo(), Qt::Key_Down);
    QCOMPARE(edit->kindCombo()->currentIndex(), 1);
    QVERIFY(edit->daysSpin()->isVisible());
    edit->daysSpin()->selectAll();
    QTest::keyClicks(edit->daysSpin(), QStringLiteral("30"));
    QVERIFY(save->isEnabled());
    const QDateTime rotatedBefore = m_tab->model()->secretAt(rowOf(QStringLiteral("PLAIN"))).rotatedAt;
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    const SecretSummary saved = m_tab->model()->secretAt(rowOf(QStringLiteral("PLAIN")));
    QCOMPARE(saved.rotation.periodDays, 30);
    // Only the rule changed: the value and its age stay.
    QCOMPARE(saved.rotatedAt, rotatedBefore);
    QCOMPARE(TestSupport::plain(m_vault->secretValue(m_project, QStringLiteral("PLAIN")).value()),
        QByteArray("old-value-3"));

    // Editing again shows the stored rule.
    m_tab->editSecret(rowOf(QStringLiteral("PLAIN")));
    auto* again = visibleDialog<SecretDialog>(m_tab.get());
    QCOMPARE(again->rotationEdit()->kindCombo()->currentIndex(), 1);
    QCOMPARE(again->rotationEdit()->daysSpin()->value(), 30);
    again->reject();
}

void TestRotation::secretDialogRefusesAPastDate()
{
    m_tab->editSecret(rowOf(QStringLiteral("PLAIN")));
    auto* dialog = visibleDialog<SecretDialog>(m_tab.get());
    QVERIFY(dialog);
    RotationPolicyEdit* edit = dialog->rotationEdit();
    edit->kindCombo()->setCurrentIndex(2);
    QVERIFY(edit->dateEdit()->isVisible());
    // The date field offers only days after today.
    QCOMPARE(edit->dateEdit()->minimumDate(), QDate::currentDate().addDays(1));
    edit->dateEdit()->setDate(QDate::currentDate().addDays(-3));
    QVERIFY(edit->dateEdit()->date() > QDate::currentDate());
    // The store checks it too: a past date written past the dialog is refused and changes nothing.
    RotationPolicy past;
    past.expiresOn = QDate::currentDate().addDays(-3);
    QCOMPARE(m_vault->setSecretRotation(m_project, QStringLiteral("PLAIN"), past).code(), ErrorCode::InvalidInput);
    QVERIFY(!m_tab->model()->secretAt(rowOf(QStringLiteral("PLAIN"))).rotation.isSet());
    dialog->reject();
}

void TestRotation::rotateReplacesTheValueAndRestartsTheAge()
{
    backdate(QStringLiteral("API_KEY"), 120);
    QVERIFY(m_tab->rotationBanner()->isVisible());
    RotateSecretDialog* dialog = openRotate(QStringLiteral("API_KEY"));
    QVERIFY(dialog);
    QVERIFY2(child<QLabel>(dialog, "rotationStateLabel")->text().contains(QStringLiteral("120 day")),
        qPrintable(child<QLabel>(dialog, "rotationStateLabel")->text()));
    QVERIFY(!dialog->rotateButton()->isEnabled());
    QTest::keyClicks(dialog->valueField()->editor(), QStringLiteral("brand-new-value"));
    QVERIFY(dialog->rotateButton()->isEnabled());
    QVERIFY(!dialog->publishCheckBox()->isEnabled());
    QSignalSpy published(m_tab.get(), &SecretsTab::publishRequested);
    QTest::mouseClick(dialog->rotateButton(), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(published.size(), 0);
    QCOMPARE(TestSupport::plain(m_vault->secretValue(m_project, QStringLiteral("API_KEY")).value()),
        QByteArray("brand-new-value"));
    const SecretSummary rotated = m_tab->model()->secretAt(rowOf(QStringLiteral("API_KEY")));
    QCOMPARE(RotationRules::ageDays(rotated.rotatedAt, QDateTime::currentDateTimeUtc()), qint64(0));
    QCOMPARE(rotated.rotation.periodDays, 90);
    QVERIFY(m_tab->rotationBanner()->isHidden());
    QCOMPARE(m_vault->auditEntries()->last().action, AuditAction::ItemRotated);
}

void TestRotation::rotateOffersToPublishWithTheChannels()
{
    QVERIFY(m_vault->setRemoteBinding(m_project, QStringLiteral("https://bots.example"), 7, secret("api-token")));
    m_tab->setChannelNames([] {
        return QStringList {QStringLiteral("Test widget (TEST_WIDGET)"), QStringLiteral("Support (TELEGRAM)")};
    });
    QSignalSpy published(m_tab.get(), &SecretsTab::publishRequested);
    // The context menu holds Rotate… too.
    m_tab->view()->selectRow(rowOf(QStringLiteral("DB_PASSWORD")));
    QVERIFY(m_tab->rotateAction()->isEnabled());
    RotateSecretDialog* dialog = openRotate(QStringLiteral("DB_PASSWORD"));
    QVERIFY(dialog);
    QVERIFY(dialog->publishCheckBox()->isEnabled());
    QVERIFY(dialog->publishCheckBox()->isChecked());
    const QString channels = child<QLabel>(dialog, "rotateChannelsLabel")->text();
    QVERIFY2(channels.contains(QStringLiteral("without a deploy"))
            && channels.contains(QStringLiteral("Test widget (TEST_WIDGET), Support (TELEGRAM)")),
        qPrintable(channels));
    shoot(dialog, QStringLiteral("rotate-default"));
    dialog->resize(900, 600);
    shoot(dialog, QStringLiteral("rotate-900x600"));
    QTest::keyClicks(dialog->valueField()->editor(), QStringLiteral("next-value"));
    QTest::mouseClick(dialog->rotateButton(), Qt::LeftButton);
    QCOMPARE(published.size(), 1);
    QCOMPARE(TestSupport::plain(m_vault->secretValue(m_project, QStringLiteral("DB_PASSWORD")).value()),
        QByteArray("next-value"));
    // Declining the offer rotates without publishing.
    dialog = openRotate(QStringLiteral("DB_PASSWORD"));
    QTest::keyClicks(dialog->valueField()->editor(), QStringLiteral("third-value"));
    dialog->publishCheckBox()->setFocus();
    QTest::keyClick(dialog->publishCheckBox(), Qt::Key_Space);
    QVERIFY(!dialog->publishCheckBox()->isChecked());
    QTest::mouseClick(dialog->rotateButton(), Qt::LeftButton);
    QCOMPARE(published.size(), 1);
    QCOMPARE(TestSupport::plain(m_vault->secretValue(m_project, QStringLiteral("DB_PASSWORD")).value()),
        QByteArray("third-value"));
}

void TestRotation::rotateWithoutABindingOffersNoPublish()
{
    RotateSecretDialog* dialog = openRotate(QStringLiteral("PLAIN"));
    QVERIFY(dialog);
    QVERIFY(!dialog->publishCheckBox()->isEnabled());
    QVERIFY(child<QLabel>(dialog, "rotateChannelsLabel")->text().contains(QStringLiteral("not bound")));
    // Cancel changes nothing.
    QTest::keyClicks(dialog->valueField()->editor(), QStringLiteral("never-saved"));
    dialog->reject();
    QCOMPARE(TestSupport::plain(m_vault->secretValue(m_project, QStringLiteral("PLAIN")).value()),
        QByteArray("old-value-3"));
}

void TestRotation::screenshots()
{
    backdate(QStringLiteral("API_KEY"), 95);
    backdate(QStringLiteral("DB_PASSWORD"), 80);
    shoot(m_tab.get(), QStringLiteral("secrets-tab-900x500"));
    m_tab->editSecret(rowOf(QStringLiteral("PLAIN")));
    auto* dialog = visibleDialog<SecretDialog>(m_tab.get());
    QVERIFY(dialog);
    dialog->rotationEdit()->kindCombo()->setCurrentIndex(1);
    shoot(dialog, QStringLiteral("secret-dialog-default"));
    dialog->resize(900, 600);
    shoot(dialog, QStringLiteral("secret-dialog-900x600"));
    dialog->reject();
}

BOTVAULT_WIDGET_TEST_MAIN(TestRotation)

#include "TestRotation.moc"
