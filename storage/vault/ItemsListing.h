#pragma once

#include "models/ItemListing.h"
#include "storage/vault/Items.h"
#include "storage/vault/KeyRing.h"
#include "storage/vault/VaultText.h"

#include <memory>
#include <optional>
#include <utility>
#include <vector>

// A listing of one kind of item of a project: the sealed rows are read when it is opened, and each
// next() opens the following chunk on all cores. It holds the vault's session token weakly: once the
// vault locks (and wipes the keys the rows need), next() refuses instead of touching the key ring.
template<typename Item, typename Make>
class SealedItemListing final : public ItemListing<Item>
{
public:
    SealedItemListing(KeyRing& keys, std::weak_ptr<const void> session, ProjectId project, quint8 kind,
        std::vector<Items::Row> rows, Make make)
        : m_keys(keys)
        , m_session(std::move(session))
        , m_project(project)
        , m_kind(kind)
        , m_rows(std::move(rows))
        , m_make(std::move(make))
    {
    }

    int total() const override { return static_cast<int>(m_rows.size()); }
    int done() const override { return static_cast<int>(m_done); }

    Result<QList<Item>> next(int maxCount) override
    {
        if (m_session.expired()) {
            return VaultText::locked();
        }
        const size_t begin = m_done;
        const size_t count = std::min(static_cast<size_t>(std::max(maxCount, 0)), m_rows.size() - begin);
        std::vector<std::optional<Item>> opened(count);
        m_keys.forEachInParallel(count, [&](RecordCipher& cipher, size_t first, size_t last) {
            for (size_t i = first; i < last; ++i) {
                const Items::Row& row = m_rows[begin + i];
                if (auto record = cipher.open(m_project, m_kind, row.id, row.sealed)) {
                    opened[i] = m_make(row.id, *record);
                }
            }
        });
        QList<Item> items;
        items.reserve(static_cast<qsizetype>(count));
        for (size_t i = 0; i < count; ++i) {
            Items::Row& row = m_rows[begin + i];
            if (opened[i]) {
                items.append(std::move(*opened[i]));
            } else {
                Item item;
                item.id = row.id;
                item.projectId = m_project;
                item.damaged = true;
                items.append(std::move(item));
            }
            // Handed out: the sealed copy is no longer needed.
            row.sealed = QByteArray();
        }
        m_done = begin + count;
        return items;
    }

private:
    KeyRing& m_keys;
    std::weak_ptr<const void> m_session;
    ProjectId m_project;
    quint8 m_kind;
    std::vector<Items::Row> m_rows;
    Make m_make;
    size_t m_done = 0;
};
