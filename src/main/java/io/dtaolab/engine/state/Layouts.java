package io.dtaolab.engine.state;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The instance fields of a class in the order they are written (subclass first, then superclasses, each in
 * declaration order: the order {@code DeepCopy} copies them in), and the text a file keeps of that layout so that a
 * reader can tell a class that changed since the file was written.
 */
final class Layouts {
    private static final Map<Class<?>, Field[]> FIELDS = new ConcurrentHashMap<>();

    private Layouts() {
    }

    static Field[] fields(Class<?> c) {
        return FIELDS.computeIfAbsent(c, Layouts::instanceFields);
    }

    /** "name:type;name:type;..." of {@link #fields}. */
    static String describe(Class<?> c) {
        StringBuilder b = new StringBuilder();
        for (Field f : fields(c)) {
            b.append(f.getDeclaringClass().getSimpleName()).append('.').append(f.getName()).append(':')
                    .append(f.getType().getName()).append(';');
        }
        return b.toString();
    }

    /** What a file keeps of a class's shape: its fields, a record's components, nothing for an enum or interface. */
    static String layoutOf(Class<?> c) {
        if (c.isRecord()) {
            StringBuilder b = new StringBuilder("record ");
            for (java.lang.reflect.RecordComponent rc : c.getRecordComponents()) {
                b.append(rc.getName()).append(':').append(rc.getType().getName()).append(';');
            }
            return b.toString();
        }
        return c.isEnum() || c.isInterface() || c.isArray() ? "" : describe(c);
    }

    static boolean isJdk(Class<?> c) {
        String n = c.getName();
        return n.startsWith("java.") || n.startsWith("javax.") || n.startsWith("jdk.") || n.startsWith("sun.");
    }

    private static Field[] instanceFields(Class<?> c) {
        List<Field> out = new ArrayList<>();
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            if (isJdk(k)) {
                throw new StateFormatException(c.getName() + " extends JDK class " + k.getName()
                        + ", which the state format does not know how to write");
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

    /** The static final field of {@code owner} (or a class it is nested in) holding exactly {@code value}, or null. */
    static Field constantHolding(Class<?> owner, Object value) {
        for (Class<?> k = owner; k != null; k = k.getEnclosingClass()) {
            for (Class<?> s = k; s != null && s != Object.class && !isJdk(s); s = s.getSuperclass()) {
                for (Field f : s.getDeclaredFields()) {
                    int m = f.getModifiers();
                    if (Modifier.isStatic(m) && Modifier.isFinal(m) && !f.getType().isPrimitive()) {
                        try {
                            f.setAccessible(true);
                            if (f.get(null) == value) {
                                return f;
                            }
                        } catch (IllegalAccessException | RuntimeException e) {
                            // not readable: not a constant we can name
                        }
                    }
                }
            }
        }
        return null;
    }
}
