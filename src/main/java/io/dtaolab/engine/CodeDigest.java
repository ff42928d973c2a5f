package io.dtaolab.engine;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The code a saved world was written by: per class whose objects (or constants) the world holds, the SHA-256 of its
 * bytecode; and one digest over them all. A reader whose classes differ refuses the file, naming them, since a world
 * stepped by other code would not reproduce the run it was saved from.
 */
record CodeDigest(String sha256, List<String> classes) {

    /** Each line "class-name sha256-of-its-bytecode" ("jdk" for the JDK's own classes). */
    static CodeDigest of(List<Class<?>> written) {
        List<String> lines = new ArrayList<>();
        for (Class<?> c : written) {
            lines.add(c.getName() + " " + bytecodeSha256(c));
        }
        lines.sort(null);
        return new CodeDigest(SpecDigest.sha256(String.join("\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                List.copyOf(lines));
    }

    /** The classes of {@code lines} (as {@link #of} writes them) whose bytecode in this build differs or that are gone. */
    static List<String> changedClasses(List<String> lines) {
        List<String> changed = new ArrayList<>();
        for (String line : lines) {
            int space = line.indexOf(' ');
            String name = space < 0 ? line : line.substring(0, space);
            String sha = space < 0 ? "" : line.substring(space + 1);
            try {
                Class<?> c = Class.forName(name, false, CodeDigest.class.getClassLoader());
                if (!bytecodeSha256(c).equals(sha)) {
                    changed.add(name);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                changed.add(name + " (gone)");
            }
        }
        return changed;
    }

    private static String bytecodeSha256(Class<?> c) {
        if (c.getName().startsWith("java.") || c.getName().startsWith("jdk.")) {
            return "jdk";
        }
        String resource = c.getName().replace('.', '/') + ".class";
        ClassLoader loader = c.getClassLoader() != null ? c.getClassLoader() : ClassLoader.getSystemClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return "unreadable";
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            return "unreadable";
        }
    }
}
