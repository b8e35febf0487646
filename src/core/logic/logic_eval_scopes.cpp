// Evaluation of the operators that open scopes: map, filter, reduce, all,
// some and none (item and index) and try (the caught error).
#include <fmt/format.h>

#include "logic_evaluator.hpp"
#include "logic_values.hpp"

namespace escalate::logic {

Tri Evaluator::eval_try(const Node& n) {
  if (n.args.empty()) return Tri::of(Json());
  std::optional<LogicError> last;
  for (std::size_t i = 0; i < n.args.size(); ++i) {
    try {
      if (i == 0) return eval(n.args[0]);
      return with_scope(Json::object(), last->error(), n.args[i]);
    } catch (const LogicError& e) {
      last = e;
    }
  }
  throw *last;
}

Tri Evaluator::with_scope(const Json& meta, const Json& item, const Node& body) {
  frames_.push_back(&meta);
  frames_.push_back(&item);
  struct Pop {
    std::vector<const Json*>& frames;
    ~Pop() { frames.resize(frames.size() - 2); }
  } pop{frames_};
  return eval(body);
}

Tri Evaluator::eval_iterator(const Node& n) {
  Tri source = eval(n.args[0]);
  if (!source.known()) return source;
  const Node& body = n.args[1];
  if (!source.value.is_array()) {
    switch (n.op) {
      case Op::map:
      case Op::filter:
        return Tri::of(Json::array());
      case Op::reduce:
        return n.args.size() > 2 ? eval(n.args[2]) : Tri::of(Json());
      default:
        raise("Invalid Arguments",
              fmt::format("'{}' needs an array, got {}",
                          n.op == Op::all    ? "all"
                          : n.op == Op::some ? "some"
                                             : "none",
                          source.value.dump()),
              n.path);
    }
  }
  const Json& items = source.value;
  if (n.op == Op::reduce) {
    Json accumulator;
    if (n.args.size() > 2) {
      Tri initial = eval(n.args[2]);
      if (!initial.known()) return initial;
      accumulator = std::move(initial.value);
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
      Tri next = with_scope(Json{{"index", i}},
                            Json{{"current", items[i]}, {"accumulator", accumulator}}, body);
      if (!next.known()) return next;
      accumulator = std::move(next.value);
    }
    return Tri::of(std::move(accumulator));
  }
  if ((n.op == Op::all || n.op == Op::some) && items.empty()) return Tri::of(false);
  Json out = Json::array();
  for (std::size_t i = 0; i < items.size(); ++i) {
    Tri t = with_scope(Json{{"index", i}}, items[i], body);
    if (!t.known()) return t;
    const bool holds = truthy(t.value);
    switch (n.op) {
      case Op::map:
        out.push_back(std::move(t.value));
        break;
      case Op::filter:
        if (holds) out.push_back(items[i]);
        break;
      case Op::all:
        if (!holds) return Tri::of(false);
        break;
      case Op::some:
        if (holds) return Tri::of(true);
        break;
      default:  // none
        if (holds) return Tri::of(false);
        break;
    }
  }
  switch (n.op) {
    case Op::all:
      return Tri::of(true);
    case Op::some:
      return Tri::of(false);
    case Op::none:
      return Tri::of(true);
    default:
      return Tri::of(std::move(out));
  }
}

}  // namespace escalate::logic
