#pragma once

#include "model/json.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <vector>

namespace Callwright::StoreMigrations {

/// One forward-only step of the project schema.
struct Migration
{
    int version; ///< the user_version a file has once this step is committed
    const char *description;
    bool (*apply)(QSqlDatabase &db, QString *error);
};

/// Every step in order; the last one's version is ProjectStore::kSchemaVersion.
const std::vector<Migration> &all();

/// Runs inside the transaction of schema version 1, so that a file never carries our
/// application id without its schema and meta (create() writes both there).
using FirstStepHook = std::function<bool(QSqlDatabase &db, QString *error)>;

/// Brings db from its user_version up to target, each step in its own transaction that also
/// bumps user_version; a failed step leaves the file at the previous version.
bool migrate(QSqlDatabase &db, int target, QString *error, const FirstStepHook &hook = {});

/// The tables a file at this schema version must have; one missing means it is damaged.
QStringList requiredTables(int version);

/// The text of every message of a dialogue's JSON, one message per line, as UTF-8: what the
/// full-text index holds for that dialogue.
QByteArray searchText(const Json &dialogue);

} // namespace Callwright::StoreMigrations
