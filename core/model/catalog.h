#pragma once

#include "tool.h"

#include <vector>

namespace Callwright {

/// How a later call receives what it needs from earlier ones (DESIGN.md, the stateless contract).
enum class EnvelopeStrategy { ContextCarrying, StateToken };

const char *envelopeStrategyName(EnvelopeStrategy s);

/// A named set of tools that dialogues are generated against.
struct Catalog
{
    qint64 id = 0;
    QString name;
    QString description;
    EnvelopeStrategy envelope = EnvelopeStrategy::ContextCarrying;
    std::vector<Tool> tools;

    const Tool *findTool(const QString &name) const;
    int indexOfTool(qint64 toolId) const;

    bool operator==(const Catalog &o) const
    {
        return id == o.id && name == o.name && description == o.description
               && envelope == o.envelope && tools == o.tools;
    }
};

void to_json(Json &j, const Catalog &c);
void from_json(const Json &j, Catalog &c);
void to_json(Json &j, EnvelopeStrategy s);
void from_json(const Json &j, EnvelopeStrategy &s);

} // namespace Callwright
