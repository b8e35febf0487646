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

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  JsonWriter& begin_object() { return open('{'); }
  JsonWriter& end_object() { return close('}'); }
  JsonWriter& begin_array() { return open('['); }
  JsonWriter& end_array() { return close(']'); }
  // A member's key; its value is the next thing written.
  JsonWriter& key(std::string_view name);
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
