#pragma once

#include "json.h"

namespace Callwright {

/// Who the simulated user is and how they talk.
struct Persona
{
    qint64 id = 0;
    QString name;
    QString background;
    QStringList traits;
    QString speakingStyle;

    bool operator==(const Persona &o) const
    {
        return id == o.id && name == o.name && background == o.background && traits == o.traits
               && speakingStyle == o.speakingStyle;
    }
};

void to_json(Json &j, const Persona &p);
void from_json(const Json &j, Persona &p);

} // namespace Callwright
