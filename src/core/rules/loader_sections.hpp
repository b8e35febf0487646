// The loader's passes, one per section of a rules file.
#pragma once

#include "loader_context.hpp"

namespace escalate::loader {

void collect_ids(Context& ctx, const Json& document);
void read_sources(Context& ctx, const Json& document);
void read_constants(Context& ctx, const Json& document);
void read_calendar(Context& ctx, const Json& document);
void read_documents(Context& ctx, const Json& document);
void read_channels(Context& ctx, const Json& document);
void read_ladder(Context& ctx, const Json& document);
void read_questions(Context& ctx, const Json& document);
void read_facts(Context& ctx, const Json& document);
void read_shared_notes(Context& ctx, const Json& document);
void read_steps(Context& ctx, const Json& document);
void read_letters(Context& ctx, const Json& document);
void read_dossier(Context& ctx, const Json& document);
void check_fact_cycles(Context& ctx);
void check_unused(Context& ctx);

}  // namespace escalate::loader
