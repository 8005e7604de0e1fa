package com.scanport.platform.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The answer to a request with a body. Once the connection failed under that body (the client
 * hung up mid-body, as mobile clients do all the time), a failure to send the answer is the same
 * hang-up, and is not passed on: each runtime would log it as a server error with its stack
 * trace, answer it again as a 500 and log that too (about 240 lines per dropped request on
 * Payara). Any other failure to send is passed on as it is.
 */
final class AnswerAfterHangUp extends HttpServletResponseWrapper {

    /** Set on a request whose body's connection failed. */
    static final String BODY_CONNECTION_FAILED = "com.scanport.platform.web.body-connection-failed";

    private final HttpServletRequest request;
    private ServletOutputStream stream;

    AnswerAfterHangUp(HttpServletRequest request, HttpServletResponse response) {
        super(response);
        this.request = request;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            stream = new Sending(super.getOutputStream());
        }
        return stream;
    }

    @Override
    public void flushBuffer() throws IOException {
        try {
            super.flushBuffer();
        } catch (IOException e) {
            passOnUnlessHungUp(e);
        }
    }

    private void passOnUnlessHungUp(IOException e) throws IOException {
        if (request.getAttribute(BODY_CONNECTION_FAILED) == null) {
            throw e;
        }
    }

    /** A write or a flush of the answer. */
    private interface Sent {
        void run() throws IOException;
    }

    private final class Sending extends ServletOutputStream {

        private final ServletOutputStream out;
        private boolean hungUp;

        Sending(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            send(() -> out.write(bytes, offset, length));
        }

        @Override
        public void flush() throws IOException {
            send(out::flush);
        }

        /** Nothing more is sent after a hang-up: each write would fail again. */
        private void send(Sent sent) throws IOException {
            if (!hungUp) {
                try {
                    sent.run();
                } catch (IOException e) {
                    passOnUnlessHungUp(e);
                    hungUp = true;
                }
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                passOnUnlessHungUp(e);
            }
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }
}
