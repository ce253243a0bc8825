#pragma once

#include "models/ItemListing.h"
#include "storage/vault/Items.h"
#include "storage/vault/Sql.h"
#include "storage/vault/VaultContext.h"
#include "storage/vault/VaultText.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

// A listing of one kind of item of a project. Opening it only counts the rows; each next() reads the
// following rows in id order (a keyset query on the project's index, so the first screenful costs
// one chunk, not the whole project) and opens them on all cores. Rows written after the listing was
// opened may or may not be in it; the desktop learns of them through the store's signals anyway.
// It holds the vault's session token weakly: once the vault locks (and wipes the keys and closes
// the database the rows need), next() refuses instead of touching either.
template<typename Item, typename Make>
class SealedItemListing final : public ItemListing<Item>
{
public:
    SealedItemListing(
        VaultContext& vault, std::weak_ptr<const void> session, ProjectId project, quint8 kind, qint64 count, Make make)
        : m_vault(vault)
        , m_session(std::move(session))
        , m_project(project)
        , m_kind(kind)
        , m_counted(static_cast<int>(count))
        , m_make(std::move(make))
    {
    }

    // The count taken when the listing was opened, or fewer once the rows ran out early. Rows added
    // since the count are signalled by the store to whoever shows them.
    int total() const override { return m_exhausted ? m_done : std::max(m_counted, m_done); }
    int done() const override { return m_done; }

    Result<QList<Item>> next(int maxCount) override
    {
        if (m_session.expired()) {
            return VaultText::locked();
        }
        auto rows = readRows(std::max(maxCount, 1));
        if (!rows) {
            return rows.error();
        }
        const std::vector<Items::Row>& sealed = rows.value();
        std::vector<Item> opened = Items::openRows(m_vault.keys, m_project, m_kind, sealed, m_make);
        QList<Item> items(std::make_move_iterator(opened.begin()), std::make_move_iterator(opened.end()));
        m_done += static_cast<int>(sealed.size());
        m_exhausted = static_cast<int>(sealed.size()) < std::max(maxCount, 1);
        return items;
    }

private:
    Result<std::vector<Items::Row>> readRows(int limit)
    {
        auto rows = Items::rowsAfter(m_vault.db, m_project, m_kind, m_lastId, limit);
        if (rows && !rows->empty()) {
            m_lastId = rows->back().id;
        }
        return rows;
    }

    VaultContext& m_vault;
    std::weak_ptr<const void> m_session;
    ProjectId m_project;
    quint8 m_kind;
    int m_counted;
    Make m_make;
    RecordId m_lastId = 0;
    int m_done = 0;
    bool m_exhausted = false;
};
