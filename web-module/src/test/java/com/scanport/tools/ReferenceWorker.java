package com.scanport.tools;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * The image desk's reference worker (seed 001): gets a staff token from {@code POST /token},
 * takes jobs from {@code GET /job}, and posts an X-ray-looking picture of each (the photo in
 * inverted grayscale) to {@code POST /job}, with the lease it was given. When there is no work
 * it waits, longer each time, up to two seconds. JDK only, so it runs as one source file:
 *
 * <pre>
 * java web-module/src/test/java/com/scanport/tools/ReferenceWorker.java http://127.0.0.1:8080 [password]
 * </pre>
 *
 * The password is the second argument or {@code SCANPORT_STAFF_PASSWORD}. Stop it with Ctrl-C.
 */
public final class ReferenceWorker implements Runnable {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Duration MAX_IDLE_WAIT = Duration.ofSeconds(2);

    private final URI base;
    private final String password;
    /** HTTP/1.1, as the servers speak it: by default java.net.http offers an upgrade to HTTP/2 first. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger posted = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final List<Long> takeNanos = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean stopped;
    private Duration stopWhenIdleFor;
    private String token;

    public ReferenceWorker(URI base, String password) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.password = password;
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: java ReferenceWorker.java <base URL> [staff password]");
            System.exit(2);
        }
        String password = args.length > 1 ? args[1] : System.getenv("SCANPORT_STAFF_PASSWORD");
        if (password == null) {
            System.err.println("Give the desk's password as the second argument or in SCANPORT_STAFF_PASSWORD");
            System.exit(2);
        }
        ReferenceWorker worker = new ReferenceWorker(URI.create(args[0]), password);
        System.out.println("Reference worker polling " + worker.base + "job");
        worker.run();
    }

    /** Makes {@link #run} return once no job has come for this long (for tests and benchmarks). */
    public ReferenceWorker stopWhenIdleFor(Duration idle) {
        this.stopWhenIdleFor = idle;
        return this;
    }

    public void stop() {
        stopped = true;
    }

    /** Results the desk took. */
    public int posted() {
        return posted.get();
    }

    /** Results the desk refused (a lease that ran out, a job that took no more). */
    public int refused() {
        return refused.get();
    }

    /** How long each GET /job that handed out a job took, in nanoseconds (for benchmarks). */
    public List<Long> takeTimes() {
        synchronized (takeNanos) {
            return List.copyOf(takeNanos);
        }
    }

    @Override
    public void run() {
        Duration wait = Duration.ofMillis(50);
        long idleSince = System.nanoTime();
        while (!stopped) {
            long asked = System.nanoTime();
            HttpResponse<byte[]> job = send(HttpRequest.newBuilder(base.resolve("job")).GET());
            if (job.statusCode() == 200) {
                takeNanos.add(System.nanoTime() - asked);
                postResult(job);
                wait = Duration.ofMillis(50);
                idleSince = System.nanoTime();
                continue;
            }
            if (job.statusCode() != 204) {
                throw new IllegalStateException("GET /job answered " + job.statusCode() + ": "
                        + new String(job.body(), StandardCharsets.UTF_8));
            }
            if (stopWhenIdleFor != null && System.nanoTime() - idleSince > stopWhenIdleFor.toNanos()) {
                return;
            }
            sleep(wait);
            wait = wait.multipliedBy(2).compareTo(MAX_IDLE_WAIT) > 0 ? MAX_IDLE_WAIT : wait.multipliedBy(2);
        }
    }

    private void postResult(HttpResponse<byte[]> job) {
        String jobId = job.headers().firstValue("img_id").orElseThrow();
        String lease = job.headers().firstValue("lease_id").orElseThrow();
        String animal = job.headers().firstValue("animal_name").orElse("");
        if (job.headers().firstValue("X-Encoded").filter("percent"::equals).isPresent()) {
            animal = URLDecoder.decode(animal.replace("+", "%2B"), StandardCharsets.UTF_8);
        }
        byte[] xray = xray(job.body());
        String boundary = "worker" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream form = new ByteArrayOutputStream(xray.length + 512);
        field(form, boundary, "image_id", jobId);
        field(form, boundary, "lease_id", lease);
        form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"result\"; filename=\"xray.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        form.writeBytes(xray);
        form.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> answer = send(HttpRequest.newBuilder(base.resolve("job"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray())));
        if (answer.statusCode() == 200) {
            posted.incrementAndGet();
        } else if (answer.statusCode() == 409 || answer.statusCode() == 404) {
            refused.incrementAndGet();
            System.err.println("Job " + jobId + " (" + animal + "): " + new String(answer.body(), StandardCharsets.UTF_8));
        } else {
            throw new IllegalStateException("POST /job answered " + answer.statusCode() + ": "
                    + new String(answer.body(), StandardCharsets.UTF_8));
        }
    }

    /** The photo in inverted grayscale: bones light, the rest dark. */
    static byte[] xray(byte[] png) {
        try {
            BufferedImage photo = ImageIO.read(new ByteArrayInputStream(png));
            BufferedImage xray = new BufferedImage(photo.getWidth(), photo.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            int[] row = new int[photo.getWidth()];
            byte[] gray = new byte[photo.getWidth()];
            for (int y = 0; y < photo.getHeight(); y++) {
                photo.getRGB(0, y, row.length, 1, row, 0, row.length);
                for (int x = 0; x < row.length; x++) {
                    int rgb = row[x];
                    int luma = (299 * ((rgb >> 16) & 0xff) + 587 * ((rgb >> 8) & 0xff) + 114 * (rgb & 0xff)) / 1000;
                    gray[x] = (byte) (255 - luma);
                }
                xray.getRaster().setDataElements(0, y, row.length, 1, gray);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(png.length);
            ImageIO.write(xray, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void field(ByteArrayOutputStream form, String boundary, String name, String value) {
        form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Sends with the staff token, logging in first and again when the token has expired. */
    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        if (token == null) {
            token = login();
        }
        HttpResponse<byte[]> response = exchange(request.copy().header("Authorization", "Bearer " + token).build());
        if (response.statusCode() == 401) {
            token = login();
            response = exchange(request.header("Authorization", "Bearer " + token).build());
        }
        return response;
    }

    private String login() {
        HttpResponse<byte[]> answer = exchange(HttpRequest.newBuilder(base.resolve("token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)))
                .build());
        String body = new String(answer.body(), StandardCharsets.UTF_8);
        Matcher token = ACCESS_TOKEN.matcher(body);
        if (answer.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("POST /token answered " + answer.statusCode() + ": " + body);
        }
        return token.group(1);
    }

    private HttpResponse<byte[]> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
            throw new IllegalStateException(e);
        }
    }

    private void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }
}
