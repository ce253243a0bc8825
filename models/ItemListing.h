#pragma once

#include "models/Result.h"

#include <QList>

#include <algorithm>
#include <utility>

// A project's items of one kind, handed out a chunk at a time, so that a caller can show the first
// ones while the rest are still sealed: the item models fill a large project's table progressively
// instead of waiting for every record to be decrypted. The set of records is fixed when the listing
// is opened; writes made afterwards reach the caller through the store's signals, not through the
// listing.
template<typename Item>
class ItemListing
{
public:
    virtual ~ItemListing() = default;

    // How many records the listing holds, damaged ones included.
    virtual int total() const = 0;
    // How many of them next() has handed out.
    virtual int done() const = 0;
    bool atEnd() const { return done() >= total(); }
    // Up to `maxCount` more items in no particular order; a damaged record comes as an item with
    // only its id and `damaged` set. Fails once the vault has been locked since the listing was opened.
    virtual Result<QList<Item>> next(int maxCount) = 0;
};

// A listing over items already in memory, for stores that read a project at once.
template<typename Item>
class ListedItems final : public ItemListing<Item>
{
public:
    explicit ListedItems(QList<Item> items) : m_items(std::move(items)) { }

    int total() const override { return static_cast<int>(m_items.size()); }
    int done() const override { return m_done; }
    Result<QList<Item>> next(int maxCount) override
    {
        const int count = std::clamp(maxCount, 0, total() - m_done);
        QList<Item> chunk = m_items.mid(m_done, count);
        m_done += count;
        return chunk;
    }

private:
    QList<Item> m_items;
    int m_done = 0;
};
