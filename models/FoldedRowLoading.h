#pragma once

// The loading half of FoldedRowTableModel (included at the end of FoldedRowTableModel.h): reading a
// project's items from the store's listing a chunk at a time, merging each into the sorted, filtered
// rows, and dropping a load when the store locks.

template<typename Model, typename Item>
void FoldedRowTableModel<Model, Item>::clearItems()
{
    m_listing.reset();
    m_loadTimer.stop();
    m_removedWhileLoading.clear();
    m_items.clear();
    m_keys.clear();
    m_matches.clear();
    m_order.clear();
    m_visible.clear();
    m_itemById.clear();
    m_foldedText.assign(FoldedText::kPadding, '\0');
    m_staleTextSize = 0;
    m_loaded = false;
}

template<typename Model, typename Item>
bool FoldedRowTableModel<Model, Item>::load()
{
    if (!m_store) {
        return false;
    }
    auto listing = Model::openListing(*m_store, m_project);
    if (!listing) {
        setLastError(listing.error(), true);
        return false;
    }
    setLastError(Error {}, false);
    m_listing = std::move(listing).value();
    auto first = m_listing->next(m_loadChunkSize);
    if (!first) {
        m_listing.reset();
        setLastError(first.error(), true);
        return false;
    }
    const auto expected = static_cast<size_t>(m_listing->total());
    m_items.reserve(expected);
    m_keys.reserve(expected);
    m_matches.reserve(expected);
    m_itemById.reserve(static_cast<qsizetype>(expected));
    // Store signals apply from here on, to the items loaded so far.
    m_loaded = true;
    appendChunk(first.value(), false);
    if (m_listing->atEnd()) {
        finishLoading();
    } else {
        m_loadTimer.start();
    }
    return true;
}

template<typename Model, typename Item>
void FoldedRowTableModel<Model, Item>::reload()
{
    beginResetModel();
    clearItems();
    const bool loaded = load();
    endResetModel();
    emitLoadingProgress();
    if (!loaded) {
        Q_EMIT static_cast<Model*>(this)->loadFailed(m_lastError.message);
    }
}

template<typename Model, typename Item>
void FoldedRowTableModel<Model, Item>::loadNextChunk()
{
    if (!m_listing) {
        return;
    }
    auto chunk = m_listing->next(m_loadChunkSize);
    if (!chunk) {
        if (chunk.code() == ErrorCode::Locked && m_store && m_store->isUnlocked()) {
            // The listing outlived its session (the store locked and unlocked since): read it again.
            reload();
            return;
        }
        finishLoading();
        setLastError(chunk.error(), true);
        emitLoadingProgress();
        Q_EMIT static_cast<Model*>(this)->loadFailed(m_lastError.message);
        return;
    }
    appendChunk(chunk.value(), true);
    if (m_listing->atEnd()) {
        finishLoading();
    } else {
        m_loadTimer.start();
    }
    emitLoadingProgress();
}

template<typename Model, typename Item>
void FoldedRowTableModel<Model, Item>::finishLoading()
{
    m_listing.reset();
    m_loadTimer.stop();
    m_removedWhileLoading.clear();
}

template<typename Model, typename Item>
void FoldedRowTableModel<Model, Item>::emitLoadingProgress()
{
    Q_EMIT static_cast<Model*>(this)->loadingProgress(loadedCount(), expectedCount());
}

template<typename Model, typename Item>
void FoldedRowTableModel<Model, Item>::appendChunk(const QList<Item>& chunk, bool notify)
{
    QModelIndexList persistent;
    std::vector<int> persistentItems;
    if (notify) {
        Q_EMIT layoutAboutToBeChanged();
        persistent = persistentIndexList();
        persistentItems.reserve(static_cast<size_t>(persistent.size()));
        for (const QModelIndex& index : persistent) {
            persistentItems.push_back(m_visible[static_cast<size_t>(index.row())]);
        }
    }
    std::vector<int> added;
    added.reserve(static_cast<size_t>(chunk.size()));
    for (const Item& item : chunk) {
        // A store signal during the load already brought a newer state of the item, or removed it.
        if (m_itemById.contains(item.id) || m_removedWhileLoading.contains(item.id)) {
            continue;
        }
        added.push_back(static_cast<int>(m_items.size()));
        setItem(m_items.size(), item);
    }
    mergeIntoOrder(std::move(added));
    m_visible.clear();
    for (const int index : m_order) {
        if (m_matches[static_cast<size_t>(index)]) {
            m_visible.push_back(index);
        }
    }
    if (!notify) {
        return;
    }
    if (!persistent.isEmpty()) {
        std::vector<int> rowOfItem(m_items.size(), -1);
        for (size_t row = 0; row < m_visible.size(); ++row) {
            rowOfItem[static_cast<size_t>(m_visible[row])] = static_cast<int>(row);
        }
        QModelIndexList moved;
        moved.reserve(persistent.size());
        for (qsizetype i = 0; i < persistent.size(); ++i) {
            moved.append(
                index(rowOfItem[static_cast<size_t>(persistentItems[static_cast<size_t>(i)])], persistent[i].column()));
        }
        changePersistentIndexList(persistent, moved);
    }
    Q_EMIT layoutChanged();
}

template<typename Model, typename Item>
void FoldedRowTableModel<Model, Item>::mergeIntoOrder(std::vector<int> added)
{
    if (added.empty()) {
        return;
    }
    sortIndexes(added);
    // A chunk is small against the rows loaded before it: each of its items is placed by a binary
    // search from where the previous one went, and the rows in between are copied as they are.
    std::vector<int> merged;
    merged.reserve(m_order.size() + added.size());
    auto from = m_order.cbegin();
    for (const int index : added) {
        const auto to
            = std::partition_point(from, m_order.cend(), [this, index](int other) { return precedes(other, index); });
        merged.insert(merged.end(), from, to);
        merged.push_back(index);
        from = to;
    }
    merged.insert(merged.end(), from, m_order.cend());
    m_order = std::move(merged);
}

template<typename Model, typename Item>
void FoldedRowTableModel<Model, Item>::onLockedChanged(bool locked)
{
    if (locked) {
        // The project id stays, so unlocking shows the same project again. A load in progress ends here.
        beginResetModel();
        clearItems();
        setLastError(Error {}, false);
        endResetModel();
        emitLoadingProgress();
    } else if (m_project != 0) {
        reload();
    }
}
