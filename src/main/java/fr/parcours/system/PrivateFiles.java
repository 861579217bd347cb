package fr.parcours.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Files that hold secrets (database passwords, backups): readable and writable by their owner only. */
public final class PrivateFiles {

    private PrivateFiles() {
    }

    /**
     * Creates the file with mode 0600 where the file system has POSIX permissions; elsewhere (Windows) it is created
     * plainly and protected by the folder it lives in.
     */
    public static void create(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
    }
}
