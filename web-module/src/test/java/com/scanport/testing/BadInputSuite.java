package com.scanport.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Generated bad input against every operation of the server's own OpenAPI document (and the
 * surfaces' roots, the platform's paths and methods nobody documents): junk path and query
 * parameters, request bodies built from the documented schemas and then broken, wrong and
 * missing content types and charsets, form bodies in both encodings, no token, garbage tokens
 * and real user and admin tokens. Whatever comes in, the answer is below 500, an error is the
 * JSON body of the path's surface (SURFACES.md), and no answer shows a stack trace, a class
 * name or SQL.
 *
 * <p>Request {@code i} is generated from {@code new Random(seed, i)} alone, so a failure is
 * replayed with {@code -Dscanport.it.fuzz.seed=S -Dscanport.it.fuzz.only=i,j}. Properties:
 * {@code scanport.it.fuzz.seed}, {@code .requests} (5000), {@code .budget-seconds} (240: stop
 * sending then, but fail below {@code .min-requests}, 1000).
 *
 * <p>Every request goes over a plain socket from 127.0.1.1..127.0.1.250 (one address per
 * request index, round robin), never from 127.0.0.1: failed logins and wrong admin secrets are
 * throttled per client address, and the other suites sharing this server log in from
 * 127.0.0.1 (and throttle-test from 127.0.0.2 to .7). A made-up username's own throttle
 * hurts nobody; the one real username the fuzz logs in with is its own.
 */
public abstract class BadInputSuite extends ServerSuite {

    /** The default seed: CI runs one fixed set of requests; change it locally to explore. */
    public static final long DEFAULT_SEED = 20_260_901L;

    private static final int THREADS = 4;
    private static final int MAX_BODY = 1_000_000;
    private static final int EXCERPT = 400;
    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String MULTIPART = "multipart/form-data";
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD");

    /** Paths no operation of the document names: the platform's own, every surface's roots, nothing at all. */
    private static final List<String> UNDOCUMENTED = List.of("/", "/health", "/health/ready", "/health/live",
            "/health/started", "/openapi", "/openapi-ui", "/openapi-ui/scanport-init.js", "/openapi-ui/{asset}",
            "/version", "/error-page", "/auth", "/auth/{junk}", "/admin/{junk}",
            "/auth/qr-code-auth", "/auth/qr-code-auth/authorization_status/{status}", "/auth/qr-code-auth/{junk}",
            "/token", "/qr", "/qr/progress", "/qr/download", "/upload", "/job", "/results", "/results/{jobId}/{option}",
            "/confirm", "/animal_types", "/carousel", "/carousel/{index}", "/owners/{code}",
            "/login", "/validate-session", "/update-password", "/get-balance", "/buy", "/expire-session",
            "/update-session", "/transactions", "/items", "/transfer", "/customer-session/qr/{cartId}",
            "/products/suggestions/{userId}", "/{junk}", "/{junk}/{junk}");

    // ---- The surfaces, as the server decides them (SURFACES.md; the *Surface classes' roots()). ----

    /** Which surface answers a path: the longest claimed root of whole segments; everything else is accounts. */
    public static final Map<String, String> SURFACE_ROOTS = Map.ofEntries(
            Map.entry("auth", "accounts"), Map.entry("admin", "accounts"),
            Map.entry("auth/qr-code-auth", "device-login"), Map.entry("auth/devices", "device-login"),
            Map.entry("token", "image-desk"), Map.entry("qr", "image-desk"), Map.entry("upload", "image-desk"),
            Map.entry("job", "image-desk"), Map.entry("results", "image-desk"), Map.entry("confirm", "image-desk"),
            Map.entry("animal_types", "image-desk"), Map.entry("carousel", "image-desk"),
            Map.entry("owners", "image-desk"),
            Map.entry("login", "store"), Map.entry("validate-session", "store"), Map.entry("update-password", "store"),
            Map.entry("get-balance", "store"), Map.entry("buy", "store"), Map.entry("expire-session", "store"),
            Map.entry("update-session", "store"), Map.entry("transactions", "store"), Map.entry("items", "store"),
            Map.entry("transfer", "store"));

    public static String surfaceOf(String path) {
        String rest = path.startsWith("/") ? path.substring(1) : path;
        int query = rest.indexOf('?');
        if (query >= 0) {
            rest = rest.substring(0, query);
        }
        rest = rest.replaceAll(";[^/]*", ""); // matrix parameters (;jsessionid=...) are not part of the path
        try {
            rest = java.net.URLDecoder.decode(rest.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // not decodable: routed as it is
        }
        String surface = "accounts";
        int end = -1;
        while (end < rest.length()) {
            int slash = rest.indexOf('/', end + 1);
            end = slash < 0 ? rest.length() : slash;
            String claimed = SURFACE_ROOTS.get(rest.substring(0, end));
            if (claimed != null) {
                surface = claimed;
            }
        }
        return surface;
    }

    /** What is wrong with {@code body} as the error body of {@code surface} for {@code status}; null if nothing. */
    public static String shapeProblem(String surface, int status, JsonObject body) {
        switch (surface) {
            case "accounts" -> {
                if (!body.keySet().equals(Set.of("status_code", "message", "details", "detail"))) {
                    return "keys " + body.keySet() + ", not [status_code, message, details, detail]";
                }
                if (!(body.get("status_code") instanceof JsonNumber code) || code.intValue() != status) {
                    return "status_code " + body.get("status_code") + " for status " + status;
                }
                if (!(body.get("message") instanceof JsonString message) || !(body.get("detail") instanceof JsonString detail)
                        || !message.getString().equals(detail.getString())) {
                    return "message and detail are not the same string";
                }
                if (body.get("details").getValueType() != JsonValue.ValueType.OBJECT) {
                    return "details is not an object";
                }
                return null;
            }
            case "image-desk" -> {
                if (!body.keySet().equals(Set.of("detail"))) {
                    return "keys " + body.keySet() + ", not [detail]";
                }
                JsonValue detail = body.get("detail");
                if (detail instanceof JsonString) {
                    return null;
                }
                if (detail instanceof JsonArray list && !list.isEmpty() && list.stream().allMatch(item ->
                        item instanceof JsonObject error && error.keySet().equals(Set.of("loc", "msg", "type")))) {
                    return null;
                }
                return "detail is neither a string nor a list of {loc, msg, type}";
            }
            case "store" -> {
                return body.keySet().equals(Set.of("error")) && body.get("error") instanceof JsonString
                        ? null : "keys " + body.keySet() + ", not [error] with a string";
            }
            case "device-login" -> {
                if (body.keySet().equals(Set.of("message")) && body.get("message") instanceof JsonString) {
                    return null;
                }
                if (body.keySet().equals(Set.of("statusCode", "error", "message"))
                        && body.get("statusCode") instanceof JsonNumber code && code.intValue() == status
                        && body.get("error") instanceof JsonString && body.get("message") instanceof JsonString) {
                    return null;
                }
                return "keys " + body.keySet() + ", neither [message] nor [statusCode, error, message]";
            }
            default -> throw new IllegalArgumentException(surface);
        }
    }

    // ---- What no answer may contain (unless the request itself said it). ----

    private static final List<Pattern> LEAKS = List.of(
            Pattern.compile("\\bat [\\w$]+(\\.[\\w$]+)+\\((?:[\\w$]+\\.java:\\d+|Unknown Source|Native Method)\\)"),
            Pattern.compile("Caused by: "),
            Pattern.compile("\\b[A-Z][A-Za-z]*(?:Exception|Throwable)\\b"),
            Pattern.compile("\\b(?:java|javax|jakarta|sun|com\\.sun|org\\.glassfish|org\\.jboss|org\\.eclipse|org\\.apache"
                    + "|fish\\.payara|io\\.undertow|org\\.wildfly|org\\.h2|org\\.postgresql|org\\.hibernate|com\\.scanport"
                    + "|org\\.yasson|org\\.parsson)\\.[a-z]\\w*(?:\\.\\w+)+"),
            Pattern.compile("\\b(?:SQLSTATE|SQLState|SQL state|SQLException|JDBC|jdbc:|EclipseLink|Hibernate"
                    + "|syntax error at or near|Unique index or primary key violation|violates \\w+ constraint"
                    + "|duplicate key value)"),
            Pattern.compile("\\b(?:SELECT|INSERT INTO|UPDATE|DELETE FROM)\\b[^\"]{0,200}\\b(?:FROM|VALUES|SET|WHERE)\\b"),
            Pattern.compile("<web-app|<servlet-class|WEB-INF/"));

    // ---- Junk. ----

    private static final String[] NUMERIC_JUNK = {"0", "-1", "-0", "-9223372036854775808", "9223372036854775807",
        "9223372036854775808", "-9223372036854775809", "99999999999999999999999999", "1e999999", "-1e999999", "1e3",
        "1.5", "0x7fffffffffffffff", "NaN", "Infinity", "+99999999999", "00000000000000000000099999999999",
        "\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u0660\u0661", "\uff19\uff19\uff19\uff19\uff19\uff19\uff19\uff19\uff19\uff19\uff19",
        "99999999999 ", " 99999999999", "2147483648", "-2147483649", "4294967296"};

    private static final String[] TEXT_JUNK = {"", " ", "null", "undefined", "true", "[]", "{}", "abc", "x'--",
        "' OR '1'='1", "\" OR 1=1 --", "%", "_", "\\", "../../../../etc/passwd", "..%2F..%2FWEB-INF%2Fweb.xml",
        "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/x}", "#{7*7}", "\u0000", "a\u0000b", "\u0130\u0130\u0130",
        "\ud800", "\udfff", "\ud83d\ude00", "\u202e", "\ufeff", "\ufffe", "\u00df", "\u1e9e", "\ufb03", "\u0345",
        "e\u0301", "\u00e4\u00f6\u00fc", "\u65e5\u672c\u8a9e", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629", "\t\r\n",
        "%00", "%zz", "%C0%80", "%ED%A0%80", "%FF", "+", "a b", "a&b=c", "a;b", "a/b", "a?b", "a#b", "~", "\u2028"};

    private static final String[] ACCEPTS = {"*/*", JSON, "text/html", "application/xml", "text/plain",
        "application/yaml", "application/json;q=0", "bogus", "", "*/*;q=0", "application/*", "text/*",
        "application/json, text/html;q=0.9", "image/png", "application/json; charset=bogus", "\u00e4/\u00f6"};

    private static final String[] ODD_CONTENT_TYPES = {null, "*/*", "text/plain", "application/xml", "application/octet-stream",
        "bogus", "", "application/json; charset=bogus", "application/json; charset=utf-16le", "application/json;charset=",
        "application/json; charset=iso-8859-1", "application/json; charset=\"utf-8\"", "APPLICATION/JSON",
        FORM, FORM + "; charset=bogus", FORM + "; charset=utf-16le", MULTIPART, MULTIPART + "; boundary=",
        MULTIPART + "; boundary=xyz; charset=bogus", "application/json-patch+json", "application/merge-patch+json",
        "text/json", "application/*", "multipart/mixed; boundary=b", "application/json;;;", ";", "\u00e4/\u00f6"};

    private record Operation(String method, String template, List<Param> params, Map<String, JsonObject> bodies,
                             boolean documented) {
    }

    private record Param(String name, String in, JsonObject schema) {
    }

    /** One generated request: what goes over the wire, and what it was meant to break. */
    private record Fuzz(int index, String method, String template, String target, List<String[]> headers, byte[] body,
                        String what) {

        String header(String name) {
            return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).findFirst().orElse(null);
        }
    }

    private record Answer(int status, Map<String, String> headers, String body) {
    }

    private record Finding(String kind, Fuzz fuzz, Answer answer, String detail) {
    }

    private long seed;
    private JsonObject components;
    private List<Operation> operations;
    private String userBearer;
    private String adminBearer;
    private String loginTarget;

    @Test
    void noBadInputGetsA5xxOrAnErrorBodyOutsideItsSurfacesShape() throws Exception {
        seed = Long.getLong("scanport.it.fuzz.seed", DEFAULT_SEED);
        int requests = Integer.getInteger("scanport.it.fuzz.requests", 5000);
        int minimum = Math.min(requests, Integer.getInteger("scanport.it.fuzz.min-requests", 1000));
        Duration budget = Duration.ofSeconds(Long.getLong("scanport.it.fuzz.budget-seconds", 240L));
        String only = System.getProperty("scanport.it.fuzz.only", "").trim();

        HttpResult document = client.get("openapi", "Accept", JSON);
        assertEquals(200, document.status(), document::toString);
        JsonObject openapi = document.json();
        components = openapi.getJsonObject("components").getJsonObject("schemas");
        operations = operations(openapi);
        assertTrue(operations.stream().filter(Operation::documented).count() >= 10,
                () -> "the document names the accounts and platform operations: " + operations);

        userBearer = TestAccounts.bearerOfNew(client, "fuzz_user", false);
        adminBearer = TestAccounts.bearerOfNew(client, "fuzz_admin", true);
        // A real username for wrong-password logins, used by nothing but this fuzz (it will be throttled).
        loginTarget = TestAccounts.uniqueName("fuzz_target");
        assertEquals(200, TestAccounts.signUp(client, loginTarget, false).status());

        List<Integer> indices = only.isEmpty() ? null
                : Arrays.stream(only.split(",")).map(String::trim).map(Integer::valueOf).toList();
        int total = indices == null ? requests : indices.size();
        ConcurrentLinkedQueue<Finding> findings = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        AtomicLong slowest = new AtomicLong();
        long started = System.nanoTime();
        long deadline = started + budget.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    for (int n = next.getAndIncrement(); n < total && System.nanoTime() < deadline;
                            n = next.getAndIncrement()) {
                        int index = indices == null ? n : indices.get(n);
                        Fuzz fuzz = generate(index);
                        long before = System.nanoTime();
                        check(fuzz, findings);
                        slowest.accumulateAndGet(System.nanoTime() - before, Math::max);
                        sent.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(budget.toSeconds() + 600, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        String report = report(findings, sent.get(), total, took, Duration.ofNanos(slowest.get()));
        System.out.println(report);
        writeReport(report, findings);
        assertTrue(sent.get() >= minimum, "only " + sent.get() + " of at least " + minimum
                + " requests were sent within the budget of " + budget.toSeconds() + " s");
        if (!findings.isEmpty()) {
            fail(report.length() > 60_000 ? report.substring(0, 60_000) + "\n[... report cut, see stdout]" : report);
        }
    }

    // ---- The document. ----

    private List<Operation> operations(JsonObject openapi) {
        List<Operation> found = new ArrayList<>();
        Set<String> documentedPaths = new TreeSet<>();
        openapi.getJsonObject("paths").forEach((path, item) -> {
            documentedPaths.add(path);
            item.asJsonObject().forEach((method, op) -> {
                if (!METHODS.contains(method.toUpperCase(Locale.ROOT))) {
                    return;
                }
                JsonObject operation = op.asJsonObject();
                List<Param> params = new ArrayList<>();
                for (JsonValue p : operation.getJsonArray("parameters") == null ? JsonValue.EMPTY_JSON_ARRAY
                        : operation.getJsonArray("parameters")) {
                    JsonObject param = resolve(p.asJsonObject());
                    params.add(new Param(param.getString("name"), param.getString("in"),
                            param.containsKey("schema") ? resolve(param.getJsonObject("schema")) : JsonValue.EMPTY_JSON_OBJECT));
                }
                Map<String, JsonObject> bodies = new LinkedHashMap<>();
                if (operation.containsKey("requestBody")) {
                    resolve(operation.getJsonObject("requestBody")).getJsonObject("content").forEach((type, media) ->
                            bodies.put(type, media.asJsonObject().containsKey("schema")
                                    ? resolve(media.asJsonObject().getJsonObject("schema")) : JsonValue.EMPTY_JSON_OBJECT));
                }
                found.add(new Operation(method.toUpperCase(Locale.ROOT), path, params, bodies, true));
            });
        });
        for (String path : UNDOCUMENTED) {
            if (!documentedPaths.contains(path)) {
                found.add(new Operation("GET", path, List.of(), Map.of(), false));
            }
        }
        return found;
    }

    private JsonObject resolve(JsonObject maybeRef) {
        if (!maybeRef.containsKey("$ref")) {
            return maybeRef;
        }
        String ref = maybeRef.getString("$ref");
        return components.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
    }

    // ---- Generation: request i from its own Random. ----

    private Fuzz generate(int index) {
        java.util.Random random = new java.util.Random(seed * 0x9E3779B97F4A7C15L + index);
        List<String> what = new ArrayList<>();
        boolean extra = random.nextInt(100) < 15;
        List<Operation> pool = operations.stream().filter(op -> op.documented() != extra).toList();
        Operation op = pool.get(random.nextInt(pool.size()));
        String method = op.method();
        if (!op.documented() || random.nextInt(100) < 8) {
            method = pick(random, METHODS);
            what.add((op.documented() ? "method " : "undocumented path, method ") + method);
        }
        List<String[]> headers = new ArrayList<>();

        // Path: every {param} gets junk (or a harmless value now and then).
        StringBuilder path = new StringBuilder();
        Matcher placeholder = Pattern.compile("\\{([^}]+)}").matcher(op.template());
        int last = 0;
        while (placeholder.find()) {
            path.append(op.template(), last, placeholder.start());
            String value = random.nextInt(100) < 85 ? junk(random, "number".equals(schemaType(op, placeholder.group(1))))
                    : plausiblePathValue(placeholder.group(1));
            boolean raw = random.nextInt(100) < 10;
            path.append(raw ? rawPathEncode(value) : pathEncode(value));
            what.add("path " + placeholder.group(1) + "=" + describe(value) + (raw ? " (raw)" : ""));
            last = placeholder.end();
        }
        path.append(op.template().substring(last));
        if (random.nextInt(100) < 3) {
            String suffix = pick(random, List.of("/", "//", "/.", "/..", ";jsessionid=x", "%2F", "/%00", ";a=b"));
            path.append(suffix);
            what.add("path suffix " + suffix);
        }

        // Query: documented parameters with junk, unknown ones, repeats, broken encodings.
        List<String> query = new ArrayList<>();
        for (Param param : op.params()) {
            if (param.in().equals("query") && random.nextInt(100) < 70) {
                String value = random.nextInt(100) < 80 ? junk(random, "integer".equals(param.schema().getString("type", "")))
                        : String.valueOf(1 + random.nextInt(3));
                query.add(queryEncode(param.name()) + "=" + queryValue(random, value));
                what.add("query " + param.name() + "=" + describe(value));
                if (random.nextInt(100) < 10) {
                    query.add(queryEncode(param.name()) + "=" + queryValue(random, junk(random, false)));
                    what.add("query " + param.name() + " twice");
                }
            }
        }
        if (random.nextInt(100) < 15) {
            String name = pick(random, List.of("x", "count", "limit", "offset", "", "%00", "a[b]", "__proto__", "q"));
            String value = junk(random, random.nextBoolean());
            query.add(name + "=" + queryValue(random, value));
            what.add("query extra " + name + "=" + describe(value));
        }
        if (random.nextInt(100) < 3) {
            String broken = pick(random, List.of("&&&", "=", "a=%", "a=%zz", "%%%", "a==b", "a=1&a", "a=%ED%A0%80"));
            query.add(broken);
            what.add("query raw " + broken);
        }
        String target = path + (query.isEmpty() ? "" : "?" + String.join("&", query));

        // Who is asking.
        int who = random.nextInt(100);
        if (who < 20) {
            what.add("no token");
        } else if (who < 45) {
            String garbage = headerSafe(garbageAuthorization(random));
            headers.add(new String[] {"Authorization", garbage});
            what.add("garbage token " + describe(garbage));
        } else if (who < 75) {
            headers.add(new String[] {"Authorization", userBearer});
            what.add("user token");
        } else {
            headers.add(new String[] {"Authorization", adminBearer});
            what.add("admin token");
        }
        for (Param param : op.params()) {
            if (param.in().equals("header") && random.nextInt(100) < 40) {
                String junk = junk(random, false);
                String value = headerSafe(random.nextInt(100) < 25 ? junk : junk.replaceAll("[^\\x20-\\x7e]", ""));
                headers.add(new String[] {param.name(), value});
                what.add("header " + param.name() + "=" + describe(value));
            }
        }
        if (random.nextInt(100) < (op.documented() ? 15 : 50)) {
            String accept = pick(random, Arrays.asList(ACCEPTS));
            headers.add(new String[] {"Accept", accept});
            what.add("Accept " + describe(accept));
        }

        // Body.
        byte[] body = null;
        if (!op.bodies().isEmpty() && !method.equals("GET") && !method.equals("HEAD") || random.nextInt(100) < 5) {
            body = body(random, op, headers, what);
        }
        if (body != null && body.length > MAX_BODY) {
            body = Arrays.copyOf(body, MAX_BODY);
            what.add("cut to " + MAX_BODY + " bytes");
        }
        return new Fuzz(index, method, op.template(), target, headers, body, String.join("; ", what));
    }

    private byte[] body(java.util.Random random, Operation op, List<String[]> headers, List<String> what) {
        List<String> types = new ArrayList<>(op.bodies().keySet());
        JsonObject schema = types.isEmpty() ? JsonValue.EMPTY_JSON_OBJECT : op.bodies().get(types.get(0));
        String contentType;
        int pick = random.nextInt(100);
        boolean documentedType = !types.isEmpty() && pick < 65;
        if (documentedType) {
            contentType = pick(random, types);
            if (random.nextInt(100) < 20) {
                contentType += pick(random, List.of("; charset=utf-8", "; charset=UTF-8", "; charset=bogus",
                        "; charset=utf-16le", "; charset=iso-8859-1", "; charset=", ";charset=utf-16"));
            }
        } else {
            contentType = pick(random, Arrays.asList(ODD_CONTENT_TYPES));
        }
        String base = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        Charset charset = StandardCharsets.UTF_8;
        if (base.contains("utf-16") && random.nextBoolean()) {
            charset = StandardCharsets.UTF_16LE;
            what.add("body in UTF-16LE");
        }
        byte[] body;
        if (base.startsWith(MULTIPART) || contentType == null && random.nextInt(100) < 30 && isForm(types)) {
            String boundary = "fuzz" + Long.toHexString(random.nextLong());
            body = multipart(random, schema, boundary, what, charset);
            if (contentType == null) {
                what.add("multipart body without Content-Type");
            } else if (!documentedType) {
                what.add("Content-Type " + describe(contentType) + " (its own boundary, or none)");
            } else {
                contentType = contentType.replace(MULTIPART, MULTIPART + "; boundary=" + boundary);
                what.add("Content-Type " + describe(contentType));
            }
        } else if (base.startsWith(FORM) || contentType == null && isForm(types) && random.nextBoolean()) {
            body = urlencoded(random, schema, what).getBytes(charset);
            what.add("Content-Type " + describe(contentType));
        } else {
            body = json(random, schema, what).getBytes(charset);
            what.add("Content-Type " + describe(contentType));
        }
        if (contentType != null) {
            headers.add(new String[] {"Content-Type", contentType});
        }
        return body;
    }

    private static boolean isForm(List<String> types) {
        return types.contains(FORM) || types.contains(MULTIPART);
    }

    /** A body built from the schema, then broken: fields of the wrong type, null, huge, deep, odd characters. */
    private String json(java.util.Random random, JsonObject schema, List<String> what) {
        int kind = random.nextInt(100);
        if (kind < 12) {
            String junk = pick(random, List.of("", " ", "{", "}", "null", "[]", "[{}]", "\"text\"", "123", "1e999999",
                    "not json", "{\"a\":}", "{'a':1}", "<x/>", "\u0000", "\ufeff{}", "{\"a\":1}{\"b\":2}", "{\"a\":1} x",
                    "{\"a\" 1}", "{\"a\":\"\\u\"}", "{\"a\":\"\\ud800\"}", "[" .repeat(2000), "{\"a\":".repeat(1200),
                    "{\"username\":\"x\",", "\"\\u0000\"", "-", "tru", "{\"a\":01}", "{\"a\":.5}", "{\"a\":+1}"));
            what.add("non-JSON or odd JSON " + describe(junk));
            return junk;
        }
        Map<String, String> fields = validFields(random, schema);
        int mutations = kind < 22 ? 0 : 1 + random.nextInt(3);
        List<String> names = new ArrayList<>(fields.keySet());
        for (int m = 0; m < mutations; m++) {
            int action = random.nextInt(100);
            if (action < 10 || names.isEmpty()) {
                String extra = pick(random, List.of("is_admin", "id", "unknown", "", "\u0000", "__proto__", "password_hash",
                        "token_generation", "USERNAME", "groups"));
                String value = jsonJunk(random);
                fields.put(extra, value);
                what.add("extra field " + describe(extra) + "=" + describe(value));
            } else if (action < 20) {
                String name = pick(random, names);
                fields.remove(name);
                what.add("without " + name);
            } else {
                String name = pick(random, names);
                String value = jsonJunk(random);
                fields.put(name, value);
                what.add(name + "=" + describe(value));
            }
        }
        StringBuilder out = new StringBuilder("{");
        fields.forEach((name, value) -> out.append(out.length() > 1 ? "," : "").append(quote(name)).append(':').append(value));
        if (random.nextInt(100) < 5 && !names.isEmpty()) {
            String name = pick(random, names);
            String value = jsonJunk(random);
            out.append(out.length() > 1 ? "," : "").append(quote(name)).append(':').append(value);
            what.add("duplicate key " + name + "=" + describe(value));
        }
        out.append('}');
        if (kind >= 22 && kind < 27) {
            String broken = out.substring(0, Math.max(1, random.nextInt(out.length())));
            what.add("truncated");
            return broken;
        }
        if (kind >= 27 && kind < 30) {
            what.add("as an array");
            return "[" + out + "]";
        }
        return out.toString();
    }

    /** A valid value for every property (JSON text), unique where the server wants unique. */
    private Map<String, String> validFields(java.util.Random random, JsonObject schema) {
        Map<String, String> fields = new LinkedHashMap<>();
        JsonObject properties = schema.getJsonObject("properties");
        if (properties == null) {
            return fields;
        }
        String unique = Long.toString(Math.abs(random.nextLong()) % 1_000_000_000_000L, 36);
        properties.forEach((name, value) -> {
            JsonObject property = resolve(value.asJsonObject());
            fields.put(name, switch (property.getString("type", "string")) {
                case "integer", "number" -> Integer.toString(property.getInt("minimum", 0)
                        + random.nextInt(Math.max(1, property.getInt("maximum", 100) - property.getInt("minimum", 0))));
                case "boolean" -> Boolean.toString(random.nextInt(4) == 0);
                case "array" -> "[" + (random.nextBoolean() ? "" : Integer.toString(random.nextInt(100))) + "]";
                default -> quote(validString(name, property, unique, random));
            });
        });
        return fields;
    }

    private String validString(String name, JsonObject property, String unique, java.util.Random random) {
        String format = property.getString("format", "");
        if (name.equals("username")) {
            return random.nextInt(100) < 20 && loginTarget != null ? loginTarget : "fz_" + unique;
        }
        if (format.equals("email") || name.contains("email")) {
            return "fz_" + unique + "@example.com";
        }
        if (format.equals("password") || name.contains("password")) {
            return "pw-" + unique + "-long-enough";
        }
        if (name.contains("mobile") || name.contains("phone")) {
            return "+1" + (1_000_000_000L + Math.abs(random.nextLong()) % 8_999_999_999L);
        }
        return property.getString("example", "fz " + unique);
    }

    private String jsonJunk(java.util.Random random) {
        return switch (random.nextInt(22)) {
            case 0 -> "null";
            case 1 -> pick(random, List.of("true", "false"));
            case 2 -> pick(random, List.of("0", "-1", "1.5", "-0", "1e3", "2147483648", "9223372036854775808",
                    "-9223372036854775809", "1e308", "4.9e-324", "1E+2"));
            case 3 -> pick(random, List.of("1e999999", "-1e999999", "1e-999999", "123456789e999999999"));
            case 4 -> (random.nextBoolean() ? "-" : "") + "9".repeat(2000);
            case 5 -> "[]";
            case 6 -> "{}";
            case 7 -> "[" + quote("a") + ",1,null]";
            case 8 -> nested(random);
            case 9 -> quote("x".repeat(pick(random, List.of(151, 255, 256, 291, 1000, 10_000, 100_000, 300_000))));
            case 10 -> quote("\u00e4".repeat(pick(random, List.of(37, 73, 150, 1000, 50_000))));
            case 11 -> quote("\u0130".repeat(pick(random, List.of(20, 50, 75, 76, 100, 150, 151))));
            case 12 -> pick(random, List.of("\"\\u0000\"", "\"a\\u0000b\"", "\"\\u0000\\u0000\\u0000\\u0000\"",
                    "\"\\u0130\\u0130\\u0130\"", "\"\\ud800\"", "\"\\udfff\"", "\"a\\ud800b\"", "\"\\udfff\\ud800\"",
                    "\"\\ud83d\\ude00\"", "\"\\u202e\"", "\"\\ufeff\"", "\"\\u0000@example.com\""));
            case 13 -> quote(pick(random, Arrays.asList(TEXT_JUNK)));
            case 14 -> quote("\ud83d\ude00".repeat(pick(random, List.of(10, 40, 76, 151, 5000))));
            case 15 -> "\"" + "\\\\".repeat(pick(random, List.of(10, 1000, 50_000))) + "\"";
            case 16 -> quote("a@b." + "c".repeat(300));
            case 17 -> quote(pick(random, List.of("+1 (555) 000-0000", "+" + "1".repeat(31), "0000", "+1---------",
                    "\u0661\u0662\u0663\u0664\u0665\u0666", "+1\u00a0555 0000")));
            case 18 -> "\"" + "\\u00e4".repeat(pick(random, List.of(37, 100, 20_000))) + "\"";
            case 19 -> "\"unterminated";
            case 20 -> pick(random, List.of("NaN", "Infinity", "undefined", "'single'", "0x10", "01", ".5", "+1"));
            default -> quote(junk(random, random.nextBoolean()));
        };
    }

    private static String nested(java.util.Random random) {
        int depth = pick(random, List.of(10, 100, 500, 999, 1001, 1500, 3000, 10_000, 100_000));
        boolean arrays = random.nextBoolean();
        return arrays ? "[".repeat(depth) + "]".repeat(depth)
                : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    private String urlencoded(java.util.Random random, JsonObject schema, List<String> what) {
        List<String[]> fields = formFields(random, schema, what);
        StringBuilder out = new StringBuilder();
        for (String[] field : fields) {
            out.append(out.length() > 0 ? "&" : "");
            if (random.nextInt(100) < 8) {
                String raw = pick(random, List.of("%", "%zz", "%C0%80", "%ED%A0%80", "%FF%FE", "%00", "+%2B+", "%u0130"));
                out.append(field[0]).append('=').append(raw);
                what.add(field[0] + " raw " + raw);
            } else {
                out.append(URLEncoder.encode(field[0], StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(field[1], StandardCharsets.UTF_8));
            }
        }
        if (random.nextInt(100) < 5) {
            String tail = pick(random, List.of("&", "&&", "=", "&=x", "&x", "&_charset_=bogus", "&_charset_=utf-16le"));
            out.append(tail);
            what.add("form tail " + tail);
        }
        return out.toString();
    }

    private byte[] multipart(java.util.Random random, JsonObject schema, String boundary, List<String> what,
                             Charset charset) {
        List<String[]> fields = formFields(random, schema, what);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String[] field : fields) {
            StringBuilder part = new StringBuilder("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                    + field[0] + "\"");
            int oddity = random.nextInt(100);
            if (oddity < 5) {
                part.append("; filename=\"").append(field[0]).append(".txt\"");
                what.add(field[0] + " as a file");
            }
            part.append("\r\n");
            if (oddity >= 5 && oddity < 15) {
                String type = pick(random, List.of("text/plain; charset=bogus", "text/plain; charset=utf-16le",
                        "text/plain; charset=UTF-8", "application/json", "application/octet-stream",
                        "text/plain; charset=iso-8859-1", "bogus"));
                part.append("Content-Type: ").append(type).append("\r\n");
                what.add(field[0] + " part Content-Type " + type);
            }
            part.append("\r\n");
            out.writeBytes(part.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(field[1].getBytes(charset));
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        if (random.nextInt(100) < 5) {
            String extra = pick(random, List.of("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_charset_\"\r\n\r\nbogus\r\n",
                    "--" + boundary + "\r\n\r\nno disposition\r\n",
                    "--" + boundary + "\r\nContent-Disposition: form-data\r\n\r\nno name\r\n",
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"username\r\n\r\nunterminated\r\n"));
            out.writeBytes(extra.getBytes(StandardCharsets.UTF_8));
            what.add("odd part " + describe(extra));
        }
        int end = random.nextInt(100);
        if (end < 5) {
            what.add("no closing boundary");
        } else if (end < 8) {
            out.writeBytes(("--" + boundary + "--").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes("trailing junk".getBytes(StandardCharsets.US_ASCII));
            what.add("junk after the closing boundary");
        } else {
            out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    /** The schema's form fields with valid values, then some missing, repeated or junk. */
    private List<String[]> formFields(java.util.Random random, JsonObject schema, List<String> what) {
        Map<String, String> valid = validFields(random, schema);
        List<String[]> fields = new ArrayList<>();
        valid.forEach((name, json) -> {
            String value = json.startsWith("\"") ? Json.createReader(new StringReader("[" + json + "]")).readArray()
                    .getString(0) : json;
            fields.add(new String[] {name, value});
        });
        int mutations = random.nextInt(100) < 10 ? 0 : 1 + random.nextInt(2);
        for (int m = 0; m < mutations && !fields.isEmpty(); m++) {
            int action = random.nextInt(100);
            int at = random.nextInt(fields.size());
            String name = fields.get(at)[0];
            if (action < 15) {
                fields.remove(at);
                what.add("without " + name);
            } else if (action < 25) {
                String value = formJunk(random);
                fields.add(new String[] {name, value});
                what.add(name + " twice, second " + describe(value));
            } else if (action < 30) {
                fields.add(new String[] {pick(random, List.of("extra", "", "grant_type", "scope")), formJunk(random)});
                what.add("extra field");
            } else {
                String value = formJunk(random);
                fields.set(at, new String[] {name, value});
                what.add(name + "=" + describe(value));
            }
        }
        return fields;
    }

    private static String formJunk(java.util.Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> "x".repeat(pick(random, List.of(73, 151, 255, 289, 290, 291, 300, 1000, 10_000, 100_000)));
            case 1 -> "\u0130".repeat(pick(random, List.of(50, 75, 76, 100, 151, 300)));
            case 2 -> "\u00e4".repeat(pick(random, List.of(36, 37, 100, 300, 5000)));
            case 3 -> pick(random, List.of("", " ", "\u0000", "a\u0000b", "\ud83d\ude00".repeat(100), "null"));
            default -> pick(random, Arrays.asList(TEXT_JUNK));
        };
    }

    private static String junk(java.util.Random random, boolean numeric) {
        if (numeric && random.nextInt(100) < 60) {
            return pick(random, Arrays.asList(NUMERIC_JUNK));
        }
        return switch (random.nextInt(10)) {
            case 0 -> "9".repeat(pick(random, List.of(20, 100, 2000)));
            case 1 -> "x".repeat(pick(random, List.of(256, 1000, 4000)));
            case 2 -> "\u0130".repeat(pick(random, List.of(10, 76, 200)));
            case 3 -> pick(random, Arrays.asList(NUMERIC_JUNK));
            default -> pick(random, Arrays.asList(TEXT_JUNK));
        };
    }

    private String garbageAuthorization(java.util.Random random) {
        String real = (random.nextBoolean() ? userBearer : adminBearer).substring("Bearer ".length());
        String[] parts = real.split("\\.");
        return switch (random.nextInt(16)) {
            case 0 -> "Bearer";
            case 1 -> "Bearer ";
            case 2 -> "Bearer garbage";
            case 3 -> "Bearer a.b.c";
            case 4 -> "Bearer ...";
            case 5 -> "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIiwiZ3JvdXBzIjpbImFkbWluIl19.";
            case 6 -> "Basic YWRtaW46YWRtaW4=";
            case 7 -> "bearer " + real.substring(0, real.length() - 2) + "AA";
            case 8 -> "Bearer " + parts[0] + "." + parts[1] + ".";
            case 9 -> "Bearer " + real + real;
            case 10 -> "Bearer " + "A".repeat(6000);
            case 11 -> "Bearer " + parts[0] + ".e30." + parts[2];
            case 12 -> "Bearer " + parts[0] + "." + "eyJncm91cHMiOlsiYWRtaW4iXSwic3ViIjoiOTk5OTk5OTk5OTk5OTk5OTk5OTkifQ" + "." + parts[2];
            case 13 -> "Bearer \u00e4\u00f6\u00fc";
            case 14 -> "Bearer  " + real;
            default -> "Bearer " + real + " trailing";
        };
    }

    private static String plausiblePathValue(String name) {
        return switch (name) {
            case "asset" -> "swagger-ui.css";
            case "status" -> "AUTHORIZED";
            case "option" -> "original";
            default -> "987654321098";
        };
    }

    private static String schemaType(Operation op, String name) {
        return op.params().stream().filter(p -> p.name().equals(name)).findFirst()
                .map(p -> p.schema().getString("type", "")).orElse("number");
    }

    // ---- Sending: HTTP/1.1 over a socket, from a loopback address of our own. ----

    private void check(Fuzz fuzz, ConcurrentLinkedQueue<Finding> findings) {
        Answer answer;
        try {
            answer = send(fuzz);
        } catch (IOException | RuntimeException e) {
            findings.add(new Finding("no HTTP answer", fuzz, null, e.toString()));
            return;
        }
        String request = fuzz.target() + " " + fuzz.headers().stream().map(h -> h[1]).collect(Collectors.joining(" "))
                + (fuzz.body() == null ? "" : new String(fuzz.body(), StandardCharsets.UTF_8));
        for (Pattern leak : LEAKS) {
            Matcher matcher = leak.matcher(answer.body());
            if (matcher.find() && !request.contains(matcher.group())) {
                findings.add(new Finding("leak", fuzz, answer, "shows " + excerpt(matcher.group(), 120)));
                break;
            }
        }
        if (answer.status() >= 500) {
            findings.add(new Finding("5xx", fuzz, answer, "status " + answer.status()));
        }
        if (answer.status() < 400 || fuzz.method().equals("HEAD")) {
            return;
        }
        if (answer.body().isEmpty()) {
            // "Our JSON error shape, or empty": what the HTTP layer refuses before any application
            // code runs (a malformed request line or header) may say nothing, but never a page.
            return;
        }
        String surface = surfaceOf(fuzz.target());
        String type = answer.headers().getOrDefault("content-type", "");
        JsonObject body;
        try (var reader = Json.createReader(new StringReader(answer.body()))) {
            body = reader.readObject();
        } catch (RuntimeException e) {
            findings.add(new Finding("error body not JSON", fuzz, answer, "Content-Type " + type + ", " + surface
                    + " surface"));
            return;
        }
        String problem = shapeProblem(surface, answer.status(), body);
        if (problem != null) {
            findings.add(new Finding("error body not in the " + surface + " shape", fuzz, answer, problem));
        } else if (!type.toLowerCase(Locale.ROOT).startsWith(JSON)) {
            findings.add(new Finding("error body JSON but not labelled so", fuzz, answer, "Content-Type " + type));
        }
    }

    private Answer send(Fuzz fuzz) throws IOException {
        URI base = client.base();
        String basePath = base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
        String target = basePath.replaceAll("/+$", "") + fuzz.target();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.writeBytes((fuzz.method() + " " + target + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                + "\r\nConnection: close\r\n").getBytes(StandardCharsets.UTF_8));
        if (fuzz.body() != null || Set.of("POST", "PUT", "PATCH").contains(fuzz.method())) {
            head.writeBytes(("Content-Length: " + (fuzz.body() == null ? 0 : fuzz.body().length) + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
        }
        for (String[] header : fuzz.headers()) {
            head.writeBytes((header[0] + ": " + header[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        head.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        InetAddress server = InetAddress.getByName(base.getHost());
        try (Socket socket = new Socket()) {
            if (server instanceof Inet4Address && server.isLoopbackAddress()) {
                socket.bind(new InetSocketAddress(sourceAddress(fuzz.index()), 0));
            }
            socket.connect(new InetSocketAddress(server, base.getPort()), 10_000);
            socket.setSoTimeout(90_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toByteArray());
            IOException writeFailure = null;
            if (fuzz.body() != null) {
                try {
                    out.write(fuzz.body());
                } catch (IOException e) {
                    writeFailure = e; // the server may answer before it has read everything
                }
            }
            out.flush();
            byte[] raw;
            try {
                raw = readUpTo(socket.getInputStream(), 8 << 20);
            } catch (IOException e) {
                if (writeFailure != null) {
                    e.addSuppressed(writeFailure);
                }
                throw e;
            }
            return parse(raw, fuzz.method());
        }
    }

    private static InetAddress sourceAddress(int index) throws IOException {
        return InetAddress.getByAddress(new byte[] {127, 0, 1, (byte) (1 + Math.floorMod(index, 250))});
    }

    private static byte[] readUpTo(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        for (int n; (n = in.read(buffer)) >= 0 && out.size() < limit; ) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static Answer parse(byte[] raw, String method) throws IOException {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.") || end < 0) {
            throw new IOException("not an HTTP answer (" + raw.length + " bytes): " + excerpt(text, 200));
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].substring(9, 12));
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim(), (a, b) -> a + ", " + b);
            }
        }
        byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
        if (method.equals("HEAD") || status == 204 || status == 304) {
            body = new byte[0];
        } else if (headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT).contains("chunked")) {
            body = dechunk(body);
        } else if (headers.containsKey("content-length")) {
            int length = Integer.parseInt(headers.get("content-length").split(",")[0].trim());
            body = Arrays.copyOf(body, Math.min(length, body.length));
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, at);
            if (lineEnd < 0) {
                break;
            }
            String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int length = size.isEmpty() ? 0 : Integer.parseInt(size, 16);
            if (length == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, Math.min(length, chunked.length - lineEnd - 2));
            at = lineEnd + 2 + length + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, int from) {
        for (int i = from; i + 1 < data.length; i++) {
            if (data[i] == '\r' && data[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }

    // ---- Encoding helpers. ----

    private static String pathEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Reserved characters as they are ({@code %00}, {@code ../} and friends reach the server undecoded). */
    private static String rawPathEncode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            out.append(c > 0x20 && c < 0x7f && c != '?' && c != '#' && c != ' ' ? String.valueOf((char) c)
                    : String.format("%%%02X", c));
        }
        return out.toString();
    }

    private static String queryEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String queryValue(java.util.Random random, String value) {
        return random.nextInt(100) < 15 && !value.contains("&") ? rawPathEncode(value) : queryEncode(value);
    }

    /** Header values cannot hold CR or LF (that would be another request, not a bad header). */
    private static String headerSafe(String value) {
        return value.replaceAll("[\\x00-\\x1f\\x7f]", "");
    }

    private static String quote(String value) {
        return Json.createArrayBuilder().add(value).build().toString().replaceAll("^\\[|]$", "");
    }

    private static <T> T pick(java.util.Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static String describe(String value) {
        if (value == null) {
            return "(none)";
        }
        String shown = escape(value.length() > 80 ? value.substring(0, 24) : value);
        return value.length() > 80 ? "\"" + shown + "...\" (" + value.length() + " chars)" : "\"" + shown + "\"";
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(c -> {
            if (c >= 0x20 && c < 0x7f) {
                out.appendCodePoint(c);
            } else if (c <= 0xffff) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.append(String.format("\\u%04X\\u%04X", (int) Character.highSurrogate(c), (int) Character.lowSurrogate(c)));
            }
        });
        return out.toString();
    }

    private static String excerpt(String value, int max) {
        String flat = escape(value.length() > max ? value.substring(0, max) : value);
        return value.length() > max ? flat + "...(" + value.length() + " chars)" : flat;
    }

    // ---- The report. ----

    private String report(ConcurrentLinkedQueue<Finding> findings, int sent, int planned, Duration took, Duration slowest) {
        StringBuilder out = new StringBuilder();
        out.append("Bad input: ").append(sent).append(" of ").append(planned).append(" requests sent in ")
                .append(took.toSeconds()).append(" s (slowest answer ").append(slowest.toMillis()).append(" ms), seed ")
                .append(seed).append(", ").append(operations.stream().filter(Operation::documented).count())
                .append(" documented operations and ").append(operations.stream().filter(op -> !op.documented()).count())
                .append(" undocumented paths; ").append(findings.size()).append(" bad answers");
        Function<Finding, String> group = f -> f.kind() + " | "
                + (f.kind().equals("5xx") ? f.fuzz().method() + " " + f.fuzz().template() + " | " : "") + (f.answer() == null ? "-" : f.answer().status()
                + " " + f.answer().headers().getOrDefault("content-type", "(no Content-Type)").replaceAll(";.*", ""))
                + " | " + signature(f);
        Map<String, List<Finding>> groups = findings.stream()
                .sorted(Comparator.comparingInt(f -> f.fuzz().index()))
                .collect(Collectors.groupingBy(group, LinkedHashMap::new, Collectors.toList()));
        out.append(" in ").append(groups.size()).append(" groups (kind | status, Content-Type | answer)\n");
        groups.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            out.append("\n== ").append(entry.getKey()).append("  x").append(entry.getValue().size()).append('\n');
            Map<String, Long> endpoints = entry.getValue().stream().collect(Collectors.groupingBy(
                    f -> f.fuzz().method() + " " + f.fuzz().template(), TreeMap::new, Collectors.counting()));
            out.append("  on: ").append(endpoints.entrySet().stream().map(e -> e.getKey() + " x" + e.getValue())
                    .collect(Collectors.joining(", "))).append('\n');
            Set<String> shown = new java.util.HashSet<>();
            entry.getValue().stream().filter(f -> shown.add(f.fuzz().method() + " " + f.fuzz().template())).limit(4)
                    .forEach(f -> out.append(example(f)));
        });
        if (!findings.isEmpty()) {
            out.append("\nReplay one: -Dscanport.it.fuzz.seed=").append(seed).append(" -Dscanport.it.fuzz.only=<index,...>\n");
        }
        return out.toString();
    }

    /** The answer without what varies per request (numbers, ids), to group like with like. */
    private static String signature(Finding finding) {
        if (finding.answer() == null) {
            return excerpt(finding.detail().replaceAll("\\d+", "N"), 80);
        }
        String body = finding.answer().body().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27,}", "ID").replaceAll("\\d+", "N");
        return finding.detail().replaceAll("\\d{3,}", "N") + " | " + excerpt(body, 80);
    }

    private String example(Finding f) {
        Fuzz fuzz = f.fuzz();
        StringBuilder out = new StringBuilder("  #").append(fuzz.index()).append(" (seed ").append(seed).append(") ")
                .append(fuzz.method()).append(' ').append(excerpt(fuzz.target(), 200)).append('\n')
                .append("    input: ").append(fuzz.what()).append('\n')
                .append("    headers: ").append(fuzz.headers().stream()
                        .map(h -> h[0] + ": " + excerpt(h[1].startsWith("Bearer ey") && h[1].length() > 60
                                ? h[1].substring(0, 30) + "..." : h[1], 100))
                        .collect(Collectors.joining(" | "))).append('\n');
        if (fuzz.body() != null) {
            out.append("    body (").append(fuzz.body().length).append(" bytes): ")
                    .append(excerpt(new String(fuzz.body(), StandardCharsets.UTF_8), 240)).append('\n');
        }
        out.append("    ").append(f.detail()).append('\n');
        if (f.answer() != null) {
            out.append("    answer: ").append(f.answer().status()).append(' ')
                    .append(f.answer().headers().getOrDefault("content-type", "(no Content-Type)")).append(' ')
                    .append(excerpt(f.answer().body(), EXCERPT)).append('\n');
        }
        out.append("    curl: ").append(curl(fuzz)).append('\n');
        return out.toString();
    }

    private String curl(Fuzz fuzz) {
        URI base = client.base();
        StringBuilder out = new StringBuilder("curl -sS -i --path-as-is -X ").append(fuzz.method()).append(" '")
                .append(base.getScheme()).append("://").append(base.getHost()).append(':').append(base.getPort())
                .append(fuzz.target().replace("'", "'\\''")).append('\'');
        boolean hasType = false;
        boolean hasAccept = false;
        for (String[] header : fuzz.headers()) {
            hasType |= header[0].equalsIgnoreCase("Content-Type");
            hasAccept |= header[0].equalsIgnoreCase("Accept");
            String value = header[0].equals("Authorization") && (header[1].equals(userBearer) || header[1].equals(adminBearer))
                    ? "Bearer $" + (header[1].equals(userBearer) ? "USER" : "ADMIN") + "_TOKEN" : header[1];
            out.append(" -H ").append(value.contains("$") ? "\"" + header[0] + ": " + value + "\"" : shell(header[0] + ": " + value));
        }
        if (!hasAccept) {
            out.append(" -H 'Accept:'");
        }
        if (fuzz.body() != null) {
            if (!hasType) {
                out.append(" -H 'Content-Type:'");
            }
            if (fuzz.body().length > 600) {
                out.append(" --data-binary @body.bin  # ").append(fuzz.body().length)
                        .append(" bytes: replay with -Dscanport.it.fuzz.only=").append(fuzz.index());
            } else {
                out.append(" --data-binary ").append(shell(fuzz.body()));
            }
        }
        return out.toString();
    }

    private static String shell(String value) {
        return shell(value.getBytes(StandardCharsets.UTF_8));
    }

    private static String shell(byte[] value) {
        StringBuilder out = new StringBuilder("$'");
        for (byte b : value) {
            int c = b & 0xff;
            if (c == '\'' || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c >= 0x20 && c < 0x7f) {
                out.append((char) c);
            } else {
                out.append(String.format("\\x%02x", c));
            }
        }
        return out.append('\'').toString();
    }

    private void writeReport(String report, ConcurrentLinkedQueue<Finding> findings) {
        try {
            Path file = Path.of("target", "bad-input", getClass().getSimpleName() + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, report);
            Files.writeString(file.resolveSibling(getClass().getSimpleName() + "-all.txt"), findings.stream()
                    .sorted(Comparator.comparingInt(f -> f.fuzz().index()))
                    .map(f -> f.fuzz().index() + "\t" + f.kind() + "\t" + (f.answer() == null ? "-" : f.answer().status())
                            + "\t" + f.fuzz().method() + " " + excerpt(f.fuzz().target(), 120) + "\t" + f.fuzz().what()
                            + "\t" + (f.answer() == null ? f.detail() : excerpt(f.answer().body(), 160)))
                    .collect(Collectors.joining("\n", "", "\n")));
        } catch (IOException e) {
            System.out.println("could not write the report: " + e);
        }
    }
}
