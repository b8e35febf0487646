// `questions --complete WORD`: what the word after -a may become, from the
// rule set in use, for the shells' completion scripts.
#include "escalate/completion.hpp"

#include <catch2/catch.hpp>

#include "escalate/loader.hpp"

namespace escalate {
namespace completion_test {

using Words = std::vector<std::string>;

const RuleSet& rules() {
  static const std::shared_ptr<const RuleSet> loaded = [] {
    const Expected<Loaded> r = load_rules(R"({
      "format": "escalate-rules/1", "id": "complete", "version": "1", "updated": "2026-11-29",
      "title": "t", "languages": ["en"],
      "channels": [{"id": "c", "name": "c", "summary": "c", "contacts": []}], "ladder": ["c"],
      "questions": [
        {"id": "issue", "type": "choice", "prompt": "p", "allow_unknown": true,
         "options": [{"value": "billing", "label": "b"}, {"value": "bill_copy", "label": "b"},
                     {"value": "outage", "label": "o"}]},
        {"id": "issue_date", "type": "date", "prompt": "p"},
        {"id": "paid", "type": "boolean", "prompt": "p"},
        {"id": "tried", "type": "multi", "prompt": "p",
         "options": [{"value": "portal", "label": "p"}, {"value": "phone", "label": "p"},
                     {"value": "shop", "label": "s"}]},
        {"id": "amount", "type": "number", "prompt": "p"},
        {"id": "note", "type": "text", "prompt": "p"}],
      "steps": [{"id": "s", "channel": "c", "title": "t", "action": "a"}]})");
    if (!r) throw std::runtime_error("completion fixture does not load");
    return r->rules;
  }();
  return *loaded;
}

TEST_CASE("a word without '=' becomes the ids that start with it, each with '='", "[completion]") {
  CHECK(complete_answer(rules(), "") ==
        Words{"issue=", "issue_date=", "paid=", "tried=", "amount=", "note="});
  CHECK(complete_answer(rules(), "iss") == Words{"issue=", "issue_date="});
  CHECK(complete_answer(rules(), "issue_") == Words{"issue_date="});
  CHECK(complete_answer(rules(), "x").empty());
}

TEST_CASE("after 'ID=' a choice question offers its option values, and 'unknown' where allowed",
          "[completion]") {
  CHECK(complete_answer(rules(), "issue=") ==
        Words{"issue=billing", "issue=bill_copy", "issue=outage", "issue=unknown"});
  CHECK(complete_answer(rules(), "issue=bil") == Words{"issue=billing", "issue=bill_copy"});
  CHECK(complete_answer(rules(), "issue=billing") == Words{"issue=billing"});
  CHECK(complete_answer(rules(), "issue=z").empty());
}

TEST_CASE("a yes/no question offers true and false", "[completion]") {
  CHECK(complete_answer(rules(), "paid=") == Words{"paid=true", "paid=false"});
  CHECK(complete_answer(rules(), "paid=f") == Words{"paid=false"});
}

TEST_CASE("a multi question completes the last item of a list, leaving out those chosen",
          "[completion]") {
  CHECK(complete_answer(rules(), "tried=p") == Words{"tried=portal", "tried=phone"});
  CHECK(complete_answer(rules(), "tried=portal,") ==
        Words{"tried=portal,phone", "tried=portal,shop"});
  CHECK(complete_answer(rules(), "tried=portal,shop,p") == Words{"tried=portal,shop,phone"});
  CHECK(complete_answer(rules(), "tried=portal,phone,shop,").empty());
}

TEST_CASE("free answers and unknown ids offer nothing", "[completion]") {
  CHECK(complete_answer(rules(), "amount=").empty());
  CHECK(complete_answer(rules(), "issue_date=2026").empty());
  CHECK(complete_answer(rules(), "note=").empty());
  CHECK(complete_answer(rules(), "nothere=").empty());
  CHECK(complete_answer(rules(), "=").empty());
}

}  // namespace completion_test
}  // namespace escalate
