package io.dtaolab.app.jobs;

import java.io.IOException;
import java.nio.file.FileSystemException;

/** The run store could not take a new run (disk full, read-only, permissions); answered with 503, nothing kept. */
public final class StorageException extends RuntimeException {
    public StorageException(String message) {
        super(message, null, false, false);
    }

    /** The operating system's reason without any path, e.g. "No space left on device". */
    static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getClass().getSimpleName();
    }
}
