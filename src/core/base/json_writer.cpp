// The streaming writer. Strings are copied in runs of bytes that need no
// escaping; escapes are the ones nlohmann's serializer writes, so output is
// byte-identical to Json::dump (checked by the unit tests on many values).
#include "json_writer.hpp"

#include <fmt/format.h>

#include <array>

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

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  if (!is_valid_utf8(text)) {
    // Rare: let nlohmann's own replacement rules decide, so output stays identical.
    out += Json(std::string(text)).dump(-1, ' ', false, Json::error_handler_t::replace);
    return;
  }
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  out += '"';
  std::size_t run = 0;  // the first byte not yet copied
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!kEscaped[bytes[i]]) continue;
    out.append(text.data() + run, i - run);
    append_escape(out, bytes[i]);
    run = i + 1;
  }
  out.append(text.data() + run, text.size() - run);
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

JsonWriter& JsonWriter::key(std::string_view name) {
  separate();
  append_json_string(out_, name);
  out_ += ':';
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
        key(name);
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
