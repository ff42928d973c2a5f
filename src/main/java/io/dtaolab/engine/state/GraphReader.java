package io.dtaolab.engine.state;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads back what {@link GraphWriter} wrote, into objects of this build's classes: a class whose fields changed since
 * the file was written is refused by name. Objects are allocated without running a constructor (their fields all
 * come from the file), records through their canonical constructor. Every length is checked against the bytes the
 * payload still holds, so a damaged file fails with a message instead of a huge allocation.
 */
public final class GraphReader {
    private static final Object UNFINISHED_RECORD = new Object();

    private final DataInputStream in;
    private final long payloadBytes;
    private final java.util.function.LongSupplier consumed;
    private final List<Object> objects = new ArrayList<>();
    private final List<Class<?>> classes = new ArrayList<>();

    /**
     * @param payloadBytes how many bytes the payload holds (lengths are checked against what is left)
     * @param consumed     how many of them {@code in} has delivered so far
     */
    public GraphReader(DataInputStream in, long payloadBytes, java.util.function.LongSupplier consumed) {
        this.in = in;
        this.payloadBytes = payloadBytes;
        this.consumed = consumed;
    }

    /** The root object; the payload must end right after it. */
    public Object readRoot() throws IOException {
        try {
            Object root = value();
            if (in.readByte() != Tags.END) {
                throw new StateFormatException("the payload goes on after the world (damaged file)");
            }
            return root;
        } catch (EOFException e) {
            throw new StateFormatException("the payload ends early (truncated file)");
        }
    }

    private Object value() throws IOException {
        byte tag = in.readByte();
        switch (tag) {
            case Tags.NULL: return null;
            case Tags.STRING: return string();
            case Tags.LONG: return in.readLong();
            case Tags.INT: return in.readInt();
            case Tags.DOUBLE: return Double.longBitsToDouble(in.readLong());
            case Tags.BOOLEAN: return in.readBoolean();
            case Tags.CHAR: return in.readChar();
            case Tags.BYTE: return in.readByte();
            case Tags.SHORT: return in.readShort();
            case Tags.FLOAT: return Float.intBitsToFloat(in.readInt());
            case Tags.BIG_INTEGER: return new java.math.BigInteger(string());
            case Tags.BIG_DECIMAL: return new java.math.BigDecimal(string());
            case Tags.ENUM: return enumConstant();
            case Tags.CLASS: return classNamed(string());
            case Tags.STATIC: return constant();
            case Tags.REF: return reference();
            case Tags.ARRAY: return array();
            case Tags.RECORD: return record();
            case Tags.OBJECT: return object();
            default: return jdk(tag);
        }
    }

    private Object reference() throws IOException {
        int id = in.readInt();
        if (id < 0 || id >= objects.size()) {
            throw new StateFormatException("reference to object #" + id + " of " + objects.size() + " (damaged file)");
        }
        Object o = objects.get(id);
        if (o == UNFINISHED_RECORD) {
            throw new StateFormatException("a record refers to itself through its components; the format cannot build it");
        }
        return o;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object enumConstant() throws IOException {
        Class<?> c = klass();
        String name = string();
        if (!c.isEnum()) {
            throw new StateFormatException(c.getName() + " is no longer an enum");
        }
        try {
            return Enum.valueOf((Class) c, name);
        } catch (IllegalArgumentException e) {
            throw new StateFormatException(c.getName() + " has no constant " + name + " any more");
        }
    }

    private Object constant() throws IOException {
        Class<?> c = klass();
        String name = string();
        try {
            Field f = c.getDeclaredField(name);
            f.setAccessible(true);
            return f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new StateFormatException(c.getName() + " has no constant " + name + " any more");
        }
    }

    private Object array() throws IOException {
        Class<?> component = in.readBoolean() ? klass() : classNamed(string());
        int n = length();
        if (component == long.class) {
            long[] a = new long[n];
            objects.add(a);
            for (int i = 0; i < n; i++) {
                a[i] = in.readLong();
            }
            return a;
        } else if (component == int.class) {
            int[] a = new int[n];
            objects.add(a);
            for (int i = 0; i < n; i++) {
                a[i] = in.readInt();
            }
            return a;
        } else if (component == double.class) {
            double[] a = new double[n];
            objects.add(a);
            for (int i = 0; i < n; i++) {
                a[i] = Double.longBitsToDouble(in.readLong());
            }
            return a;
        } else if (component == boolean.class) {
            boolean[] a = new boolean[n];
            objects.add(a);
            for (int i = 0; i < n; i++) {
                a[i] = in.readBoolean();
            }
            return a;
        } else if (component == byte.class) {
            byte[] a = new byte[n];
            objects.add(a);
            in.readFully(a);
            return a;
        } else if (component == short.class) {
            short[] a = new short[n];
            objects.add(a);
            for (int i = 0; i < n; i++) {
                a[i] = in.readShort();
            }
            return a;
        } else if (component == float.class) {
            float[] a = new float[n];
            objects.add(a);
            for (int i = 0; i < n; i++) {
                a[i] = Float.intBitsToFloat(in.readInt());
            }
            return a;
        } else if (component == char.class) {
            char[] a = new char[n];
            objects.add(a);
            for (int i = 0; i < n; i++) {
                a[i] = in.readChar();
            }
            return a;
        }
        Object[] a = (Object[]) Array.newInstance(component, n);
        objects.add(a);
        for (int i = 0; i < n; i++) {
            Object v = value();
            if (v != null && !component.isInstance(v)) {
                throw new StateFormatException("a " + v.getClass().getName() + " in an array of " + component.getName());
            }
            a[i] = v;
        }
        return a;
    }

    private Object record() throws IOException {
        Class<?> c = klass();
        if (!c.isRecord()) {
            throw new StateFormatException(c.getName() + " is no longer a record");
        }
        int id = objects.size();
        objects.add(UNFINISHED_RECORD);
        RecordComponent[] rc = c.getRecordComponents();
        Object[] values = new Object[rc.length];
        for (int i = 0; i < rc.length; i++) {
            values[i] = value();
        }
        try {
            Class<?>[] types = Arrays.stream(rc).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<?> k = c.getDeclaredConstructor(types);
            k.setAccessible(true);
            Object r = k.newInstance(values);
            objects.set(id, r);
            return r;
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new StateFormatException("cannot rebuild record " + c.getName() + ": " + e, e);
        }
    }

    private Object object() throws IOException {
        Class<?> c = klass();
        if (c.isRecord() || c.isEnum() || c.isInterface() || c.isArray()) {
            throw new StateFormatException(c.getName() + " is not a plain class any more");
        }
        Object o = allocate(c);
        objects.add(o);
        for (Field f : Layouts.fields(c)) {
            try {
                field(o, f);
            } catch (StateFormatException e) {
                throw e.at(c.getSimpleName() + "." + f.getName());
            }
        }
        return o;
    }

    private void field(Object o, Field f) throws IOException {
        try {
            Class<?> t = f.getType();
            if (t == long.class) {
                f.setLong(o, in.readLong());
            } else if (t == int.class) {
                f.setInt(o, in.readInt());
            } else if (t == double.class) {
                f.setDouble(o, Double.longBitsToDouble(in.readLong()));
            } else if (t == boolean.class) {
                f.setBoolean(o, in.readBoolean());
            } else if (t == float.class) {
                f.setFloat(o, Float.intBitsToFloat(in.readInt()));
            } else if (t == short.class) {
                f.setShort(o, in.readShort());
            } else if (t == byte.class) {
                f.setByte(o, in.readByte());
            } else if (t == char.class) {
                f.setChar(o, in.readChar());
            } else {
                Object v = value();
                if (v != null && !t.isInstance(v)) {
                    throw new StateFormatException("holds a " + v.getClass().getName() + " where " + t.getName()
                            + " is expected (damaged file)");
                }
                f.set(o, v);
            }
        } catch (IllegalAccessException e) {
            throw new StateFormatException("cannot set field " + f, e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object jdk(byte tag) throws IOException {
        switch (tag) {
            case Tags.BITSET: {
                long[] words = new long[length()];
                for (int i = 0; i < words.length; i++) {
                    words[i] = in.readLong();
                }
                BitSet b = BitSet.valueOf(words);
                objects.add(b);
                return b;
            }
            case Tags.LIST_OF: return register(() -> List.of(elementsArray()));
            case Tags.SET_OF: return register(() -> Set.of(elementsArray()));
            case Tags.MAP_OF: return register(() -> Map.copyOf(entries(new LinkedHashMap<>())));
            case Tags.UNMODIFIABLE_LIST: return register(() -> Collections.unmodifiableList(new ArrayList<>(Arrays.asList(elementsArray()))));
            case Tags.UNMODIFIABLE_SET: return register(() -> Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(elementsArray()))));
            case Tags.UNMODIFIABLE_MAP: return register(() -> Collections.unmodifiableMap(entries(new LinkedHashMap<>())));
            case Tags.ARRAY_LIST: return fill(new ArrayList<>());
            case Tags.ARRAY_DEQUE: return fill(new ArrayDeque<>());
            case Tags.HASH_SET: return fill(new HashSet<>());
            case Tags.LINKED_HASH_SET: return fill(new LinkedHashSet<>());
            case Tags.HASH_MAP: {
                Map m = new HashMap<>();
                objects.add(m);
                return entries(m);
            }
            case Tags.LINKED_HASH_MAP: {
                Map m = new LinkedHashMap<>();
                objects.add(m);
                return entries(m);
            }
            case Tags.TREE_SET: {
                int id = reserve();
                TreeSet s = new TreeSet((Comparator) value());
                objects.set(id, s);
                return addAll(s);
            }
            case Tags.TREE_MAP: {
                int id = reserve();
                TreeMap m = new TreeMap((Comparator) value());
                objects.set(id, m);
                return entries(m);
            }
            case Tags.PRIORITY_QUEUE: {
                int id = reserve();
                Comparator cmp = (Comparator) value();
                Object[] heap = elementsArray();
                PriorityQueue q = new PriorityQueue(Math.max(1, heap.length), cmp);
                q.addAll(Arrays.asList(heap));
                objects.set(id, q);
                return q;
            }
            default:
                throw new StateFormatException("unknown value tag " + tag + " at payload byte " + consumed.getAsLong()
                        + " (damaged file)");
        }
    }

    private interface Build {
        Object get() throws IOException;
    }

    /** An immutable collection is built after its contents: its number is reserved first, as the writer gave it. */
    private Object register(Build build) throws IOException {
        int id = reserve();
        Object o = build.get();
        objects.set(id, o);
        return o;
    }

    private int reserve() {
        objects.add(UNFINISHED_RECORD);
        return objects.size() - 1;
    }

    @SuppressWarnings("rawtypes")
    private Object fill(Collection c) throws IOException {
        objects.add(c);
        return addAll(c);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object addAll(Collection c) throws IOException {
        int n = length();
        for (int i = 0; i < n; i++) {
            c.add(value());
        }
        return c;
    }

    private Object[] elementsArray() throws IOException {
        Object[] items = new Object[length()];
        for (int i = 0; i < items.length; i++) {
            items[i] = value();
        }
        return items;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Map entries(Map m) throws IOException {
        int n = length();
        for (int i = 0; i < n; i++) {
            Object k = value();
            m.put(k, value());
        }
        return m;
    }

    /** A count of elements: each takes at least one byte, so it cannot exceed what is left of the payload. */
    private int length() throws IOException {
        int n = in.readInt();
        long left = payloadBytes - consumed.getAsLong();
        if (n < 0 || n > left) {
            throw new StateFormatException("a length of " + n + " with " + left + " payload bytes left (damaged file)");
        }
        return n;
    }

    private Class<?> klass() throws IOException {
        int id = in.readInt();
        if (id >= 0 && id < classes.size()) {
            return classes.get(id);
        }
        if (id != classes.size()) {
            throw new StateFormatException("class #" + id + " of " + classes.size() + " (damaged file)");
        }
        String name = string();
        String layout = string();
        Class<?> c = classNamed(name);
        String now = Layouts.layoutOf(c);
        if (!now.equals(layout)) {
            throw new StateFormatException("class " + name + " changed since the file was written: it had ["
                    + layout + "], this build has [" + now + "]");
        }
        classes.add(c);
        return c;
    }

    private static Class<?> classNamed(String name) {
        switch (name) {
            case "long": return long.class;
            case "int": return int.class;
            case "double": return double.class;
            case "boolean": return boolean.class;
            case "byte": return byte.class;
            case "short": return short.class;
            case "float": return float.class;
            case "char": return char.class;
            default:
                try {
                    return Class.forName(name, false, GraphReader.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new StateFormatException("class " + name + " does not exist in this build");
                }
        }
    }

    private String string() throws IOException {
        int n = length();
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static Object allocate(Class<?> c) {
        try {
            return Allocator.allocate(c);
        } catch (IllegalStateException e) {
            throw new StateFormatException(e.getMessage(), e.getCause());
        }
    }
}
