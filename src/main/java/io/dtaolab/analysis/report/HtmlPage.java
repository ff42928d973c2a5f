package io.dtaolab.analysis.report;

/**
 * The frame shared by the HTML reports: one self-contained page (inline CSS, charts as inline SVG, no network),
 * HTML escaping and the chart container.
 */
public final class HtmlPage {
    private static final String STYLE = "body{font-family:sans-serif;max-width:960px;margin:2em auto;color:#222}"
            + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;"
            + "text-align:left;font-size:14px}.chart{margin:1.5em 0}.verdict{font-size:1.15em}";

    private HtmlPage() {
    }

    /** The page up to and including the opening body tag; {@code extraCss} follows the shared rules. */
    public static StringBuilder open(String title, String extraCss) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(esc(title)).append("</title>")
                .append("<style>").append(STYLE).append(extraCss).append("</style>")
                .append("</head><body>\n");
    }

    public static String close(StringBuilder sb) {
        return sb.append("</body></html>\n").toString();
    }

    /** A chart container: {@code <div class="chart" id="...">svg</div>}. */
    public static void chart(StringBuilder sb, String id, String svg) {
        sb.append("<div class=\"chart\" id=\"").append(id).append("\">").append(svg).append("</div>\n");
    }

    public static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
