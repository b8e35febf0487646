// The streaming writer. Strings are copied in runs of bytes that need no
// escaping; escapes are the ones nlohmann's serializer writes, so output is
// byte-identical to Json::dump (checked by the unit tests on many values).
#include "escalate/json_writer.hpp"

#include <fmt/format.h>

#include <array>
#include <cstdint>
#include <cstring>

#include "escalate/utf8.hpp"

namespace escalate {
namespace {

// 1 for the bytes written as an escape: controls, '"' and '\\'. Other bytes,
// UTF-8 sequences included, are copied as they are.
constexpr std::array<std::uint8_t, 256> kEscaped = [] {
  std::array<std::uint8_t, 256> table{};
  for (int c = 0; c < 0x20; ++c) table[static_cast<std::size_t>(c)] = 1;
  table['"'] = 1;
  table['\\'] = 1;
  return table;
}();

void append_escape(std::string& out, unsigned char c) {
  switch (c) {
    case '"':
      out += "\\\"";
      return;
    case '\\':
      out += "\\\\";
      return;
    case '\b':
      out += "\\b";
      return;
    case '\f':
      out += "\\f";
      return;
    case '\n':
      out += "\\n";
      return;
    case '\r':
      out += "\\r";
      return;
    case '\t':
      out += "\\t";
      return;
    default:
      break;
  }
  fmt::format_to(std::back_inserter(out), "\\u{:04x}", static_cast<unsigned>(c));
}

// Whether any of the eight bytes in `word` is written as an escape: a control
// (below 0x20), '"' or '\\'. Exact about "any"; which one is found byte by byte.
constexpr bool needs_escape(std::uint64_t word) {
  constexpr std::uint64_t kOnes = 0x0101010101010101u;
  constexpr std::uint64_t kHigh = 0x8080808080808080u;
  const auto has_zero = [](std::uint64_t v) { return (v - kOnes) & ~v & kHigh; };
  const std::uint64_t below_space = (word - kOnes * 0x20) & ~word & kHigh;
  return (below_space | has_zero(word ^ (kOnes * '"')) | has_zero(word ^ (kOnes * '\\'))) != 0;
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  const std::size_t start = out.size();
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  out.reserve(start + size + 2);
  out += '"';
  std::uint64_t high_bits = 0;  // any byte of a UTF-8 sequence seen
  std::size_t run = 0;          // the first byte not yet copied
  std::size_t i = 0;
  auto escape_from = [&](std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to; ++k) {
      if (!kEscaped[bytes[k]]) continue;
      out.append(text.data() + run, k - run);
      append_escape(out, bytes[k]);
      run = k + 1;
    }
  };
  // Eight bytes at a time: most words need no escape and are copied in one run.
  for (; i + 8 <= size; i += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, bytes + i, 8);
    high_bits |= word;
    if (needs_escape(word)) escape_from(i, i + 8);
  }
  for (std::size_t k = i; k < size; ++k) high_bits |= bytes[k] & 0x80u;
  escape_from(i, size);
  if ((high_bits & 0x8080808080808080u) != 0 && !is_valid_utf8(text)) {
    // Rare: let nlohmann's own replacement rules decide, so output stays identical.
    out.resize(start);
    out += Json(std::string(text)).dump(-1, ' ', false, Json::error_handler_t::replace);
    return;
  }
  out.append(text.data() + run, size - run);
  out += '"';
}

JsonWriter& JsonWriter::open(char bracket) {
  separate();
  out_ += bracket;
  need_comma_ = false;
  return *this;
}

JsonWriter& JsonWriter::close(char bracket) {
  out_ += bracket;
  need_comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::key(PlainKey name) {
  separate();
  out_ += '"';
  out_ += name.text();
  out_ += "\":";
  need_comma_ = false;
  return *this;
}

JsonWriter& JsonWriter::text_key(std::string_view name) {
  separate();
  append_json_string(out_, name);
  out_ += ':';
  need_comma_ = false;
  return *this;
}

JsonWriter& JsonWriter::raw_key(std::string_view quoted_with_colon) {
  separate();
  out_ += quoted_with_colon;
  need_comma_ = false;
  return *this;
}

JsonWriter& JsonWriter::string(std::string_view text) {
  separate();
  append_json_string(out_, text);
  need_comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::integer(std::int64_t number) {
  separate();
  out_ += fmt::format_int(number).str();
  need_comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::boolean(bool value) {
  separate();
  out_ += value ? "true" : "false";
  need_comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::null() {
  separate();
  out_ += "null";
  need_comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::raw(std::string_view json_text) {
  separate();
  out_ += json_text;
  need_comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::value(const Json& json) {
  switch (json.type()) {
    case Json::value_t::object:
      begin_object();
      for (const auto& [name, member] : json.items()) {
        text_key(name);
        value(member);
      }
      return end_object();
    case Json::value_t::array:
      begin_array();
      for (const Json& item : json) value(item);
      return end_array();
    case Json::value_t::string:
      return string(json.get_ref<const std::string&>());
    case Json::value_t::boolean:
      return boolean(json.get<bool>());
    case Json::value_t::null:
      return null();
    case Json::value_t::number_integer:
      return integer(json.get<std::int64_t>());
    case Json::value_t::number_unsigned:
      separate();
      out_ += fmt::format_int(json.get<std::uint64_t>()).str();
      need_comma_ = true;
      return *this;
    default:  // floating-point numbers, binary, discarded: nlohmann's own form
      return raw(json.dump(-1, ' ', false, Json::error_handler_t::replace));
  }
}

}  // namespace escalate
