#pragma once

#include "corpusdocument.h"
#include "corpusstages.h"

#include <stdexcept>

namespace Callwright {

/// What a stage sees: the passage, its document, and the outputs of the stages before it
/// (null for stages that have not run or hold no output).
struct CorpusStageInput
{
    const CorpusDocument &document;
    const Passage &passage;
    const RelevanceResult *relevance = nullptr;
    const ExtractionResult *extraction = nullptr;
    const TrajectoryResult *grounding = nullptr;
};

/// A stage could not be made (an endpoint failed, its answer did not parse); the pipeline
/// records it as failed with this message and goes on with the next passage.
class CorpusStageFailure : public std::runtime_error
{
public:
    explicit CorpusStageFailure(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

/// The four GEM stages behind one interface: the embedded rules (EmbeddedCorpusEngine) or
/// prompts on an endpoint. One engine per thread; a stage throws CorpusStageFailure when it
/// cannot give an output.
class CorpusEngine
{
public:
    virtual ~CorpusEngine() = default;

    /// What the records say made them: "embedded" or an endpoint profile.
    virtual QString name() const = 0;
    /// Whether the outputs come from rules rather than a model; views say so.
    virtual bool isHeuristic() const = 0;

    virtual RelevanceResult relevance(const CorpusStageInput &input) = 0;
    virtual ExtractionResult extraction(const CorpusStageInput &input) = 0;
    virtual TrajectoryResult grounding(const CorpusStageInput &input) = 0;
    virtual TrajectoryResult refinement(const CorpusStageInput &input) = 0;
};

} // namespace Callwright
