package io.dtaolab.scenario;

import io.dtaolab.scenario.YNode.YList;
import io.dtaolab.scenario.YNode.YMap;
import io.dtaolab.scenario.YNode.YScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A field path into a strategy tree ({@code preset}, {@code adversaries[0].budgetTao}, {@code overrides.feeRateU16})
 * and the copy-on-write edit that sets it. Missing mapping keys are created (the strategy validator then rejects
 * unknown ones); list indexes must exist.
 */
record TreePath(String text, List<Object> segments) {
    static final String SYNTAX = "keys joined by '.', list items as [n]: e.g. adversaries[0].budgetTao";
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z0-9_-]{1,64})((?:\\[\\d{1,4}])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d{1,4})]");

    /** The parsed path, or empty when the text is not a path. */
    static Optional<TreePath> parse(String text) {
        if (text.isEmpty() || text.length() > 300) {
            return Optional.empty();
        }
        List<Object> segments = new ArrayList<>();
        for (String part : text.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(part);
            if (!m.matches()) {
                return Optional.empty();
            }
            segments.add(m.group(1));
            Matcher i = INDEX.matcher(m.group(2));
            while (i.find()) {
                segments.add(Integer.parseInt(i.group(1)));
            }
        }
        return Optional.of(new TreePath(text, segments));
    }

    /** A problem with applying a path: the message says where the path stops making sense. */
    static final class Unreachable extends Exception {
        Unreachable(String message) {
            super(message);
        }
    }

    /** A copy of {@code root} with the value at this path replaced by (or set to) {@code value}. */
    YNode set(YNode root, YNode value) throws Unreachable {
        return set(root, 0, value, "$");
    }

    private YNode set(YNode node, int i, YNode value, String where) throws Unreachable {
        if (i == segments.size()) {
            return value;
        }
        Object seg = segments.get(i);
        if (seg instanceof String key) {
            if (!(node instanceof YMap map)) {
                throw new Unreachable(where + " is " + node.kind() + " (line " + node.loc().line() + "), not a mapping with key '" + key + "'");
            }
            Map<String, YNode.Entry> entries = new LinkedHashMap<>(map.entries());
            YNode.Entry old = entries.get(key);
            YNode child = old != null ? old.value() : new YMap(map.loc(), Map.of());
            entries.put(key, new YNode.Entry(old != null ? old.keyLoc() : value.loc(),
                    set(child, i + 1, value, FieldPaths.child(where, key))));
            return new YMap(map.loc(), entries);
        }
        int index = (Integer) seg;
        if (!(node instanceof YList list)) {
            throw new Unreachable(where + " is " + node.kind() + " (line " + node.loc().line() + "), not a list");
        }
        if (index >= list.items().size()) {
            throw new Unreachable(where + " has " + list.items().size() + " item(s); index " + index + " does not exist");
        }
        List<YNode> items = new ArrayList<>(list.items());
        items.set(index, set(items.get(index), i + 1, value, where + "[" + index + "]"));
        return new YList(list.loc(), items);
    }

    /** Removes a top-level key, if present. */
    static YNode without(YNode root, String key) {
        if (root instanceof YMap map && map.entries().containsKey(key)) {
            Map<String, YNode.Entry> entries = new LinkedHashMap<>(map.entries());
            entries.remove(key);
            return new YMap(map.loc(), entries);
        }
        return root;
    }

    static YScalar scalar(Loc loc, Object value) {
        return new YScalar(loc, value);
    }
}
