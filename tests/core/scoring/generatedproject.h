#pragma once

#include "catalog/demoproject.h"
#include "simulation/generationjob.h"
#include "store/projectstore.h"

#include <QString>

/// A demo project (tau-bench retail and airline) with count embedded dialogues of the retail
/// catalog; false when anything failed. Shared by the scoring, CLI and Scores panel tests.
namespace ScoringTestSupport {

inline bool generateProject(const QString &path, int count, quint64 seed = 5)
{
    using namespace Callwright;
    if (createDemoProject(path))
        return false;
    ProjectStore store;
    if (store.open(path))
        return false;
    SimulationSettings settings;
    for (const Catalog &c : store.catalogs()) {
        if (c.name == QLatin1String("retail"))
            settings.catalogId = c.id;
    }
    settings.count = count;
    settings.seed = seed;
    GenerationRunner runner(store);
    const std::optional<Job> job = runner.create(settings);
    return job && runner.run(*job).state == Job::State::Completed && store.dialogueCount() == count;
}

} // namespace ScoringTestSupport
