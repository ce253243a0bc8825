#pragma once

#include <QMessageBox>
#include <QString>

// The one way BotVault asks the user something modally. Widget tests must never block on a real
// message box, so setNextAnswer() makes the next prompt return a chosen button at once without
// showing anything; lastTitle() and lastText() tell the test what would have been asked.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::Cancel,
        QMessageBox::StandardButton defaultButton = QMessageBox::Cancel);
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text,
        QMessageBox::StandardButtons buttons = QMessageBox::Ok,
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QMessageBox::StandardButton critical(QWidget* parent, const QString& title, const QString& text,
        QMessageBox::StandardButtons buttons = QMessageBox::Ok,
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QMessageBox::StandardButton information(QWidget* parent, const QString& title, const QString& text,
        QMessageBox::StandardButtons buttons = QMessageBox::Ok,
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);

    // A destructive confirmation: a warning with a "Delete" button and Cancel, Cancel the default.
    // Returns QMessageBox::Yes when the user chose Delete, QMessageBox::Cancel otherwise.
    static QMessageBox::StandardButton confirmDelete(QWidget* parent, const QString& title, const QString& text);

    // Test seam: the next prompt returns `answer` without being shown (NoButton clears it).
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The title and text of the most recent prompt, shown or answered by setNextAnswer().
    static QString lastTitle();
    static QString lastText();
    // How many prompts were asked since the process started; lets a test prove none was.
    static int promptCount();

private:
    static QMessageBox::StandardButton ask(QWidget* parent, QMessageBox::Icon icon, const QString& title,
        const QString& text, QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
        const QString& yesText = {});
};
