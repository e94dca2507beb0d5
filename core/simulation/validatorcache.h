#pragma once

#include "schema/schemavalidator.h"

#include <QString>

#include <map>
#include <memory>

namespace Callwright {

/// Compiled validators by a caller's key (a tool's name), each kept with the schema it was
/// compiled from and recompiled when that schema changes. Comparing a schema is far cheaper
/// than printing it for a key. One cache per thread.
class ValidatorCache final
{
public:
    const SchemaValidator &get(const QString &key, const Json &schema)
    {
        auto it = m_entries.find(key);
        if (it == m_entries.end() || it->second.first != schema)
            it = m_entries
                         .insert_or_assign(key,
                                           Entry{schema, std::make_unique<SchemaValidator>(schema)})
                         .first;
        return *it->second.second;
    }

private:
    using Entry = std::pair<Json, std::unique_ptr<SchemaValidator>>;
    std::map<QString, Entry> m_entries;
};

} // namespace Callwright
