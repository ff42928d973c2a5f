package io.dtaolab.experiment.search;

import io.dtaolab.analysis.report.HtmlPage;

/**
 * The HTML of the Markdown these reports write (headings, pipe tables, bullet lists, paragraphs, `code`), so the
 * HTML report says exactly what report.md says. Not a general Markdown renderer.
 */
final class MarkdownHtml {
    private MarkdownHtml() {
    }

    static String render(String md) {
        StringBuilder out = new StringBuilder();
        boolean inTable = false;
        boolean inList = false;
        boolean header = false;
        for (String line : md.split("\n", -1)) {
            if (inTable && !line.startsWith("|")) {
                out.append("</table>\n");
                inTable = false;
            }
            if (inList && !line.startsWith("- ")) {
                out.append("</ul>\n");
                inList = false;
            }
            if (line.startsWith("#")) {
                int level = (int) line.chars().takeWhile(c -> c == '#').count();
                out.append("<h").append(level).append('>').append(inline(line.substring(level).trim())).append("</h").append(level).append(">\n");
            } else if (line.startsWith("|")) {
                if (!inTable) {
                    out.append("<table>\n");
                    inTable = true;
                    header = true;
                }
                if (line.matches("\\|[-| ]+\\|")) {
                    continue;
                }
                String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
                String tag = header ? "th" : "td";
                out.append("<tr>");
                for (String c : cells) {
                    out.append('<').append(tag).append('>').append(inline(c.trim())).append("</").append(tag).append('>');
                }
                out.append("</tr>\n");
                header = false;
            } else if (line.startsWith("- ")) {
                if (!inList) {
                    out.append("<ul>\n");
                    inList = true;
                }
                out.append("<li>").append(inline(line.substring(2))).append("</li>\n");
            } else if (!line.isBlank()) {
                out.append("<p>").append(inline(line)).append("</p>\n");
            }
        }
        if (inTable) {
            out.append("</table>\n");
        }
        if (inList) {
            out.append("</ul>\n");
        }
        return out.toString();
    }

    private static String inline(String text) {
        String escaped = HtmlPage.esc(text);
        return escaped.replaceAll("`([^`]*)`", "<code>$1</code>").replaceAll("\\*\\*([^*]+)\\*\\*", "<strong>$1</strong>");
    }
}
