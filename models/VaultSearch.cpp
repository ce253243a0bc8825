#include "models/VaultSearch.h"

#include "models/ProjectStore.h"

#include <algorithm>

namespace {

Result<void> searchProject(
    const ProjectStore& store, const Project& project, const QString& text, QList<SearchHit>& hits)
{
    auto secrets = store.secrets(project.id);
    if (!secrets) {
        return secrets.error();
    }
    for (const SecretSummary& secret : secrets.value()) {
        if (!secret.damaged && secret.name.contains(text, Qt::CaseInsensitive)) {
            hits.append({project.id, project.name, ItemKind::Secret, secret.name, false});
        }
    }
    auto variables = store.variables(project.id);
    if (!variables) {
        return variables.error();
    }
    for (const Variable& variable : variables.value()) {
        if (variable.damaged) {
            continue;
        }
        const bool inName = variable.name.contains(text, Qt::CaseInsensitive);
        const bool inValue = variable.value.contains(text, Qt::CaseInsensitive);
        if (inName || inValue) {
            hits.append({project.id, project.name, ItemKind::Variable, variable.name, !inName});
        }
    }
    return {};
}

} // namespace

Result<QList<SearchHit>> searchVault(const ProjectStore& store, const QString& text)
{
    QList<SearchHit> hits;
    if (text.isEmpty()) {
        return hits;
    }
    auto projects = store.projects();
    if (!projects) {
        return projects.error();
    }
    for (const Project& project : projects.value()) {
        if (project.damaged) {
            continue;
        }
        if (auto searched = searchProject(store, project, text, hits); !searched) {
            return searched.error();
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) {
        const int byProject = QString::localeAwareCompare(a.projectName, b.projectName);
        if (byProject != 0) {
            return byProject < 0;
        }
        if (a.kind != b.kind) {
            return a.kind == ItemKind::Secret;
        }
        return a.name < b.name;
    });
    return hits;
}
