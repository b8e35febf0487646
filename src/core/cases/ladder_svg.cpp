// The escalation ladder as an inline SVG picture: one row per rung, from the
// first channel down, the current one marked, each with its date.
#include <fmt/format.h>

#include <string>
#include <vector>

#include "dossier_model.hpp"

namespace escalate {

std::string ladder_svg(const std::vector<LadderMark>& ladder, std::string_view title) {
  constexpr int kRow = 44, kTop = 26, kWidth = 640;
  const int height = kTop + static_cast<int>(ladder.size()) * kRow;
  std::string out = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" "
      "viewBox=\"0 0 {0} {1}\" role=\"img\" aria-labelledby=\"ladder-title\">\n"
      "<title id=\"ladder-title\">{2}</title>\n",
      kWidth, height, html_escape(title));
  if (ladder.size() > 1) {
    out += fmt::format(
        "<line x1=\"24\" y1=\"{}\" x2=\"24\" y2=\"{}\" stroke=\"#999\" "
        "stroke-width=\"2\"/>\n",
        kTop, kTop + static_cast<int>(ladder.size() - 1) * kRow);
  }
  for (std::size_t i = 0; i < ladder.size(); ++i) {
    const LadderMark& mark = ladder[i];
    const int y = kTop + static_cast<int>(i) * kRow;
    std::string fill = "#ffffff", stroke = "#999999", sign, weight = "normal";
    int radius = 9;
    switch (mark.state) {
      case RungState::passed:
        fill = stroke = "#2e7d32";
        sign = "✓";
        break;
      case RungState::skipped:
        fill = "#e0e0e0";
        sign = "–";
        break;
      case RungState::current:
        fill = stroke = "#1565c0";
        sign = "▶";
        radius = 12;
        weight = "bold";
        break;
      case RungState::ahead:
        break;
    }
    if (mark.state == RungState::current) {
      out += fmt::format(
          "<rect x=\"4\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"6\" "
          "fill=\"#e3f2fd\"/>\n",
          y - 18, kWidth - 8, 36);
    }
    out += fmt::format(
        "<circle cx=\"24\" cy=\"{}\" r=\"{}\" fill=\"{}\" stroke=\"{}\" "
        "stroke-width=\"2\"/>\n",
        y, radius, fill, stroke);
    if (!sign.empty()) {
      out += fmt::format(
          "<text x=\"24\" y=\"{}\" font-size=\"11\" text-anchor=\"middle\" "
          "fill=\"{}\">{}</text>\n",
          y + 4, mark.state == RungState::skipped ? "#555555" : "#ffffff", sign);
    }
    out += fmt::format(
        "<text x=\"48\" y=\"{}\" font-size=\"15\" font-weight=\"{}\" "
        "fill=\"#1b1b1b\">{}</text>\n",
        y + 5, weight, html_escape(mark.name));
    if (!mark.date.empty()) {
      out += fmt::format(
          "<text x=\"{}\" y=\"{}\" font-size=\"14\" text-anchor=\"end\" "
          "fill=\"#333333\">{}</text>\n",
          kWidth - 16, y + 5, html_escape(mark.date));
    }
  }
  return out + "</svg>\n";
}

}  // namespace escalate
