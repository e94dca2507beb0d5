// Corpus documents, passages and GEM stage outputs of ProjectStore (schema 6).

#include "projectstore_p.h"

#include "storesql.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace Callwright {

using Kind = StoreError::Kind;

namespace {

constexpr int kFirstCorpusVersion = 6;

// The relevance verdict copied out of the JSON for the document list; null otherwise.
QVariant holdsWorkflow(const CorpusStageRecord &r)
{
    if (r.stage != CorpusStage::Relevance || !r.hasOutput() || !r.output.is_object())
        return QVariant(QMetaType(QMetaType::Int));
    const auto it = r.output.find("holds_workflow");
    if (it == r.output.end() || !it->is_boolean())
        return QVariant(QMetaType(QMetaType::Int));
    return it->get<bool>() ? 1 : 0;
}

PassageStages pendingStages(qint64 passageId)
{
    PassageStages stages;
    for (CorpusStage stage : kCorpusStages) {
        CorpusStageRecord &r = stages[std::size_t(stageIndex(stage))];
        r.passageId = passageId;
        r.stage = stage;
    }
    return stages;
}

const char kInsertRecord[]
        = "INSERT OR REPLACE INTO corpus_stage_outputs(passage_id, stage, status, engine, at_ms,"
          " holds_workflow, json) VALUES (?, ?, ?, ?, ?, ?, CAST(? AS TEXT))";

void bindRecord(QSqlQuery &q, const CorpusStageRecord &r)
{
    q.bindValue(0, r.passageId);
    q.bindValue(1, QString::fromLatin1(corpusStageName(r.stage)));
    q.bindValue(2, QString::fromLatin1(corpusStageStatusName(r.status)));
    q.bindValue(3, StoreSql::notNull(r.engine));
    q.bindValue(4, r.atMs);
    q.bindValue(5, holdsWorkflow(r));
    q.bindValue(6, storedJson(r));
}

} // namespace

std::optional<CorpusWriteResult>
ProjectStore::putCorpusDocuments(std::vector<SegmentedDocument> &batch)
{
    std::optional<CorpusWriteResult> result;
    const bool ok = d->refusingUnstorable([&] {
        if (!d->ready(true))
            return false;
        QString why;
        StoreSql::WriteTransaction txn(d->db);
        if (!txn.begin(&why))
            return d->failSql(why, 0);
        QSqlQuery find(d->db);
        find.setForwardOnly(true);
        find.prepare(QStringLiteral(
                "SELECT id, CAST(json AS BLOB) FROM corpus_documents WHERE uid = ?"));
        QSqlQuery spans(d->db);
        spans.setForwardOnly(true);
        spans.prepare(QStringLiteral("SELECT id, start_offset, end_offset FROM corpus_passages"
                                     " WHERE document_id = ? ORDER BY position"));
        QSqlQuery drop(d->db);
        drop.prepare(QStringLiteral("DELETE FROM corpus_documents WHERE id = ?"));
        QSqlQuery insertDocument(d->db);
        insertDocument.prepare(
                QStringLiteral("INSERT INTO corpus_documents(id, uid, title, source,"
                               " created_at_ms, json) VALUES (?, ?, ?, ?, ?, CAST(? AS TEXT))"));
        QSqlQuery insertPassage(d->db);
        insertPassage.prepare(QStringLiteral(
                "INSERT INTO corpus_passages(id, document_id, position, start_offset,"
                " end_offset, json) VALUES (?, ?, ?, ?, ?, CAST(? AS TEXT))"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        CorpusWriteResult counts;
        // Ids are handed out only once the whole batch is stored.
        std::vector<SegmentedDocument> stored = batch;
        for (SegmentedDocument &s : stored) {
            CorpusDocument &doc = s.document;
            if (doc.uid.isEmpty())
                return d->fail(Kind::Invalid, Private::tr("A corpus document needs an id."));
            find.bindValue(0, doc.uid);
            if (!find.exec())
                return d->failSql(find.lastError());
            qint64 existing = 0;
            bool sameText = false;
            if (find.next()) {
                existing = find.value(0).toLongLong();
                CorpusDocument old;
                if (!d->fromRow(find.value(1).toByteArray(), existing, "corpus_documents", &old))
                    return false;
                sameText = old.text == doc.text && old.format == doc.format;
            }
            find.finish();
            if (existing > 0 && sameText) {
                // Kept, with its outputs, if it was cut the same way.
                spans.bindValue(0, existing);
                if (!spans.exec())
                    return d->failSql(spans.lastError());
                std::vector<qint64> ids;
                bool same = true;
                std::size_t i = 0;
                while (spans.next()) {
                    if (i >= s.passages.size() || spans.value(1).toInt() != s.passages[i].start
                        || spans.value(2).toInt() != s.passages[i].end) {
                        same = false;
                    }
                    ids.push_back(spans.value(0).toLongLong());
                    ++i;
                }
                spans.finish();
                if (same && ids.size() == s.passages.size()) {
                    doc.id = existing;
                    for (std::size_t k = 0; k < ids.size(); ++k) {
                        s.passages[k].id = ids[k];
                        s.passages[k].documentId = existing;
                    }
                    ++counts.unchanged;
                    continue;
                }
            }
            if (existing > 0) {
                drop.bindValue(0, existing);
                if (!drop.exec())
                    return d->failSql(drop.lastError());
                ++counts.replaced;
            } else {
                ++counts.added;
            }
            // A replaced document keeps its id, so views that hold it stay valid.
            insertDocument.bindValue(0, rowId(existing));
            insertDocument.bindValue(1, doc.uid);
            insertDocument.bindValue(2, StoreSql::notNull(doc.title));
            insertDocument.bindValue(3, StoreSql::notNull(doc.sourcePath));
            insertDocument.bindValue(4, now);
            insertDocument.bindValue(5, storedJson(doc));
            if (!insertDocument.exec())
                return d->failSql(insertDocument.lastError());
            doc.id = insertDocument.lastInsertId().toLongLong();
            for (std::size_t k = 0; k < s.passages.size(); ++k) {
                Passage &p = s.passages[k];
                p.documentId = doc.id;
                p.index = int(k);
                p.id = 0;
                insertPassage.bindValue(0, rowId(0));
                insertPassage.bindValue(1, doc.id);
                insertPassage.bindValue(2, p.index);
                insertPassage.bindValue(3, p.start);
                insertPassage.bindValue(4, p.end);
                insertPassage.bindValue(5, storedJson(p));
                if (!insertPassage.exec())
                    return d->failSql(insertPassage.lastError());
                p.id = insertPassage.lastInsertId().toLongLong();
            }
        }
        if (!txn.commit(&why))
            return d->failSql(why, 0);
        batch = std::move(stored);
        result = counts;
        return true;
    });
    return ok ? result : std::nullopt;
}

std::vector<CorpusDocumentSummary> ProjectStore::corpusDocuments() const
{
    std::vector<CorpusDocumentSummary> result;
    if (!d->ready(false) || d->schemaVersion < kFirstCorpusVersion)
        return result;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT d.id, d.uid, d.title, d.source,"
                               " (SELECT count(*) FROM corpus_passages p WHERE p.document_id"
                               " = d.id) FROM corpus_documents d ORDER BY d.id"))) {
        d->failSql(q.lastError());
        return {};
    }
    std::map<qint64, std::size_t> indexById;
    while (q.next()) {
        CorpusDocumentSummary s;
        s.id = q.value(0).toLongLong();
        s.uid = q.value(1).toString();
        s.title = q.value(2).toString();
        s.sourcePath = q.value(3).toString();
        s.passages = q.value(4).toInt();
        indexById[s.id] = result.size();
        result.push_back(std::move(s));
    }
    if (!q.exec(QStringLiteral("SELECT p.document_id, s.stage, s.status, count(*),"
                               " coalesce(sum(s.holds_workflow), 0) FROM corpus_stage_outputs s"
                               " JOIN corpus_passages p ON p.id = s.passage_id"
                               " GROUP BY p.document_id, s.stage, s.status"))) {
        d->failSql(q.lastError());
        return {};
    }
    while (q.next()) {
        const auto it = indexById.find(q.value(0).toLongLong());
        const std::optional<CorpusStage> stage = corpusStageFromName(q.value(1).toString());
        if (it == indexById.end() || !stage)
            continue;
        CorpusDocumentSummary &s = result[it->second];
        CorpusStageCounts &c = s.stages[std::size_t(stageIndex(*stage))];
        const QString status = q.value(2).toString();
        const int n = q.value(3).toInt();
        if (status == QLatin1String(corpusStageStatusName(CorpusStageStatus::Done)))
            c.done += n;
        else if (status == QLatin1String(corpusStageStatusName(CorpusStageStatus::Edited)))
            c.edited += n;
        else if (status == QLatin1String(corpusStageStatusName(CorpusStageStatus::Failed)))
            c.failed += n;
        else if (status == QLatin1String(corpusStageStatusName(CorpusStageStatus::Skipped)))
            c.skipped += n;
        if (*stage == CorpusStage::Relevance
            && (status == QLatin1String(corpusStageStatusName(CorpusStageStatus::Done))
                || status == QLatin1String(corpusStageStatusName(CorpusStageStatus::Edited))))
            s.workflows += q.value(4).toInt();
    }
    for (CorpusDocumentSummary &s : result) {
        for (CorpusStageCounts &c : s.stages)
            c.pending = std::max(0, s.passages - c.done - c.edited - c.failed - c.skipped);
    }
    return result;
}

std::optional<CorpusDocument> ProjectStore::corpusDocument(qint64 id) const
{
    if (!d->ready(false) || d->schemaVersion < kFirstCorpusVersion)
        return std::nullopt;
    std::optional<CorpusDocument> doc = d->readRow<CorpusDocument>(
            "SELECT CAST(json AS BLOB) FROM corpus_documents WHERE id = ?", id, "corpus_documents");
    if (doc)
        doc->id = id;
    return doc;
}

std::optional<qint64> ProjectStore::corpusDocumentId(const QString &uid) const
{
    if (!d->ready(false) || d->schemaVersion < kFirstCorpusVersion)
        return std::nullopt;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM corpus_documents WHERE uid = ?"));
    q.addBindValue(uid);
    if (!q.exec()) {
        d->failSql(q.lastError());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

qint64 ProjectStore::corpusDocumentCount() const
{
    if (!d->ready(false) || d->schemaVersion < kFirstCorpusVersion)
        return 0;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM corpus_documents")) || !q.next()) {
        d->failSql(q.lastError());
        return 0;
    }
    return q.value(0).toLongLong();
}

bool ProjectStore::removeCorpusDocument(qint64 id)
{
    if (!d->ready(true))
        return false;
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("DELETE FROM corpus_documents WHERE id = ?"));
    q.addBindValue(id);
    return d->execOnRow(q, Private::tr("There is no corpus document %1.").arg(id));
}

std::vector<Passage> ProjectStore::corpusPassages(qint64 documentId) const
{
    std::vector<Passage> result;
    if (!d->ready(false) || d->schemaVersion < kFirstCorpusVersion)
        return result;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, CAST(json AS BLOB), document_id FROM corpus_passages"
                             " WHERE document_id = ? ORDER BY position"));
    q.addBindValue(documentId);
    if (!d->readRows<Passage>(q, "corpus_passages", [&](Passage &&p) {
            p.documentId = q.value(2).toLongLong();
            result.push_back(std::move(p));
        }))
        return {};
    return result;
}

std::optional<Passage> ProjectStore::corpusPassage(qint64 passageId) const
{
    if (!d->ready(false) || d->schemaVersion < kFirstCorpusVersion)
        return std::nullopt;
    std::optional<Passage> p
            = d->readRow<Passage>("SELECT CAST(json AS BLOB) FROM corpus_passages WHERE id = ?",
                                  passageId, "corpus_passages");
    if (p)
        p->id = passageId;
    return p;
}

std::optional<PassageStages> ProjectStore::corpusPassageStages(qint64 passageId) const
{
    if (!d->ready(false) || d->schemaVersion < kFirstCorpusVersion)
        return std::nullopt;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM corpus_passages WHERE id = ?"));
    q.addBindValue(passageId);
    if (!q.exec() || !q.next()) {
        d->failSql(q.lastError());
        return std::nullopt;
    }
    if (q.value(0).toInt() == 0) {
        d->fail(Kind::Invalid, Private::tr("There is no passage %1.").arg(passageId));
        return std::nullopt;
    }
    PassageStages stages = pendingStages(passageId);
    q.prepare(QStringLiteral("SELECT CAST(json AS BLOB) FROM corpus_stage_outputs"
                             " WHERE passage_id = ?"));
    q.addBindValue(passageId);
    if (!q.exec()) {
        d->failSql(q.lastError());
        return std::nullopt;
    }
    while (q.next()) {
        CorpusStageRecord r;
        if (!d->fromRow(q.value(0).toByteArray(), passageId, "corpus_stage_outputs", &r))
            return std::nullopt;
        r.passageId = passageId;
        stages[std::size_t(stageIndex(r.stage))] = std::move(r);
    }
    return stages;
}

std::map<qint64, PassageStages> ProjectStore::corpusDocumentStages(qint64 documentId) const
{
    std::map<qint64, PassageStages> result;
    if (!d->ready(false) || d->schemaVersion < kFirstCorpusVersion)
        return result;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM corpus_passages WHERE document_id = ?"));
    q.addBindValue(documentId);
    if (!q.exec()) {
        d->failSql(q.lastError());
        return {};
    }
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        result.emplace(id, pendingStages(id));
    }
    q.prepare(QStringLiteral("SELECT s.passage_id, CAST(s.json AS BLOB) FROM"
                             " corpus_stage_outputs s JOIN corpus_passages p"
                             " ON p.id = s.passage_id WHERE p.document_id = ?"));
    q.addBindValue(documentId);
    if (!q.exec()) {
        d->failSql(q.lastError());
        return {};
    }
    while (q.next()) {
        const qint64 passageId = q.value(0).toLongLong();
        CorpusStageRecord r;
        if (!d->fromRow(q.value(1).toByteArray(), passageId, "corpus_stage_outputs", &r))
            return {};
        r.passageId = passageId;
        result[passageId][std::size_t(stageIndex(r.stage))] = std::move(r);
    }
    return result;
}

bool ProjectStore::putCorpusStageRecords(const std::vector<CorpusStageRecord> &records)
{
    return d->refusingUnstorable([&] {
        if (!d->ready(true))
            return false;
        QString why;
        StoreSql::WriteTransaction txn(d->db);
        if (!txn.begin(&why))
            return d->failSql(why, 0);
        QSqlQuery q(d->db);
        q.prepare(QLatin1String(kInsertRecord));
        for (const CorpusStageRecord &r : records) {
            bindRecord(q, r);
            if (!q.exec())
                return d->failSql(q.lastError());
        }
        return txn.commit(&why) || d->failSql(why, 0);
    });
}

bool ProjectStore::putEditedCorpusStage(const CorpusStageRecord &edited)
{
    return d->refusingUnstorable([&] {
        if (!d->ready(true))
            return false;
        QString why;
        StoreSql::WriteTransaction txn(d->db);
        if (!txn.begin(&why))
            return d->failSql(why, 0);
        CorpusStageRecord r = edited;
        r.status = CorpusStageStatus::Edited;
        QSqlQuery q(d->db);
        q.prepare(QLatin1String(kInsertRecord));
        bindRecord(q, r);
        if (!q.exec())
            return d->failSql(q.lastError());
        // The later stages were made from the old output.
        QSqlQuery stale(d->db);
        stale.prepare(QStringLiteral(
                "UPDATE corpus_stage_outputs SET status = 'pending', holds_workflow = NULL,"
                " json = json_set(json, '$.status', 'pending') WHERE passage_id = ?"
                " AND stage = ? AND status != 'pending'"));
        for (CorpusStage later : kCorpusStages) {
            if (stageIndex(later) <= stageIndex(r.stage))
                continue;
            stale.bindValue(0, r.passageId);
            stale.bindValue(1, QString::fromLatin1(corpusStageName(later)));
            if (!stale.exec())
                return d->failSql(stale.lastError());
        }
        return txn.commit(&why) || d->failSql(why, 0);
    });
}

} // namespace Callwright
