package fr.parcours.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMTP server (GreenMail) that runs inside the app in demo mode and in tests, on the loopback address only:
 * mails really travel over SMTP, and nobody outside receives them. It keeps its port across a stop and a start,
 * so a test can play a mail server outage.
 */
public class DemoMailServer {

    private static final Logger log = LoggerFactory.getLogger(DemoMailServer.class);
    static final String HOST = "127.0.0.1";

    private final int port;
    private GreenMail greenMail;

    DemoMailServer(int port) {
        this.port = port == 0 ? freePort() : port;
    }

    public synchronized void start() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
            log.info("Demo mail server (GreenMail) listening on {}:{}", HOST, port);
        }
    }

    /** Stops the server: connections are refused until {@link #start()}. The mails it received are dropped. */
    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    public int port() {
        return port;
    }

    /** The mails received since the server (last) started. */
    public synchronized List<MimeMessage> received() {
        return greenMail == null ? List.of() : Arrays.asList(greenMail.getReceivedMessages());
    }

    /** The mails received for this address since the server (last) started. */
    public List<MimeMessage> receivedBy(String address) {
        return received().stream().filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equalsIgnoreCase(address));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the demo mail server", e);
        }
    }
}
