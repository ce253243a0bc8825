#pragma once

#include <QString>

#include <memory>

class QFileDialog;
class QWidget;

// The one way BotVault asks for a file or a folder. Like MessageBox for prompts: a widget test must
// never block on a real file dialog, so setNextAnswer() queues paths that the next requests return
// at once without showing anything (an empty path answers "cancelled"); lastCaption() tells the test
// what would have been asked.
class FileDialog
{
public:
    // An existing folder, or an empty string when cancelled.
    static QString existingFolder(QWidget* parent, const QString& caption, const QString& startFolder = {});
    // Whether the file list shows dotfiles, such as `.env` itself.
    enum class HiddenFiles
    {
        Hide,
        Show,
    };

    // An existing file to read, or an empty string when cancelled.
    static QString openFile(QWidget* parent, const QString& caption, const QString& startFolder, const QString& filter,
        HiddenFiles hiddenFiles = HiddenFiles::Hide);
    // The dialog openFile() shows. With HiddenFiles::Show it is Qt's own dialog, not the platform's:
    // platform dialogs hide dotfiles whatever they are asked.
    static std::unique_ptr<QFileDialog> makeOpenFileDialog(QWidget* parent, const QString& caption,
        const QString& startFolder, const QString& filter, HiddenFiles hiddenFiles);
    // A file to write (the platform dialog asks before replacing one), or an empty string when
    // cancelled. `suggestedPath` is the folder and file name offered first.
    static QString saveFile(
        QWidget* parent, const QString& caption, const QString& suggestedPath, const QString& filter);

    // Test seam: the next request returns `path` without showing anything. Answers queue up, so a
    // test can answer a flow that asks twice.
    static void setNextAnswer(const QString& path);
    // Drops the queued answers.
    static void clearAnswers();
    // The caption of the most recent request, shown or answered by setNextAnswer().
    static QString lastCaption();
    // Whether the most recent openFile() asked to list dotfiles.
    static HiddenFiles lastHiddenFiles();
    // The path the most recent request offered first (its start folder or suggested file).
    static QString lastSuggestedPath();
    // How many requests were made since the process started.
    static int requestCount();

private:
    // The queued answer for a request, if a test queued one.
    static bool takeAnswer(const QString& caption, const QString& suggestedPath, QString* answer);
};
