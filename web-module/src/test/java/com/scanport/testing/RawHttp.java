package com.scanport.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 written by hand, for what java.net.http cannot do: send from a chosen loopback
 * address, declare a length it does not send, or send a body in chunks.
 */
public final class RawHttp {

    /** An answer: its status, and everything the server sent (head and body). */
    public record Answer(int status, String text) {

        static Answer of(String response) {
            return new Answer(Integer.parseInt(response.substring(9, 12)), response);
        }

        public String body() {
            int end = text.indexOf("\r\n\r\n");
            return end < 0 ? "" : text.substring(end + 4);
        }

        public boolean hasHeader(String name, String value) {
            return text.substring(0, Math.max(0, text.indexOf("\r\n\r\n"))).toLowerCase()
                    .contains("\r\n" + name.toLowerCase() + ": " + value.toLowerCase());
        }
    }

    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)\r\ncontent-length: *(\\d+)");

    private RawHttp() {
    }

    /** A POST of {@code body} with its length, from {@code from}, and extra header lines. */
    public static Answer post(URI base, InetAddress from, String path, String type, String body, String... headers)
            throws IOException {
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        return exchange(base, from, "POST", path, headers(type, "Content-Length: " + payload.length, headers), payload);
    }

    /**
     * Sends the request head and then {@code body} as given (raw bytes: chunk framing, or fewer
     * bytes than declared), and reads the answer until the server closes the connection.
     */
    public static Answer exchange(URI base, InetAddress from, String method, String path, String headerLines,
                                  byte[] body) throws IOException {
        try (Pending pending = Pending.start(base, from, method, path, headerLines)) {
            try {
                pending.send(body);
            } catch (IOException answeredEarly) {
                // The server may answer and close before it has read the whole body.
            }
            return pending.answerWithin(Duration.ofSeconds(30));
        }
    }

    /** A request whose head is sent, and whose body the caller sends piece by piece, or never. */
    public static final class Pending implements Closeable {

        private final Socket socket;

        private Pending(Socket socket) {
            this.socket = socket;
        }

        /** Connects from {@code from} and sends the request line and the header lines, nothing more. */
        public static Pending start(URI base, InetAddress from, String method, String path, String headerLines)
                throws IOException {
            URI target = base.resolve(path.startsWith("/") ? path.substring(1) : path);
            String head = method + " " + target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery())
                    + " HTTP/1.1\r\n"
                    + "Host: " + target.getHost() + ":" + target.getPort() + "\r\n"
                    + "Connection: close\r\n" + headerLines + "\r\n";
            Socket socket = new Socket();
            try {
                socket.bind(new InetSocketAddress(from, 0));
                socket.connect(new InetSocketAddress(target.getHost(), target.getPort()), 5000);
                socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
            } catch (IOException e) {
                socket.close();
                throw e;
            }
            return new Pending(socket);
        }

        public void send(byte[] piece) throws IOException {
            socket.getOutputStream().write(piece);
            socket.getOutputStream().flush();
        }

        /** Hangs up at once with a reset, as a client does that crashes or loses its network. */
        public void reset() throws IOException {
            socket.setSoLinger(true, 0);
            socket.close();
        }

        /** Says the body is over (half-closes the connection), however much was declared. */
        public void endBody() throws IOException {
            socket.shutdownOutput();
        }

        /** The answer, or null when the server closes the connection without one; fails when neither comes in {@code wait}. */
        public Answer answerOrClose(Duration wait) throws IOException {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            try {
                if (!answerBegins(in, wait)) {
                    return null;
                }
            } catch (SocketException reset) {
                return null;
            }
            return rest(in);
        }

        /** The answer, if it begins to arrive within {@code wait}; null if none does. */
        public Answer answerWithin(Duration wait) throws IOException {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            try {
                if (!answerBegins(in, wait)) {
                    throw new IOException("The server closed the connection without an answer");
                }
            } catch (SocketTimeoutException none) {
                return null;
            }
            return rest(in);
        }

        /** Whether a first byte arrives within {@code wait} (false: the server closed the connection), leaving it unread. */
        private boolean answerBegins(InputStream in, Duration wait) throws IOException {
            socket.setSoTimeout((int) wait.toMillis());
            in.mark(1);
            boolean begins = in.read() >= 0;
            in.reset();
            return begins;
        }

        private Answer rest(InputStream in) throws IOException {
            socket.setSoTimeout(30_000);
            return Answer.of(read(in));
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /** Sends {@code head} as it is (a request line and header lines, each ended by CRLF) and reads the answer. */
    public static Answer head(URI base, String head) throws IOException {
        return head(base, head, Duration.ofSeconds(30));
    }

    /** {@link #head(URI, String)}, failing when the server is silent for longer than {@code wait}. */
    public static Answer head(URI base, String head, Duration wait) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout((int) wait.toMillis());
            socket.getOutputStream().write((head + "\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return Answer.of(read(socket.getInputStream()));
        }
    }

    /**
     * Sends {@code bytes} as they are and returns at most {@code count} of the first bytes the
     * server sends back: fewer when it closes the connection or is silent for longer than {@code wait}.
     */
    public static byte[] firstBytes(URI base, byte[] bytes, int count, Duration wait) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout((int) wait.toMillis());
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            try {
                InputStream in = socket.getInputStream();
                for (int b; received.size() < count && (b = in.read()) >= 0; ) {
                    received.write(b);
                }
            } catch (SocketTimeoutException | SocketException silentOrClosed) {
                // What came before is the answer.
            }
            return received.toByteArray();
        }
    }

    /**
     * The head, then as many bytes as its Content-Length says (or all until the server closes):
     * a server that answered before reading the whole body may hold the connection open for it.
     */
    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        int end = -1;
        while (end < 0) {
            int b = in.read();
            if (b < 0) {
                return received.toString(StandardCharsets.UTF_8);
            }
            received.write(b);
            end = received.toString(StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n");
        }
        Matcher length = CONTENT_LENGTH.matcher(received.toString(StandardCharsets.ISO_8859_1));
        received.write(length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : in.readAllBytes());
        return received.toString(StandardCharsets.UTF_8);
    }

    /** Header lines: a Content-Type (if any), then the others, each ended by CRLF. */
    public static String headers(String type, String first, String... more) {
        StringBuilder lines = new StringBuilder();
        if (type != null) {
            lines.append("Content-Type: ").append(type).append("\r\n");
        }
        lines.append(first).append("\r\n");
        for (String header : more) {
            lines.append(header).append("\r\n");
        }
        return lines.toString();
    }
}
