// The build without libedit: no line editor, the session reads plain lines.
#include "line_editor.hpp"

namespace escalate::cli {

std::unique_ptr<LineEditor> LineEditor::open(std::FILE*) { return nullptr; }

}  // namespace escalate::cli
