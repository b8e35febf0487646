// The loader's passes over sources, constants, documents, channels and the
// ladder.
#include <fmt/format.h>

#include <algorithm>

#include "escalate/suggest.hpp"
#include "loader_sections.hpp"

namespace escalate::loader {
namespace {

void read_contact(Context& ctx, const Json& item, const std::string& path,
                  std::vector<Contact>& out) {
  if (!ctx.object(item, path, {"kind", "value"}, {"hours", "note"})) return;
  Contact contact;
  if (const auto name = ctx.string(item, "kind", path)) {
    const auto kind = contact_kind_named(*name);
    if (!kind) {
      ctx.error(path_key(path, "kind"),
                unknown_one_of("contact kind", *name, contact_kind_names()));
      return;
    }
    contact.kind = *kind;
  }
  if (const auto value = ctx.text(item, "value", path, true)) contact.value = *value;
  contact.hours = ctx.text(item, "hours", path);
  contact.note = ctx.text(item, "note", path);
  out.push_back(std::move(contact));
}

// A list of ids that must each name one of `known`.
std::vector<std::string> read_references(Context& ctx, const Json& item, std::string_view key,
                                         const std::string& path,
                                         const std::vector<std::string>& known,
                                         std::string_view what) {
  std::vector<std::string> out;
  const Json* list = ctx.array(item, key, path);
  if (!list) return out;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::string p = path_index(path_key(path, key), i);
    if (!(*list)[i].is_string()) {
      ctx.error(p, fmt::format("expected a {} id, got {}", what, describe((*list)[i])));
      continue;
    }
    const std::string id = (*list)[i].get<std::string>();
    ctx.check_reference(id, known, what, p);
    out.push_back(id);
  }
  return out;
}

}  // namespace

void read_sources(Context& ctx, const Json& doc) {
  const Json* sources = ctx.field(doc, "sources");
  if (!sources) return;
  if (!sources->is_object()) {
    ctx.error("$.sources",
              fmt::format("expected an object of sources by id, got {}", describe(*sources)));
    return;
  }
  for (const auto& [id, item] : sources->items()) {
    const std::string path = path_key("$.sources", id);
    if (!is_id(id)) {
      ctx.error(path, invalid_id_message(id));
      continue;
    }
    if (!ctx.object(item, path, {"title"}, {"url", "note"})) continue;
    Source source;
    source.id = id;
    if (const auto title = ctx.text(item, "title", path, true)) source.title = *title;
    source.url = ctx.string(item, "url", path).value_or("");
    source.note = ctx.text(item, "note", path, true);
    ctx.rules().sources.push_back(std::move(source));
  }
}

void read_constants(Context& ctx, const Json& doc) {
  const Json* constants = ctx.field(doc, "constants");
  if (!constants) return;
  if (!constants->is_object()) {
    ctx.error("$.constants",
              fmt::format("expected an object of values by id, got {}", describe(*constants)));
    return;
  }
  // Declared by collect_ids; here only their ids are checked.
  for (const auto& [id, unused] : constants->items()) {
    if (!is_id(id)) {
      ctx.error(path_key("$.constants", id), invalid_id_message(id));
    }
  }
}

void read_documents(Context& ctx, const Json& doc) {
  const Json* list = ctx.array(doc, "documents", "$");
  if (!list) return;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Json& item = (*list)[i];
    const std::string path = path_index("$.documents", i);
    if (!ctx.object(item, path, {"id", "label"}, {"hint"})) continue;
    Document document;
    document.id = ctx.id(item, "id", path).value_or("");
    if (const auto label = ctx.text(item, "label", path)) document.label = *label;
    document.hint = ctx.text(item, "hint", path);
    ctx.rules().documents.push_back(std::move(document));
  }
}

void read_channels(Context& ctx, const Json& doc) {
  const Json* list = ctx.array(doc, "channels", "$");
  if (!list) return;
  if (list->empty()) ctx.error("$.channels", "a rule set needs at least one channel");
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Json& item = (*list)[i];
    const std::string path = path_index("$.channels", i);
    if (!ctx.object(item, path, {"id", "name", "summary", "contacts"},
                    {"documents", "response_time", "tips", "source", "used_when", "beside"})) {
      continue;
    }
    Channel channel;
    channel.id = ctx.id(item, "id", path).value_or("");
    if (const auto beside = ctx.string(item, "beside", path)) {
      ctx.check_reference(*beside, ctx.channel_ids, "channel", path_key(path, "beside"));
      channel.beside = *beside;
    }
    if (const Json* used = ctx.field(item, "used_when"))
      channel.used_when = ctx.logic(*used, path_key(path, "used_when"));
    if (const auto name = ctx.text(item, "name", path)) channel.name = *name;
    if (const auto summary = ctx.text(item, "summary", path)) channel.summary = *summary;
    if (const Json* contacts = ctx.array(item, "contacts", path)) {
      for (std::size_t c = 0; c < contacts->size(); ++c) {
        read_contact(ctx, (*contacts)[c], path_index(path_key(path, "contacts"), c),
                     channel.contacts);
      }
    }
    channel.documents = read_references(ctx, item, "documents", path, ctx.document_ids, "document");
    channel.response_time = ctx.text(item, "response_time", path);
    if (const Json* tips = ctx.array(item, "tips", path)) {
      for (std::size_t t = 0; t < tips->size(); ++t) {
        if (auto tip = ctx.text_value((*tips)[t], path_index(path_key(path, "tips"), t))) {
          channel.tips.push_back(std::move(*tip));
        }
      }
    }
    if (const Json* source = ctx.field(item, "source")) {
      if (source->is_string()) {
        ctx.check_reference(source->get<std::string>(), ctx.source_ids, "source",
                            path_key(path, "source"));
        channel.sources.push_back(source->get<std::string>());
      } else {
        channel.sources = read_references(ctx, item, "source", path, ctx.source_ids, "source");
      }
    }
    ctx.rules().channels.push_back(std::move(channel));
  }
}

void read_ladder(Context& ctx, const Json& doc) {
  const Json* list = ctx.array(doc, "ladder", "$");
  if (!list) return;
  auto& ladder = ctx.rules().ladder;
  ladder = read_references(ctx, doc, "ladder", "$", ctx.channel_ids, "channel");
  const auto& channels = ctx.rules().channels;
  for (std::size_t i = 0; i < channels.size(); ++i) {
    const Channel& c = channels[i];
    if (c.beside.empty()) continue;
    const std::string path = path_key(path_index("$.channels", i), "beside");
    const bool on_ladder = std::find(ladder.begin(), ladder.end(), c.beside) != ladder.end();
    if (std::find(ladder.begin(), ladder.end(), c.id) != ladder.end()) {
      ctx.error(path, fmt::format("channel '{}' is on the ladder; only a channel off the ladder "
                                  "stands beside a rung",
                                  c.id));
    } else if (!on_ladder && std::find(ctx.channel_ids.begin(), ctx.channel_ids.end(), c.beside) !=
                                 ctx.channel_ids.end()) {
      ctx.error(path, fmt::format("'beside' names '{}', which is not on the ladder", c.beside));
    }
  }
  for (std::size_t i = 0; i < ladder.size(); ++i) {
    if (std::find(ladder.begin(), ladder.begin() + static_cast<std::ptrdiff_t>(i), ladder[i]) !=
        ladder.begin() + static_cast<std::ptrdiff_t>(i)) {
      ctx.error(path_index("$.ladder", i),
                fmt::format("channel '{}' is on the ladder twice", ladder[i]));
    }
  }
}

}  // namespace escalate::loader
