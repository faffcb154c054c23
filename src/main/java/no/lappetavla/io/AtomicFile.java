package no.lappetavla.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Replaces a file so that at every moment either the old or the new content is complete on disk:
 * the new bytes go to a temporary file in the same folder, are forced to the device and then
 * renamed over the target.
 */
final class AtomicFile {

    static final String TEMP_SUFFIX = ".tmp";

    private AtomicFile() {
    }

    /**
     * @param backup where the previous content is kept, or null for none; it is copied (not
     *               moved) so the target never disappears, even for a moment
     */
    static void write(Path target, byte[] content, Path backup) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = tempFor(target);
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(true);
            }
            if (backup != null && Files.isRegularFile(target)) {
                copyDurably(target, backup);
            }
            move(temp, target);
            syncDirectory(dir);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void copyDurably(Path source, Path target) throws IOException {
        Path temp = tempFor(target);
        try {
            Files.copy(source, temp);
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            move(temp, target);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static Path tempFor(Path target) {
        // Same folder, so the rename stays on one file system and can be atomic.
        return target.toAbsolutePath().resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable; folders cannot be opened on every platform (Windows). */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The content is already forced; only the rename may be lost on a crash right now.
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // A stray hidden temp file is harmless; the save result is what matters.
        }
    }
}
