#include "ui/Icons.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace {

QString resourcePath(const QString& name)
{
    return QStringLiteral(":/icons/%1.svg").arg(name);
}

// Renders one SVG tinted with the palette colour of the requested mode. It reads the palette when
// it paints, so a palette change shows on the next repaint; the pixmap cache key holds the colour,
// which gives one cache entry per palette.
class TintedSvgIconEngine final : public QIconEngine
{
public:
    explicit TintedSvgIconEngine(QString name) : m_name(std::move(name)) { }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap rendered = pixmap(rect.size() * ratio, mode, state);
        rendered.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, rendered);
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State) override
    {
        if (size.isEmpty()) {
            return {};
        }
        const QColor colour = tint(mode);
        const QString key = QStringLiteral("botvault-icon/%1/%2x%3/%4")
                                .arg(m_name)
                                .arg(size.width())
                                .arg(size.height())
                                .arg(colour.rgba(), 8, 16, QLatin1Char('0'));
        QPixmap cached;
        if (QPixmapCache::find(key, &cached)) {
            return cached;
        }
        QPixmap rendered(size);
        rendered.fill(Qt::transparent);
        {
            QSvgRenderer renderer(resourcePath(m_name));
            QPainter painter(&rendered);
            painter.setRenderHint(QPainter::Antialiasing);
            // A square icon in a non-square pixmap keeps its proportions, centred.
            const int side = qMin(size.width(), size.height());
            const QRectF target((size.width() - side) / 2.0, (size.height() - side) / 2.0, side, side);
            renderer.render(&painter, target);
            // Keep the icon's shape (alpha) and paint it in the palette colour.
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(rendered.rect(), colour);
        }
        QPixmapCache::insert(key, rendered);
        return rendered;
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override { return size; }

    QIconEngine* clone() const override { return new TintedSvgIconEngine(m_name); }

    QString key() const override { return QStringLiteral("BotVaultTintedSvg"); }

    QString iconName() override { return m_name; }

private:
    static QColor tint(QIcon::Mode mode)
    {
        const QPalette palette = QGuiApplication::palette();
        switch (mode) {
        case QIcon::Disabled:
            return palette.color(QPalette::Disabled, QPalette::WindowText);
        case QIcon::Selected:
            return palette.color(QPalette::Active, QPalette::HighlightedText);
        case QIcon::Normal:
        case QIcon::Active:
            break;
        }
        return palette.color(QPalette::Active, QPalette::WindowText);
    }

    QString m_name;
};

} // namespace

namespace Icons {

QIcon icon(const QString& name)
{
    static QHash<QString, QIcon> icons;
    const auto found = icons.constFind(name);
    if (found != icons.constEnd()) {
        return *found;
    }
    if (!QFile::exists(resourcePath(name))) {
        return {};
    }
    const QIcon created(new TintedSvgIconEngine(name));
    icons.insert(name, created);
    return created;
}

} // namespace Icons
