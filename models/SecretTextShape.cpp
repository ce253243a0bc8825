#include "models/SecretTextShape.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace {

bool isBase64Line(const QString& line)
{
    static const QRegularExpression base64(QStringLiteral("^[A-Za-z0-9+/]*={0,2}$"));
    return base64.match(line).hasMatch();
}

SecretTextShape::Pem kindOf(const QString& label)
{
    if (label.endsWith(QStringLiteral("PRIVATE KEY"))) {
        return SecretTextShape::Pem::PrivateKey;
    }
    if (label.endsWith(QStringLiteral("CERTIFICATE"))) {
        return SecretTextShape::Pem::Certificate;
    }
    return SecretTextShape::Pem::OtherBlock;
}

void markBroken(SecretTextShape& shape, const QString& problem)
{
    shape.pem = SecretTextShape::Pem::Broken;
    shape.problem = problem;
}

// Walks the BEGIN … END blocks; text around them (a comment, "Bag Attributes") is allowed.
void checkPem(const QStringList& lines, SecretTextShape& shape)
{
    static const QRegularExpression begin(QStringLiteral("^-----BEGIN ([A-Z0-9 ]+)-----$"));
    static const QRegularExpression end(QStringLiteral("^-----END ([A-Z0-9 ]+)-----$"));
    QString open;
    bool inHeaders = false;
    for (int index = 0; index < lines.size(); ++index) {
        const QString line = lines.at(index).trimmed();
        const int number = index + 1;
        if (open.isEmpty()) {
            const auto match = begin.match(line);
            if (match.hasMatch()) {
                open = match.captured(1);
                inHeaders = true;
                if (shape.pemLabel.isEmpty()) {
                    shape.pemLabel = open;
                    shape.pem = kindOf(open);
                }
            } else if (end.match(line).hasMatch()) {
                return markBroken(shape,
                    QCoreApplication::translate("SecretTextShape", "Line %1 ends a PEM block that never began.")
                        .arg(number));
            }
            continue;
        }
        const auto match = end.match(line);
        if (match.hasMatch()) {
            if (match.captured(1) != open) {
                return markBroken(shape,
                    QCoreApplication::translate("SecretTextShape", "Line %1 ends “%2”, but the block began as “%3”.")
                        .arg(number)
                        .arg(match.captured(1), open));
            }
            ++shape.blocks;
            open.clear();
            continue;
        }
        // Encrypted keys carry "Proc-Type: …" headers and a blank line before the base64 body.
        if (inHeaders && (line.contains(QLatin1Char(':')) || line.isEmpty())) {
            continue;
        }
        inHeaders = false;
        if (!isBase64Line(line)) {
            return markBroken(shape,
                QCoreApplication::translate("SecretTextShape", "Line %1 of the PEM block is not base64.").arg(number));
        }
    }
    if (!open.isEmpty()) {
        markBroken(shape,
            QCoreApplication::translate(
                "SecretTextShape", "The PEM block “%1” has no END line: the value may be cut short.")
                .arg(open));
    }
}

} // namespace

SecretTextShape describeSecretText(const QString& text)
{
    SecretTextShape shape;
    shape.bytes = text.toUtf8().size();
    if (text.isEmpty()) {
        return shape;
    }
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList lines = normalized.split(QLatin1Char('\n'));
    // A final newline does not start another line.
    if (lines.size() > 1 && lines.constLast().isEmpty()) {
        lines.removeLast();
    }
    shape.lines = static_cast<int>(lines.size());
    checkPem(lines, shape);
    return shape;
}

QString SecretTextShape::summary() const
{
    // No plural forms: the counts stand after their nouns.
    const QString size = QCoreApplication::translate("SecretTextShape", "Lines: %1, bytes: %2").arg(lines).arg(bytes);
    switch (pem) {
    case Pem::None:
        return QCoreApplication::translate("SecretTextShape", "%1.").arg(size);
    case Pem::PrivateKey:
        return QCoreApplication::translate("SecretTextShape", "%1: looks like a PEM private key (%2).")
            .arg(size, pemLabel);
    case Pem::Certificate:
        return blocks > 1
            ? QCoreApplication::translate("SecretTextShape", "%1: looks like a chain of PEM certificates (blocks: %2).")
                  .arg(size)
                  .arg(blocks)
            : QCoreApplication::translate("SecretTextShape", "%1: looks like a PEM certificate.").arg(size);
    case Pem::OtherBlock:
        return QCoreApplication::translate("SecretTextShape", "%1: looks like a PEM block (%2).").arg(size, pemLabel);
    case Pem::Broken:
        return QCoreApplication::translate("SecretTextShape", "%1. %2").arg(size, problem);
    }
    return size;
}
