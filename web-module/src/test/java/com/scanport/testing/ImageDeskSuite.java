package com.scanport.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.scanport.tools.ReferenceWorker;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * Seed 001's image desk as staff use it: the desk's password, QR batches from the request to
 * a sheet whose every code scans to a working owner page, photos through the image queue, the
 * workers' leases and staff's confirmation to the owner's page and the carousel, and the
 * desk's error shape.
 * Payara Micro runs it on the WAR; Payara Server and WildFly on the EAR.
 */
public abstract class ImageDeskSuite extends ServerSuite {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final Pattern OWNER_CODE = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final Map<URI, String> OWNER_CODES = new ConcurrentHashMap<>();

    @Test
    void theDeskPasswordGivesAStaffTokenInBothFormEncodings() {
        HttpResult urlencoded = client.post("token", "password="
                + URLEncoder.encode(TestAccounts.staffPassword(), StandardCharsets.UTF_8), "Content-Type", FORM);
        assertEquals(200, urlencoded.status(), urlencoded::toString);
        assertEquals("bearer", urlencoded.json().getString("token_type"));
        assertEquals(1800, urlencoded.json().getInt("expires_in"));
        JsonObject claims = TestTokens.claimsOf(urlencoded.json().getString("access_token"));
        assertEquals("[\"staff\"]", claims.getJsonArray("groups").toString());

        String boundary = "----WebKitFormBoundary" + UUID.randomUUID().toString().replace("-", "");
        HttpResult multipart = client.post("token", "--" + boundary + "\r\nContent-Disposition: form-data; name=\"password\""
                        + "\r\n\r\n" + TestAccounts.staffPassword() + "\r\n--" + boundary + "--\r\n",
                "Content-Type", "multipart/form-data; boundary=" + boundary);
        assertEquals(200, multipart.status(), multipart::toString);
        String staff = ScanportClient.bearer(multipart.json().getString("access_token"));
        assertEquals(200, client.get("qr/progress", "Authorization", staff).status());
    }

    @Test
    void aWrongOrMissingPasswordIsRefusedInTheDesksShape() {
        HttpResult wrong = client.post("token", "password=guess", "Content-Type", FORM);
        assertEquals(401, wrong.status(), wrong::toString);
        assertEquals("{\"detail\":\"Incorrect password\"}", wrong.body());
        assertEquals("Bearer", wrong.header("WWW-Authenticate").orElse(""));

        HttpResult missing = client.post("token", "", "Content-Type", FORM);
        assertEquals(422, missing.status(), missing::toString);
        JsonObject problem = missing.json().getJsonArray("detail").getJsonObject(0);
        assertEquals("[\"password\"]", problem.getJsonArray("loc").toString());
        assertEquals("Field required", problem.getString("msg"));
        assertEquals("missing", problem.getString("type"));
    }

    /** From an address of its own: the other tests' guesses count against 127.0.0.1. */
    @Test
    void passwordGuessesAreThrottledPerAddress() throws Exception {
        InetAddress from = InetAddress.getByName("127.0.0.9");
        int refused = 0;
        RawHttp.Answer last = null;
        for (int i = 0; i < 21; i++) {
            last = RawHttp.post(client.base(), from, "token", FORM, "password=guess-" + i);
            if (last.status() == 401) {
                refused++;
            }
        }
        assertEquals(429, last.status(), last.text());
        assertTrue(last.text().toLowerCase().contains("\r\nretry-after: "), last.text());
        assertTrue(refused <= 20, "at most the limit of guesses is checked: " + refused);
        RawHttp.Answer right = RawHttp.post(client.base(), from, "token", FORM,
                "password=" + URLEncoder.encode(TestAccounts.staffPassword(), StandardCharsets.UTF_8));
        assertEquals(429, right.status(), "once limited, the right password waits too: " + right.text());
    }

    @Test
    void aBatchOf40GoesFromTheTokenToAPrintedSheetWhoseCodesOpenOwnerPages() {
        String staff = staffBearer();
        HttpResult started = client.get("qr?n=40", "Authorization", staff);
        assertEquals(200, started.status(), started::toString);
        assertEquals("Generating 40 QR codes, this may take a while. Check the progress at /qr/progress", started.body());
        assertTrue(started.header("Content-Type").orElse("").startsWith("text/plain"), started::toString);

        JsonObject done = awaitDone(staff, 40);
        assertEquals(100.0, done.getJsonNumber("progress").doubleValue());

        HttpResponse<byte[]> download = client.getBytes("qr/download", "Authorization", staff);
        assertEquals(200, download.statusCode());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"qr.pdf\"", download.headers().firstValue("Content-Disposition").orElse(""));

        PrintedCodes.Sheet sheet = PrintedCodes.read(download.body());
        assertEquals(2, sheet.pages());
        assertEquals(List.of(35, 5), sheet.codesPerPage());
        assertEquals(40, new HashSet<>(sheet.codes()).size(), "no code twice");
        String owners = client.base() + "owners/";
        for (String content : sheet.codes()) {
            assertTrue(content.startsWith(owners), content);
            assertTrue(OWNER_CODE.matcher(content.substring(owners.length())).matches(), content);
        }
        assertTrue(sheet.pageTexts().get(0).contains("Each code opens its owner's page: " + owners), sheet.pageTexts().get(0));
        assertTrue(sheet.pageTexts().get(1).contains("QR batch " + done.getJsonNumber("batch").longValue()
                + " - page 2 of 2"), sheet.pageTexts().get(1));

        String code = sheet.codes().get(39).substring(owners.length());
        HttpResult page = client.get("owners/" + code, "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, page.status(), page::toString);
        assertTrue(page.header("Content-Type").orElse("").startsWith("text/html"), page::toString);
        assertTrue(page.body().contains("<h1>Your X-ray</h1>"), page.body());
        assertFalse(page.body().contains("<script") || page.body().contains("http"), "nothing from elsewhere: " + page.body());
        assertTrue(page.header("Content-Security-Policy").orElse("").startsWith("default-src 'none'"), page::toString);
        HttpResult json = client.get("owners/" + code, "Accept", "application/json");
        assertEquals(200, json.status(), json::toString);
        assertEquals("{\"results\":[]}", json.body());
    }

    @Test
    void anUnknownOwnerCodeTellsNothing() {
        HttpResult unknown = client.get("owners/AAAAAAAAAAAAAAAAAAAAAA");
        HttpResult malformed = client.get("owners/x");
        assertEquals(404, unknown.status(), unknown::toString);
        assertEquals(404, malformed.status(), malformed::toString);
        assertEquals("{\"detail\":\"Not Found\"}", unknown.body());
        assertEquals(unknown.body(), malformed.body());
    }

    @Test
    void twoBatchesAtOnceGetOne200AndOne409() throws Exception {
        String staff = staffBearer();
        awaitIdle(staff);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<HttpResult> start = () -> client.get("qr?n=1000", "Authorization", staff);
            List<Future<HttpResult>> answers = List.of(pool.submit(start), pool.submit(start));
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResult> answer : answers) {
                HttpResult result = answer.get();
                statuses.add(result.status());
                if (result.status() == 409) {
                    assertEquals("{\"detail\":\"QR codes are being generated already; check the progress at "
                            + "/qr/progress\"}", result.body());
                }
            }
            statuses.sort(null);
            assertEquals(List.of(200, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
        awaitDone(staff, 1000);
    }

    @Test
    void badCountsAre422AndStartNothing() {
        String staff = staffBearer();
        awaitIdle(staff);
        long before = batchOf(client.get("qr/progress", "Authorization", staff).json());
        for (String n : List.of("", "?n=0", "?n=-1", "?n=1001", "?n=abc", "?n=1e3", "?n=2.5", "?n=")) {
            HttpResult refused = client.get("qr" + n, "Authorization", staff);
            assertEquals(422, refused.status(), n + ": " + refused);
            JsonArray detail = refused.json().getJsonArray("detail");
            assertEquals("[\"n\"]", detail.getJsonObject(0).getJsonArray("loc").toString(), refused::toString);
        }
        assertEquals(before, batchOf(client.get("qr/progress", "Authorization", staff).json()), "no batch started");
    }

    @Test
    void onlyStaffAndAdminsMayUseTheDesk() {
        HttpResult none = client.get("qr/progress");
        assertEquals(401, none.status(), none::toString);
        assertEquals("{\"detail\":\"Not authenticated\"}", none.body());
        assertEquals("Bearer", none.header("WWW-Authenticate").orElse(""));

        String user = TestAccounts.bearerOfNew(client, "desk_user", false);
        HttpResult userToken = client.get("qr?n=1", "Authorization", user);
        assertEquals(401, userToken.status(), "a user's token is no desk credential: " + userToken);
        assertEquals("Bearer", userToken.header("WWW-Authenticate").orElse(""));

        String admin = TestAccounts.bearerOfNew(client, "desk_admin", true);
        assertEquals(200, client.get("qr/progress", "Authorization", admin).status());

        HttpResult forged = client.get("qr/progress", "Authorization",
                ScanportClient.bearer(TestTokens.foreign().token("staff-desk", "staff")));
        assertEquals(401, forged.status(), forged::toString);

        HttpResult wrongMethod = client.post("qr", "", "Authorization", staffBearer());
        assertEquals(405, wrongMethod.status(), wrongMethod::toString);
        assertEquals("{\"detail\":\"Method Not Allowed\"}", wrongMethod.body());
        HttpResult unknown = client.get("qr/nothing-here", "Authorization", staffBearer());
        assertEquals(404, unknown.status(), unknown::toString);
        assertEquals("{\"detail\":\"Not Found\"}", unknown.body());
    }

    /** Staff tokens signed with the server's own key: only the desk's own, as it gives them, open the desk. */
    @Test
    void onlyTheDesksOwnStaffTokensOpenTheDeskAndNothingElse() {
        String staff = staffBearer();
        JsonObject claims = TestTokens.claimsOf(staff.substring("Bearer ".length()));
        TestTokens server = TestTokens.fromDataDir(Path.of(System.getProperty("scanport.it.data.dir")));
        assertEquals(200, client.get("qr/progress", "Authorization", ScanportClient.bearer(server.sign(claims))).status(),
                "the same claims, signed again, are the same token");

        JsonObject otherPassword = Json.createObjectBuilder(claims).add("tgen", claims.getInt("tgen") ^ 1).build();
        JsonObject tooLong = Json.createObjectBuilder(claims)
                .add("exp", claims.getJsonNumber("iat").longValue() + 3 * 3600).build();
        JsonObject noGeneration = Json.createObjectBuilder(claims).remove("tgen").build();
        for (JsonObject forged : List.of(otherPassword, tooLong, noGeneration)) {
            HttpResult refused = client.get("qr/progress", "Authorization", ScanportClient.bearer(server.sign(forged)));
            assertEquals(401, refused.status(), forged + ": " + refused);
            assertEquals("{\"detail\":\"Not authenticated\"}", refused.body());
        }

        HttpResult me = client.get("auth/me", "Authorization", staff);
        assertEquals(403, me.status(), "a staff token is nobody's account: " + me);
        assertEquals(403, client.get("admin/users", "Authorization", staff).status());
    }

    @Test
    void aPhotoGoesThroughTheQueueAWorkerAndConfirmationToTheOwnersPageAndTheCarousel() throws Exception {
        String staff = staffBearer();
        String code = ownerCode(staff);
        byte[] photo = TestPictures.photo(320, 240, "jpg", 1);
        HttpResult uploaded = new Multipart()
                .file("file", "rex.jpg", "image/jpeg", photo)
                .field("first_name", "Zoë")
                .field("last_name", "Smith")
                .field("animal_name", "Rex 100%")
                .field("qr_content", client.base() + "owners/" + code)
                .field("animal_type", "dog")
                .field("broken_bone", "true")
                .post(client, "upload", "Authorization", staff);
        assertEquals(200, uploaded.status(), uploaded::toString);
        assertEquals("success", uploaded.json().getString("status"));
        assertTrue(uploaded.json().getInt("current_jobs") >= 1, uploaded::toString);
        long job = uploaded.json().getJsonNumber("job_id").longValue();

        // The first slot by hand, to see what a worker sees; the second by the reference worker.
        HttpResponse<byte[]> work = awaitWork(staff);
        assertEquals(Long.toString(job), work.headers().firstValue("img_id").orElse(""), work.headers()::toString);
        assertEquals("image/png", work.headers().firstValue("Content-Type").orElse(""));
        assertEquals("percent", work.headers().firstValue("X-Encoded").orElse(""), "a name is not ASCII");
        assertEquals("Zo%C3%AB", work.headers().firstValue("first_name").orElse(""));
        assertEquals("Rex%20100%25", work.headers().firstValue("animal_name").orElse(""));
        assertEquals("dog", work.headers().firstValue("animal_type").orElse(""));
        assertEquals("true", work.headers().firstValue("broken_bone").orElse(""));
        assertEquals(320, TestPictures.read(work.body()).getWidth(), "the photo, normalized to PNG");
        byte[] mine = TestPictures.photo(320, 240, "png", 2);
        HttpResult posted = new Multipart()
                .field("image_id", Long.toString(job))
                .field("lease_id", work.headers().firstValue("lease_id").orElseThrow())
                .file("result", "r.png", "image/png", mine)
                .post(client, "job", "Authorization", staff);
        assertEquals(200, posted.status(), posted::toString);
        assertEquals("{\"status\":\"success\"}", posted.body());
        ReferenceWorker worker = new ReferenceWorker(client.base(), TestAccounts.staffPassword())
                .stopWhenIdleFor(Duration.ofMillis(300));
        worker.run();
        assertEquals(1, worker.posted(), "the worker took the second slot");

        JsonObject results = client.get("results", "Authorization", staff).json();
        String id = Long.toString(job);
        assertEquals(2, results.getInt("results_per_image"));
        assertEquals("Rex 100%", results.getJsonObject("metadata").getJsonObject(id).getString("animal_name"));
        JsonArray options = results.getJsonObject("results").getJsonArray(id);
        assertEquals(2, options.size(), results::toString);
        String first = options.getString(0);
        assertTrue(first.startsWith(client.base() + "results/" + id + "/0?expires="), first);
        HttpResponse<byte[]> shown = client.getBytes(first.substring(client.base().toString().length()));
        assertEquals(200, shown.statusCode(), "a listed address opens without a token");
        assertEquals("image/png", shown.headers().firstValue("Content-Type").orElse(""));
        assertEquals("no-cache, no-store, must-revalidate", shown.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("no-cache", shown.headers().firstValue("Pragma").orElse(""));
        assertEquals("0", shown.headers().firstValue("Expires").orElse(""));
        assertArrayEquals(mine, shown.body(), "option 0 is the result posted by hand");
        String relative = first.substring(client.base().toString().length());
        HttpResult tampered = client.get(relative.replace("/0?", "/1?"));
        assertEquals(403, tampered.status(), "a signature is for its own picture: " + tampered);
        HttpResult expired = client.get(relative.replaceAll("expires=\\d+", "expires=1000"));
        assertEquals(403, expired.status(), expired::toString);
        assertEquals(401, client.get("results/" + id + "/0").status(), "no token, no signature");
        String original = results.getJsonObject("originals").getString(id);
        assertEquals(200, client.getBytes(original.substring(client.base().toString().length())).statusCode());

        for (String bad : List.of("choice=2&confirm=confirm", "choice=-1&confirm=confirm", "choice=x&confirm=confirm",
                "choice=0&confirm=maybe", "choice=0")) {
            HttpResult refused = client.get("confirm?image_id=" + id + "&" + bad, "Authorization", staff);
            assertEquals(422, refused.status(), bad + ": " + refused);
        }
        assertTrue(client.get("results", "Authorization", staff).json().getJsonObject("results").containsKey(id),
                "refused decisions leave the job waiting");
        assertEquals(404, client.get("confirm?image_id=999999999&choice=0&confirm=confirm", "Authorization", staff).status());
        HttpResult confirmed = client.get("confirm?image_id=" + id + "&choice=1&confirm=confirm", "Authorization", staff);
        assertEquals(200, confirmed.status(), confirmed::toString);
        assertEquals("{\"status\":\"success\"}", confirmed.body());
        HttpResult again = client.get("confirm?image_id=" + id + "&choice=1&confirm=confirm", "Authorization", staff);
        assertEquals(409, again.status(), again::toString);
        assertFalse(client.get("results", "Authorization", staff).json().getJsonObject("results").containsKey(id));

        JsonObject page = client.get("owners/" + code, "Accept", "application/json").json();
        JsonObject shownResult = page.getJsonArray("results").getJsonObject(0);
        assertEquals(job, shownResult.getJsonNumber("job_id").longValue());
        String xrayUrl = shownResult.getString("xray");
        byte[] xray = client.getBytes(xrayUrl.substring(client.base().toString().length())).body();
        assertEquals(320, TestPictures.read(xray).getWidth());
        HttpResult html = client.get("owners/" + code, "Accept", "text/html");
        assertTrue(html.body().contains("<h2>Rex 100%</h2>") && html.body().contains("<img alt=\"X-ray\" src=\""),
                html.body());

        JsonArray carousel = Json.createReader(new StringReader(client.get("carousel").body())).readArray();
        assertEquals(client.base() + "carousel/0", carousel.getString(0), "the newest is first");
        HttpResponse<byte[]> entry = client.getBytes("carousel/0");
        assertEquals(200, entry.statusCode());
        assertEquals("application/zip", entry.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"carousel_0.zip\"", entry.headers().firstValue("Content-Disposition").orElse(""));
        Map<String, byte[]> zipped = unzip(entry.body());
        assertEquals(Set.of("xray.png", "original.png"), zipped.keySet());
        assertArrayEquals(xray, zipped.get("xray.png"), "the confirmed result");
        assertEquals(404, client.get("carousel/" + carousel.size()).status());
        assertEquals(422, client.get("carousel/x").status());
    }

    @Test
    void badUploadsAre422AndStoreNothing() throws IOException {
        String staff = staffBearer();
        String code = ownerCode(staff);
        long before = uploadAndCancel(staff, code);
        byte[] photo = TestPictures.photo(64, 48, "png", 3);
        List<Map.Entry<String, Multipart>> bad = List.of(
                Map.entry("file", form(code, "dog").file("file", "notes.txt", "text/plain",
                        "not a picture".getBytes(StandardCharsets.UTF_8))),
                Map.entry("file", form(code, "dog").file("file", "bomb.png", "image/png",
                        TestPictures.pngWithBrokenData(10_000, 5_000))),
                Map.entry("file", form(code, "dog").file("file", "big.png", "image/png", Arrays.copyOf(photo, 10_485_761))),
                Map.entry("qr_content", form("AAAAAAAAAAAAAAAAAAAAAA", "dog").file("file", "a.png", "image/png", photo)),
                Map.entry("animal_type", form(code, "dragon").file("file", "a.png", "image/png", photo)),
                Map.entry("first_name", new Multipart().file("file", "a.png", "image/png", photo).field("last_name", "S")
                        .field("animal_name", "Rex").field("qr_content", code)),
                Map.entry("broken_bone", form(code, "dog").field("broken_bone", "maybe")
                        .file("file", "a.png", "image/png", photo)),
                Map.entry("last_name", new Multipart().field("first_name", "A").field("last_name", "line\nbreak")
                        .field("animal_name", "Rex").field("qr_content", code).file("file", "a.png", "image/png", photo)));
        for (Map.Entry<String, Multipart> upload : bad) {
            HttpResult refused = upload.getValue().post(client, "upload", "Authorization", staff);
            assertEquals(422, refused.status(), upload.getKey() + ": " + refused);
            JsonObject problem = refused.json().getJsonArray("detail").getJsonObject(0);
            assertEquals("[\"" + upload.getKey() + "\"]", problem.getJsonArray("loc").toString(), refused::toString);
        }
        // Refused unread: 20 MB declared, a few bytes sent.
        RawHttp.Answer tooLarge = RawHttp.exchange(client.base(), InetAddress.getLoopbackAddress(), "POST", "upload",
                RawHttp.headers("multipart/form-data; boundary=x", "Content-Length: 20000000", "Authorization: " + staff),
                "--x\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(413, tooLarge.status(), tooLarge::text);
        assertEquals("{\"detail\":\"Request body is larger than 10551296 bytes\"}", tooLarge.body());
        assertEquals(before + 1, uploadAndCancel(staff, code), "no job was stored in between");
    }

    @Test
    void aLeaseThatRunsOutReturnsItsSlotAndItsLateResultIsRefused() {
        String staff = staffBearer();
        String code = ownerCode(staff);
        HttpResult uploaded = form(code, "cat").file("file", "a.png", "image/png", TestPictures.photo(40, 30, "png", 4))
                .post(client, "upload", "Authorization", staff);
        assertEquals(200, uploaded.status(), uploaded::toString);
        String job = Long.toString(uploaded.json().getJsonNumber("job_id").longValue());
        HttpResponse<byte[]> shortLease = awaitWork(staff, "?lease_seconds=1");
        HttpResponse<byte[]> longLease = client.getBytes("job", "Authorization", staff);
        assertEquals(200, longLease.statusCode());
        assertEquals(204, client.getBytes("job", "Authorization", staff).statusCode(), "both slots are leased");
        HttpResponse<byte[]> again = Eventually.await(Duration.ofSeconds(10),
                () -> client.getBytes("job", "Authorization", staff), r -> r.statusCode() == 200, "the slot to return");
        assertEquals(job, again.headers().firstValue("img_id").orElse(""));
        byte[] result = TestPictures.photo(40, 30, "png", 5);
        HttpResult late = postResult(staff, job, lease(shortLease), result);
        assertEquals(409, late.status(), "a lease that ran out: " + late);
        assertEquals(404, postResult(staff, job, "no-such-lease", result).status());
        assertEquals(404, postResult(staff, "999999999", lease(again), result).status(), "an unknown job");
        HttpResult notPicture = postResult(staff, job, lease(again), "text".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, notPicture.status(), notPicture::toString);
        assertEquals(200, postResult(staff, job, lease(again), result).status());
        assertEquals(409, postResult(staff, job, lease(again), result).status(), "a lease takes one result");
        assertEquals(200, postResult(staff, job, lease(longLease), result).status());
        HttpResult full = postResult(staff, job, null, result);
        assertEquals(409, full.status(), full::toString);
        assertEquals("{\"detail\":\"Job " + job + " takes no more results\"}", full.body());
        HttpResult retried = client.get("confirm?image_id=" + job + "&choice=0&confirm=retry", "Authorization", staff);
        assertEquals(200, retried.status(), retried::toString);
        HttpResponse<byte[]> retaken = awaitWork(staff);
        assertEquals(job, retaken.headers().firstValue("img_id").orElse(""), "retry queues the same job again");
        assertEquals(200, client.get("confirm?image_id=" + job + "&choice=0&confirm=cancel", "Authorization", staff).status());
        assertEquals(409, postResult(staff, job, lease(retaken), result).status(), "a cancelled job takes nothing");
        assertEquals(409, client.get("confirm?image_id=" + job + "&choice=0&confirm=cancel", "Authorization", staff).status());
    }

    @Test
    void animalTypesAndTheCarouselAreOpenAndTheJobsAreNot() {
        HttpResult types = client.get("animal_types");
        assertEquals(200, types.status(), types::toString);
        assertEquals("{\"types\":[\"dog\",\"cat\",\"horse\",\"other\"]}", types.body());
        assertEquals(200, client.get("carousel").status());
        for (String path : List.of("job", "results", "confirm?image_id=1&choice=0&confirm=cancel")) {
            HttpResult refused = client.get(path);
            assertEquals(401, refused.status(), path + ": " + refused);
            assertEquals("{\"detail\":\"Not authenticated\"}", refused.body());
        }
        HttpResult upload = new Multipart().field("first_name", "A").post(client, "upload");
        assertEquals(401, upload.status(), upload::toString);
    }

    protected String staffBearer() {
        return TestAccounts.staffBearer(client);
    }

    /**
     * Polls progress until the newest batch, of {@code n} codes, is done; every reading must be
     * at least the one before.
     */
    protected JsonObject awaitDone(String staff, int n) {
        List<Double> readings = new ArrayList<>();
        JsonObject last = Eventually.await(Duration.ofSeconds(120), () -> {
            JsonObject progress = client.get("qr/progress", "Authorization", staff).json();
            readings.add(progress.getJsonNumber("progress").doubleValue());
            return progress;
        }, p -> !"running".equals(p.getString("state")), "the batch to finish");
        assertEquals("done", last.getString("state"), last::toString);
        assertEquals(n, last.getInt("n"));
        for (int i = 1; i < readings.size(); i++) {
            assertTrue(readings.get(i) >= readings.get(i - 1), "progress went back: " + readings);
        }
        return last;
    }

    /** A code of a generated batch, made once per server. */
    protected String ownerCode(String staff) {
        return OWNER_CODES.computeIfAbsent(client.base(), base -> {
            awaitIdle(staff);
            HttpResult started = client.get("qr?n=1", "Authorization", staff);
            assertEquals(200, started.status(), started::toString);
            awaitDone(staff, 1);
            PrintedCodes.Sheet sheet = PrintedCodes.read(client.getBytes("qr/download", "Authorization", staff).body());
            return codesOf(sheet, client.base() + "owners/").iterator().next();
        });
    }

    /** An upload form with the details filled in; the file is the caller's. */
    protected static Multipart form(String code, String animalType) {
        return new Multipart().field("first_name", "Alice").field("last_name", "Smith").field("animal_name", "Buddy")
                .field("qr_content", code).field("animal_type", animalType);
    }

    /** Uploads a photo and cancels its job at once; the job's id. */
    private long uploadAndCancel(String staff, String code) {
        HttpResult uploaded = form(code, "other").file("file", "a.png", "image/png", TestPictures.photo(20, 20, "png", 9))
                .post(client, "upload", "Authorization", staff);
        assertEquals(200, uploaded.status(), uploaded::toString);
        long job = uploaded.json().getJsonNumber("job_id").longValue();
        assertEquals(200, client.get("confirm?image_id=" + job + "&choice=0&confirm=cancel", "Authorization", staff).status());
        return job;
    }

    /** GET /job until the listener has made a job ready. */
    protected HttpResponse<byte[]> awaitWork(String staff, String... query) {
        String path = "job" + String.join("", query);
        return Eventually.await(Duration.ofSeconds(60), () -> client.getBytes(path, "Authorization", staff),
                r -> r.statusCode() == 200, "a job for workers");
    }

    protected HttpResult postResult(String staff, String job, String lease, byte[] result) {
        Multipart form = new Multipart().field("image_id", job);
        if (lease != null) {
            form.field("lease_id", lease);
        }
        return form.file("result", "r.png", "image/png", result).post(client, "job", "Authorization", staff);
    }

    protected static String lease(HttpResponse<byte[]> work) {
        return work.headers().firstValue("lease_id").orElseThrow();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private void awaitIdle(String staff) {
        awaitNoBatchRunning(client, staff);
    }

    /** Waits until no batch runs (a killed one turns failed once silent too long); the newest batch's progress. */
    public static JsonObject awaitNoBatchRunning(ScanportClient client, String staff) {
        return Eventually.await(Duration.ofSeconds(120), () -> client.get("qr/progress", "Authorization", staff).json(),
                p -> !"running".equals(p.getString("state")), "no batch running");
    }

    private static long batchOf(JsonObject progress) {
        return progress.isNull("batch") ? 0 : progress.getJsonNumber("batch").longValue();
    }

    /** The codes of a sheet, without their owner-page prefix. */
    protected static Set<String> codesOf(PrintedCodes.Sheet sheet, String owners) {
        Set<String> codes = new HashSet<>();
        sheet.codes().forEach(content -> codes.add(content.substring(owners.length())));
        return codes;
    }
}
