package io.dtaolab.engine.state;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes everything reachable from a root: each object once (later references by number, so sharing and cycles
 * survive), fields in {@link Layouts} order, a class's layout with its first use. Handles what {@code DeepCopy}
 * handles: arrays, records, the model's classes, the {@code java.util} collections the model uses, {@link BitSet},
 * the immutable collections; a lambda only when it is a static constant (written by its name). Anything else is
 * refused with the field path that reached it.
 *
 * <p>Deterministic: the same state gives the same bytes. Unordered immutable sets and maps ({@code Set.of},
 * {@code Map.of}, whose iteration order changes from one JVM to the next) are written sorted when their keys are
 * comparable; hash maps and sets in their iteration order, which a deterministic model reproduces.
 */
public final class GraphWriter {
    private final DataOutputStream out;
    private final IdentityHashMap<Object, Integer> ids = new IdentityHashMap<>();
    private final Map<Class<?>, Integer> classes = new HashMap<>();
    private final List<Class<?>> classOrder = new ArrayList<>();

    public GraphWriter(DataOutputStream out) {
        this.out = out;
    }

    /** Writes the graph of {@code root} and the end mark. */
    public void writeRoot(Object root) {
        try {
            value(root);
            out.writeByte(Tags.END);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The non-JDK classes whose objects (or enum constants, or constants) were written, in order of first use. */
    public List<Class<?>> classes() {
        return List.copyOf(classOrder);
    }

    private void value(Object o) throws IOException {
        if (o == null) {
            out.writeByte(Tags.NULL);
        } else if (o instanceof String s) {
            out.writeByte(Tags.STRING);
            string(s);
        } else if (!boxed(o) && !named(o)) {
            Integer id = ids.get(o);
            if (id != null) {
                out.writeByte(Tags.REF);
                out.writeInt(id);
            } else {
                graphObject(o);
            }
        }
    }

    private boolean boxed(Object o) throws IOException {
        if (o instanceof Long v) {
            out.writeByte(Tags.LONG);
            out.writeLong(v);
        } else if (o instanceof Integer v) {
            out.writeByte(Tags.INT);
            out.writeInt(v);
        } else if (o instanceof Double v) {
            out.writeByte(Tags.DOUBLE);
            out.writeLong(Double.doubleToRawLongBits(v));
        } else if (o instanceof Boolean v) {
            out.writeByte(Tags.BOOLEAN);
            out.writeBoolean(v);
        } else if (o instanceof Character v) {
            out.writeByte(Tags.CHAR);
            out.writeChar(v);
        } else if (o instanceof Byte v) {
            out.writeByte(Tags.BYTE);
            out.writeByte(v);
        } else if (o instanceof Short v) {
            out.writeByte(Tags.SHORT);
            out.writeShort(v);
        } else if (o instanceof Float v) {
            out.writeByte(Tags.FLOAT);
            out.writeInt(Float.floatToRawIntBits(v));
        } else if (o instanceof java.math.BigInteger v) {
            out.writeByte(Tags.BIG_INTEGER);
            string(v.toString());
        } else if (o instanceof java.math.BigDecimal v) {
            out.writeByte(Tags.BIG_DECIMAL);
            string(v.toString());
        } else {
            return false;
        }
        return true;
    }

    /** Values written by name: enum constants, classes, and static constants such as a no-op listener lambda. */
    private boolean named(Object o) throws IOException {
        if (o instanceof Enum<?> e) {
            out.writeByte(Tags.ENUM);
            klass(e.getDeclaringClass());
            string(e.name());
            return true;
        }
        if (o instanceof Class<?> k) {
            if (k.isHidden()) {
                throw new StateFormatException("a hidden class " + k.getName() + " cannot be written");
            }
            out.writeByte(Tags.CLASS);
            string(k.getName());
            return true;
        }
        Class<?> c = o.getClass();
        if (!c.isHidden() && !c.isSynthetic()) {
            return false;
        }
        Field constant = Layouts.constantHolding(c.getNestHost() == c ? null : c.getNestHost(), o);
        for (int i = 0; constant == null && i < classOrder.size(); i++) {
            constant = Layouts.constantHolding(classOrder.get(i), o);
        }
        if (constant == null) {
            throw new StateFormatException("a lambda or hidden class (" + c.getName().replaceAll("/0x.*", "")
                    + ") that is not a static constant: its captured state cannot be written");
        }
        out.writeByte(Tags.STATIC);
        klass(constant.getDeclaringClass());
        string(constant.getName());
        return true;
    }

    private void graphObject(Object o) throws IOException {
        Class<?> c = o.getClass();
        ids.put(o, ids.size());
        if (c.isArray()) {
            array(o, c);
        } else if (c.isRecord()) {
            record(o, c);
        } else if (Layouts.isJdk(c)) {
            jdk(o, c);
        } else {
            out.writeByte(Tags.OBJECT);
            klass(c);
            for (Field f : Layouts.fields(c)) {
                try {
                    field(o, f);
                } catch (StateFormatException e) {
                    throw e.at(c.getSimpleName() + "." + f.getName());
                }
            }
        }
    }

    private void field(Object o, Field f) throws IOException {
        try {
            Class<?> t = f.getType();
            if (t == long.class) {
                out.writeLong(f.getLong(o));
            } else if (t == int.class) {
                out.writeInt(f.getInt(o));
            } else if (t == double.class) {
                out.writeLong(Double.doubleToRawLongBits(f.getDouble(o)));
            } else if (t == boolean.class) {
                out.writeBoolean(f.getBoolean(o));
            } else if (t == float.class) {
                out.writeInt(Float.floatToRawIntBits(f.getFloat(o)));
            } else if (t == short.class) {
                out.writeShort(f.getShort(o));
            } else if (t == byte.class) {
                out.writeByte(f.getByte(o));
            } else if (t == char.class) {
                out.writeChar(f.getChar(o));
            } else {
                value(f.get(o));
            }
        } catch (IllegalAccessException e) {
            throw new StateFormatException("cannot read field " + f, e);
        }
    }

    private void array(Object o, Class<?> c) throws IOException {
        out.writeByte(Tags.ARRAY);
        Class<?> component = c.getComponentType();
        componentType(component);
        int n = Array.getLength(o);
        out.writeInt(n);
        if (o instanceof long[] a) {
            for (long v : a) {
                out.writeLong(v);
            }
        } else if (o instanceof int[] a) {
            for (int v : a) {
                out.writeInt(v);
            }
        } else if (o instanceof double[] a) {
            for (double v : a) {
                out.writeLong(Double.doubleToRawLongBits(v));
            }
        } else if (o instanceof boolean[] a) {
            for (boolean v : a) {
                out.writeBoolean(v);
            }
        } else if (o instanceof byte[] a) {
            out.write(a);
        } else if (o instanceof short[] a) {
            for (short v : a) {
                out.writeShort(v);
            }
        } else if (o instanceof float[] a) {
            for (float v : a) {
                out.writeInt(Float.floatToRawIntBits(v));
            }
        } else if (o instanceof char[] a) {
            for (char v : a) {
                out.writeChar(v);
            }
        } else {
            Object[] a = (Object[]) o;
            for (int i = 0; i < n; i++) {
                try {
                    value(a[i]);
                } catch (StateFormatException e) {
                    throw e.at("[" + i + "]");
                }
            }
        }
    }

    /** An array's component type: a primitive or JDK type by name, a model class through the class table. */
    private void componentType(Class<?> component) throws IOException {
        if (component.isPrimitive() || Layouts.isJdk(component) || component.isArray()) {
            out.writeBoolean(false);
            string(component.getName());
        } else {
            out.writeBoolean(true);
            klass(component);
        }
    }

    private void record(Object o, Class<?> c) throws IOException {
        out.writeByte(Tags.RECORD);
        klass(c);
        for (RecordComponent rc : c.getRecordComponents()) {
            try {
                rc.getAccessor().setAccessible(true);
                value(rc.getAccessor().invoke(o));
            } catch (ReflectiveOperationException e) {
                throw new StateFormatException("cannot read record component " + c.getName() + "." + rc.getName(), e);
            } catch (StateFormatException e) {
                throw e.at(c.getSimpleName() + "." + rc.getName());
            }
        }
    }

    private void jdk(Object o, Class<?> c) throws IOException {
        String name = c.getName();
        if (o instanceof BitSet b) {
            out.writeByte(Tags.BITSET);
            long[] words = b.toLongArray();
            out.writeInt(words.length);
            for (long w : words) {
                out.writeLong(w);
            }
        } else if (name.startsWith("java.util.ImmutableCollections$")) {
            if (o instanceof List<?> l) {
                elements(Tags.LIST_OF, l);
            } else if (o instanceof Set<?> s) {
                elements(Tags.SET_OF, sortedIfComparable(new ArrayList<>(s)));
            } else {
                entries(Tags.MAP_OF, sortedEntries((Map<?, ?>) o));
            }
        } else if (name.startsWith("java.util.Collections$Unmodifiable")) {
            if (o instanceof Map<?, ?> m) {
                entries(Tags.UNMODIFIABLE_MAP, new ArrayList<>(m.entrySet()));
            } else {
                elements(o instanceof Set<?> ? Tags.UNMODIFIABLE_SET : Tags.UNMODIFIABLE_LIST, (Collection<?>) o);
            }
        } else if (c == ArrayList.class) {
            elements(Tags.ARRAY_LIST, (Collection<?>) o);
        } else if (c == ArrayDeque.class) {
            elements(Tags.ARRAY_DEQUE, (Collection<?>) o);
        } else if (c == HashSet.class) {
            elements(Tags.HASH_SET, (Collection<?>) o);
        } else if (c == LinkedHashSet.class) {
            elements(Tags.LINKED_HASH_SET, (Collection<?>) o);
        } else if (c == TreeSet.class) {
            out.writeByte(Tags.TREE_SET);
            value(((TreeSet<?>) o).comparator());
            elements((Collection<?>) o);
        } else if (c == PriorityQueue.class) {
            out.writeByte(Tags.PRIORITY_QUEUE);
            value(((PriorityQueue<?>) o).comparator());
            elements(List.of(((PriorityQueue<?>) o).toArray())); // heap order: re-adding it rebuilds the same heap
        } else if (c == HashMap.class) {
            entries(Tags.HASH_MAP, new ArrayList<>(((Map<?, ?>) o).entrySet()));
        } else if (c == LinkedHashMap.class) {
            entries(Tags.LINKED_HASH_MAP, new ArrayList<>(((Map<?, ?>) o).entrySet()));
        } else if (c == TreeMap.class) {
            out.writeByte(Tags.TREE_MAP);
            value(((TreeMap<?, ?>) o).comparator());
            entries(new ArrayList<>(((Map<?, ?>) o).entrySet()));
        } else {
            throw new StateFormatException("a " + name + ", which the state format does not know how to write");
        }
    }

    private void elements(byte tag, Collection<?> items) throws IOException {
        out.writeByte(tag);
        elements(items);
    }

    private void elements(Collection<?> items) throws IOException {
        out.writeInt(items.size());
        int i = 0;
        for (Object e : items) {
            try {
                value(e);
            } catch (StateFormatException x) {
                throw x.at("[" + i + "]");
            }
            i++;
        }
    }

    private void entries(byte tag, List<? extends Map.Entry<?, ?>> entries) throws IOException {
        out.writeByte(tag);
        entries(entries);
    }

    private void entries(List<? extends Map.Entry<?, ?>> entries) throws IOException {
        out.writeInt(entries.size());
        for (Map.Entry<?, ?> e : entries) {
            try {
                value(e.getKey());
                value(e.getValue());
            } catch (StateFormatException x) {
                throw x.at("[" + e.getKey() + "]");
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<?> sortedIfComparable(List<?> items) {
        if (!items.stream().allMatch(x -> x instanceof Comparable<?> && x.getClass() == items.get(0).getClass())) {
            return items;
        }
        List<Comparable> sorted = new ArrayList<>((List<Comparable>) items);
        java.util.Collections.sort(sorted);
        return sorted;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Map.Entry<?, ?>> sortedEntries(Map<?, ?> m) {
        List<Map.Entry<?, ?>> entries = new ArrayList<>(m.entrySet());
        List<?> keys = sortedIfComparable(new ArrayList<>(m.keySet()));
        if (keys.size() == entries.size() && !entries.isEmpty()) {
            List<Map.Entry<?, ?>> out = new ArrayList<>();
            for (Object k : keys) {
                out.add(Map.entry(k, m.get(k)));
            }
            return out;
        }
        return entries;
    }

    /** A class by its number in the class table; its name and, for model classes, its field layout the first time. */
    private void klass(Class<?> c) throws IOException {
        Integer id = classes.get(c);
        if (id != null) {
            out.writeInt(id);
            return;
        }
        id = classOrder.size();
        classes.put(c, id);
        classOrder.add(c);
        out.writeInt(id);
        string(c.getName());
        string(Layouts.layoutOf(c));
    }

    private void string(String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }
}
