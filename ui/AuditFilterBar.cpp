#include "ui/AuditFilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>

namespace {

QComboBox* makeCombo(QWidget* parent, const char* objectName, const QString& accessibleName)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(objectName));
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setMinimumContentsLength(12);
    return combo;
}

QDateEdit* makeDateEdit(QWidget* parent, const char* objectName, const QString& accessibleName)
{
    auto* edit = new QDateEdit(QDate::currentDate(), parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setEnabled(false);
    return edit;
}

QCheckBox* makeBoundCheck(QWidget* parent, const char* objectName, const QString& text, QDateEdit* date)
{
    auto* check = new QCheckBox(text, parent);
    check->setObjectName(QLatin1String(objectName));
    check->setAccessibleName(date->accessibleName());
    QObject::connect(check, &QCheckBox::toggled, date, &QWidget::setEnabled);
    return check;
}

} // namespace

AuditFilterBar::AuditFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_project(makeCombo(this, "auditProjectFilter", tr("Show the entries of this project")))
    , m_kind(makeCombo(this, "auditKindFilter", tr("Show the entries of this kind")))
    , m_actor(makeCombo(this, "auditActorFilter", tr("Show what this person did")))
    , m_fromEnabled(nullptr)
    , m_from(makeDateEdit(this, "auditFromDate", tr("Show entries from this day on")))
    , m_toEnabled(nullptr)
    , m_to(makeDateEdit(this, "auditToDate", tr("Show entries up to this day")))
    , m_clear(new QPushButton(tr("C&lear filters"), this))
{
    m_fromEnabled = makeBoundCheck(this, "auditFromCheck", tr("&From"), m_from);
    m_toEnabled = makeBoundCheck(this, "auditToCheck", tr("&To"), m_to);
    m_kind->addItem(tr("Every kind"), QVariant::fromValue(static_cast<int>(AuditFilter::Kind::Any)));
    m_kind->addItem(tr("Secrets"), QVariant::fromValue(static_cast<int>(AuditFilter::Kind::Secret)));
    m_kind->addItem(tr("Variables"), QVariant::fromValue(static_cast<int>(AuditFilter::Kind::Variable)));
    m_kind->addItem(tr("Projects"), QVariant::fromValue(static_cast<int>(AuditFilter::Kind::Project)));
    m_kind->addItem(tr("The vault"), QVariant::fromValue(static_cast<int>(AuditFilter::Kind::Vault)));
    fillChoices(m_project, tr("Every project"), {});
    fillChoices(m_actor, tr("Everyone"), {});
    m_clear->setObjectName(QStringLiteral("clearAuditFiltersButton"));
    m_clear->setAccessibleName(tr("Clear the filters"));
    m_clear->setAutoDefault(false);

    auto* projectLabel = new QLabel(tr("&Project:"), this);
    projectLabel->setBuddy(m_project);
    auto* kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    auto* actorLabel = new QLabel(tr("&Who:"), this);
    actorLabel->setBuddy(m_actor);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(projectLabel, 0, 0);
    layout->addWidget(m_project, 0, 1);
    layout->addWidget(kindLabel, 0, 2);
    layout->addWidget(m_kind, 0, 3);
    layout->addWidget(actorLabel, 0, 4);
    layout->addWidget(m_actor, 0, 5);
    layout->addWidget(m_fromEnabled, 1, 0);
    layout->addWidget(m_from, 1, 1);
    layout->addWidget(m_toEnabled, 1, 2);
    layout->addWidget(m_to, 1, 3);
    layout->addWidget(m_clear, 1, 5, Qt::AlignRight);
    layout->setColumnStretch(6, 1);

    for (QComboBox* combo : {m_project, m_kind, m_actor}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditFilterBar::filterChanged);
    }
    for (QCheckBox* check : {m_fromEnabled, m_toEnabled}) {
        connect(check, &QCheckBox::toggled, this, &AuditFilterBar::filterChanged);
    }
    for (QDateEdit* date : {m_from, m_to}) {
        connect(date, &QDateEdit::dateChanged, this, &AuditFilterBar::filterChanged);
    }
    connect(m_clear, &QPushButton::clicked, this, &AuditFilterBar::clear);
}

void AuditFilterBar::fillChoices(QComboBox* combo, const QString& everyone, const QStringList& choices)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(everyone, QString());
    for (const QString& choice : choices) {
        combo->addItem(choice, choice);
    }
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

void AuditFilterBar::setEntries(const QList<AuditEntry>& entries)
{
    QSet<QString> projects;
    QSet<QString> actors;
    QDate earliest;
    for (const AuditEntry& entry : entries) {
        if (entry.damaged) {
            continue;
        }
        if (!entry.project.isEmpty()) {
            projects.insert(entry.project);
        }
        if (!entry.actor.isEmpty()) {
            actors.insert(entry.actor);
        }
        const QDate day = entry.time.toLocalTime().date();
        if (!earliest.isValid() || day < earliest) {
            earliest = day;
        }
    }
    QStringList projectNames(projects.cbegin(), projects.cend());
    projectNames.sort(Qt::CaseInsensitive);
    QStringList actorNames(actors.cbegin(), actors.cend());
    actorNames.sort(Qt::CaseInsensitive);
    fillChoices(m_project, m_project->itemText(0), projectNames);
    fillChoices(m_actor, m_actor->itemText(0), actorNames);
    if (earliest.isValid() && !m_fromEnabled->isChecked()) {
        const QSignalBlocker blocker(m_from);
        m_from->setDate(earliest);
    }
    Q_EMIT filterChanged();
}

AuditFilter AuditFilterBar::filter() const
{
    AuditFilter filter;
    filter.project = m_project->currentData().toString();
    filter.kind = static_cast<AuditFilter::Kind>(m_kind->currentData().toInt());
    filter.actor = m_actor->currentData().toString();
    // The days are the user's: from their first moment to their last, in local time.
    if (m_fromEnabled->isChecked()) {
        filter.from = m_from->date().startOfDay();
    }
    if (m_toEnabled->isChecked()) {
        filter.to = m_to->date().endOfDay();
    }
    return filter;
}

void AuditFilterBar::clear()
{
    const QSignalBlocker blockers[] {QSignalBlocker(m_project), QSignalBlocker(m_kind), QSignalBlocker(m_actor),
        QSignalBlocker(m_fromEnabled), QSignalBlocker(m_toEnabled)};
    m_project->setCurrentIndex(0);
    m_kind->setCurrentIndex(0);
    m_actor->setCurrentIndex(0);
    m_fromEnabled->setChecked(false);
    m_toEnabled->setChecked(false);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    Q_EMIT filterChanged();
}
