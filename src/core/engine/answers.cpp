// Answer parsing and checking per question type, with errors a person can act on.
#include "escalate/answers.hpp"

#include <fmt/format.h>
#include <re2/re2.h>

#include <algorithm>
#include <cmath>

#include "escalate/catalogue.hpp"
#include "escalate/locale_format.hpp"
#include "escalate/messages.hpp"
#include "escalate/numbers.hpp"
#include "escalate/suggest.hpp"
#include "escalate/typed_text.hpp"
#include "escalate/utf8.hpp"

namespace escalate {
namespace {

const std::string& tag(const AnswerContext& c) { return c.rules.languages.at(c.language); }

Problem invalid_answer(const Question& q, std::string message) {
  Problem problem{ProblemCode::invalid_answer, std::move(message)};
  problem.question = q.id;
  return problem;
}

Expected<Json> fail(const Question& q, std::string_view value, const AnswerContext& c,
                    std::string_view detail) {
  if (c.for_person && value.empty())
    return invalid_answer(q, trf(Msg::err_empty_answer_person, tag(c), detail));
  if (c.for_person)
    return invalid_answer(q, trf(Msg::err_invalid_answer_person, tag(c), value, detail));
  return invalid_answer(q, trf(Msg::err_invalid_answer, tag(c), value, q.id, detail));
}

// What is accepted; for a question that takes "I don't know", a pointer to it.
Expected<Json> invalid(const Question& q, std::string_view value, const AnswerContext& c) {
  std::string accepted = accepted_values(q, c);
  if (q.allow_unknown) accepted += tr(Msg::or_unknown, tag(c));
  return fail(q, value, c, accepted);
}

// "I don't know" in any of the program's languages (people do not always answer
// in the session's language), with curly apostrophes read as straight ones.
bool is_unknown_word(std::string_view typed) {
  // No phrase is longer than this, even with each apostrophe typed curly (3 bytes).
  static const std::size_t kLongest = [] {
    std::size_t longest = std::string_view("dont_know").size();
    for (const words::Language& language : words::kLanguages) {
      for (std::string_view phrase : unknown_phrases(language.tag))
        longest = std::max(longest, 3 * phrase.size());
    }
    return longest;
  }();
  if (typed.size() > kLongest) return false;  // most text answers: nothing to lower-case
  std::string word = lower_utf8(typed);
  for (std::size_t at = word.find("\u2019"); at != std::string::npos;
       at = word.find("\u2019", at)) {
    word.replace(at, 3, "'");
  }
  if (word == "dont_know") return true;
  for (const words::Language& language : words::kLanguages) {
    for (std::string_view phrase : unknown_phrases(language.tag)) {
      if (phrase == word) return true;
    }
  }
  return false;
}

Expected<Json> invalid_utf8(const Question& q, std::string_view text, std::size_t at,
                            const AnswerContext& c) {
  return invalid_answer(
      q, trf(Msg::err_invalid_utf8, tag(c), at + 1, q.id, escape_invalid_utf8(text)));
}

// Both readings of an amount that the language's form and the currency's form read differently.
Expected<Json> ambiguous_amount(const Question& q, std::string_view text, const NumberReading& r,
                                const AnswerContext& c) {
  const std::string& t = tag(c);
  const Msg home = currency_form(q.unit) == NumberForm::comma ? Msg::reading_brl : Msg::reading_usd;
  const std::string sign = home == Msg::reading_brl ? "R$" : "US$";
  const std::string message = trf(Msg::err_ambiguous_amount, t, text,
                                  trf(Msg::reading_language, t, format_number(r.value, t, 6)),
                                  trf(home, t, format_number(r.other, t, 6)),
                                  unambiguous_number(r.value), fmt::format("{} {}", sign, text));
  return invalid_answer(q, message);
}

std::optional<bool> parse_boolean(const std::string& word) {
  static const char* kYes[] = {"yes", "y", "true", "1", "sim", "s", "ja", "j"};
  static const char* kNo[] = {"no", "n", "false", "0", "não", "nao", "nein"};
  if (std::find(std::begin(kYes), std::end(kYes), word) != std::end(kYes)) return true;
  if (std::find(std::begin(kNo), std::end(kNo), word) != std::end(kNo)) return false;
  return std::nullopt;
}

// One option by value, 1-based number or unique prefix; `shown` is what was typed.
Expected<Json> parse_option(const Question& q, const std::string& word, const AnswerContext& c,
                            std::string_view shown) {
  if (const Option* exact = q.find_option(word)) return Json(exact->value);
  if (!word.empty() &&
      std::all_of(word.begin(), word.end(), [](char ch) { return ch >= '0' && ch <= '9'; }) &&
      word.size() < 4) {
    const std::size_t n = std::stoul(word);
    if (n >= 1 && n <= q.options.size()) return Json(q.options[n - 1].value);
  }
  std::vector<std::string> matches;
  for (const Option& o : q.options) {
    if (!word.empty() && o.value.starts_with(word)) matches.push_back(o.value);
  }
  if (matches.empty() && c.for_person && word.size() >= 3) {
    // A person may type the start of an option's label, in their language.
    std::vector<std::string> labels;
    for (std::size_t i = 0; i < q.options.size(); ++i) {
      if (lower_utf8(q.options[i].label.plain(c.language)).starts_with(word)) {
        matches.push_back(q.options[i].value);
        labels.push_back(fmt::format("{}) {}", i + 1, q.options[i].label.plain(c.language)));
      }
    }
    if (matches.size() > 1) {
      return invalid_answer(q,
                            trf(Msg::err_ambiguous_person, tag(c), shown, fmt::join(labels, "; ")));
    }
  }
  if (matches.size() == 1) return Json(matches[0]);
  if (matches.size() > 1) {
    return invalid_answer(q,
                          trf(Msg::err_ambiguous, tag(c), shown, q.id, fmt::join(matches, ", ")));
  }
  return invalid(q, shown, c);
}

Date resolve_bound_date(const Bound& b, const AnswerContext& c) {
  return b.today ? c.today : *b.date;
}

Expected<Json> check_bounds(const Question& q, Json value, std::string_view shown,
                            const AnswerContext& c) {
  const std::string& t = tag(c);
  // The person's wording names no question id ({1} is left out of it).
  auto outside = [&](bool below, const std::string& limit) {
    const Msg msg = below ? (c.for_person ? Msg::err_below_min_person : Msg::err_below_min)
                          : (c.for_person ? Msg::err_above_max_person : Msg::err_above_max);
    return invalid_answer(q, trf(msg, t, shown, q.id, limit));
  };
  if (q.type == QuestionType::number) {
    const double x = value.get<double>();
    if (q.min && q.min->number && x < *q.min->number)
      return outside(true, trf(Msg::at_least, t, format_number(*q.min->number, t)));
    if (q.max && q.max->number && x > *q.max->number)
      return outside(false, trf(Msg::at_most, t, format_number(*q.max->number, t)));
  }
  if (q.type == QuestionType::date) {
    const Date d = *Date::parse_iso(value.get<std::string>());
    if (q.min && (q.min->date || q.min->today) && d < resolve_bound_date(*q.min, c))
      return outside(true, trf(Msg::on_or_after, t, format_date(resolve_bound_date(*q.min, c), t)));
    if (q.max && (q.max->date || q.max->today) && d > resolve_bound_date(*q.max, c))
      return outside(false,
                     trf(Msg::on_or_before, t, format_date(resolve_bound_date(*q.max, c), t)));
  }
  return value;
}

// A text answer is one line a person typed: a control character (a tab, a
// newline, an escape) is refused, shown as \xNN.
Expected<Json> check_text(const Question& q, std::string text, const AnswerContext& c) {
  const auto is_control = [](char ch) {
    const auto u = static_cast<unsigned char>(ch);
    return u < 0x20 || u == 0x7f;
  };
  if (std::any_of(text.begin(), text.end(), is_control)) {
    std::string shown;
    for (char ch : text) {
      shown += is_control(ch) ? fmt::format("\\x{:02X}", static_cast<unsigned char>(ch))
                              : std::string(1, ch);
    }
    return invalid(q, shown, c);
  }
  if (q.compiled_pattern && !RE2::FullMatch(text, *q.compiled_pattern)) return invalid(q, text, c);
  if (!q.compiled_pattern && trim(text).empty()) return invalid(q, text, c);
  return Json(std::move(text));
}

}  // namespace

std::string accepted_values(const Question& q, const AnswerContext& c) {
  const std::string& t = tag(c);
  std::vector<std::string> values;
  for (const Option& o : q.options) values.push_back(o.value);
  switch (q.type) {
    case QuestionType::boolean:
      return std::string(tr(Msg::expect_boolean, t));
    case QuestionType::choice:
      if (c.for_person) return trf(Msg::expect_choice_person, t, q.options.size());
      return trf(Msg::expect_choice, t, fmt::join(values, ", "));
    case QuestionType::multi:
      if (c.for_person) return trf(Msg::expect_multi_person, t, q.options.size());
      return trf(Msg::expect_multi, t, fmt::join(values, ", "));
    case QuestionType::number:
      return trf(Msg::expect_number, t, format_number(1234.5, t));
    case QuestionType::date:
      // Every language reads YYYY-MM-DD, DD/MM/YYYY and DD.MM.YYYY; the example
      // is the language's own form (and, in English, the Brazilian one too).
      return trf(Msg::expect_date, t, format_date(c.today, t),
                 fmt::format("{:02}/{:02}/{}", c.today.day(), c.today.month(), c.today.year()));
    case QuestionType::text:
      if (q.pattern_hint) return q.pattern_hint->plain(c.language);
      return q.pattern.empty() ? std::string(tr(Msg::expect_nonempty_text, t))
                               : trf(Msg::expect_text, t, q.pattern);
  }
  return {};
}

Expected<Json> parse_answer_text(const Question& q, std::string_view raw, const AnswerContext& c) {
  if (const auto bad = first_invalid_utf8(raw)) return invalid_utf8(q, raw, *bad, c);
  const std::string text = trim(raw);
  const std::string word = lower_utf8(text);
  // An option spelt like an "I don't know" word ("none") is that option.
  const bool an_option = (q.type == QuestionType::choice || q.type == QuestionType::multi) &&
                         q.find_option(text) != nullptr;
  if (is_unknown_word(word) && !an_option) {
    if (!q.allow_unknown)
      return invalid_answer(q, c.for_person
                                   ? std::string(tr(Msg::err_unknown_not_allowed_person, tag(c)))
                                   : trf(Msg::err_unknown_not_allowed, tag(c), text, q.id));
    return Json();
  }
  switch (q.type) {
    case QuestionType::boolean:
      if (const auto b = parse_boolean(word)) return Json(*b);
      return invalid(q, text, c);
    case QuestionType::choice:
      return parse_option(q, word, c, text);
    case QuestionType::multi: {
      std::vector<std::string> chosen;
      std::string item;
      for (std::size_t i = 0; i <= word.size(); ++i) {
        if (i == word.size() || word[i] == ',' || word[i] == ' ') {
          if (!item.empty()) {
            Expected<Json> one = parse_option(q, item, c, item);
            if (!one) return one;
            chosen.push_back(one->get<std::string>());
          }
          item.clear();
        } else {
          item += word[i];
        }
      }
      Json list = Json::array();  // in the options' order, each once
      for (const Option& o : q.options) {
        if (std::find(chosen.begin(), chosen.end(), o.value) != chosen.end())
          list.push_back(o.value);
      }
      return list;
    }
    case QuestionType::number: {
      const NumberReading n = read_number(text, tag(c), q.unit);
      if (n.kind == NumberReading::Kind::ambiguous) return ambiguous_amount(q, text, n, c);
      if (n.kind == NumberReading::Kind::invalid) return invalid(q, text, c);
      return check_bounds(q, number_to_json(n.value), text, c);
    }
    case QuestionType::date: {
      static const char* kToday[] = {"today", "hoje", "heute"};
      std::optional<Date> d = parse_date(text);
      if (std::find(std::begin(kToday), std::end(kToday), word) != std::end(kToday)) d = c.today;
      if (!d) return invalid(q, text, c);
      return check_bounds(q, Json(d->iso()), text, c);
    }
    case QuestionType::text:
      return check_text(q, text, c);
  }
  return invalid(q, text, c);
}

Expected<Json> check_answer_json(const Question& q, Json value, const AnswerContext& c) {
  if (value.is_null()) {
    if (!q.allow_unknown)
      return invalid_answer(q, trf(Msg::err_unknown_not_allowed, tag(c), "null", q.id));
    return Json();
  }
  if (value.is_string() && q.type != QuestionType::text) {
    const std::string& text = value.get_ref<const std::string&>();
    // The canonical forms need no reading: an option's value (which wins over
    // an "I don't know" word of the same spelling), an ISO date.
    if (q.type == QuestionType::choice && q.find_option(text)) return value;
    if (q.type == QuestionType::date && text.size() == 10) {
      if (const auto d = Date::parse_iso(text)) return check_bounds(q, value, text, c);
    }
    return parse_answer_text(q, text, c);
  }
  // How the answer is shown in a message: only ever needed when it is refused.
  const auto shown = [&value] {
    return value.dump(-1, ' ', false, Json::error_handler_t::replace);
  };
  switch (q.type) {
    case QuestionType::boolean:
      if (value.is_boolean()) return value;
      break;
    case QuestionType::multi:
      if (value.is_array()) {
        std::vector<std::string> items;
        for (const Json& item : value) {
          if (!item.is_string() || !q.find_option(item.get<std::string>()))
            return invalid(q, shown(), c);
          items.push_back(item.get<std::string>());
        }
        Json list = Json::array();
        for (const Option& o : q.options) {
          if (std::find(items.begin(), items.end(), o.value) != items.end())
            list.push_back(o.value);
        }
        return list;
      }
      break;
    case QuestionType::number:
      if (value.is_number() && std::isfinite(value.get<double>()))
        return check_bounds(q, number_to_json(value.get<double>()), shown(), c);
      break;
    case QuestionType::text:
      if (value.is_string()) {
        const std::string& text = value.get_ref<const std::string&>();
        if (const auto bad = first_invalid_utf8(text)) return invalid_utf8(q, text, *bad, c);
        // "não sei" means null here too, as typed or given with -a, where it is accepted.
        const std::string_view trimmed = trim_view(text);
        if (q.allow_unknown && is_unknown_word(trimmed)) return Json();
        // Usually nothing to trim: the text is taken as it came, not copied.
        std::string answer = trimmed.size() == text.size()
                                 ? std::move(value.get_ref<std::string&>())
                                 : std::string(trimmed);
        return check_text(q, std::move(answer), c);
      }
      break;
    default:
      break;
  }
  return invalid(q, shown(), c);
}

std::string display_answer(const Question& q, const Json& value, const AnswerContext& c) {
  const std::string& t = tag(c);
  if (value.is_null()) return std::string(tr(Msg::unknown_value, t));
  switch (q.type) {
    case QuestionType::boolean:
      return std::string(tr(value.get<bool>() ? Msg::yes : Msg::no, t));
    case QuestionType::choice:
      if (const Option* o = q.find_option(value.get<std::string>()))
        return o->label.plain(c.language);
      break;
    case QuestionType::multi: {
      std::vector<std::string> labels;
      for (const Json& v : value) {
        const Option* o = q.find_option(v.get<std::string>());
        labels.push_back(o ? o->label.plain(c.language) : v.get<std::string>());
      }
      return fmt::format("{}", fmt::join(labels, ", "));
    }
    case QuestionType::number:
      return q.unit.empty() ? format_number(value.get<double>(), t)
                            : format_money(value.get<double>(), q.unit, t);
    case QuestionType::date:
      if (const auto d = Date::parse_iso(value.get<std::string>())) return format_date(*d, t);
      break;
    case QuestionType::text:
      return value.get<std::string>();
  }
  return value.is_string() ? value.get<std::string>()
                           : value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Problem unknown_question_problem(std::string_view id, const AnswerContext& c) {
  std::vector<std::string> ids;
  for (const Question& q : c.rules.questions) ids.push_back(q.id);
  const std::string match = closest_match(id, ids);
  const std::string suggestion = match.empty() ? "" : trf(Msg::did_you_mean, tag(c), match);
  Problem problem{ProblemCode::unknown_question,
                  trf(Msg::err_unknown_question, tag(c), escape_invalid_utf8(id), suggestion)};
  problem.question = valid_utf8(id);
  return problem;
}

}  // namespace escalate
