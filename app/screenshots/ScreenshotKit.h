#pragma once

#include "models/Result.h"

#include <QList>
#include <QPalette>
#include <QString>
#include <QWidget>

#include <functional>
#include <type_traits>
#include <utility>

// What botvault-screenshots drives the real windows with: the event loop, typing like a user,
// the palettes of the images, and the Shooter that saves a window with its dialogs, framed.
namespace Screenshots {

// Prints `what` and ends the program: a screenshot run has nothing to recover.
[[noreturn]] void fail(const QString& what);

template<typename T>
T check(Result<T> result, const char* what)
{
    if (!result) {
        fail(QStringLiteral("%1: %2").arg(QLatin1String(what), result.message()));
    }
    if constexpr (!std::is_void_v<T>) {
        return std::move(result).value();
    }
}

// Runs the event loop for `ms` milliseconds: layouts, deferred resizes and repaints settle.
void settle(int ms = 120);
// Runs the event loop until `done` holds. The in-process platform answers within a second or two;
// the limit only keeps a broken run from hanging.
void waitFor(const std::function<bool()>& done, const QString& what);
// Types `text` into `widget` as key presses and releases, as a user would.
void typeText(QWidget* widget, const QString& text);

QPalette lightPalette();
// A dark palette for Fusion, close to the dark themes of common desktops.
QPalette darkPalette();

template<typename T>
T* findVisible(QWidget* parent)
{
    for (T* child : parent->findChildren<T*>()) {
        if (child->isVisible()) {
            return child;
        }
    }
    fail(QStringLiteral("no visible %1").arg(QLatin1String(T::staticMetaObject.className())));
}

// Saves the window and, over it, every visible dialog (`dialogs` in stacking order), each framed.
class Shooter
{
public:
    explicit Shooter(QString folder) : m_folder(std::move(folder)) { }

    void save(const QString& name, QWidget* window, const QList<QWidget*>& dialogs = {});

private:
    QString m_folder;
};

} // namespace Screenshots
