package io.dtaolab.engine.state;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * Makes an object of a class without running a constructor: copies and loaded states set every field themselves, and
 * the model's classes have no constructor that accepts "nothing yet" (records, final fields).
 */
public final class Allocator {
    private static final Object UNSAFE = unsafe();
    private static final Method ALLOCATE = allocator();

    private Allocator() {
    }

    /** A new, all-zero instance of {@code c}; IllegalStateException when the JVM refuses. */
    public static Object allocate(Class<?> c) {
        try {
            return ALLOCATE.invoke(UNSAFE, c);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot allocate " + c.getName(), e);
        }
    }

    private static Method allocator() {
        try {
            return UNSAFE.getClass().getMethod("allocateInstance", Class.class);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static Object unsafe() {
        try {
            Class<?> k = Class.forName("sun.misc.Unsafe");
            Field f = k.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            return f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
