#pragma once

#include <QDialog>
#include <QPointer>

class PlatformOperation;
class QLabel;
class QProgressBar;
class QPushButton;

// The progress of one operation on the platform (a publish, a pull, a deploy), with Cancel. A plain
// dialog rather than QProgressDialog, whose setValue() runs a nested event loop inside the
// operation's progress signal. It shows itself only after a short delay, so that quick operations
// finish before anything flashes. The Cancel button, Escape and the vault locking (which rejects
// every dialog) all cancel the operation. The object names start with `namePrefix`
// ("syncProgressDialog", "syncProgressLabel", "syncProgressBar"): the widget tests find them.
class OperationProgressDialog : public QDialog
{
    Q_OBJECT

public:
    OperationProgressDialog(
        PlatformOperation* operation, const QString& namePrefix, const QString& title, QWidget* parent);

    QLabel* stageLabel() const { return m_label; }
    QPushButton* cancelButton() const { return m_cancel; }
    // What the label says once cancel has been asked for.
    void setCancellingText(const QString& text) { m_cancellingText = text; }
    bool isCancelRequested() const { return m_cancelRequested; }

private:
    void onRejected();
    void showProgress(int done, int total, const QString& stage);
    void showIfStillRunning();

    QPointer<PlatformOperation> m_operation;
    QLabel* m_label;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
    QString m_cancellingText;
    bool m_cancelRequested = false;
};
