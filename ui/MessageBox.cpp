#include "ui/MessageBox.h"

#include "ui/Icons.h"

#include <QAbstractButton>
#include <QCoreApplication>

namespace {

QMessageBox::StandardButton g_nextAnswer = QMessageBox::NoButton;
QString g_lastTitle;
QString g_lastText;
int g_promptCount = 0;

} // namespace

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    return ask(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::warning(QWidget* parent, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    return ask(parent, QMessageBox::Warning, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::critical(QWidget* parent, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    return ask(parent, QMessageBox::Critical, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::information(QWidget* parent, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    return ask(parent, QMessageBox::Information, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::confirmDelete(QWidget* parent, const QString& title, const QString& text)
{
    return ask(parent, QMessageBox::Warning, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        QCoreApplication::translate("MessageBox", "&Delete"));
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}

QString MessageBox::lastTitle()
{
    return g_lastTitle;
}

QString MessageBox::lastText()
{
    return g_lastText;
}

int MessageBox::promptCount()
{
    return g_promptCount;
}

QMessageBox::StandardButton MessageBox::ask(QWidget* parent, QMessageBox::Icon icon, const QString& title,
    const QString& text, QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
    const QString& yesText)
{
    g_lastTitle = title;
    g_lastText = text;
    ++g_promptCount;
    if (g_nextAnswer != QMessageBox::NoButton) {
        const QMessageBox::StandardButton answer = g_nextAnswer;
        g_nextAnswer = QMessageBox::NoButton;
        return answer;
    }

    QMessageBox box(icon, title, text, buttons, parent);
    box.setObjectName(QStringLiteral("messageBox"));
    box.setTextFormat(Qt::PlainText);
    if (defaultButton != QMessageBox::NoButton) {
        box.setDefaultButton(defaultButton);
    }
    if (!yesText.isEmpty()) {
        if (QAbstractButton* yes = box.button(QMessageBox::Yes)) {
            yes->setText(yesText);
            yes->setObjectName(QStringLiteral("deleteButton"));
            // The style's icon for Yes is an OK tick (green in some themes): wrong for a deletion.
            yes->setIcon(Icons::icon(QStringLiteral("delete")));
        }
    }
    if (buttons.testFlag(QMessageBox::Cancel) || buttons.testFlag(QMessageBox::No)) {
        box.setEscapeButton(buttons.testFlag(QMessageBox::Cancel) ? QMessageBox::Cancel : QMessageBox::No);
    }
    const int result = box.exec();
    // exec() returns the standard button that was clicked, or an escape/close outcome.
    const auto answer = static_cast<QMessageBox::StandardButton>(result);
    return buttons.testFlag(answer) ? answer : QMessageBox::Cancel;
}
