package io.jplay.connection.ssh;

import com.hierynomus.sshj.key.KeyAlgorithm;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.common.KeyType;
import net.schmizz.sshj.common.Message;
import net.schmizz.sshj.common.SSHPacket;
import net.schmizz.sshj.transport.TransportException;
import net.schmizz.sshj.userauth.UserAuthException;
import net.schmizz.sshj.userauth.method.AbstractAuthMethod;

/**
 * The {@code publickey} method (RFC 4252 section 7) for one key held by ssh-agent: the key is offered
 * without a signature first; when sshd accepts it ({@code SSH_MSG_USERAUTH_PK_OK}) the request is sent
 * again, signed by the agent over the session id and the request itself.
 *
 * <p>RSA keys are offered with the signature algorithms both sides support, strongest first
 * ({@code rsa-sha2-512}, {@code rsa-sha2-256}, {@code ssh-rsa}), the way sshj offers key files; the
 * agent is asked for the matching hash with its sign flags.
 */
final class AgentAuthMethod extends AbstractAuthMethod {
    private final SshAgentClient agent;
    private final SshAgentClient.AgentIdentity identity;
    private Deque<String> algorithms;

    AgentAuthMethod(SshAgentClient agent, SshAgentClient.AgentIdentity identity) {
        super("publickey");
        this.agent = agent;
        this.identity = identity;
    }

    @Override
    public void handle(Message cmd, SSHPacket buf) throws UserAuthException, TransportException {
        if (cmd == Message.USERAUTH_60) {
            params.getTransport().write(signedRequest());
        } else {
            super.handle(cmd, buf);
        }
    }

    /** sshd refused this algorithm: try the next one both sides know, if any. */
    @Override
    public boolean shouldRetry() {
        if (algorithms == null || algorithms.isEmpty()) {
            return false;
        }
        algorithms.removeFirst();
        return !algorithms.isEmpty();
    }

    @Override
    protected SSHPacket buildReq() throws UserAuthException {
        return request(false);
    }

    private SSHPacket request(boolean signed) throws UserAuthException {
        SSHPacket packet = super.buildReq();
        packet.putBoolean(signed);
        packet.putString(algorithm());
        packet.putString(identity.publicKeyBlob());
        return packet;
    }

    private SSHPacket signedRequest() throws UserAuthException {
        SSHPacket packet = request(true);
        byte[] data = new Buffer.PlainBuffer()
                .putString(params.getTransport().getSessionID())
                .putBuffer(packet)
                .getCompactData();
        try {
            packet.putString(agent.sign(identity.publicKeyBlob(), data, signFlags(algorithm())));
        } catch (IOException e) {
            throw new UserAuthException("ssh-agent could not sign with " + identity, e);
        }
        return packet;
    }

    private String algorithm() throws UserAuthException {
        if (algorithms == null) {
            algorithms = new ArrayDeque<>(negotiable());
            if (algorithms.isEmpty()) {
                algorithms.add(identity.keyType());
            }
        }
        String first = algorithms.peekFirst();
        if (first == null) {
            throw new UserAuthException("no signature algorithm left for " + identity);
        }
        return first;
    }

    private List<String> negotiable() {
        KeyType type = KeyType.fromString(identity.keyType());
        if (type == KeyType.UNKNOWN) {
            return List.of();
        }
        try {
            return params.getTransport().getClientKeyAlgorithms(type).stream()
                    .map(KeyAlgorithm::getKeyAlgorithm).toList();
        } catch (TransportException | RuntimeException e) {
            return List.of();
        }
    }

    static int signFlags(String algorithm) {
        return switch (algorithm) {
            case "rsa-sha2-256" -> SshAgentClient.SSH_AGENT_RSA_SHA2_256;
            case "rsa-sha2-512" -> SshAgentClient.SSH_AGENT_RSA_SHA2_512;
            default -> 0;
        };
    }

    @Override
    public String toString() {
        return "publickey from ssh-agent: " + identity;
    }
}
