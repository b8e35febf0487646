// The end of the session at a terminal: the case is saved (or the person is
// offered to save it), then a dossier, a calendar or a letter can be written
// beside the case file.
#pragma once

#include <cstdio>
#include <functional>
#include <optional>
#include <string>

#include "case_store.hpp"
#include "dialogue.hpp"
#include "escalate/session.hpp"

namespace escalate::cli {

void offer_more(const RuleSet& rules, std::optional<CaseVisit>& visit, const Session& session,
                const CommonOptions& options, Date today, Dialogue& dialogue);

}  // namespace escalate::cli
