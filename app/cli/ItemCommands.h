#pragma once

#include "app/cli/CliContext.h"
#include "app/cli/ExitCode.h"
#include "app/cli/JsonArrayWriter.h"
#include "models/Ids.h"
#include "storage/Vault.h"

#include <QString>
#include <QStringList>

// What the secret and the variable commands share: the same steps on the vault, chosen by the
// item's kind. The texts stay with each kind's commands (SecretCommands, VariableCommands), which
// pass them in untouched, with %1, %2 and %3 for the name, the new name and the project.
namespace ItemCommands {

// `secret rename` / `var rename` PROJECT OLD NEW; prints `renamedText` (OLD, NEW, project).
ExitCode rename(CliContext& cli, const QStringList& arguments, ItemKind kind, const QString& renamedText);
// `secret rm` / `var rm` PROJECT NAME; prints `removedText` (NAME, project).
ExitCode remove(CliContext& cli, const QStringList& arguments, ItemKind kind, const QString& removedText);
// After a write of the item `name`: the vault's warning, the warning for a name that changes how
// programs start, then `doneText`.
void reportWrite(CliContext& cli, const Vault::WriteOutcome& outcome, const QString& name, const QString& doneText);

// A secret's or a variable's value is over Vault::kMaxValueBytes.
QString valueTooLargeMessage();

// A listing of `items` (damaged ones by id only) under `header`, in the form asked for only:
// `writeJson(JsonArrayWriter&, item)` adds an item's fields to the element begun for it, `row(item)`
// gives its table row. The JSON form is written an item at a time; the table needs every row for
// its column widths.
template<typename Item, typename WriteJson, typename Row>
ExitCode list(
    CliContext& cli, const Result<QList<Item>>& items, const QStringList& header, WriteJson writeJson, Row row)
{
    if (!items) {
        return cli.fail(items.error());
    }
    QList<qint64> damaged;
    if (cli.json()) {
        JsonArrayWriter writer(cli.out());
        for (const Item& item : items.value()) {
            if (item.damaged) {
                damaged.append(item.id);
                writer.add(CliListing::damagedJson(item.id));
            } else {
                writer.beginObject();
                writeJson(writer, item);
                writer.endObject();
            }
        }
        writer.finish();
        return cli.reportDamaged(damaged);
    }
    QList<QStringList> rows;
    rows.reserve(items->size());
    for (const Item& item : items.value()) {
        if (item.damaged) {
            damaged.append(item.id);
            rows.append(CliListing::damagedRow(item.id));
        } else {
            rows.append(row(item));
        }
    }
    cli.printTable(header, std::move(rows));
    return cli.reportDamaged(damaged);
}

} // namespace ItemCommands
