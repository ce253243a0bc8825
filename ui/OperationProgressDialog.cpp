#include "ui/OperationProgressDialog.h"

#include "sync/PlatformOperation.h"
#include "ui/BackgroundTask.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

OperationProgressDialog::OperationProgressDialog(
    PlatformOperation* operation, const QString& namePrefix, const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_operation(operation)
    , m_label(new QLabel(tr("Connecting to the platform…"), this))
    , m_bar(new QProgressBar(this))
{
    setObjectName(namePrefix + QStringLiteral("ProgressDialog"));
    setWindowTitle(title);
    setAccessibleName(title);
    setWindowModality(Qt::WindowModal);
    m_label->setObjectName(namePrefix + QStringLiteral("ProgressLabel"));
    m_label->setMinimumWidth(360);
    m_bar->setObjectName(namePrefix + QStringLiteral("ProgressBar"));
    m_bar->setAccessibleName(tr("Progress"));
    m_bar->setRange(0, 0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::rejected, this, &OperationProgressDialog::onRejected);
    connect(operation, &PlatformOperation::progress, this, &OperationProgressDialog::showProgress);
    QTimer::singleShot(BackgroundTask::kShowDelayMs, this, &OperationProgressDialog::showIfStillRunning);
}

void OperationProgressDialog::onRejected()
{
    m_cancelRequested = true;
    m_label->setText(m_cancellingText);
    if (m_operation) {
        m_operation->cancel();
    }
}

void OperationProgressDialog::showProgress(int done, int total, const QString& stage)
{
    if (total > 0) {
        m_bar->setRange(0, total);
        m_bar->setValue(qBound(0, done, total));
    }
    if (!stage.isEmpty()) {
        m_label->setText(stage);
    }
}

void OperationProgressDialog::showIfStillRunning()
{
    if (m_operation && !m_operation->isFinished() && !m_cancelRequested) {
        show();
    }
}
