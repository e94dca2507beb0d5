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

bool insertToolRow(QSqlQuery &q, qint64 catalogId, int position, const Tool &tool)
{
    q.bindValue(0, rowId(tool.id));
    q.bindValue(1, catalogId);
    q.bindValue(2, position);
    q.bindValue(3, StoreSql::notNull(tool.name));
    q.bindValue(4, storedJson(tool));
    return q.exec();
}

// Catalogs and tools keep their name in a column beside the JSON.
void prepareNamedUpdate(QSqlQuery &q, const char *table, qint64 id, const QString &name,
                        const QByteArray &json)
{
    q.prepare(QStringLiteral("UPDATE %1 SET name = ?, json = CAST(? AS TEXT) WHERE id = ?")
                      .arg(QLatin1String(table)));
    q.addBindValue(StoreSql::notNull(name));
    q.addBindValue(json);
    q.addBindValue(id);
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
    q.prepare(QStringLiteral("SELECT id, CAST(json AS BLOB) FROM catalogs ORDER BY id"));
    std::map<qint64, std::size_t> indexById;
    const auto takeCatalog = [&](Catalog &&c) {
        c.tools.clear();
        indexById[c.id] = result.size();
        result.push_back(std::move(c));
    };
    if (!d->readRows<Catalog>(q, "catalogs", takeCatalog))
        return {};
    q.prepare(QStringLiteral("SELECT id, CAST(json AS BLOB), catalog_id FROM tools"
                             " ORDER BY catalog_id, position, id"));
    const auto takeTool = [&](Tool &&t) {
        const auto it = indexById.find(q.value(2).toLongLong());
        if (it != indexById.end())
            result[it->second].tools.push_back(std::move(t));
    };
    if (!d->readRows<Tool>(q, "tools", takeTool))
        return {};
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
    if (!d->readRows<Tool>(q, "tools", [&](Tool &&t) { c.tools.push_back(std::move(t)); }))
        return std::nullopt;
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
        prepareNamedUpdate(q, "catalogs", catalog.id, catalog.name, catalogJson(catalog));
        return d->execOnRow(q, Private::tr("There is no catalog %1.").arg(catalog.id));
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
    if (!d->execOnRow(q, Private::tr("There is no catalog %1.").arg(id)))
        return false;
    return txn.commit(&why) || d->failSql(why, 0);
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
        prepareNamedUpdate(q, "tools", tool.id, tool.name, storedJson(tool));
        return d->execOnRow(q, Private::tr("There is no tool %1.").arg(tool.id));
    });
}

bool ProjectStore::removeTool(qint64 toolId)
{
    if (!d->ready(true))
        return false;
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("DELETE FROM tools WHERE id = ?"));
    q.addBindValue(toolId);
    return d->execOnRow(q, Private::tr("There is no tool %1.").arg(toolId));
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
    const auto take = [&](Revision &&r) {
        r.dialogueId = dialogueId;
        result.push_back(std::move(r));
    };
    if (!d->readRows<Revision>(q, "revisions", take))
        return {};
    return result;
}

} // namespace Callwright
