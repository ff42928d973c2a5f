package io.dtaolab.engine;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
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
import java.util.concurrent.ConcurrentHashMap;

/**
 * Deep copy of a world's object graph, keeping its shape: every mutable object reachable from the root is copied
 * once (shared references stay shared, cycles stay cycles), immutable values (strings, boxed numbers, enums,
 * records and immutable lists whose contents need no copy) are kept. Reflection rather than a copy method per class
 * on purpose: the chain's data structures change for speed, and a forgotten field in a hand-written copy would make
 * the two worlds share state silently (the fork property test steps both and compares state hashes).
 *
 * <p>Handled JDK types: arrays, the mutable collections of {@code java.util} the model uses (copied in iteration
 * order), {@link BitSet}, the immutable {@code List.of}/{@code Map.of} family. Lambdas are kept as they are: the
 * model's lambdas are stateless (comparators); a stateful one must be substituted by the caller (see
 * {@link #copy(Object, Map)}). Anything else from the JDK is refused, so a new field type fails loudly.
 */
public final class DeepCopy {
    private static final Map<Class<?>, Field[]> FIELDS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Constructor<?>> RECORD_CONSTRUCTORS = new ConcurrentHashMap<>();

    private final IdentityHashMap<Object, Object> done = new IdentityHashMap<>();

    private DeepCopy() {
    }

    /** A deep copy of {@code root}. */
    public static <T> T copy(T root) {
        return copy(root, Map.of());
    }

    /**
     * A deep copy of {@code root} in which each object that is a key of {@code substitutes} (by identity) is
     * replaced by its value (e.g. a listener of the original replaced by a no-op).
     */
    @SuppressWarnings("unchecked")
    public static <T> T copy(T root, Map<Object, Object> substitutes) {
        DeepCopy c = new DeepCopy();
        substitutes.forEach(c.done::put);
        return (T) c.of(root);
    }

    /**
     * What to do with an object of a class, decided once per class: the per-object path is one table look-up and a
     * few compares, which keeps the JIT's compile of this recursion small (it used to test names and instanceof
     * chains per object, and C2 compiled it anew at every fork of a multi-seed run).
     */
    private enum Kind {
        /** Immutable values: kept, never looked up. */
        KEEP,
        /** Lambdas and other hidden or synthetic classes: kept unless the caller substitutes them. */
        SHARED,
        PRIMITIVE_ARRAY, ARRAY, RECORD, JDK, OBJECT
    }

    private static final ClassValue<Kind> KINDS = new ClassValue<>() {
        @Override
        protected Kind computeValue(Class<?> c) {
            return kindOf(c);
        }
    };

    private static Kind kindOf(Class<?> c) {
        if (isImmutable(c)) {
            return Kind.KEEP;
        }
        if (c.isArray()) {
            return c.getComponentType().isPrimitive() ? Kind.PRIMITIVE_ARRAY : Kind.ARRAY;
        }
        if (c.isRecord()) {
            return Kind.RECORD;
        }
        if (c.isHidden() || c.isSynthetic()) {
            return Kind.SHARED;
        }
        String name = c.getName();
        if (name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.") || name.startsWith("sun.")) {
            return Kind.JDK;
        }
        return Kind.OBJECT;
    }

    private Object of(Object o) {
        if (o == null) {
            return null;
        }
        Class<?> c = o.getClass();
        Kind k = KINDS.get(c);
        if (k == Kind.KEEP) {
            return o;
        }
        Object seen = done.get(o);
        if (seen != null || done.containsKey(o)) {
            return seen;
        }
        if (k == Kind.OBJECT) {
            return object(o, c);
        }
        if (k == Kind.PRIMITIVE_ARRAY) {
            Object copy = cloneArray(o);
            done.put(o, copy);
            return copy;
        }
        if (k == Kind.ARRAY) {
            return array((Object[]) o);
        }
        if (k == Kind.RECORD) {
            return record(o, c);
        }
        return k == Kind.SHARED ? o : jdk(o, c);
    }

    /** Strings, boxed numbers of java.lang, booleans, characters, enums, classes, big numbers. */
    private static boolean isImmutable(Class<?> c) {
        return c == String.class || Number.class.isAssignableFrom(c) && c.getName().startsWith("java.lang.")
                || c == Boolean.class || c == Character.class || Enum.class.isAssignableFrom(c) || c == Class.class
                || c == java.math.BigInteger.class || c == java.math.BigDecimal.class;
    }

    private Object array(Object[] src) {
        Object[] copy = src.clone(); // same component type; every slot is replaced below
        done.put(src, copy);
        for (int i = 0; i < copy.length; i++) {
            copy[i] = of(copy[i]);
        }
        return copy;
    }

    private static Object cloneArray(Object o) {
        if (o instanceof long[] a) {
            return a.clone();
        } else if (o instanceof int[] a) {
            return a.clone();
        } else if (o instanceof double[] a) {
            return a.clone();
        } else if (o instanceof boolean[] a) {
            return a.clone();
        } else if (o instanceof byte[] a) {
            return a.clone();
        } else if (o instanceof short[] a) {
            return a.clone();
        } else if (o instanceof float[] a) {
            return a.clone();
        }
        return ((char[]) o).clone();
    }

    /** Records are shallowly immutable: the original is kept when no component needed a copy. */
    private Object record(Object o, Class<?> c) {
        RecordComponent[] rc = c.getRecordComponents();
        Object[] values = new Object[rc.length];
        boolean same = true;
        try {
            for (int i = 0; i < rc.length; i++) {
                rc[i].getAccessor().setAccessible(true);
                Object v = rc[i].getAccessor().invoke(o);
                values[i] = of(v);
                same &= values[i] == v;
            }
            Object madeMeanwhile = done.get(o);
            if (madeMeanwhile != null) {
                return madeMeanwhile; // a cycle through this record was closed while copying its components
            }
            if (same) {
                done.put(o, o);
                return o;
            }
            Object copy = RECORD_CONSTRUCTORS.computeIfAbsent(c, DeepCopy::canonical).newInstance(values);
            done.put(o, copy);
            return copy;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy record " + c.getName(), e);
        }
    }

    private static Constructor<?> canonical(Class<?> c) {
        try {
            Class<?>[] types = java.util.Arrays.stream(c.getRecordComponents()).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            Constructor<?> k = c.getDeclaredConstructor(types);
            k.setAccessible(true);
            return k;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(c.getName(), e);
        }
    }

    private Object object(Object o, Class<?> c) {
        Object copy = allocate(c);
        done.put(o, copy);
        try {
            // one path for every primitive type (boxed on the way): a branch per type was a deoptimisation whenever a
            // fork met a field type the compiled copy had not seen yet
            for (Field f : FIELDS.computeIfAbsent(c, DeepCopy::instanceFields)) {
                Object v = f.get(o);
                f.set(copy, f.getType().isPrimitive() ? v : of(v));
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot copy " + c.getName(), e);
        }
        return copy;
    }

    private static Field[] instanceFields(Class<?> c) {
        List<Field> out = new ArrayList<>();
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            if (k.getName().startsWith("java.")) {
                throw new IllegalStateException("cannot copy " + c.getName() + ": it extends JDK class " + k.getName());
            }
            for (Field f : k.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    f.setAccessible(true);
                    out.add(f);
                }
            }
        }
        return out.toArray(Field[]::new);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object jdk(Object o, Class<?> c) {
        if (o instanceof BitSet b) {
            Object copy = b.clone();
            done.put(o, copy);
            return copy;
        }
        String name = c.getName();
        if (name.startsWith("java.util.ImmutableCollections$")) {
            return immutable(o);
        }
        if (name.startsWith("java.util.Collections$Unmodifiable")) {
            return unmodifiable(o);
        }
        if (c == ArrayList.class || c == ArrayDeque.class || c == HashSet.class || c == LinkedHashSet.class) {
            Collection copy = c == ArrayList.class ? new ArrayList<>(((Collection<?>) o).size())
                    : c == ArrayDeque.class ? new ArrayDeque<>() : c == HashSet.class ? new HashSet<>() : new LinkedHashSet<>();
            done.put(o, copy);
            for (Object e : (Collection<?>) o) {
                copy.add(of(e));
            }
            return copy;
        }
        if (c == TreeSet.class) {
            TreeSet copy = new TreeSet(((TreeSet<?>) o).comparator());
            done.put(o, copy);
            for (Object e : (TreeSet<?>) o) {
                copy.add(of(e));
            }
            return copy;
        }
        if (c == PriorityQueue.class) {
            // the copy constructor of a PriorityQueue keeps its heap array order, then elements are swapped in place
            PriorityQueue<?> src = (PriorityQueue<?>) o;
            Object[] heap = src.toArray();
            for (int i = 0; i < heap.length; i++) {
                heap[i] = of(heap[i]);
            }
            PriorityQueue copy = new PriorityQueue(Math.max(1, heap.length), src.comparator());
            done.put(o, copy);
            copy.addAll(List.of(heap));
            return copy;
        }
        if (c == HashMap.class || c == LinkedHashMap.class || c == TreeMap.class) {
            Map copy = c == HashMap.class ? new HashMap<>(Math.max(16, ((Map<?, ?>) o).size() * 2))
                    : c == LinkedHashMap.class ? new LinkedHashMap<>() : new TreeMap(((TreeMap<?, ?>) o).comparator());
            done.put(o, copy);
            for (Map.Entry<?, ?> e : ((Map<?, ?>) o).entrySet()) {
                copy.put(of(e.getKey()), of(e.getValue()));
            }
            return copy;
        }
        throw new IllegalStateException("world state holds a " + name + ", which DeepCopy does not know how to copy");
    }

    private Object immutable(Object o) {
        if (o instanceof List<?> l) {
            Object[] items = l.toArray();
            boolean same = copyAll(items);
            Object copy = same ? o : List.of(items);
            done.put(o, copy);
            return copy;
        }
        if (o instanceof Set<?> s) {
            Object[] items = s.toArray();
            boolean same = copyAll(items);
            Object copy = same ? o : Set.of(items);
            done.put(o, copy);
            return copy;
        }
        Map<?, ?> m = (Map<?, ?>) o;
        Map<Object, Object> copy = new LinkedHashMap<>();
        boolean same = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            Object k = of(e.getKey());
            Object v = of(e.getValue());
            same &= k == e.getKey() && v == e.getValue();
            copy.put(k, v);
        }
        Object result = same ? o : Map.copyOf(copy);
        done.put(o, result);
        return result;
    }

    /**
     * Read-only views (parameter maps and the like) are kept when their contents need no copy; otherwise the copy
     * is a read-only view of a copy of the contents (it no longer sees changes made through the original's owner).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object unmodifiable(Object o) {
        Object copy;
        if (o instanceof Map<?, ?> m) {
            Map<Object, Object> inner = new LinkedHashMap<>();
            boolean same = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                Object k = of(e.getKey());
                Object v = of(e.getValue());
                same &= k == e.getKey() && v == e.getValue();
                inner.put(k, v);
            }
            copy = same ? o : java.util.Collections.unmodifiableMap(inner);
        } else {
            Object[] items = ((Collection<?>) o).toArray();
            boolean same = copyAll(items);
            copy = same ? o : o instanceof Set<?> ? java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(items)))
                    : java.util.Collections.unmodifiableList(new ArrayList<>(java.util.Arrays.asList(items)));
        }
        done.put(o, copy);
        return copy;
    }

    private boolean copyAll(Object[] items) {
        boolean same = true;
        for (int i = 0; i < items.length; i++) {
            Object v = of(items[i]);
            same &= v == items[i];
            items[i] = v;
        }
        return same;
    }

    private static Object allocate(Class<?> c) {
        return io.dtaolab.engine.state.Allocator.allocate(c);
    }
}
