#include "tests/support/BoundVault.h"

#include "tests/support/TestSupport.h"

namespace TestSupport {

Result<ProjectId> createBoundVault(
    Vault& vault, const QString& path, const QString& url, qint64 remoteProject, const QByteArray& token)
{
    const QCA::SecureArray password = secure("correct horse battery staple");
    if (auto created = Vault::create(path, SecretValue(password), fastKdfParams()); !created) {
        return created.error();
    }
    if (auto unlocked = vault.unlock(path, SecretValue(password)); !unlocked) {
        return unlocked.error();
    }
    Result<Project> project = vault.addProject(QStringLiteral("Shop"));
    if (!project) {
        return project.error();
    }
    if (auto bound = vault.setRemoteBinding(project->id, url, remoteProject, SecretValue(QCA::SecureArray(token)));
        !bound) {
        return bound.error();
    }
    return project->id;
}

Result<BoundAndLocalProjects> addBoundAndLocalProjects(
    Vault& vault, const QString& url, qint64 remoteProject, const QCA::SecureArray& token)
{
    BoundAndLocalProjects projects;
    for (const QString& name : {QStringLiteral("Shop"), QStringLiteral("Local")}) {
        Result<Project> project = vault.addProject(name);
        if (!project) {
            return project.error();
        }
        (name == QLatin1String("Shop") ? projects.bound : projects.unbound) = project->id;
        if (auto secret = vault.setSecret(project->id, QStringLiteral("API_KEY"), SecretValue(secure("old-key")));
            !secret) {
            return secret.error();
        }
        auto variable = vault.setVariable(project->id, QStringLiteral("URL"), QStringLiteral("https://old"), true);
        if (!variable) {
            return variable.error();
        }
    }
    if (auto bound = vault.setRemoteBinding(projects.bound, url, remoteProject, SecretValue(token)); !bound) {
        return bound.error();
    }
    return projects;
}

} // namespace TestSupport
