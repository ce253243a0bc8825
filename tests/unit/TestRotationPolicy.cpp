// Rotation rules (issue 14, item 4): when a secret is due, with a fixed clock; what the vault keeps
// of a rule (sealed in the secret's record), and that bad input changes nothing.
#include "models/AuditEntry.h"
#include "models/RotationPolicy.h"
#include "storage/RecordCodec.h"
#include "storage/Vault.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"

#include <QObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using TestSupport::fastKdfParams;
using TestSupport::secret;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);

RotationPolicy every(int days)
{
    RotationPolicy policy;
    policy.periodDays = days;
    return policy;
}

RotationPolicy expiring(const QDate& date)
{
    RotationPolicy policy;
    policy.expiresOn = date;
    return policy;
}

} // namespace

class TestRotationPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void stateFollowsTheClock_data();
    void stateFollowsTheClock();
    void ageCountsWholeDays();
    void invalidRulesAreRefused_data();
    void invalidRulesAreRefused();
    void parsingRefusesWhatIsNotADayCountOrDate();
    void texts();

    void recordKeepsTheRule();
    void vaultKeepsTheRuleAcrossUnlocks();
    void invalidRuleChangesNothing();
    void replacingTheValueRestartsTheAge();
    void changingTheRuleIsAudited();
    void unknownSecretIsNotFound();

private:
    ProjectId addProject();
    SecretSummary onlySecret(ProjectId project);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Vault> m_vault;
};

void TestRotationPolicy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("vault.db"));
    QVERIFY(Vault::create(m_path, secret("correct horse"), fastKdfParams()).ok());
    m_vault = std::make_unique<Vault>();
    QVERIFY(m_vault->unlock(m_path, secret("correct horse")).ok());
}

void TestRotationPolicy::cleanup()
{
    m_vault.reset();
    m_dir.reset();
}

ProjectId TestRotationPolicy::addProject()
{
    auto project = m_vault->addProject(QStringLiteral("Shop bot"));
    return project ? project->id : 0;
}

SecretSummary TestRotationPolicy::onlySecret(ProjectId project)
{
    auto secrets = m_vault->secrets(project);
    return secrets && secrets->size() == 1 ? secrets->first() : SecretSummary {};
}

void TestRotationPolicy::stateFollowsTheClock_data()
{
    QTest::addColumn<RotationPolicy>("policy");
    QTest::addColumn<QDateTime>("rotatedAt");
    QTest::addColumn<int>("state");
    QTest::addColumn<QDateTime>("dueAt");

    QTest::newRow("no rule") << RotationPolicy {} << kNow.addDays(-1000) << int(RotationState::NoPolicy) << QDateTime();
    QTest::newRow("fresh") << every(90) << kNow.addDays(-10) << int(RotationState::Ok) << kNow.addDays(80);
    QTest::newRow("15 days left") << every(90) << kNow.addDays(-75) << int(RotationState::Ok) << kNow.addDays(15);
    QTest::newRow("14 days left") << every(90) << kNow.addDays(-76) << int(RotationState::DueSoon) << kNow.addDays(14);
    QTest::newRow("due this second") << every(90) << kNow.addDays(-90) << int(RotationState::Overdue) << kNow;
    QTest::newRow("long overdue") << every(30) << kNow.addDays(-100) << int(RotationState::Overdue)
                                  << kNow.addDays(-70);
    const QDate inAMonth = kNow.date().addDays(30);
    QTest::newRow("expires in a month") << expiring(inAMonth) << kNow << int(RotationState::Ok)
                                        << inAMonth.startOfDay(Qt::UTC);
    const QDate soon = kNow.date().addDays(3);
    QTest::newRow("expires in 3 days") << expiring(soon) << kNow.addDays(-400) << int(RotationState::DueSoon)
                                       << soon.startOfDay(Qt::UTC);
    const QDate past = kNow.date().addDays(-1);
    QTest::newRow("expired yesterday") << expiring(past) << kNow.addDays(-400) << int(RotationState::Overdue)
                                       << past.startOfDay(Qt::UTC);
}

void TestRotationPolicy::stateFollowsTheClock()
{
    QFETCH(RotationPolicy, policy);
    QFETCH(QDateTime, rotatedAt);
    QFETCH(int, state);
    QFETCH(QDateTime, dueAt);
    QCOMPARE(int(RotationRules::state(policy, rotatedAt, kNow)), state);
    QCOMPARE(RotationRules::dueAt(policy, rotatedAt), dueAt);
}

void TestRotationPolicy::ageCountsWholeDays()
{
    QCOMPARE(RotationRules::ageDays(kNow, kNow), qint64(0));
    QCOMPARE(RotationRules::ageDays(kNow.addSecs(-23 * 3600), kNow), qint64(0));
    QCOMPARE(RotationRules::ageDays(kNow.addDays(-1), kNow), qint64(1));
    QCOMPARE(RotationRules::ageDays(kNow.addDays(-400), kNow), qint64(400));
    // A clock set back never makes an age negative.
    QCOMPARE(RotationRules::ageDays(kNow.addDays(2), kNow), qint64(0));
}

void TestRotationPolicy::invalidRulesAreRefused_data()
{
    QTest::addColumn<RotationPolicy>("policy");
    QTest::addColumn<QString>("message");
    RotationPolicy both = every(30);
    both.expiresOn = kNow.date().addDays(10);
    QTest::newRow("both") << both << QStringLiteral("not both");
    QTest::newRow("negative period") << every(-5) << QStringLiteral("between 1 and 3650 days, not -5");
    QTest::newRow("period too long") << every(3651) << QStringLiteral("not 3651");
    QTest::newRow("date in the past") << expiring(kNow.date().addDays(-1))
                                      << QStringLiteral("The expiry date 2026-12-06 is not in the future");
    QTest::newRow("today") << expiring(kNow.date()) << QStringLiteral("after today (2026-12-07, UTC)");
}

void TestRotationPolicy::invalidRulesAreRefused()
{
    QFETCH(RotationPolicy, policy);
    QFETCH(QString, message);
    const Result<void> valid = RotationRules::validate(policy, kNow);
    QVERIFY(!valid);
    QCOMPARE(valid.code(), ErrorCode::InvalidInput);
    QVERIFY2(valid.message().contains(message), qPrintable(valid.message()));
}

void TestRotationPolicy::parsingRefusesWhatIsNotADayCountOrDate()
{
    QCOMPARE(RotationRules::parsePeriod(QStringLiteral("90")).value(), 90);
    for (const char* bad : {"0", "-1", "ninety", "1.5", "", "3651"}) {
        const Result<int> period = RotationRules::parsePeriod(QString::fromLatin1(bad));
        QVERIFY2(!period, bad);
        QCOMPARE(period.code(), ErrorCode::InvalidInput);
    }
    QCOMPARE(RotationRules::parseDate(QStringLiteral("2027-03-31")).value(), QDate(2027, 3, 31));
    for (const char* bad : {"2027-02-30", "31.03.2027", "tomorrow", ""}) {
        const Result<QDate> date = RotationRules::parseDate(QString::fromLatin1(bad));
        QVERIFY2(!date, bad);
        QVERIFY(date.message().contains(QStringLiteral("YYYY-MM-DD")));
    }
    QVERIFY(RotationRules::validate(every(1), kNow));
    QVERIFY(RotationRules::validate(expiring(kNow.date().addDays(1)), kNow));
    QVERIFY(RotationRules::validate(RotationPolicy {}, kNow));
}

void TestRotationPolicy::texts()
{
    QCOMPARE(RotationRules::stateCode(RotationState::NoPolicy), QStringLiteral("none"));
    QCOMPARE(RotationRules::stateCode(RotationState::Ok), QStringLiteral("ok"));
    QCOMPARE(RotationRules::stateCode(RotationState::DueSoon), QStringLiteral("due-soon"));
    QCOMPARE(RotationRules::stateCode(RotationState::Overdue), QStringLiteral("overdue"));
    QCOMPARE(RotationRules::stateText(RotationState::Overdue, kNow.addDays(-3), kNow),
        QStringLiteral("Overdue by 3 day(s)"));
    QCOMPARE(
        RotationRules::stateText(RotationState::DueSoon, kNow.addDays(5), kNow), QStringLiteral("Due in 5 day(s)"));
    QCOMPARE(RotationRules::policyText(every(90)), QStringLiteral("Every 90 day(s)"));
    QCOMPARE(RotationRules::policyText(expiring(QDate(2027, 3, 31))), QStringLiteral("Expires 2027-03-31"));
    QCOMPARE(RotationRules::policyCode(every(90)), QStringLiteral("every 90 days"));
    QCOMPARE(RotationRules::policyCode(RotationPolicy {}), QStringLiteral("none"));
}

void TestRotationPolicy::recordKeepsTheRule()
{
    RecordCodec::Record record;
    record.name = QStringLiteral("API_KEY");
    record.rotatedMs = kNow.toMSecsSinceEpoch();
    record.rotationPeriodDays = 90;
    record.expiresOnMs = QDate(2027, 3, 31).startOfDay(Qt::UTC).toMSecsSinceEpoch();
    const auto decoded = RecordCodec::decode(RecordCodec::encode(record));
    QVERIFY(decoded);
    QCOMPARE(decoded->rotatedMs, record.rotatedMs);
    QCOMPARE(decoded->rotationPeriodDays, qint64(90));
    QCOMPARE(decoded->expiresOnMs, record.expiresOnMs);
    // A record without a rule carries none of the fields.
    RecordCodec::Record plain;
    plain.name = QStringLiteral("API_KEY");
    const auto plainDecoded = RecordCodec::decode(RecordCodec::encode(plain));
    QVERIFY(plainDecoded);
    QCOMPARE(plainDecoded->rotationPeriodDays, qint64(0));
    QCOMPARE(plainDecoded->expiresOnMs, qint64(0));
}

void TestRotationPolicy::vaultKeepsTheRuleAcrossUnlocks()
{
    const ProjectId project = addProject();
    QVERIFY(m_vault->setSecret(project, QStringLiteral("API_KEY"), secret("v1")));
    QSignalSpy saved(m_vault.get(), &ProjectStore::secretSaved);
    QVERIFY(m_vault->setSecretRotation(project, QStringLiteral("API_KEY"), every(90)));
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().at(1).value<SecretSummary>().rotation, every(90));
    m_vault->lock();
    QVERIFY(m_vault->unlock(m_path, secret("correct horse")));
    QCOMPARE(onlySecret(project).rotation, every(90));

    const QDate date = QDate::currentDate().addDays(40);
    QVERIFY(m_vault->setSecretRotation(project, QStringLiteral("API_KEY"), expiring(date)));
    QCOMPARE(onlySecret(project).rotation, expiring(date));
    QVERIFY(m_vault->setSecretRotation(project, QStringLiteral("API_KEY"), RotationPolicy {}));
    QVERIFY(!onlySecret(project).rotation.isSet());
    // The value is untouched by any of it.
    QCOMPARE(TestSupport::plain(m_vault->secretValue(project, QStringLiteral("API_KEY")).value()), QByteArray("v1"));
}

void TestRotationPolicy::invalidRuleChangesNothing()
{
    const ProjectId project = addProject();
    QVERIFY(m_vault->setSecret(project, QStringLiteral("API_KEY"), secret("v1")));
    QVERIFY(m_vault->setSecretRotation(project, QStringLiteral("API_KEY"), every(30)));
    const SecretSummary before = onlySecret(project);
    const qsizetype audited = m_vault->auditEntries()->size();
    QSignalSpy saved(m_vault.get(), &ProjectStore::secretSaved);

    const Result<void> past
        = m_vault->setSecretRotation(project, QStringLiteral("API_KEY"), expiring(QDate(2020, 1, 1)));
    QCOMPARE(past.code(), ErrorCode::InvalidInput);
    QVERIFY(past.message().contains(QStringLiteral("2020-01-01")));
    QCOMPARE(m_vault->setSecretRotation(project, QStringLiteral("API_KEY"), every(-1)).code(), ErrorCode::InvalidInput);

    const SecretSummary after = onlySecret(project);
    QCOMPARE(after.rotation, before.rotation);
    QCOMPARE(after.updated, before.updated);
    QCOMPARE(saved.size(), 0);
    QCOMPARE(m_vault->auditEntries()->size(), audited);
}

void TestRotationPolicy::replacingTheValueRestartsTheAge()
{
    const ProjectId project = addProject();
    QVERIFY(m_vault->setSecret(project, QStringLiteral("API_KEY"), secret("v1")));
    const SecretSummary first = onlySecret(project);
    QVERIFY(first.rotatedAt.isValid());
    QTest::qWait(5);
    // A rename or a rule change is not a new value: the age stays.
    QVERIFY(m_vault->setSecretRotation(project, QStringLiteral("API_KEY"), every(30)));
    QVERIFY(m_vault->renameSecret(project, QStringLiteral("API_KEY"), QStringLiteral("OPENAI_KEY")));
    QCOMPARE(onlySecret(project).rotatedAt, first.rotatedAt);
    QTest::qWait(5);
    QVERIFY(m_vault->editSecret(project, QStringLiteral("OPENAI_KEY"), QStringLiteral("OPENAI_KEY"), secret("v2")));
    const SecretSummary rotated = onlySecret(project);
    QVERIFY(rotated.rotatedAt > first.rotatedAt);
    QCOMPARE(rotated.rotation, every(30));
    QTest::qWait(5);
    QVERIFY(m_vault->setSecret(project, QStringLiteral("OPENAI_KEY"), secret("v3")));
    QVERIFY(onlySecret(project).rotatedAt > rotated.rotatedAt);
}

void TestRotationPolicy::changingTheRuleIsAudited()
{
    const ProjectId project = addProject();
    QVERIFY(m_vault->setSecret(project, QStringLiteral("API_KEY"), secret("v1")));
    QVERIFY(m_vault->setSecretRotation(project, QStringLiteral("API_KEY"), every(90)));
    const AuditEntry last = m_vault->auditEntries()->last();
    QCOMPARE(last.action, AuditAction::RotationChanged);
    QCOMPARE(last.name, QStringLiteral("API_KEY"));
    QCOMPARE(last.detail, QStringLiteral("every 90 days"));
    QCOMPARE(AuditText::actionCode(AuditAction::RotationChanged), QStringLiteral("item.rotation"));
    QCOMPARE(AuditText::actionFromCode(QStringLiteral("item.rotation")), AuditAction::RotationChanged);
    QVERIFY(m_vault->verifyAudit()->intact());
}

void TestRotationPolicy::unknownSecretIsNotFound()
{
    const ProjectId project = addProject();
    QCOMPARE(m_vault->setSecretRotation(project, QStringLiteral("NOPE"), every(30)).code(), ErrorCode::NotFound);
}

BOTVAULT_TEST_MAIN(TestRotationPolicy)

#include "TestRotationPolicy.moc"
