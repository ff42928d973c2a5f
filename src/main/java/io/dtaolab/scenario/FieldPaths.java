package io.dtaolab.scenario;

/** Field path spelling: {@code network.synthetic.subnets}, {@code adversaries[2].params}. */
final class FieldPaths {
    private FieldPaths() {
    }

    static String child(String parent, String key) {
        String safe = key.matches("[A-Za-z0-9_-]{1,64}") ? key : "\"" + abbreviate(key) + "\"";
        return parent.equals("$") ? safe : parent + "." + safe;
    }

    static String abbreviate(String s) {
        String clean = s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
