# Writes OUTPUT, a C++ file that defines escalate::cli::bundled_rules_json() as the
# text of INPUT. Run as a script (cmake -P) so the file is regenerated when INPUT changes.
file(READ "${INPUT}" content)
get_filename_component(name "${INPUT}" NAME)
set(delim "escalate_json")
string(FIND "${content}" ")${delim}\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter")
endif()
file(WRITE "${OUTPUT}.tmp"
"// Generated from ${name} by cmake/embed.cmake; do not edit.\n#include <string_view>\nnamespace escalate::cli {\nstd::string_view bundled_rules_json() {\n  // A char array, not a constexpr string_view: its length needs no constexpr\n  // strlen, which has a loop limit that a large rule set exceeds.\n  static constexpr char text[] = R\"${delim}(${content})${delim}\";\n  return std::string_view(text, sizeof text - 1);\n}\nstd::string_view bundled_rules_name() { return \"${name}\"; }\n}  // namespace escalate::cli\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
