package io.dtaolab.scenario;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: comma separated, fields optionally in double quotes, {@code ""} for a quote inside one. */
final class CsvReader {

    record Row(int line, List<String> fields) {
    }

    private CsvReader() {
    }

    static List<Row> parse(String text) throws SnapshotFormatException {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowStart = 1;
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                if (field.length() > 0 || fieldWasQuoted) {
                    throw new SnapshotFormatException(line, "quote inside an unquoted field");
                }
                quoted = true;
                fieldWasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
                if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
                    rows.add(new Row(rowStart, List.copyOf(fields)));
                }
                fields.clear();
                line++;
                rowStart = line;
            } else {
                if (fieldWasQuoted) {
                    throw new SnapshotFormatException(line, "text after a closing quote");
                }
                field.append(c);
            }
        }
        if (quoted) {
            throw new SnapshotFormatException(rowStart, "unterminated quoted field");
        }
        if (field.length() > 0 || !fields.isEmpty() || fieldWasQuoted) {
            fields.add(field.toString());
            rows.add(new Row(rowStart, List.copyOf(fields)));
        }
        return rows;
    }
}
