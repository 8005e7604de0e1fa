import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads purchase history into a running Scanport through its API, for docs/cart-history-benchmark.sh:
 * signs up and logs in the shoppers, then plays cart sessions (the cart's QR token as JSON, the
 * shopper's scan, 1 to 4 items of 1 to 3 each, the products picked Zipf-like so that a few are
 * popular, checkout). Each of the threads owns its carts and its shoppers (cart i and shopper j
 * belong to thread i % threads and j % threads), one session at a time, so that no cart and no
 * shopper ever has two active sessions. Any answer but the expected one stops the load.
 *
 * <p>Usage: java docs/cart-history-loader.java BASE_URL SHOPPERS SESSIONS THREADS CARTS PRODUCTS OUT_FILE
 * <br>CARTS and PRODUCTS are comma-separated ids; OUT_FILE gets one line "user_id access_token" a shopper.
 */
public class CartHistoryLoader {

    static final String PASSWORD = "bench-password-123";
    static final Pattern NUMBER = Pattern.compile("\"%s\"\\s*:\\s*(\\d+)");
    static final Pattern TEXT = Pattern.compile("\"%s\"\\s*:\\s*\"([^\"]+)\"");

    static String base;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    static final AtomicLong REQUESTS = new AtomicLong();

    public static void main(String[] args) throws Exception {
        base = args[0];
        int shoppers = Integer.parseInt(args[1]);
        int sessions = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        long[] carts = ids(args[4]);
        long[] products = ids(args[5]);
        Path out = Path.of(args[6]);
        if (carts.length < threads) {
            throw new IllegalArgumentException("need at least one cart a thread");
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);

        long started = System.nanoTime();
        long[] userIds = new long[shoppers];
        String[] tokens = new String[shoppers];
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = thread; i < shoppers; i += threads) {
                    String name = "shopper" + (i + 1);
                    expect(200, post("/auth/signup", null, "application/json", "{\"username\":\"" + name
                            + "\",\"email\":\"" + name + "@example.com\",\"password\":\"" + PASSWORD
                            + "\",\"mobile_number\":\"+1666" + String.format("%07d", i + 1)
                            + "\",\"age\":30,\"full_name\":\"Shopper " + (i + 1) + "\"}"));
                    String login = expect(200, post("/auth/login", null, "application/x-www-form-urlencoded",
                            "username=" + name + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)));
                    userIds[i] = number(login, "user_id");
                    tokens[i] = text(login, "access_token");
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
            for (int i = 0; i < shoppers; i++) {
                w.println(userIds[i] + " " + tokens[i]);
            }
        }
        double shoppersSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("shoppers: %d signed up and logged in in %.1f s%n", shoppers, shoppersSeconds);

        // Zipf-like (s = 1) over the products in the order given: the first is bought most.
        double[] cumulative = new double[products.length];
        double sum = 0;
        for (int k = 0; k < products.length; k++) {
            sum += 1.0 / (k + 1);
            cumulative[k] = sum;
        }
        double total = sum;

        started = System.nanoTime();
        long requestsBefore = REQUESTS.get();
        AtomicLong lines = new AtomicLong();
        done.clear();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                SplittableRandom random = new SplittableRandom(42 + thread);
                List<Long> myCarts = new ArrayList<>();
                for (int c = thread; c < carts.length; c += threads) {
                    myCarts.add(carts[c]);
                }
                List<Integer> myShoppers = new ArrayList<>();
                for (int s = thread; s < shoppers; s += threads) {
                    myShoppers.add(s);
                }
                int n = 0;
                for (int s = thread; s < sessions; s += threads, n++) {
                    long cart = myCarts.get(n % myCarts.size());
                    int shopper = myShoppers.get(random.nextInt(myShoppers.size()));
                    String bearer = tokens[shopper];
                    String token = text(expect(200, get("/customer-session/qr/" + cart)), "token");
                    long session = number(expect(200, post("/customer-session/scan-qr", bearer, "application/json",
                            "{\"token\":\"" + token + "\"}")), "session_id");
                    int items = 1 + random.nextInt(4);
                    for (int i = 0; i < items; i++) {
                        double x = random.nextDouble() * total;
                        int k = 0;
                        while (cumulative[k] < x && k < products.length - 1) {
                            k++;
                        }
                        expect(201, post("/customer-session/" + session + "/items", bearer, "application/json",
                                "{\"item_no_\":" + products[k] + ",\"quantity\":" + (1 + random.nextInt(3)) + "}"));
                        lines.incrementAndGet();
                    }
                    expect(200, post("/customer-session/" + session + "/checkout", bearer, null, null));
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        long requests = REQUESTS.get() - requestsBefore;
        System.out.printf("history: %d sessions (%d item requests) in %.1f s: %d requests, %.0f requests/s, %.0f sessions/s%n",
                sessions, lines.get(), seconds, requests, requests / seconds, sessions / seconds);
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        REQUESTS.incrementAndGet();
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String bearer, String type, String body)
            throws IOException, InterruptedException {
        REQUESTS.incrementAndGet();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + ": "
                    + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static long number(String json, String field) {
        Matcher m = Pattern.compile(String.format(NUMBER.pattern(), field)).matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + field + " in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    static String text(String json, String field) {
        Matcher m = Pattern.compile(String.format(TEXT.pattern(), field)).matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + field + " in " + json);
        }
        return m.group(1);
    }

    static long[] ids(String list) {
        String[] parts = list.split(",");
        long[] ids = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            ids[i] = Long.parseLong(parts[i].trim());
        }
        return ids;
    }
}
