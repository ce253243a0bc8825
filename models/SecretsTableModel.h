#pragma once

#include "models/FoldedRowTableModel.h"
#include "models/Secret.h"

#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

// The secrets of one project as the Secrets tab shows them: name, a fixed mask for the value, when
// and by whom each was last changed. The model never holds a secret value (the store hands out
// summaries only), so no role of any column can leak one.
//
// Filtering (by name only) and sorting are FoldedRowTableModel's, shared with VariablesTableModel:
// no QSortFilterProxyModel, so a filter keystroke stays within 16 ms with 10,000 secrets.
class SecretsTableModel : public FoldedRowTableModel<SecretsTableModel, SecretSummary>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ValueColumn,
        UpdatedColumn,
        UpdatedByColumn,
        // The value's age and its rotation state: "Overdue by 5 days", "Due in 3 days", "40 days old".
        RotationColumn,
        ColumnCount
    };

    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        NameRole,
        DamagedRole,
        SortRole,
        // True on a row whose name the bot's code does not read (setUnusedNames).
        UnusedRole,
        // The row's RotationState, as an int.
        RotationStateRole
    };

    // How many of the project's secrets (filtered out or not) are due soon and overdue.
    struct RotationCounts
    {
        int dueSoon = 0;
        int overdue = 0;
    };

    explicit SecretsTableModel(ProjectStore* store, QObject* parent = nullptr);
    ~SecretsTableModel() override;

    // setProject(), project(), lastError(), hasError(), setFilterText() (a case-insensitive
    // substring of the name), filterText(), totalCount(), isLoading(), loadedCount(), expectedCount(),
    // setLoadChunkSize(), rowOfId(), allNames(),
    // setDamagedRowFont(), sort(), sortColumn(), sortOrder(), setUnusedNames(), isUnused() and data()
    // come from FoldedRowTableModel.

    // The secret of a visible row; a default SecretSummary (id 0) for a row out of range.
    SecretSummary secretAt(int row) const;
    RotationCounts rotationCounts() const;
    // QColor lives in Qt GUI, which models/ does not link: the page hands over the text colours of
    // the Rotation column for overdue and due-soon rows.
    void setRotationColors(const QVariant& overdue, const QVariant& dueSoon);

    // What the Value column shows for every secret: the same length whatever the value, so not even
    // its size shows.
    static QString valueMask();

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    // A reload after a store signal (unlock, bulk import) failed; the model is empty.
    void loadFailed(const QString& message);
    // A load handed over `loaded` of the project's `total` records (equal once it is complete).
    void loadingProgress(int loaded, int total);

private:
    friend class FoldedRowTableModel<SecretsTableModel, SecretSummary>;

    // What FoldedRowTableModel reads about a secret. Filtering looks at the name only; the detail
    // text is "updated by", which the Updated by column sorts by.
    static constexpr bool kFilterDetail = false;
    static Result<std::unique_ptr<ItemListing<SecretSummary>>> openListing(ProjectStore& store, ProjectId project);
    // A damaged record has no name: filtering sees what the row shows.
    static QString searchName(const SecretSummary& secret);
    static const QString& detailText(const SecretSummary& secret) { return secret.updatedBy; }
    // The Rotation column sorts the secrets that need a new value first.
    static bool flag(const SecretSummary& secret);
    static FoldedSortKey sortKey(int column);
    // What data() reads beyond the roles and columns FoldedRowTableModel answers alike.
    static QString damagedToolTip();
    static std::optional<QVariant> extraRowRoleData(const SecretSummary& secret, int role);
    static QVariant columnData(const SecretSummary& secret, int column, int role);
    static QVariant rotationData(const SecretSummary& secret, int role);

    // Shared by the static data functions; set by setRotationColors().
    static inline QVariant s_overdueColor;
    static inline QVariant s_dueSoonColor;
};
