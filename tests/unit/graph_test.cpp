// The decision graph (`escalate graph`): every step in rule order with its
// kind, title and condition, "else" edges in the order the engine tries them,
// an edge from each step to its channel, the ladder as a chain, and labels
// escaped for DOT and Mermaid. Condition readings: condition_summary_test.cpp.
#include "escalate/graph.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "escalate/loader.hpp"
#include "rules_support.hpp"

namespace escalate {
namespace graph_test {

const RuleSet& engine() { return test::engine_rules(); }
const RuleSet& minimal() { return test::rule_file("tests/fixtures/rules/valid/minimal.json"); }

std::string dot(const RuleSet& rules, std::size_t language = test::kEn) {
  return render_graph(rules, GraphFormat::dot, language);
}
std::string mermaid(const RuleSet& rules, std::size_t language = test::kEn) {
  return render_graph(rules, GraphFormat::mermaid, language);
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// A one-language rule set with the given title for its only step.
std::shared_ptr<const RuleSet> titled(const std::string& title_json) {
  const std::string text = R"({"format": "escalate-rules/1", "id": "titles", "version": "1",
    "updated": "2026-11-29", "title": "Titles", "languages": ["en"],
    "channels": [{"id": "end", "name": "The \"end\"", "summary": "s",
                  "contacts": [{"kind": "phone", "value": "1"}]}],
    "ladder": ["end"], "questions": [],
    "steps": [{"id": "only", "channel": "end", "title": )" +
                           title_json + R"(, "action": "a"}]})";
  Expected<Loaded> loaded = load_rules(text);
  REQUIRE(loaded);
  return loaded->rules;
}

TEST_CASE("every step is a node, in rule order, with its number, id, kind and title") {
  const std::string graph = dot(engine());
  std::size_t previous = 0;
  for (std::size_t i = 0; i < engine().steps.size(); ++i) {
    const Step& step = engine().steps[i];
    const std::string node = "step_" + step.id + " [label=\"" + std::to_string(i + 1) + ". " +
                             step.id + " (" + std::string(to_string(step.kind)) + ")\\n" +
                             step.title.plain(test::kEn) + "\\n";
    const std::size_t at = graph.find(node);
    INFO(node);
    REQUIRE(at != std::string::npos);
    CHECK(at > previous);
    previous = at;
  }
}

TEST_CASE("titles and channel names are in the chosen language") {
  CHECK(has(dot(engine(), test::kPt), "1. start_a (contact)\\nProcure A\\n"));
  CHECK(has(dot(engine(), test::kDe), "channel_a [label=\"a\\nStelle A\""));
  CHECK(has(mermaid(engine(), test::kPt), "<br>Procure A<br>"));
}

TEST_CASE("a step's condition is summarised under its title") {
  const std::string graph = dot(engine());
  CHECK(has(graph, "Contact A\\nwhen not contacted_a\""));
  CHECK(has(graph, "Wait for A\\nwhen outcome_a = pending and not a_overdue\""));
  CHECK(has(graph, "Call hotline X\\nwhen protocol_a = null or via = letter\""));
  CHECK(has(graph, "Never shown\\nwhen phone_log in extras and boom\""));
}

TEST_CASE("a catch-all step says that it always applies") {
  CHECK(has(dot(engine()), "7. go_c (contact)\\nGo to C\\ncatch-all: always applies\""));
  CHECK(has(mermaid(minimal()), "Go back to the store<br>catch-all: always applies\""));
}

TEST_CASE("else edges chain the steps in the order the engine tries them") {
  const std::string graph = dot(engine());
  for (std::size_t i = 1; i < engine().steps.size(); ++i) {
    const std::string edge = "step_" + engine().steps[i - 1].id + " -> step_" +
                             engine().steps[i].id + " [label=\"else\"]";
    INFO(edge);
    CHECK(has(graph, edge));
  }
  SECTION("and nothing follows the catch-all") {
    CHECK_FALSE(has(graph, "step_go_c -> step_"));
    CHECK_FALSE(has(graph, "no_step_applies"));
  }
}

TEST_CASE("without a catch-all, the last step's else leads to no advice") {
  const auto rules = load_rules(R"({"format": "escalate-rules/1", "id": "open", "version": "1",
    "updated": "2026-11-29", "title": "Open", "languages": ["en"],
    "channels": [{"id": "c", "name": "C", "summary": "s", "contacts": [{"kind": "phone", "value": "1"}]}],
    "ladder": ["c"], "questions": [{"id": "q", "type": "boolean", "prompt": "Q?"}],
    "steps": [{"id": "only", "when": {"var": "q"}, "channel": "c", "title": "T", "action": "a"}]})");
  REQUIRE(rules);
  const std::string graph = dot(*rules->rules);
  CHECK(has(graph, "step_only -> no_step_applies [label=\"else\"]"));
  CHECK(has(graph, "no_step_applies [label=\"no step applies:\\nno advice for this situation\""));
  CHECK(has(mermaid(*rules->rules), "step_only -->|else| no_step_applies"));
}

TEST_CASE("each step with a channel has an edge to it, and a step without one has none") {
  const std::string graph = dot(engine());
  CHECK(has(graph, "step_start_a -> channel_a [style=dashed"));
  CHECK(has(graph, "step_wait_a -> channel_a [style=dashed"));
  CHECK(has(graph, "step_go_b -> channel_b [style=dashed"));
  CHECK(has(graph, "step_call_x -> channel_x [style=dashed"));
  CHECK(has(graph, "step_go_c -> channel_c [style=dashed"));
  CHECK_FALSE(has(graph, "step_a_resolved -> channel_"));
  SECTION("only a channel's first step places it in the layout") {
    CHECK(
        has(graph, "step_start_a -> channel_a [style=dashed, color=\"#5f6b7a\", arrowhead=open];"));
    CHECK(has(graph,
              "step_wait_a -> channel_a [style=dashed, color=\"#5f6b7a\", arrowhead=open, "
              "constraint=false];"));
  }
  SECTION("in Mermaid too") {
    CHECK(has(mermaid(engine()), "step_start_a -.-> channel_a\n"));
    CHECK_FALSE(has(mermaid(engine()), "step_a_resolved -.->"));
  }
}

TEST_CASE("channels are hexagons; the ladder is a chain of then edges in escalation order") {
  const std::string graph = dot(engine());
  CHECK(has(graph, "channel_a [label=\"a\\nChannel A\", shape=hexagon"));
  CHECK(has(graph, "channel_a -> channel_b [label=\"then\""));
  CHECK(has(graph, "channel_b -> channel_c [label=\"then\""));
  CHECK_FALSE(has(graph, "channel_c -> channel_"));
  SECTION("a channel off the ladder says so and is in no then edge") {
    CHECK(has(graph, "channel_x [label=\"x\\nHotline X\\nnot on the ladder\""));
    CHECK_FALSE(has(graph, "-> channel_x [label=\"then\""));
    CHECK_FALSE(has(graph, "channel_x -> "));
  }
  SECTION("in Mermaid too") {
    const std::string text = mermaid(engine());
    CHECK(has(text, "    channel_a{{\"a<br>Channel A\"}}:::channel\n"));
    CHECK(has(text, "  channel_a ==>|then| channel_b\n  channel_b ==>|then| channel_c\n"));
  }
}

TEST_CASE("facts are listed with their values, one per line") {
  CHECK(has(dot(engine()),
            "fact_values [label=\"a_deadline = date_a + a_answer_days days\\la_overdue = today > "
            "a_deadline\\lboom = 1 / 0\\lc_deadline = today + 5 business days\\l\""));
  CHECK_FALSE(has(dot(minimal()), "cluster_facts"));
}

TEST_CASE("DOT labels escape quotes, backslashes and new lines") {
  const std::string graph = dot(*titled(R"("Say \"hi\" \\ now\nplease")"));
  CHECK(has(graph, "\\nSay \\\"hi\\\" \\\\ now\\nplease\\n"));
  CHECK(has(graph, "channel_end [label=\"end\\nThe \\\"end\\\"\""));
  SECTION("a backslash at the end of a line stays one backslash") {
    CHECK(has(dot(*titled(R"("ends in \\")")), "\\nends in \\\\\\ncatch-all"));
  }
}

TEST_CASE("Mermaid labels write quotes as #quot; and never let text become markup") {
  const std::string text = mermaid(*titled(R"("Say \"hi\" <b>#1</b> & `x` 100%\nnow")"));
  CHECK(has(text,
            "<br>Say #quot;hi#quot; #lt;b#gt;#35;1#lt;/b#gt; #amp; #96;x#96; 100#37;<br>now<br>"));
  SECTION("and a node named after a keyword such as end gets a prefixed id") {
    CHECK(has(text, "    channel_end{{\"end<br>The #quot;end#quot;\"}}:::channel\n"));
  }
}

TEST_CASE("Mermaid output is a top-down flowchart with the steps and channels as subgraphs") {
  const std::string text = mermaid(engine());
  CHECK(text.rfind("flowchart TD\n", 0) == 0);
  CHECK(has(text, "  subgraph steps[\""));
  CHECK(has(text, "  subgraph channels[\""));
  CHECK(has(text,
            "    step_start_a[\"1. start_a (contact)<br>Contact A<br>when not "
            "contacted_a\"]:::contact\n"));
  CHECK(has(text, "  step_start_a -->|else| step_a_resolved\n"));
  SECTION("each kind of step has its own shape") {
    CHECK(has(text, "    step_wait_a(\"3. wait_a (wait)"));
    CHECK(has(text, "    step_a_resolved([\"2. a_resolved (done)"));
    CHECK(has(text, "    step_call_x[[\"5. call_x (info)"));
  }
}

TEST_CASE("the same rule set gives the same bytes") {
  const auto again = test::load_rule_file("tests/fixtures/rules/valid/engine.json");
  CHECK(dot(engine()) == dot(*again));
  CHECK(mermaid(engine()) == mermaid(*again));
  CHECK(dot(engine()) == dot(engine()));
}

TEST_CASE("every step of the bundled rule sets appears in both formats") {
  for (const char* file : {"data/rules/br-claro-net.json", "data/rules/example-shop.json"}) {
    const RuleSet& rules = test::rule_file(file);
    for (std::size_t language = 0; language < rules.languages.size(); ++language) {
      const std::string graph = dot(rules, language);
      const std::string text = mermaid(rules, language);
      for (const Step& step : rules.steps) {
        INFO(file << " " << step.id);
        CHECK(has(graph, "    step_" + step.id + " [label="));
        CHECK(has(text, "    step_" + step.id));
      }
    }
  }
}

}  // namespace graph_test
}  // namespace escalate
