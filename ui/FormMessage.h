#pragma once

#include <QColor>
#include <QEvent>
#include <QLabel>
#include <QLayout>
#include <QPalette>
#include <QResizeEvent>
#include <QString>

// The live messages under a dialog's fields: an error blocks saving, a warning does not. Colours are
// picked for the label's current window colour so they stay readable in light and dark palettes;
// the text itself always says what is wrong, so nothing depends on the colour alone.
enum class FormMessageKind
{
    Error,
    Warning,
};

inline void showFormMessage(QLabel* label, const QString& text, FormMessageKind kind = FormMessageKind::Error)
{
    label->setText(text);
    label->setVisible(!text.isEmpty()); // a form row whose only widget is hidden takes no space
    const QWidget* surface = label->parentWidget() ? label->parentWidget() : label;
    const bool dark = surface->palette().color(QPalette::Window).lightness() < 128;
    QColor colour;
    switch (kind) {
    case FormMessageKind::Error:
        colour = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c);
        break;
    case FormMessageKind::Warning:
        colour = dark ? QColor(0xff, 0xcc, 0x66) : QColor(0x8a, 0x55, 0x00);
        break;
    }
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
}

// QFormLayout (Qt 6.4) gets height-for-width wrong for word-wrapped labels: it sizes them for a
// narrower column than they get (a gap above and below a short message) and never grows the
// window for a long one (the second line is cut off). This pins every visible wrapped label's
// minimum height to what its text needs at its real width and fits the window's height to its
// layout's minimum (only ever growing it when `mayShrink` is false, for dialogs whose fields use
// extra height).
inline void fitWindowHeight(QWidget* window, bool mayShrink = true)
{
    QLayout* layout = window->layout();
    if (!window->isVisible() || !layout) {
        return;
    }
    layout->activate(); // gives every label its width for the window's current width
    const QList<QLabel*> labels = window->findChildren<QLabel*>();
    for (QLabel* label : labels) {
        if (label->wordWrap() && label->isVisible()) {
            label->setMinimumHeight(label->heightForWidth(label->width()));
        }
    }
    layout->activate();
    const int wanted = qMax(layout->totalMinimumSize().height(), window->minimumHeight());
    if (wanted > window->height() || (mayShrink && wanted < window->height())) {
        window->resize(window->width(), wanted);
    }
}

// Keeps a dialog's height fitted (fitWindowHeight) when it is shown and when its width changes;
// the dialog also calls fitWindowHeight() itself whenever a message changes. Owned by the dialog.
class WindowHeightFitter : public QObject
{
public:
    WindowHeightFitter(QWidget* window, bool mayShrink) : QObject(window), m_window(window), m_mayShrink(mayShrink)
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_window) {
            if (event->type() == QEvent::Show) {
                fitWindowHeight(m_window, m_mayShrink);
            } else if (event->type() == QEvent::Resize) {
                auto* resize = static_cast<QResizeEvent*>(event);
                if (resize->size().width() != resize->oldSize().width()) {
                    fitWindowHeight(m_window, m_mayShrink);
                }
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget* m_window;
    bool m_mayShrink;
};
