#include "app/screenshots/ScreenshotKit.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

namespace Screenshots {

namespace {

// A plain window frame around a grabbed window: a title bar with the window's title, a border and
// a soft shadow, so that a dialog reads as a window of its own over the main window.
class Framer
{
public:
    static constexpr int kTitleHeight = 30;
    static constexpr int kShadow = 14;

    // The size of the framed image of a `content`-sized window, shadow included.
    static QSize framedSize(const QSize& content)
    {
        return {content.width() + 2 * kShadow + 2, content.height() + kTitleHeight + 2 * kShadow + 2};
    }

    // Where the content's top-left corner lies inside the framed image.
    static QPoint contentOffset() { return {kShadow + 1, kShadow + 1 + kTitleHeight}; }

    // Paints `window`'s frame and `content` with the content's top-left corner at `at`.
    static void paint(QPainter& painter, const QPoint& at, const QPixmap& content, const QString& title,
        const QPalette& palette, bool active)
    {
        const QSize size(content.deviceIndependentSize().toSize());
        const QRect outer(at.x() - 1, at.y() - kTitleHeight - 1, size.width() + 2, size.height() + kTitleHeight + 2);
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        for (int i = kShadow; i > 0; --i) {
            const int alpha = (kShadow - i + 1) * 34 / kShadow / 3;
            QPainterPath path;
            path.addRoundedRect(QRectF(outer).adjusted(-i, -i + 3, i, i + 3), 8 + i, 8 + i);
            painter.fillPath(path, QColor(0, 0, 0, alpha));
        }
        const bool dark = palette.color(QPalette::Window).lightness() < 128;
        const QColor titleColour = dark ? (active ? QColor(0x3a, 0x3c, 0x41) : QColor(0x32, 0x34, 0x38))
                                        : (active ? QColor(0xe3, 0xe5, 0xe8) : QColor(0xee, 0xef, 0xf1));
        QPainterPath frame;
        frame.addRoundedRect(QRectF(outer).adjusted(0.5, 0.5, -0.5, -0.5), 7, 7);
        painter.fillPath(frame, titleColour);
        painter.setPen(QPen(dark ? QColor(0x12, 0x12, 0x14) : QColor(0xa8, 0xab, 0xb0), 1));
        painter.drawPath(frame);
        painter.setRenderHint(QPainter::Antialiasing, false);
        QFont font = QApplication::font();
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(palette.color(active ? QPalette::Active : QPalette::Inactive, QPalette::WindowText));
        painter.drawText(QRect(outer.left(), outer.top(), outer.width(), kTitleHeight), Qt::AlignCenter, title);
        painter.drawPixmap(at, content);
        painter.restore();
    }
};

} // namespace

[[noreturn]] void fail(const QString& what)
{
    std::fprintf(stderr, "botvault-screenshots: %s\n", qPrintable(what));
    std::exit(1);
}

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void waitFor(const std::function<bool()>& done, const QString& what)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.hasExpired(60000)) {
            fail(QStringLiteral("timed out waiting for %1").arg(what));
        }
        settle(25);
    }
}

void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        const int key = c == u'\n' ? int(Qt::Key_Return) : int(c.toUpper().unicode());
        const QString keyText = c == u'\n' ? QStringLiteral("\r") : QString(c);
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, keyText);
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, keyText);
        QApplication::sendEvent(widget, &release);
    }
}

QPalette lightPalette()
{
    return QApplication::style()->standardPalette();
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xdf, 0xe1, 0xe5);
    const QColor disabledText(0x80, 0x83, 0x88);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x25, 0x27, 0x2a));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x36, 0x38, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4d));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::Mid, QColor(0x24, 0x25, 0x28));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x58, 0x9d, 0xf6));
    p.setColor(QPalette::LinkVisited, QColor(0xa3, 0x7a, 0xf0));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, disabledText);
    }
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x45, 0x48, 0x4d));
    return p;
}

void Shooter::save(const QString& name, QWidget* window, const QList<QWidget*>& dialogs)
{
    settle();
    const QPixmap windowPixmap = window->grab();
    const QPoint origin = window->mapToGlobal(QPoint(0, 0));
    QImage image(Framer::framedSize(window->size()), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    Framer::paint(
        painter, Framer::contentOffset(), windowPixmap, window->windowTitle(), window->palette(), dialogs.isEmpty());
    for (QWidget* dialog : dialogs) {
        const QPixmap dialogPixmap = dialog->grab();
        QPoint at = Framer::contentOffset() + dialog->mapToGlobal(QPoint(0, 0)) - origin;
        // Keep the dialog, title bar included, inside the image.
        at.setX(qBound(Framer::kShadow + 1, at.x(), image.width() - Framer::kShadow - 1 - dialog->width()));
        at.setY(qBound(Framer::kShadow + 1 + Framer::kTitleHeight, at.y(),
            image.height() - Framer::kShadow - 1 - dialog->height()));
        Framer::paint(painter, at, dialogPixmap, dialog->windowTitle(), dialog->palette(), true);
    }
    painter.end();
    const QString path = QDir(m_folder).filePath(name);
    if (!image.save(path)) {
        fail(QStringLiteral("cannot write %1").arg(path));
    }
    std::printf("wrote %s (%dx%d)\n", qPrintable(path), image.width(), image.height());
}

} // namespace Screenshots
