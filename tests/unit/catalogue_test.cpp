// The catalogues of the program's own words (messages, case words, --help's
// words, the CLI's messages, CLI11's phrases): every translation keeps the
// placeholders of its English, and a language tag finds its column.
#include "escalate/catalogue.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "cli_messages.hpp"
#include "escalate/case_words.hpp"
#include "escalate/messages.hpp"
#include "help_words.hpp"
#include "parse_errors.hpp"

namespace escalate {
namespace catalogue_test {

using words::Column;
using Placeholders = std::set<std::string>;

// The replacement fields of a format string as written: "{0}", "{1}", "{name}".
// "{{" and "}}" are literal braces; a lone "}" is kept, so a stray one shows.
Placeholders placeholders(std::string_view text) {
  Placeholders found;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool doubled = i + 1 < text.size() && text[i + 1] == text[i];
    if ((text[i] == '{' || text[i] == '}') && doubled) {
      ++i;
    } else if (text[i] == '{') {
      const std::size_t end = text.find('}', i);
      found.insert(std::string(text.substr(i, end == std::string_view::npos ? end : end - i + 1)));
      if (end == std::string_view::npos) break;
      i = end;
    } else if (text[i] == '}') {
      found.insert("}");
    }
  }
  return found;
}

// CLI11's English phrase is a pattern whose holes ('@', '*', '#') are {0}, {1}…
// of the translations, in order.
Placeholders holes(std::string_view pattern) {
  Placeholders found;
  std::size_t n = 0;
  for (char c : pattern) {
    if (c == '@' || c == '*' || c == '#') found.insert("{" + std::to_string(n++) + "}");
  }
  return found;
}

struct Catalogue {
  std::string_view name;
  std::size_t rows;
  std::function<std::string_view(std::size_t row, Column)> text;
  std::function<Placeholders(std::size_t row, Column)> fields;
};

const std::vector<Catalogue>& catalogues() {
  static const std::vector<Catalogue> all = [] {
    const auto format_fields = [](const auto& text) {
      return [text](std::size_t row, Column column) { return placeholders(text(row, column)); };
    };
    const auto msg = [](std::size_t row, Column column) {
      return tr(static_cast<Msg>(row), words::tag_of(column));
    };
    const auto case_msg = [](std::size_t row, Column column) {
      return tr(static_cast<CaseMsg>(row), words::tag_of(column));
    };
    const auto help = [](std::size_t row, Column column) {
      return cli::help_word(static_cast<cli::HelpWord>(row), column);
    };
    const auto cli_msg = [](std::size_t row, Column column) {
      return cli::cli_message(static_cast<cli::CliMsg>(row), column);
    };
    const auto phrase = [](std::size_t row, Column column) {
      return cli::cli11_phrase(static_cast<cli::Cli11Phrase>(row), column);
    };
    return std::vector<Catalogue>{
        {"Msg", static_cast<std::size_t>(Msg::count_), msg, format_fields(msg)},
        {"CaseMsg", static_cast<std::size_t>(CaseMsg::count_), case_msg, format_fields(case_msg)},
        {"HelpWord", static_cast<std::size_t>(cli::HelpWord::count_), help, format_fields(help)},
        {"CliMsg", static_cast<std::size_t>(cli::CliMsg::count_), cli_msg, format_fields(cli_msg)},
        {"Cli11Phrase", static_cast<std::size_t>(cli::Cli11Phrase::count_), phrase,
         [phrase](std::size_t row, Column column) {
           return column == Column::en ? holes(phrase(row, column))
                                       : placeholders(phrase(row, column));
         }},
    };
  }();
  return all;
}

// Deliberate differences from the English: a placeholder a language leaves out.
struct Omission {
  std::string_view catalogue;
  std::size_t row;
  Column column;
  std::string_view placeholder;
};
const Omission kOmissions[] = {
    // English offers day/month/year beside its own YYYY-MM-DD example
    // (answers.cpp); pt-BR's and de's own examples already are day-first.
    {"Msg", static_cast<std::size_t>(Msg::expect_date), Column::pt, "{1}"},
    {"Msg", static_cast<std::size_t>(Msg::expect_date), Column::de, "{1}"},
    // How many values are missing: each option takes one, so the count says nothing.
    {"Cli11Phrase", static_cast<std::size_t>(cli::Cli11Phrase::value_missing), Column::pt, "{1}"},
    {"Cli11Phrase", static_cast<std::size_t>(cli::Cli11Phrase::value_missing), Column::de, "{1}"},
};

Placeholders expected_in(const Catalogue& catalogue, std::size_t row, Column column) {
  Placeholders expected = catalogue.fields(row, Column::en);
  for (const Omission& o : kOmissions) {
    if (o.catalogue == catalogue.name && o.row == row && o.column == column)
      expected.erase(std::string(o.placeholder));
  }
  return expected;
}

TEST_CASE("a placeholder is a replacement field, and doubled braces are literal") {
  CHECK(placeholders("'{0}' is not '{1}'") == Placeholders{"{0}", "{1}"});
  CHECK(placeholders("{{\"id\": 1}} got {0}") == Placeholders{"{0}"});
  CHECK(placeholders("{name} and {0:>3}") == Placeholders{"{name}", "{0:>3}"});
  CHECK(placeholders("a stray } and an open {0") == Placeholders{"}", "{0"});
  CHECK(holes("@: * not in {*}") == Placeholders{"{0}", "{1}", "{2}"});
}

TEST_CASE("every row of every catalogue has the same placeholders in every language") {
  for (const Catalogue& catalogue : catalogues()) {
    REQUIRE(catalogue.rows > 0);
    for (std::size_t row = 0; row < catalogue.rows; ++row) {
      for (const words::Language& language : words::kLanguages) {
        INFO(catalogue.name << " row " << row << " in " << language.tag << ": "
                            << catalogue.text(row, language.column));
        CHECK(catalogue.fields(row, language.column) ==
              expected_in(catalogue, row, language.column));
      }
    }
  }
}

TEST_CASE("each allowed difference in placeholders is still a difference") {
  for (const Omission& o : kOmissions) {
    INFO(o.catalogue << " row " << o.row << " without " << o.placeholder);
    const auto catalogue = std::find_if(catalogues().begin(), catalogues().end(),
                                        [&](const Catalogue& c) { return c.name == o.catalogue; });
    REQUIRE(catalogue != catalogues().end());
    CHECK(catalogue->fields(o.row, Column::en).count(std::string(o.placeholder)) == 1);
    CHECK(catalogue->fields(o.row, o.column).count(std::string(o.placeholder)) == 0);
  }
}

TEST_CASE("a language tag reads the column of its primary subtag, and no other language has one") {
  CHECK(words::column_of("en") == Column::en);
  CHECK(words::column_of("pt-BR") == Column::pt);
  CHECK(words::column_of("pt") == Column::pt);
  CHECK(words::column_of("pt-PT") == Column::pt);
  CHECK(words::column_of("de-AT") == Column::de);
  CHECK(words::column_of("es") == std::nullopt);
  CHECK(words::column_of("deu") == std::nullopt);
  CHECK(words::column_of("") == std::nullopt);
  // Tags as rule sets spell them: the library matches them as written.
  CHECK(words::column_of("DE") == std::nullopt);
  CHECK(tr(Msg::yes, "es") == "yes");
  CHECK(tr(Msg::yes, "pt-BR") == "sim");
}

TEST_CASE("a locale name or --lang picks the language of --help without regard to case") {
  CHECK(cli::help_language_of("pt_BR") == Column::pt);
  CHECK(cli::help_language_of("PT_br") == Column::pt);
  CHECK(cli::help_language_of("DE") == Column::de);
  CHECK(cli::help_language_of("en_US") == Column::en);
  CHECK(cli::help_language_of("deu") == std::nullopt);
  CHECK(cli::help_language_of("C") == std::nullopt);
}

TEST_CASE("each language's tag names the language that reads its column") {
  for (const words::Language& language : words::kLanguages) {
    CHECK(words::column_of(language.tag) == language.column);
    CHECK(words::tag_of(language.column) == language.tag);
  }
}

}  // namespace catalogue_test
}  // namespace escalate
