#include "dialoguerows.h"

#include "migrations.h"
#include "projectstore_p.h"
#include "storesql.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace Callwright::DialogueRows {

namespace {

// Big enough that a task's overhead is noise, small enough that the first chunk is ready
// almost at once and the pool's threads share a batch evenly.
constexpr std::size_t kChunk = 32;
// Chunks parsed ahead of the caller; bounds memory to a few hundred dialogues.
constexpr std::size_t kChunksAhead = 6;

Row prepareOrThrow(const Dialogue &dialogue, bool withSearchText)
{
    Row row;
    const Json json = storableJson(dialogue);
    row.json = jsonBytes(json);
    if (withSearchText)
        row.searchText = StoreMigrations::searchText(json);
    row.tools = StoreSql::notNull(dialogue.toolsUsed().join(QLatin1Char(' ')));
    return row;
}

} // namespace

Row prepare(const Dialogue &dialogue, bool withSearchText)
{
    try {
        return prepareOrThrow(dialogue, withSearchText);
    } catch (const std::exception &e) {
        // Thrown on a pool thread it would only resurface from a destructor; report it.
        Row row;
        row.error = QString::fromUtf8(e.what());
        return row;
    }
}

PreparedBatch::PreparedBatch(const std::vector<Dialogue> &batch, bool withSearchText)
    : m_rows(batch.size())
{
    if (batch.size() <= kChunk) {
        for (std::size_t i = 0; i < batch.size(); ++i)
            m_rows[i] = prepare(batch[i], withSearchText);
        return;
    }
    for (std::size_t first = 0; first < batch.size(); first += kChunk) {
        const std::size_t end = std::min(first + kChunk, batch.size());
        m_chunks.push_back(QtConcurrent::run(QThreadPool::globalInstance(), [=, &batch] {
            for (std::size_t i = first; i < end; ++i)
                m_rows[i] = prepare(batch[i], withSearchText);
        }));
    }
}

PreparedBatch::~PreparedBatch()
{
    // The tasks write into m_rows and read the caller's batch: neither may go first.
    for (QFuture<void> &chunk : m_chunks)
        chunk.waitForFinished();
}

const Row &PreparedBatch::row(std::size_t index)
{
    if (!m_chunks.empty()) {
        // Waiting on a task still queued runs it on this thread, so a saturated pool
        // (or a call from one of its own threads) cannot stall the batch.
        m_chunks[index / kChunk].waitForFinished();
    }
    return m_rows[index];
}

struct ParsedStream::Chunk
{
    std::vector<qint64> ids;
    std::vector<QByteArray> json;
    std::vector<Parsed> parsed;
    QFuture<void> done;

    void parse()
    {
        parsed.resize(ids.size());
        for (std::size_t i = 0; i < ids.size(); ++i) {
            Parsed &p = parsed[i];
            p.id = ids[i];
            try {
                from_json(parseJson(json[i]), p.dialogue);
                p.dialogue.id = ids[i];
            } catch (const std::exception &e) {
                p.error = QString::fromUtf8(e.what());
            }
            json[i] = QByteArray(); // the text is no longer needed
        }
    }
};

ParsedStream::ParsedStream() = default;

ParsedStream::~ParsedStream()
{
    for (const auto &chunk : m_chunks)
        chunk->done.waitForFinished();
}

void ParsedStream::add(qint64 id, const QByteArray &json)
{
    if (!m_filling) {
        m_filling = std::make_unique<Chunk>();
        m_filling->ids.reserve(kChunk);
        m_filling->json.reserve(kChunk);
    }
    m_filling->ids.push_back(id);
    m_filling->json.push_back(json);
    if (m_filling->ids.size() >= kChunk)
        flush();
}

void ParsedStream::flush()
{
    if (!m_filling)
        return;
    Chunk *chunk = m_filling.get();
    chunk->done = QtConcurrent::run(QThreadPool::globalInstance(), [chunk] { chunk->parse(); });
    m_chunks.push_back(std::move(m_filling));
}

bool ParsedStream::full() const
{
    return m_chunks.size() >= kChunksAhead;
}

void ParsedStream::takeOldest(std::vector<Parsed> *out)
{
    out->clear();
    if (m_chunks.empty())
        return;
    std::unique_ptr<Chunk> chunk = std::move(m_chunks.front());
    m_chunks.pop_front();
    chunk->done.waitForFinished();
    *out = std::move(chunk->parsed);
}

} // namespace Callwright::DialogueRows
