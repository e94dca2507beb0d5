#pragma once

#include "corpusstages.h"

namespace Callwright {

/// GEM's rule checks, run after extraction and after each trajectory: every call names a tool
/// the extraction defines, with arguments valid against that tool's schema; every tool has a
/// usable name and a well-formed schema; every call of a trajectory is answered. Findings are
/// errors that name where they are (JSON pointers into the stage's output).
namespace CorpusRuleCheck {

std::vector<ValidationIssue> checkExtraction(const ExtractionResult &extraction);
std::vector<ValidationIssue> checkTrajectory(const TrajectoryResult &trajectory,
                                             const std::vector<Tool> &tools);

} // namespace CorpusRuleCheck

} // namespace Callwright
