package io.dtaolab.engine;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A hash of everything reachable from an object (every field of every object, arrays, collections), for checking
 * that a fork is a faithful copy. Unordered collections (HashMap, HashSet) are hashed order-free, so a copy whose
 * hash table happens to iterate in another order still hashes equal. Lambdas count by class only.
 */
final class GraphHash {
    private final IdentityHashMap<Object, Long> memo = new IdentityHashMap<>();
    private final IdentityHashMap<Object, Boolean> onPath = new IdentityHashMap<>();
    private final Set<Object> skip;

    private GraphHash(Set<Object> skip) {
        this.skip = skip;
    }

    static long of(Object root, Object... skipped) {
        Set<Object> skip = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        skip.addAll(List.of(skipped));
        return new GraphHash(skip).hash(root);
    }

    private static long mix(long h, long v) {
        h ^= v + 0x9e3779b97f4a7c15L + (h << 6) + (h >>> 2);
        return h * 0x100000001b3L;
    }

    private long hash(Object o) {
        if (o == null || skip.contains(o)) {
            return 17;
        }
        if (o instanceof Number || o instanceof String || o instanceof Boolean || o instanceof Character) {
            return o instanceof Double d ? Double.doubleToLongBits(d) : o.hashCode() * 31L + o.getClass().getName().hashCode();
        }
        if (o instanceof Enum<?> e) {
            return e.name().hashCode();
        }
        Class<?> c = o.getClass();
        if (c.isHidden() || c.isSynthetic() || o instanceof Class<?>) {
            return c.getName().replaceAll("/0x.*", "").hashCode();
        }
        Long m = memo.get(o);
        if (m != null) {
            return m;
        }
        if (onPath.containsKey(o)) {
            return c.getName().hashCode(); // back edge of a cycle
        }
        onPath.put(o, true);
        long h = c.getName().hashCode();
        if (o instanceof long[] a) {
            h = mix(h, java.util.Arrays.hashCode(a));
        } else if (o instanceof int[] a) {
            h = mix(h, java.util.Arrays.hashCode(a));
        } else if (o instanceof double[] a) {
            h = mix(h, java.util.Arrays.hashCode(a));
        } else if (o instanceof boolean[] a) {
            h = mix(h, java.util.Arrays.hashCode(a));
        } else if (c.isArray()) {
            int n = Array.getLength(o);
            h = mix(h, n);
            for (int i = 0; i < n; i++) {
                Object v = Array.get(o, i);
                h = mix(h, hash(v));
            }
        } else if (o instanceof Map<?, ?> map) {
            long sum = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                long eh = mix(hash(e.getKey()), hash(e.getValue()));
                sum = ordered(map) ? mix(sum, eh) : sum + eh * 0x9e3779b97f4a7c15L;
            }
            h = mix(mix(h, map.size()), sum);
        } else if (o instanceof Collection<?> col) {
            long sum = 0;
            for (Object e : col) {
                sum = ordered(col) ? mix(sum, hash(e)) : sum + hash(e) * 0x9e3779b97f4a7c15L;
            }
            h = mix(mix(h, col.size()), sum);
        } else if (c.getName().startsWith("java.")) {
            h = mix(h, o.hashCode());
        } else {
            for (Field f : fields(c)) {
                try {
                    Object v = f.get(o);
                    h = mix(h, f.getType().isPrimitive() ? primitive(v) : hash(v));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        onPath.remove(o);
        memo.put(o, h);
        return h;
    }

    private static long primitive(Object v) {
        if (v instanceof Double d) {
            return Double.doubleToLongBits(d);
        }
        if (v instanceof Float f) {
            return Float.floatToIntBits(f);
        }
        return v.hashCode();
    }

    private static boolean ordered(Object collection) {
        return !(collection instanceof java.util.HashMap<?, ?> && !(collection instanceof java.util.LinkedHashMap<?, ?>))
                && !(collection instanceof java.util.HashSet<?> && !(collection instanceof java.util.LinkedHashSet<?>));
    }

    private static List<Field> fields(Class<?> c) {
        List<Field> out = new ArrayList<>();
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    f.setAccessible(true);
                    out.add(f);
                }
            }
        }
        return out;
    }
}
