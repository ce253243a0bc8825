#include "ui/FileDialog.h"

#include <QFileDialog>
#include <QStringList>

namespace {

QStringList g_answers;
QString g_lastCaption;
QString g_lastSuggestedPath;
int g_requestCount = 0;
FileDialog::HiddenFiles g_lastHiddenFiles = FileDialog::HiddenFiles::Hide;

} // namespace

QString FileDialog::existingFolder(QWidget* parent, const QString& caption, const QString& startFolder)
{
    QString answer;
    if (takeAnswer(caption, startFolder, &answer)) {
        return answer;
    }
    return QFileDialog::getExistingDirectory(parent, caption, startFolder, QFileDialog::ShowDirsOnly);
}

QString FileDialog::openFile(
    QWidget* parent, const QString& caption, const QString& startFolder, const QString& filter, HiddenFiles hiddenFiles)
{
    g_lastHiddenFiles = hiddenFiles;
    QString answer;
    if (takeAnswer(caption, startFolder, &answer)) {
        return answer;
    }
    if (hiddenFiles == HiddenFiles::Hide) {
        return QFileDialog::getOpenFileName(parent, caption, startFolder, filter);
    }
    const std::unique_ptr<QFileDialog> dialog = makeOpenFileDialog(parent, caption, startFolder, filter, hiddenFiles);
    if (dialog->exec() != QDialog::Accepted || dialog->selectedFiles().isEmpty()) {
        return {};
    }
    return dialog->selectedFiles().constFirst();
}

std::unique_ptr<QFileDialog> FileDialog::makeOpenFileDialog(
    QWidget* parent, const QString& caption, const QString& startFolder, const QString& filter, HiddenFiles hiddenFiles)
{
    auto dialog = std::make_unique<QFileDialog>(parent, caption, startFolder, filter);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    if (hiddenFiles == HiddenFiles::Show) {
        dialog->setOption(QFileDialog::DontUseNativeDialog);
        dialog->setFilter(dialog->filter() | QDir::Hidden);
    }
    return dialog;
}

QString FileDialog::saveFile(
    QWidget* parent, const QString& caption, const QString& suggestedPath, const QString& filter)
{
    QString answer;
    if (takeAnswer(caption, suggestedPath, &answer)) {
        return answer;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

void FileDialog::setNextAnswer(const QString& path)
{
    g_answers.append(path);
}

void FileDialog::clearAnswers()
{
    g_answers.clear();
}

QString FileDialog::lastCaption()
{
    return g_lastCaption;
}

FileDialog::HiddenFiles FileDialog::lastHiddenFiles()
{
    return g_lastHiddenFiles;
}

QString FileDialog::lastSuggestedPath()
{
    return g_lastSuggestedPath;
}

int FileDialog::requestCount()
{
    return g_requestCount;
}

bool FileDialog::takeAnswer(const QString& caption, const QString& suggestedPath, QString* answer)
{
    g_lastCaption = caption;
    g_lastSuggestedPath = suggestedPath;
    ++g_requestCount;
    if (g_answers.isEmpty()) {
        return false;
    }
    *answer = g_answers.takeFirst();
    return true;
}
