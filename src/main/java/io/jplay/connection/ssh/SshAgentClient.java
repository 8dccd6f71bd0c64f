package io.jplay.connection.ssh;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A client of the ssh-agent protocol (draft-miller-ssh-agent) over the agent's Unix domain socket
 * ({@code SSH_AUTH_SOCK}): lists the agent's keys and asks it to sign. Every call opens its own
 * connection to the agent, so one client may be used by many threads at once.
 */
final class SshAgentClient {
    static final int SSH_AGENT_FAILURE = 5;
    static final int SSH2_AGENTC_REQUEST_IDENTITIES = 11;
    static final int SSH2_AGENT_IDENTITIES_ANSWER = 12;
    static final int SSH2_AGENTC_SIGN_REQUEST = 13;
    static final int SSH2_AGENT_SIGN_RESPONSE = 14;
    /** Sign flag: an {@code rsa-sha2-256} signature for an RSA key. */
    static final int SSH_AGENT_RSA_SHA2_256 = 2;
    /** Sign flag: an {@code rsa-sha2-512} signature for an RSA key. */
    static final int SSH_AGENT_RSA_SHA2_512 = 4;
    /** OpenSSH's limit on one agent message. */
    private static final int MAX_MESSAGE = 256 * 1024;

    private final Path socket;

    SshAgentClient(Path socket) {
        this.socket = socket;
    }

    Path socket() {
        return socket;
    }

    /** The keys the agent holds, in the agent's order. */
    List<AgentIdentity> identities() throws IOException {
        ByteBuffer reply = call(new byte[] {SSH2_AGENTC_REQUEST_IDENTITIES});
        int type = Byte.toUnsignedInt(reply.get());
        if (type != SSH2_AGENT_IDENTITIES_ANSWER) {
            throw new IOException("ssh-agent refused to list its keys (reply type " + type + ")");
        }
        int count = reply.getInt();
        if (count < 0 || count > MAX_MESSAGE / 8) {
            throw new IOException("ssh-agent sent a bad key count: " + count);
        }
        List<AgentIdentity> keys = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] blob = string(reply);
            String comment = new String(string(reply), StandardCharsets.UTF_8);
            keys.add(new AgentIdentity(blob, comment));
        }
        return keys;
    }

    /**
     * Signs {@code data} with the agent's key {@code keyBlob}.
     *
     * @param flags {@link #SSH_AGENT_RSA_SHA2_256}, {@link #SSH_AGENT_RSA_SHA2_512} or 0
     * @return the signature in SSH wire format ({@code string algorithm, string signature})
     * @throws IOException when the agent cannot be reached or refuses (locked, key removed,
     *     confirmation denied)
     */
    byte[] sign(byte[] keyBlob, byte[] data, int flags) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(keyBlob.length + data.length + 16);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(SSH2_AGENTC_SIGN_REQUEST);
        out.writeInt(keyBlob.length);
        out.write(keyBlob);
        out.writeInt(data.length);
        out.write(data);
        out.writeInt(flags);
        ByteBuffer reply = call(bytes.toByteArray());
        int type = Byte.toUnsignedInt(reply.get());
        if (type != SSH2_AGENT_SIGN_RESPONSE) {
            throw new IOException("ssh-agent refused to sign (reply type " + type + ")");
        }
        return string(reply);
    }

    private ByteBuffer call(byte[] request) throws IOException {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            ByteBuffer out = ByteBuffer.allocate(4 + request.length);
            out.putInt(request.length).put(request).flip();
            while (out.hasRemaining()) {
                channel.write(out);
            }
            ByteBuffer header = readFully(channel, ByteBuffer.allocate(4));
            int length = header.getInt();
            if (length < 1 || length > MAX_MESSAGE) {
                throw new IOException("ssh-agent sent a message of " + Integer.toUnsignedString(length) + " bytes");
            }
            return readFully(channel, ByteBuffer.allocate(length));
        }
    }

    private static ByteBuffer readFully(SocketChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new IOException("ssh-agent closed the connection");
            }
        }
        return buffer.flip();
    }

    private static byte[] string(ByteBuffer buffer) throws IOException {
        if (buffer.remaining() < 4) {
            throw new IOException("truncated ssh-agent message");
        }
        int length = buffer.getInt();
        if (length < 0 || length > buffer.remaining()) {
            throw new IOException("truncated ssh-agent message");
        }
        byte[] value = new byte[length];
        buffer.get(value);
        return value;
    }

    /**
     * One key held by the agent.
     *
     * @param publicKeyBlob the public key in SSH wire format
     * @param comment the key's comment (usually the file it was added from)
     */
    record AgentIdentity(byte[] publicKeyBlob, String comment) {

        AgentIdentity {
            publicKeyBlob = publicKeyBlob.clone();
        }

        @Override
        public byte[] publicKeyBlob() {
            return publicKeyBlob.clone();
        }

        /** The key type named at the start of the blob ({@code ssh-ed25519}, {@code ssh-rsa}, ...). */
        String keyType() {
            ByteBuffer buffer = ByteBuffer.wrap(publicKeyBlob);
            try {
                return new String(string(buffer), StandardCharsets.US_ASCII);
            } catch (IOException e) {
                return "";
            }
        }

        boolean sameKey(byte[] blob) {
            return java.util.Arrays.equals(publicKeyBlob, blob);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof AgentIdentity other && sameKey(other.publicKeyBlob) && comment.equals(other.comment);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(publicKeyBlob) * 31 + comment.hashCode();
        }

        @Override
        public String toString() {
            return keyType() + " " + comment;
        }
    }
}
