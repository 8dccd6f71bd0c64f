package io.jplay.connection.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.sftp.FileAttributes;
import net.schmizz.sshj.sftp.OpenMode;
import net.schmizz.sshj.sftp.RemoteFile;
import net.schmizz.sshj.sftp.RenameFlags;
import net.schmizz.sshj.sftp.SFTPClient;
import net.schmizz.sshj.sftp.SFTPException;

/**
 * File transfer over SFTP. {@code put} writes a temporary file next to the target, sets its mode and
 * renames it over the target ({@code posix-rename@openssh.com} when the server offers it), so readers
 * never see a half-written file.
 */
final class SftpFiles {

    private static final int CHUNK = 32 * 1024;

    interface Action {
        void apply(SFTPClient sftp) throws IOException;
    }

    /** The server refused a file operation (missing file, permission): a task error, not a dead host. */
    static final class FileError extends IOException {
        private static final long serialVersionUID = 1L;

        FileError(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private SftpFiles() {
    }

    static void run(SSHClient client, Action action) throws IOException {
        try (SFTPClient sftp = client.newSFTPClient()) {
            action.apply(sftp);
        }
    }

    static void put(SFTPClient sftp, byte[] content, String remotePath, int mode) throws IOException {
        String temp = tempName(remotePath);
        FileAttributes attributes = new FileAttributes.Builder().withPermissions(mode & 07777).build();
        try {
            try (RemoteFile file = sftp.open(temp, EnumSet.of(OpenMode.WRITE, OpenMode.CREAT, OpenMode.TRUNC),
                    attributes); OutputStream out = file.new RemoteFileOutputStream(0, 16)) {
                // sshj sends each write() as one SFTP packet; sftp-server drops packets over 256 KiB
                for (int offset = 0; offset < content.length; offset += CHUNK) {
                    out.write(content, offset, Math.min(CHUNK, content.length - offset));
                }
            }
            sftp.chmod(temp, mode & 07777);
            rename(sftp, temp, remotePath);
        } catch (SFTPException e) {
            removeQuietly(sftp, temp);
            throw new FileError("failed to write " + remotePath + ": " + e.getMessage(), e);
        }
    }

    private static void rename(SFTPClient sftp, String from, String to) throws IOException {
        try {
            sftp.rename(from, to, EnumSet.of(RenameFlags.OVERWRITE, RenameFlags.ATOMIC, RenameFlags.NATIVE));
        } catch (SFTPException e) {
            // no posix-rename extension: plain SFTPv3 rename refuses to replace
            removeQuietly(sftp, to);
            sftp.rename(from, to);
        }
    }

    static void fetch(SFTPClient sftp, String remotePath, Path localPath) throws IOException {
        Path temp = Files.createTempFile(localPath.toAbsolutePath().getParent(), ".jplay", ".part");
        try {
            try (RemoteFile file = sftp.open(remotePath, EnumSet.of(OpenMode.READ));
                    InputStream in = file.new ReadAheadRemoteFileInputStream(16)) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(temp, localPath, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (SFTPException e) {
            throw new FileError("failed to read " + remotePath + ": " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String tempName(String remotePath) {
        int slash = remotePath.lastIndexOf('/');
        String dir = slash >= 0 ? remotePath.substring(0, slash + 1) : "";
        return dir + ".jplay-" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp";
    }

    private static void removeQuietly(SFTPClient sftp, String path) {
        try {
            sftp.rm(path);
        } catch (IOException e) {
            // nothing to remove
        }
    }
}
