#pragma once

#include <QLayout>
#include <QWidget>

// Fits a window's height to what its layout needs at the window's current width. The dialogs with
// tables and word-wrapped labels inside group boxes need this: the layout's minimum size (which
// FormMessage's fitWindowHeight uses) ignores height-for-width, so a window fitted to it squeezes
// a group box below its content and the widgets in it overlap.
inline void fitHeightToContent(QWidget* window)
{
    QLayout* layout = window->layout();
    if (!layout || !window->isVisible()) {
        return;
    }
    // The minimum from an earlier fit must not hold the window up when the content shrank.
    window->setMinimumHeight(0);
    layout->activate();
    const int width = window->width();
    int wanted = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : layout->totalSizeHint().height();
    wanted = qMax(wanted, layout->totalMinimumSize().height());
    // Never shorter than the content, so a person resizing it cannot make widgets overlap either.
    window->setMinimumHeight(wanted);
    if (wanted != window->height()) {
        window->resize(width, wanted);
    }
}
