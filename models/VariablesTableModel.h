#pragma once

#include "models/FoldedRowTableModel.h"
#include "models/Variable.h"

#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

// The environment variables of one project as the Environment variables tab shows them: name,
// value (one line in the cell, in full in the tooltip and for editing), the "In export" checkbox,
// which writes through to the store, and when each was last changed.
//
// Filtering (by name or value) and sorting are FoldedRowTableModel's, shared with
// SecretsTableModel: no QSortFilterProxyModel, so with 100,000 variables the page paints within
// 500 ms of unlocking and a filter keystroke takes at most 16 ms; a selected row stays selected when
// it is renamed.
class VariablesTableModel : public FoldedRowTableModel<VariablesTableModel, Variable>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ValueColumn,
        InExportColumn,
        UpdatedColumn,
        ColumnCount
    };

    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        NameRole,
        DamagedRole,
        SortRole,
        // The exact value, newlines and all (EditRole of the Value column gives the same).
        ValueRole,
        IncludeInExportRole,
        // True on a row whose name the bot's code does not read (setUnusedNames).
        UnusedRole
    };

    // Cell text is cut after this many characters, tooltips after kMaxToolTipLength.
    static constexpr int kMaxDisplayLength = 200;
    static constexpr int kMaxToolTipLength = 2000;

    explicit VariablesTableModel(ProjectStore* store, QObject* parent = nullptr);
    ~VariablesTableModel() override;

    // setProject(), project(), lastError() (also set by a failed checkbox write), hasError(),
    // setFilterText() (a case-insensitive substring of the name or the value), filterText(),
    // totalCount(), isLoading(), loadedCount(), expectedCount(), setLoadChunkSize(), rowOfId(), allNames(),
    // setDamagedRowFont(), sort(), sortColumn(), sortOrder(), setUnusedNames(), isUnused() and data() come from
    // FoldedRowTableModel.

    // The variable of a visible row; a default Variable (id 0) for a row out of range.
    Variable variableAt(int row) const;

    // Only Qt::CheckStateRole of the In export column: writes the flag to the store and returns
    // false (with lastError() and writeFailed()) when the store refuses.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // The Value cell's text: one line (newlines shown as "⏎ "), cut after kMaxDisplayLength.
    static QString singleLineValue(const QString& value);

Q_SIGNALS:
    // Toggling "In export" failed; the row keeps its old state.
    void writeFailed(const QString& message);
    // A reload after a store signal (unlock, bulk import) failed; the model is empty.
    void loadFailed(const QString& message);
    // A load handed over `loaded` of the project's `total` records (equal once it is complete).
    void loadingProgress(int loaded, int total);

private:
    friend class FoldedRowTableModel<VariablesTableModel, Variable>;

    // What FoldedRowTableModel reads about a variable: the detail text is the value, which the
    // filter searches too; the flag is "In export".
    static constexpr bool kFilterDetail = true;
    static Result<std::unique_ptr<ItemListing<Variable>>> openListing(ProjectStore& store, ProjectId project);
    // A damaged record has no name: filtering sees what the row shows.
    static QString searchName(const Variable& variable);
    static const QString& detailText(const Variable& variable) { return variable.value; }
    static bool flag(const Variable& variable) { return variable.includeInExport; }
    static FoldedSortKey sortKey(int column);
    // What data() reads beyond the roles and columns FoldedRowTableModel answers alike.
    static QString damagedToolTip();
    static std::optional<QVariant> extraRowRoleData(const Variable& variable, int role);
    static QVariant columnData(const Variable& variable, int column, int role);
    static QVariant valueColumnData(const Variable& variable, int role);
    static QVariant inExportColumnData(const Variable& variable, int role);
};
