#include "tests/support/VaultContents.h"

#include "storage/Vault.h"

#include <QDateTime>
#include <QtCrypto>

namespace VaultContents {

namespace {

SecretValue bytes(const QString& text)
{
    return SecretValue(QCA::SecureArray(text.toUtf8()));
}

QString time(const QDateTime& dateTime)
{
    return dateTime.isValid() ? QString::number(dateTime.toMSecsSinceEpoch()) : QStringLiteral("-");
}

template<typename T>
bool failed(const Result<T>& result, const QString& what, QString* error)
{
    if (result.ok()) {
        return false;
    }
    *error = what + QStringLiteral(": ") + result.message();
    return true;
}

} // namespace

bool populate(Vault& vault, int items, QString* error)
{
    auto local = vault.addProject(QStringLiteral("Local bot"));
    auto bound = vault.addProject(QStringLiteral("Бот с платформой"));
    if (failed(local, QStringLiteral("add project"), error) || failed(bound, QStringLiteral("add project"), error)
        || failed(vault.addProject(QStringLiteral("Empty")), QStringLiteral("add project"), error)) {
        return false;
    }
    if (failed(vault.setProjectSourceFolder(local->id, QStringLiteral("/srv/bots/local")),
            QStringLiteral("source folder"), error)
        || failed(vault.setRemoteBinding(
                      bound->id, QStringLiteral("http://127.0.0.1:9"), 42, bytes(QStringLiteral("token-ABC.123"))),
            QStringLiteral("bind"), error)) {
        return false;
    }
    ProjectStore::ProjectImport bulk;
    bulk.into = local->id;
    for (int i = 0; i < items; ++i) {
        const ProjectId project = i % 10 == 0 ? bound->id : local->id;
        const bool secret = i % 2 == 1;
        const QString name = QStringLiteral("ITEM_%1").arg(i);
        const QString value = QStringLiteral("value %1 %2").arg(i).arg(QString(i % 40, QLatin1Char('v')));
        if (project == bound->id) {
            // One write at a time, so each queues its outbox entry.
            const bool ok = secret ? vault.setSecret(project, name, bytes(value)).ok()
                                   : vault.setVariable(project, name, value, i % 4 == 0).ok();
            if (!ok) {
                *error = QStringLiteral("write %1 failed").arg(name);
                return false;
            }
        } else {
            bulk.items.append(secret ? ProjectStore::ImportItem {ItemKind::Secret, name, {}, bytes(value), i % 4 == 0}
                                     : ProjectStore::ImportItem {ItemKind::Variable, name, value, {}, i % 4 == 0});
        }
    }
    if (failed(vault.applyImport(bulk), QStringLiteral("import"), error)) {
        return false;
    }
    // A case twin, so the fold index has something to find.
    if (failed(vault.setVariable(local->id, QStringLiteral("item_1"), QStringLiteral("lower")),
            QStringLiteral("case twin"), error)) {
        return false;
    }
    SyncApply apply;
    for (int i = 0; i < 3; ++i) {
        RemoteItemState state;
        state.kind = i == 0 ? ItemKind::Secret : ItemKind::Variable;
        state.name = QStringLiteral("REMOTE_%1").arg(i);
        state.revision = 10 + i;
        state.updatedAt = QDateTime::fromMSecsSinceEpoch(1700000000000 + i);
        state.updatedBy = QStringLiteral("platform");
        if (state.kind == ItemKind::Variable) {
            state.value = QStringLiteral("remote value %1").arg(i);
        }
        apply.setStates.append(state);
    }
    if (failed(vault.applySync(bound->id, apply), QStringLiteral("remote states"), error)) {
        return false;
    }
    auto outbox = vault.outbox(bound->id);
    if (failed(outbox, QStringLiteral("outbox"), error)) {
        return false;
    }
    QList<qint64> firstEntries;
    for (qsizetype i = 0; i < qMin<qsizetype>(2, outbox->size()); ++i) {
        firstEntries.append(outbox->at(i).id);
    }
    const QByteArray body
        = R"({"changes":[{"op":"put","kind":"secret","name":"ITEM_1","value":"stored batch secret"}]})";
    return !failed(vault.addOutboxBatch(bound->id, QByteArrayLiteral("batch-key-1"), body, firstEntries),
        QStringLiteral("batch"), error);
}

QStringList snapshot(Vault& vault, QString* error)
{
    QStringList lines;
    auto projects = vault.projects();
    if (failed(projects, QStringLiteral("projects"), error)) {
        return {};
    }
    for (const Project& project : projects.value()) {
        if (project.damaged) {
            *error = QStringLiteral("project #%1 is damaged").arg(project.id);
            return {};
        }
        lines.append(QStringList {QStringLiteral("project"), QString::number(project.id), project.name,
            time(project.created), time(project.updated), project.sourceFolder, project.remoteUrl,
            QString::number(project.remoteProjectId)}
                         .join(u'|'));
        auto secrets = vault.secrets(project.id);
        auto variables = vault.variables(project.id);
        if (failed(secrets, QStringLiteral("secrets"), error)
            || failed(variables, QStringLiteral("variables"), error)) {
            return {};
        }
        for (const SecretSummary& secret : secrets.value()) {
            if (secret.damaged) {
                *error = QStringLiteral("secret #%1 does not open").arg(secret.id);
                return {};
            }
            auto value = vault.secretValue(project.id, secret.name);
            if (failed(value, QStringLiteral("secret value"), error)) {
                return {};
            }
            lines.append(QStringList {QStringLiteral("secret"), QString::number(secret.id), secret.name,
                QString::fromUtf8(value->bytes().toByteArray()), time(secret.updated), secret.updatedBy}
                             .join(u'|'));
        }
        for (const Variable& variable : variables.value()) {
            if (variable.damaged) {
                *error = QStringLiteral("variable #%1 does not open").arg(variable.id);
                return {};
            }
            lines.append(QStringList {QStringLiteral("variable"), QString::number(variable.id), variable.name,
                variable.value, QString::number(variable.includeInExport), time(variable.updated), variable.updatedBy}
                             .join(u'|'));
        }
        if (project.remoteProjectId == 0) {
            continue;
        }
        auto token = vault.remoteToken(project.id);
        auto outbox = vault.outbox(project.id);
        auto states = vault.remoteStates(project.id);
        auto batches = vault.outboxBatches(project.id);
        if (failed(token, QStringLiteral("token"), error) || failed(outbox, QStringLiteral("outbox"), error)
            || failed(states, QStringLiteral("remote states"), error)
            || failed(batches, QStringLiteral("batches"), error)) {
            return {};
        }
        lines.append(QStringLiteral("token|") + QString::fromUtf8(token->bytes().toByteArray()));
        for (const OutboxEntry& entry : outbox.value()) {
            if (entry.damaged) {
                *error = QStringLiteral("outbox entry #%1 does not open").arg(entry.id);
                return {};
            }
            lines.append(QStringList {QStringLiteral("outbox"), QString::number(entry.id),
                QString::number(static_cast<int>(entry.kind)), entry.name, QString::number(static_cast<int>(entry.op)),
                entry.value, QString::fromUtf8(entry.secretValue.bytes().toByteArray()),
                QString::number(entry.includeInExport), entry.idempotencyKey, time(entry.created), entry.createdBy}
                             .join(u'|'));
        }
        for (const RemoteItemState& state : states.value()) {
            lines.append(QStringList {QStringLiteral("state"), QString::number(static_cast<int>(state.kind)),
                state.name, QString::number(state.revision), time(state.updatedAt), state.updatedBy, state.value,
                QString::number(state.includeInExport)}
                             .join(u'|'));
        }
        for (const OutboxBatch& batch : batches.value()) {
            if (batch.damaged) {
                *error = QStringLiteral("batch #%1 does not open").arg(batch.id);
                return {};
            }
            QStringList ids;
            for (const qint64 id : batch.entryIds) {
                ids.append(QString::number(id));
            }
            lines.append(QStringList {QStringLiteral("batch"), QString::number(batch.id),
                QString::fromLatin1(batch.idempotencyKey), QString::fromUtf8(batch.body), ids.join(u','),
                time(batch.created)}
                             .join(u'|'));
        }
    }
    return lines;
}

} // namespace VaultContents
