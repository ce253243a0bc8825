#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

// How the transfer commands (export, import, env import/export, check) word counts, paths and
// name lists. The CLI loads no translation, so an English plural is chosen here rather than
// through a "(s)" form; a translation may still give each text its own plural forms.
namespace TransferTexts {

QString native(const QString& path);
QString counted(int n, const QString& one, const QString& many);
QString variablesText(int n);
QString secretsText(int n);
QString namesText(int n);
QString filesText(int n);
QString bytesText(qint64 n);
QString nameList(const QStringList& names);
QJsonArray jsonStrings(const QStringList& list);
int size(const QList<QString>& list);

} // namespace TransferTexts
