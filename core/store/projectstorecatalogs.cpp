// Catalogs, tools, graphs and revisions of ProjectStore.

#include "projectstore_p.h"

#include "storesql.h"

#include <QSqlQuery>
#include <QVariant>

#include <map>

namespace Callwright {

using Kind = StoreError::Kind;

namespace {

// A catalog row keeps the catalog's own fields; its tools live in their own rows.
QByteArray catalogJson(const Catalog &catalog)
{
    Catalog header = catalog;
    header.tools.clear();
    return storedJson(header);
}

// A row id given by the caller is kept: undoing a removal puts the tool back under the id that
// other undo commands and views still hold. 0 lets SQLite choose.
QVariant rowId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

bool insertToolRow(QSqlQuery &q, qint64 catalogId, int position, const Tool &tool)
{
    q.bindValue(0, rowId(tool.id));
    q.bindValue(1, catalogId);
    q.bindValue(2, position);
    q.bindValue(3, StoreSql::notNull(tool.name));
    q.bindValue(4, storedJson(tool));
    return q.exec();
}

const char kInsertTool[] = "INSERT INTO tools(id, catalog_id, position, name, json)"
                           " VALUES (?, ?, ?, ?, CAST(? AS TEXT))";

} // namespace

std::vector<Catalog> ProjectStore::catalogs() const
{
    std::vector<Catalog> result;
    if (!d->ready(false))
        return result;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, CAST(json AS BLOB) FROM catalogs ORDER BY id"))) {
        d->failSql(q.lastError());
        return result;
    }
    std::map<qint64, std::size_t> indexById;
    while (q.next()) {
        Catalog c;
        const qint64 id = q.value(0).toLongLong();
        if (!d->fromRow(q.value(1).toByteArray(), id, "catalogs", &c))
            return {};
        c.id = id;
        c.tools.clear();
        indexById[id] = result.size();
        result.push_back(std::move(c));
    }
    if (q.lastError().isValid()) {
        d->failSql(q.lastError());
        return {};
    }
    if (!q.exec(QStringLiteral("SELECT id, catalog_id, CAST(json AS BLOB) FROM tools"
                               " ORDER BY catalog_id, position, id"))) {
        d->failSql(q.lastError());
        return {};
    }
    while (q.next()) {
        Tool t;
        const qint64 id = q.value(0).toLongLong();
        if (!d->fromRow(q.value(2).toByteArray(), id, "tools", &t))
            return {};
        t.id = id;
        const auto it = indexById.find(q.value(1).toLongLong());
        if (it != indexById.end())
            result[it->second].tools.push_back(std::move(t));
    }
    if (q.lastError().isValid()) {
        d->failSql(q.lastError());
        return {};
    }
    return result;
}

std::optional<Catalog> ProjectStore::catalog(qint64 id) const
{
    if (!d->ready(false))
        return std::nullopt;
    std::optional<Catalog> header = d->readRow<Catalog>(
            "SELECT CAST(json AS BLOB) FROM catalogs WHERE id = ?", id, "catalogs");
    if (!header)
        return std::nullopt;
    Catalog c = std::move(*header);
    c.id = id;
    c.tools.clear();
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, CAST(json AS BLOB) FROM tools WHERE catalog_id = ?"
                             " ORDER BY position, id"));
    q.addBindValue(id);
    if (!q.exec()) {
        d->failSql(q.lastError());
        return std::nullopt;
    }
    while (q.next()) {
        Tool t;
        const qint64 toolId = q.value(0).toLongLong();
        if (!d->fromRow(q.value(1).toByteArray(), toolId, "tools", &t))
            return std::nullopt;
        t.id = toolId;
        c.tools.push_back(std::move(t));
    }
    return c;
}

bool ProjectStore::insertCatalog(Catalog &catalog)
{
    return d->refusingUnstorable([&] {
        if (!d->ready(true))
            return false;
        QString why;
        StoreSql::WriteTransaction txn(d->db);
        if (!txn.begin(&why))
            return d->failSql(why, 0);
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral(
                "INSERT INTO catalogs(id, name, json) VALUES (?, ?, CAST(? AS TEXT))"));
        q.addBindValue(rowId(catalog.id));
        q.addBindValue(StoreSql::notNull(catalog.name));
        q.addBindValue(catalogJson(catalog));
        if (!q.exec())
            return d->failSql(q.lastError());
        const qint64 catalogId = q.lastInsertId().toLongLong();
        std::vector<qint64> toolIds;
        toolIds.reserve(catalog.tools.size());
        q.prepare(QString::fromLatin1(kInsertTool));
        for (std::size_t i = 0; i < catalog.tools.size(); ++i) {
            if (!insertToolRow(q, catalogId, int(i), catalog.tools[i]))
                return d->failSql(q.lastError());
            toolIds.push_back(q.lastInsertId().toLongLong());
        }
        q.finish();
        if (!txn.commit(&why))
            return d->failSql(why, 0);
        // Ids are handed out only once the rows are durable, so a failed insert leaves the
        // caller's catalog as it was.
        catalog.id = catalogId;
        for (std::size_t i = 0; i < catalog.tools.size(); ++i)
            catalog.tools[i].id = toolIds[i];
        return true;
    });
}

bool ProjectStore::updateCatalogInfo(const Catalog &catalog)
{
    return d->refusingUnstorable([&] {
        if (!d->ready(true))
            return false;
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral(
                "UPDATE catalogs SET name = ?, json = CAST(? AS TEXT) WHERE id = ?"));
        q.addBindValue(StoreSql::notNull(catalog.name));
        q.addBindValue(catalogJson(catalog));
        q.addBindValue(catalog.id);
        if (!q.exec())
            return d->failSql(q.lastError());
        if (q.numRowsAffected() == 0)
            return d->fail(Kind::Invalid, Private::tr("There is no catalog %1.").arg(catalog.id));
        return true;
    });
}

bool ProjectStore::removeCatalog(qint64 id)
{
    if (!d->ready(true))
        return false;
    QString why;
    StoreSql::WriteTransaction txn(d->db);
    if (!txn.begin(&why))
        return d->failSql(why, 0);
    QSqlQuery q(d->db);
    // Dialogues refer to their catalog by value only; tools and the graph follow by cascade,
    // revisions and index rows by the dialogues' cascade and trigger.
    q.prepare(QStringLiteral("DELETE FROM dialogues WHERE catalog_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return d->failSql(q.lastError());
    q.prepare(QStringLiteral("DELETE FROM catalogs WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return d->failSql(q.lastError());
    if (q.numRowsAffected() == 0)
        return d->fail(Kind::Invalid, Private::tr("There is no catalog %1.").arg(id));
    if (!txn.commit(&why))
        return d->failSql(why, 0);
    return true;
}

bool ProjectStore::insertTool(qint64 catalogId, Tool &tool, int position)
{
    return d->refusingUnstorable([&] {
        if (!d->ready(true))
            return false;
        QString why;
        StoreSql::WriteTransaction txn(d->db);
        if (!txn.begin(&why))
            return d->failSql(why, 0);
        QSqlQuery q(d->db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT count(*), coalesce(max(position) + 1, 0) FROM tools"
                                 " WHERE catalog_id = ?"));
        q.addBindValue(catalogId);
        if (!q.exec() || !q.next())
            return d->failSql(q.lastError());
        const int count = q.value(0).toInt();
        const int end = q.value(1).toInt();
        q.finish();
        int stored = end;
        if (position >= 0 && position < count) {
            // Positions may have gaps after removals; the new tool takes the place of the tool
            // now at that index and everything from there moves one down.
            q.prepare(QStringLiteral("SELECT position FROM tools WHERE catalog_id = ?"
                                     " ORDER BY position, id LIMIT 1 OFFSET ?"));
            q.addBindValue(catalogId);
            q.addBindValue(position);
            if (!q.exec() || !q.next())
                return d->failSql(q.lastError());
            stored = q.value(0).toInt();
            q.finish();
            q.prepare(QStringLiteral("UPDATE tools SET position = position + 1"
                                     " WHERE catalog_id = ? AND position >= ?"));
            q.addBindValue(catalogId);
            q.addBindValue(stored);
            if (!q.exec())
                return d->failSql(q.lastError());
        }
        q.prepare(QString::fromLatin1(kInsertTool));
        if (!insertToolRow(q, catalogId, stored, tool))
            return d->failSql(q.lastError());
        const qint64 toolId = q.lastInsertId().toLongLong();
        if (!txn.commit(&why))
            return d->failSql(why, 0);
        tool.id = toolId;
        return true;
    });
}

bool ProjectStore::updateTool(const Tool &tool)
{
    return d->refusingUnstorable([&] {
        if (!d->ready(true))
            return false;
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral("UPDATE tools SET name = ?, json = CAST(? AS TEXT) WHERE id = ?"));
        q.addBindValue(StoreSql::notNull(tool.name));
        q.addBindValue(storedJson(tool));
        q.addBindValue(tool.id);
        if (!q.exec())
            return d->failSql(q.lastError());
        if (q.numRowsAffected() == 0)
            return d->fail(Kind::Invalid, Private::tr("There is no tool %1.").arg(tool.id));
        return true;
    });
}

bool ProjectStore::removeTool(qint64 toolId)
{
    if (!d->ready(true))
        return false;
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("DELETE FROM tools WHERE id = ?"));
    q.addBindValue(toolId);
    if (!q.exec())
        return d->failSql(q.lastError());
    if (q.numRowsAffected() == 0)
        return d->fail(Kind::Invalid, Private::tr("There is no tool %1.").arg(toolId));
    return true;
}

std::optional<ToolGraph> ProjectStore::graph(qint64 catalogId) const
{
    if (!d->ready(false))
        return std::nullopt;
    std::optional<ToolGraph> g = d->readRow<ToolGraph>(
            "SELECT CAST(json AS BLOB) FROM graphs WHERE catalog_id = ?", catalogId, "graphs");
    if (g)
        g->catalogId = catalogId;
    return g;
}

bool ProjectStore::saveGraph(const ToolGraph &graph)
{
    return d->refusingUnstorable([&] {
        if (!d->ready(true))
            return false;
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral("INSERT INTO graphs(catalog_id, json) VALUES (?, CAST(? AS TEXT))"
                                 " ON CONFLICT(catalog_id) DO UPDATE SET json = excluded.json"));
        q.addBindValue(graph.catalogId);
        q.addBindValue(storedJson(graph));
        if (!q.exec()) {
            d->failSql(q.lastError());
            if (d->lastError.kind == Kind::Invalid)
                d->fail(Kind::Invalid, Private::tr("There is no catalog %1.").arg(graph.catalogId));
            return false;
        }
        return true;
    });
}

bool ProjectStore::addRevision(Revision &revision)
{
    return d->refusingUnstorable([&] {
        if (!d->ready(true))
            return false;
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral("INSERT INTO revisions(dialogue_id, at_ms, json)"
                                 " VALUES (?, ?, CAST(? AS TEXT))"));
        q.addBindValue(revision.dialogueId);
        q.addBindValue(revision.atMs);
        q.addBindValue(storedJson(revision));
        if (!q.exec()) {
            d->failSql(q.lastError());
            if (d->lastError.kind == Kind::Invalid)
                d->fail(Kind::Invalid,
                        Private::tr("There is no dialogue %1.").arg(revision.dialogueId));
            return false;
        }
        revision.id = q.lastInsertId().toLongLong();
        return true;
    });
}

std::vector<Revision> ProjectStore::revisions(qint64 dialogueId) const
{
    std::vector<Revision> result;
    if (!d->ready(false))
        return result;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, CAST(json AS BLOB) FROM revisions"
                             " WHERE dialogue_id = ? ORDER BY at_ms, id"));
    q.addBindValue(dialogueId);
    if (!q.exec()) {
        d->failSql(q.lastError());
        return result;
    }
    while (q.next()) {
        Revision r;
        const qint64 id = q.value(0).toLongLong();
        if (!d->fromRow(q.value(1).toByteArray(), id, "revisions", &r))
            return {};
        r.id = id;
        r.dialogueId = dialogueId;
        result.push_back(std::move(r));
    }
    if (q.lastError().isValid()) {
        d->failSql(q.lastError());
        return {};
    }
    return result;
}

} // namespace Callwright
