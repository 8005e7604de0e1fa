package com.scanport.platform.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The answer to a request, sent to a client that may be gone: it hung up (mid-body or before the
 * answer, as mobile clients do all the time), or stopped reading until the write timed out. A
 * failure to send is that, and is not passed on: each runtime would log it as a server error with
 * its stack trace, answer it again as a 500 and log that too (about 240 lines per dropped request
 * on Payara, and pipelined requests multiplied that). Nothing more is sent after it.
 */
final class AnswerAfterHangUp extends HttpServletResponseWrapper {

    private ServletOutputStream stream;
    private boolean hungUp;

    AnswerAfterHangUp(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            stream = new Sending(super.getOutputStream());
        }
        return stream;
    }

    @Override
    public void flushBuffer() {
        send(super::flushBuffer);
    }

    private void send(Sent sent) {
        if (!hungUp) {
            try {
                sent.run();
            } catch (IOException e) {
                hungUp = true;
            }
        }
    }

    /** A write, a flush or the close of the answer. */
    private interface Sent {
        void run() throws IOException;
    }

    private final class Sending extends ServletOutputStream {

        private final ServletOutputStream out;

        Sending(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            send(() -> out.write(bytes, offset, length));
        }

        @Override
        public void flush() {
            send(out::flush);
        }

        @Override
        public void close() {
            send(out::close);
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
