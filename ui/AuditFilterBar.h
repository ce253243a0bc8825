#pragma once

#include "models/AuditEntry.h"
#include "models/AuditFilter.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QPushButton;

// The filters above the audit log: project, kind, who and period (each bound of the period can be
// switched off), and Clear. The projects and actors offered are the ones the log names, so a removed
// project's entries can still be picked. Emits filterChanged() on every change.
class AuditFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit AuditFilterBar(QWidget* parent = nullptr);

    // Offers the projects and actors of `entries`, keeping the current choices where they still exist.
    void setEntries(const QList<AuditEntry>& entries);
    AuditFilter filter() const;
    // Back to every entry.
    void clear();

Q_SIGNALS:
    void filterChanged();

private:
    void fillChoices(QComboBox* combo, const QString& everyone, const QStringList& choices);

    QComboBox* m_project;
    QComboBox* m_kind;
    QComboBox* m_actor;
    QCheckBox* m_fromEnabled;
    QDateEdit* m_from;
    QCheckBox* m_toEnabled;
    QDateEdit* m_to;
    QPushButton* m_clear;
};
