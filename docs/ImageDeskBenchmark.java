import com.scanport.tools.ReferenceWorker;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Full image-desk cycles against a running server (docs/image-benchmark.sh starts one): photos
 * of about 300 KB uploaded from two threads, four reference workers making both results of
 * each, and a confirmer that confirms every job GET /results lists. Prints cycles per second
 * (first upload to last confirmation) and GET /job's latency as the workers saw it. With
 * --leave-unconfirmed, the jobs are left waiting for confirmation (for GET /results).
 * Usage: java -cp <ReferenceWorker classes> docs/ImageDeskBenchmark.java <base> <password> <token> <code> <cycles>
 *        [--leave-unconfirmed]
 */
public class ImageDeskBenchmark {

    /** HTTP/1.1, as the servers speak it: by default java.net.http offers an upgrade to HTTP/2 first. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Pattern JOB_KEY = Pattern.compile("\"(\\d+)\":\\[");

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        String password = args[1];
        String bearer = "Bearer " + args[2];
        String code = args[3];
        int cycles = Integer.parseInt(args[4]);
        boolean confirm = args.length < 6 || !"--leave-unconfirmed".equals(args[5]);
        List<byte[]> photos = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            photos.add(photo(new Random(i)));
        }
        System.out.printf("photos: %d KB on average%n", photos.stream().mapToInt(p -> p.length).sum() / photos.size() / 1024);

        List<ReferenceWorker> workers = new ArrayList<>();
        ExecutorService pool = Executors.newCachedThreadPool();
        for (int i = 0; i < 4; i++) {
            ReferenceWorker worker = new ReferenceWorker(base, password);
            workers.add(worker);
            pool.submit(worker);
        }
        Set<String> confirmed = ConcurrentHashMap.newKeySet();
        long started = System.nanoTime();
        List<Future<?>> uploads = new ArrayList<>();
        for (int thread = 0; thread < 2; thread++) {
            int offset = thread;
            uploads.add(pool.submit(() -> {
                for (int i = offset; i < cycles; i += 2) {
                    upload(base, bearer, code, photos.get(i % photos.size()));
                }
                return null;
            }));
        }
        while (confirmed.size() < cycles) {
            String results = send(HttpRequest.newBuilder(base.resolve("results")).header("Authorization", bearer).GET());
            String listed = results.substring(results.indexOf("\"results\""), results.indexOf("\"originals\""));
            Matcher job = JOB_KEY.matcher(listed);
            boolean any = false;
            while (job.find()) {
                if (confirmed.add(job.group(1)) && confirm) {
                    any = true;
                    send(HttpRequest.newBuilder(base.resolve("confirm?image_id=" + job.group(1) + "&choice=0&confirm=confirm"))
                            .header("Authorization", bearer).GET());
                }
            }
            if (!any) {
                Thread.sleep(20);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        for (Future<?> upload : uploads) {
            upload.get();
        }
        workers.forEach(ReferenceWorker::stop);
        pool.shutdown();
        List<Long> takes = new ArrayList<>();
        workers.forEach(worker -> takes.addAll(worker.takeTimes()));
        takes.sort(null);
        System.out.printf("cycles: %d in %.1f s = %.1f cycles/s (upload, 2 results, confirm)%n", cycles, seconds, cycles / seconds);
        System.out.printf("GET /job handing out a job: %d, p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", takes.size(),
                takes.get(takes.size() / 2) / 1e6, takes.get((int) (takes.size() * 0.95)) / 1e6, takes.get(takes.size() - 1) / 1e6);
        System.out.printf("results posted: %d, refused: %d%n", workers.stream().mapToInt(ReferenceWorker::posted).sum(),
                workers.stream().mapToInt(ReferenceWorker::refused).sum());
    }

    /** A 1024 x 768 picture with gradients and shapes: about 300 KB as JPEG, like a phone photo scaled down. */
    private static byte[] photo(Random random) throws Exception {
        BufferedImage image = new BufferedImage(1024, 768, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        for (int i = 0; i < 400; i++) {
            g.setColor(new Color(random.nextInt(0xffffff)));
            g.fillOval(random.nextInt(1024), random.nextInt(768), 5 + random.nextInt(120), 5 + random.nextInt(120));
        }
        for (int y = 0; y < 768; y += 2) {
            for (int x = 0; x < 1024; x += 3) {
                int rgb = image.getRGB(x, y);
                image.setRGB(x, y, rgb ^ random.nextInt(0x0f0f0f));
            }
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    private static void upload(URI base, String bearer, String code, byte[] photo) throws Exception {
        String boundary = "bench" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream form = new ByteArrayOutputStream(photo.length + 1024);
        for (String[] field : new String[][] {{"first_name", "Bench"}, {"last_name", "Mark"}, {"animal_name", "Rex"},
                {"qr_content", code}, {"animal_type", "dog"}}) {
            form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
                    + field[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"p.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        form.writeBytes(photo);
        form.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String answer = send(HttpRequest.newBuilder(base.resolve("upload")).header("Authorization", bearer)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray())));
        if (!answer.contains("\"success\"")) {
            throw new IllegalStateException("upload: " + answer);
        }
    }

    private static String send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
