#pragma once

#include "model/dialogue.h"

#include <QByteArray>
#include <QFuture>
#include <QString>

#include <deque>
#include <memory>
#include <vector>

namespace Callwright::DialogueRows {

// Turning dialogues into JSON and back costs more CPU than SQLite spends storing them (in
// bench_store, the model's to_json and dump take about 1.5 times the time of inserting the row
// and its index entries; parsing is most of the cost of reading), and it needs no database.
// So it runs on the global thread pool in small chunks while the store's own thread, the only
// one allowed to touch the connection, writes or reads the rows in order.

/// The values of one dialogue's row that cost CPU to compute.
struct Row
{
    QByteArray json; ///< the model's JSON without the id, as UTF-8
    QByteArray searchText; ///< empty when the file has no search index
    QString tools; ///< names of the tools called, space-joined, never null
    QString error; ///< why the dialogue could not be serialised; empty when it could
};

Row prepare(const Dialogue &dialogue, bool withSearchText);

/// Prepares the rows of a batch in chunks on the pool; row(i) waits only for its own chunk.
class PreparedBatch final
{
public:
    PreparedBatch(const std::vector<Dialogue> &batch, bool withSearchText);
    ~PreparedBatch();
    PreparedBatch(const PreparedBatch &) = delete;
    PreparedBatch &operator=(const PreparedBatch &) = delete;

    const Row &row(std::size_t index);

private:
    std::vector<Row> m_rows;
    std::vector<QFuture<void>> m_chunks;
};

/// Parses stored rows on the pool while the caller keeps reading from its cursor; hands the
/// dialogues back in the order the rows were added.
class ParsedStream final
{
public:
    ParsedStream();
    ~ParsedStream();
    ParsedStream(const ParsedStream &) = delete;
    ParsedStream &operator=(const ParsedStream &) = delete;

    void add(qint64 id, const QByteArray &json);
    /// Sends the rows added so far to the pool even if their chunk is not full.
    void flush();
    /// Whether enough work is queued that the caller should consume before reading more.
    bool full() const;
    bool hasPending() const { return !m_chunks.empty(); }

    struct Parsed
    {
        Dialogue dialogue; ///< with its id set
        qint64 id = 0;
        QString error; ///< why the row could not be read; empty when it could
    };
    /// Waits for the oldest chunk and moves its dialogues into out.
    void takeOldest(std::vector<Parsed> *out);

private:
    struct Chunk;
    std::unique_ptr<Chunk> m_filling;
    std::deque<std::unique_ptr<Chunk>> m_chunks;
};

} // namespace Callwright::DialogueRows
