// A small streaming JSON writer: values go straight into a string, compact,
// byte for byte as Json::dump(-1, ' ', false, replace) would print the same
// tree, without building the tree. Used where results are printed in bulk.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "escalate/json.hpp"

namespace escalate {

// Appends `text` as a JSON string (quotes included) to `out`. Invalid UTF-8 is
// replaced by U+FFFD, as Json::dump with error_handler_t::replace does.
void append_json_string(std::string& out, std::string_view text);

// A key spelt in the program: checked when it is built to need no escaping,
// so it is written as it is.
class PlainKey {
 public:
  consteval PlainKey(const char* text) : text_(text) {  // NOLINT(google-explicit-constructor)
    for (const char* c = text; *c != '\0'; ++c) {
      const auto byte = static_cast<unsigned char>(*c);
      if (byte < 0x20 || byte >= 0x80 || byte == '"' || byte == '\\')
        throw "a PlainKey is printable ASCII without quotes or backslashes";
    }
  }
  std::string_view text() const { return text_; }

 private:
  std::string_view text_;
};

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  JsonWriter& begin_object() { return open('{'); }
  JsonWriter& end_object() { return close('}'); }
  JsonWriter& begin_array() { return open('['); }
  JsonWriter& end_array() { return close(']'); }
  // A member's key; its value is the next thing written. key() for keys the
  // program spells, text_key() for keys from data (escaped as needed), and
  // raw_key() for a key already written as JSON with its colon ("id":).
  JsonWriter& key(PlainKey name);
  JsonWriter& text_key(std::string_view name);
  JsonWriter& raw_key(std::string_view quoted_with_colon);
  JsonWriter& string(std::string_view text);
  JsonWriter& integer(std::int64_t number);
  JsonWriter& boolean(bool value);
  JsonWriter& null();
  // Any JSON value, as Json::dump prints it.
  JsonWriter& value(const Json& json);
  // A value that is already JSON text (from JsonWriter or Json::dump).
  JsonWriter& raw(std::string_view json_text);
  // Writes a comma when a value came before, as a member list continued.
  void continue_after_value() { need_comma_ = true; }

 private:
  JsonWriter& open(char bracket);
  JsonWriter& close(char bracket);
  void separate() {
    if (need_comma_) out_ += ',';
  }

  std::string& out_;
  bool need_comma_ = false;
};

}  // namespace escalate
