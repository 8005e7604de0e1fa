package com.scanport.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Seed 000, smart carts, as admins and shoppers meet them: the fleet, a cart's QR code read back
 * from its PNG, the scan that starts a session, the tokens that must not, and fifty shoppers
 * scanning one cart at once. An interface, so that it runs in the store suite's server (one
 * server start less per run): carts pay and sell through the store.
 */
public interface CartSuite {

    String JSON = "application/json";

    /** The client of the server under test ({@link ServerSuite#client()}). */
    ScanportClient client();

    private TestAccounts.SignedIn shopper(String prefix) {
        return TestAccounts.signedInNew(client(), prefix, false);
    }

    private long cart(String admin, String body) {
        HttpResult created = client().post("carts/", body, "Content-Type", JSON, "Authorization", admin);
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("cart_id").longValue();
    }

    private String token(long cart) {
        HttpResult answer = client().get("customer-session/qr/" + cart, "Accept", JSON);
        assertEquals(200, answer.status(), answer::toString);
        return answer.json().getString("token");
    }

    private HttpResult scan(TestAccounts.SignedIn shopper, String token) {
        return client().post("customer-session/scan-qr", "{\"token\": \"" + token + "\"}",
                "Content-Type", JSON, "Authorization", shopper.bearer());
    }

    private static void assertError(int status, String message, HttpResult answer) {
        assertEquals(status, answer.status(), answer::toString);
        assertEquals(message, answer.json().getString("message"), answer::toString);
        assertEquals(message, answer.json().getString("detail"), answer::toString);
    }

    @Test
    default void anAdminKeepsTheFleetAndAShopperStartsASessionByScanning() throws Exception {
        String admin = TestAccounts.bearerOfNew(client(), "fleet", true);
        long cart = cart(admin, "{}");
        long resting = cart(admin, "{\"status\": \"maintenance\"}");
        HttpResult one = client().get("carts/" + cart, "Authorization", admin);
        assertEquals(200, one.status(), one::toString);
        assertEquals("available", one.json().getString("status"));
        HttpResult all = client().get("carts/", "Authorization", admin);
        assertEquals(200, all.status(), all::toString);
        assertTrue(all.jsonStructure().asJsonArray().stream().anyMatch(c -> c.asJsonObject()
                .getJsonNumber("cart_id").longValue() == resting
                && "maintenance".equals(c.asJsonObject().getString("status"))), all::toString);

        TestAccounts.SignedIn shopper = shopper("shopper");
        assertEquals(403, client().get("carts/", "Authorization", shopper.bearer()).status());
        assertEquals(401, client().get("carts/").status());

        // The cart's screen fetches its code as the seed's fetch() does; the shopper's app reads it.
        HttpResponse<byte[]> png = client().getBytes("customer-session/qr/" + cart);
        assertEquals(200, png.statusCode());
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
        String token = ScreenCodes.read(png.body());

        assertError(400, "Cart is not available (current status: maintenance)", scan(shopper, token(resting)));
        HttpResult session = scan(shopper, token);
        assertEquals(200, session.status(), session::toString);
        JsonObject started = session.json();
        assertEquals(shopper.id(), started.getJsonNumber("user_id").longValue());
        assertEquals(cart, started.getJsonNumber("cart_id").longValue());
        assertTrue(started.getBoolean("is_active"));
        assertTrue(started.getJsonNumber("session_id").longValue() > 0);
        assertTrue(started.getString("created_at").endsWith("Z"), started::toString);
        assertEquals("in use", client().get("carts/" + cart, "Authorization", admin).json().getString("status"));

        TestAccounts.SignedIn other = shopper("other");
        assertError(401, "Invalid or expired QR code.", scan(other, token));
        assertError(400, "Cart is not available (current status: in use)", scan(other, token(cart)));
        long second = cart(admin, "{\"status\": \"available\"}");
        assertError(400, "You already have an active shopping session", scan(shopper, token(second)));

        HttpResult freed = client().send("PATCH", "carts/" + cart, "{\"status\": \"available\"}",
                "Content-Type", JSON, "Authorization", admin);
        assertError(400, "Cart has an active session: it becomes available when the session ends", freed);
        HttpResult low = client().send("PATCH", "carts/" + cart, "{\"status\": \"battery low\"}",
                "Content-Type", JSON, "Authorization", admin);
        assertEquals(200, low.status(), low::toString);
        assertEquals("battery low", low.json().getString("status"));
    }

    @Test
    default void badTokensAre401UnknownCarts404AndBadInput422() {
        String admin = TestAccounts.bearerOfNew(client(), "fleet", true);
        long cart = cart(admin, "{}");
        TestAccounts.SignedIn shopper = shopper("prankster");
        String loginToken = shopper.bearer().substring("Bearer ".length());
        String token = token(cart);
        String[] parts = token.split("\\.");
        for (String bad : List.of(loginToken, "garbage", token + "x",
                (Long.parseLong(parts[0]) + 1) + "." + parts[1] + "." + parts[2] + "." + parts[3],
                parts[0] + "." + (Long.parseLong(parts[1]) + 3600) + "." + parts[2] + "." + parts[3])) {
            assertError(401, "Invalid or expired QR code.", scan(shopper, bad));
        }
        assertEquals("available", client().get("carts/" + cart, "Authorization", admin).json().getString("status"),
                "no refused scan claimed the cart");
        assertEquals(401, client().post("customer-session/scan-qr", "{\"token\": \"" + token + "\"}",
                "Content-Type", JSON).status(), "a scan needs the shopper's token");
        assertEquals(401, client().post("customer-session/scan-qr", "{\"token\": \"" + token + "\"}",
                "Content-Type", JSON, "Cookie", "rds-session=" + loginToken + "x").status(), "a forged cookie");
        assertEquals(415, client().post("customer-session/scan-qr", "{\"token\": \"" + token + "\"}",
                "Content-Type", "text/plain", "Cookie", "rds-session=" + loginToken).status(),
                "no other site's form or simple request starts a session with the shopper's cookie");
        // A web app signed in by cookie, as seed 000's example sends it: no Authorization header.
        HttpResult byCookie = client().post("customer-session/scan-qr", "{\"token\": \"" + token + "\"}",
                "Content-Type", JSON, "Cookie", "rds-session=" + loginToken);
        assertEquals(200, byCookie.status(), byCookie::toString);
        assertEquals(shopper.id(), byCookie.json().getJsonNumber("user_id").longValue());
        assertEquals(200, client().post("customer-session/" + byCookie.json().getJsonNumber("session_id")
                + "/end", "", "Authorization", admin).status());
        assertEquals(422, scan(shopper, "").status());
        assertError(404, "Cart not found", client().get("customer-session/qr/987654321", "Accept", JSON));
        assertEquals(422, client().get("customer-session/qr/abc").status());
        assertEquals(422, client().post("carts/", "{\"status\": \"lost\"}", "Content-Type", JSON,
                "Authorization", admin).status());
        assertError(404, "Cart not found", client().send("PATCH", "carts/987654321", "{\"status\": \"available\"}",
                "Content-Type", JSON, "Authorization", admin));
    }

    @Test
    default void ofFiftySimultaneousScansOfOneCartExactlyOneWins() throws Exception {
        String admin = TestAccounts.bearerOfNew(client(), "fleet", true);
        long cart = cart(admin, "{}");
        ExecutorService signUps = Executors.newFixedThreadPool(4);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            // Four at a time: every login reserves a try against the address until its password is checked.
            List<Future<TestAccounts.SignedIn>> signedUp = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                signedUp.add(signUps.submit(() -> shopper("racer")));
            }
            List<Callable<HttpResult>> scans = new ArrayList<>();
            for (Future<TestAccounts.SignedIn> shopper : signedUp) {
                TestAccounts.SignedIn racer = shopper.get();
                String token = token(cart);
                scans.add(() -> scan(racer, token));
            }
            List<HttpResult> answers = new ArrayList<>();
            for (Future<HttpResult> answer : pool.invokeAll(scans)) {
                answers.add(answer.get());
            }
            assertEquals(1, answers.stream().filter(a -> a.status() == 200).count(), answers::toString);
            assertTrue(answers.stream().filter(a -> a.status() != 200).allMatch(a -> a.status() == 400
                    && a.json().getString("message").equals("Cart is not available (current status: in use)")),
                    answers::toString);
        } finally {
            signUps.shutdownNow();
            pool.shutdownNow();
        }
    }

    private long session(TestAccounts.SignedIn shopper, long cart) {
        HttpResult started = scan(shopper, token(cart));
        assertEquals(200, started.status(), started::toString);
        return started.json().getJsonNumber("session_id").longValue();
    }

    private HttpResult addItem(TestAccounts.SignedIn shopper, long session, String body) {
        return client().post("customer-session/" + session + "/items", body, "Content-Type", JSON,
                "Authorization", shopper.bearer());
    }

    private static void assertMoney(String expected, jakarta.json.JsonNumber actual) {
        assertEquals(0, new java.math.BigDecimal(expected).compareTo(actual.bigDecimalValue()), actual::toString);
    }

    @Test
    default void aShopperFillsTheirSessionFromTheCatalogue() {
        String admin = TestAccounts.bearerOfNew(client(), "fleet", true);
        String barcode = "bc-" + java.util.UUID.randomUUID().toString().substring(0, 12);
        HttpResult product = client().post("admin/products", "{\"description\": \"Tea\", \"unit_price\": 4.25, "
                + "\"barcode\": \"" + barcode + "\", \"stock\": 10}", "Content-Type", JSON, "Authorization", admin);
        assertEquals(201, product.status(), product::toString);
        long tea = product.json().getJsonNumber("item_no_").longValue();
        TestAccounts.SignedIn shopper = shopper("filler");
        long session = session(shopper, cart(admin, "{}"));

        HttpResult first = addItem(shopper, session, "{\"barcode\": \"" + barcode + "\", \"quantity\": 2}");
        assertEquals(201, first.status(), first::toString);
        JsonObject line = first.json().getJsonArray("items").getJsonObject(0);
        assertEquals(tea, line.getJsonNumber("item_no_").longValue());
        assertEquals("Tea", line.getString("description"));
        assertEquals(2, line.getInt("quantity"));
        assertMoney("8.50", line.getJsonNumber("line_total"));
        HttpResult more = addItem(shopper, session, "{\"item_no_\": " + tea + ", \"quantity\": 1}");
        assertEquals(201, more.status(), more::toString);
        assertEquals(1, more.json().getJsonArray("items").size(), "one line a product");
        assertMoney("12.75", more.json().getJsonNumber("total"));

        assertError(404, "Product not found", addItem(shopper, session, "{\"item_no_\": 987654321, \"quantity\": 1}"));
        assertError(404, "Product not found", addItem(shopper, session, "{\"barcode\": \"no-such-code\", \"quantity\": 1}"));
        for (String bad : List.of("{\"item_no_\": " + tea + ", \"quantity\": 0}", "{\"item_no_\": " + tea + ", \"quantity\": 100}",
                "{\"item_no_\": " + tea + "}", "{\"quantity\": 1}",
                "{\"item_no_\": " + tea + ", \"barcode\": \"" + barcode + "\", \"quantity\": 1}")) {
            assertEquals(422, addItem(shopper, session, bad).status(), bad);
        }
        assertError(400, "At most 99 of one product in a session",
                addItem(shopper, session, "{\"item_no_\": " + tea + ", \"quantity\": 97}"));

        TestAccounts.SignedIn other = shopper("nosy");
        assertError(403, "This session belongs to another shopper",
                client().get("customer-session/" + session + "/items", "Authorization", other.bearer()));
        assertError(403, "This session belongs to another shopper",
                addItem(other, session, "{\"item_no_\": " + tea + ", \"quantity\": 1}"));
        HttpResult seen = client().get("customer-session/" + session + "/items", "Authorization", admin);
        assertEquals(200, seen.status(), seen::toString);
        assertEquals(3, seen.json().getJsonArray("items").getJsonObject(0).getInt("quantity"));
        assertTrue(seen.json().getBoolean("is_active"));

        HttpResult removed = client().send("DELETE", "customer-session/" + session + "/items/" + tea, null,
                "Authorization", shopper.bearer());
        assertEquals(200, removed.status(), removed::toString);
        assertTrue(removed.json().getJsonArray("items").isEmpty());
        assertMoney("0", removed.json().getJsonNumber("total"));
        assertError(404, "Product not found", client().send("DELETE", "customer-session/" + session + "/items/" + tea,
                null, "Authorization", shopper.bearer()));
        assertError(404, "Session not found", client().get("customer-session/987654321/items",
                "Authorization", shopper.bearer()));
    }

    private long product(String admin, String description, String price, int stock) {
        HttpResult product = client().post("admin/products", "{\"description\": \"" + description + "\", \"unit_price\": "
                + price + ", \"stock\": " + stock + "}", "Content-Type", JSON, "Authorization", admin);
        assertEquals(201, product.status(), product::toString);
        return product.json().getJsonNumber("item_no_").longValue();
    }

    private int stock(String admin, long product) {
        return client().get("admin/products", "Authorization", admin).json().getJsonArray("products").stream()
                .map(p -> p.asJsonObject()).filter(p -> p.getJsonNumber("item_no_").longValue() == product)
                .findFirst().orElseThrow().getInt("stock");
    }

    private java.math.BigDecimal balance(TestAccounts.SignedIn shopper) {
        String token = "cart-balance-" + java.util.UUID.randomUUID();
        assertEquals(200, client().post("login", "{\"username\": \"" + shopper.username() + "\", \"password\": \""
                + TestAccounts.PASSWORD + "\", \"token\": \"" + token + "\"}", "Content-Type", JSON).status());
        return client().post("get-balance", "{\"token\": \"" + token + "\"}", "Content-Type", JSON).json()
                .getJsonNumber("balance").bigDecimalValue();
    }

    private HttpResult checkout(TestAccounts.SignedIn shopper, long session, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = shopper.bearer();
        System.arraycopy(headers, 0, all, 2, headers.length);
        return client().post("customer-session/" + session + "/checkout", "", all);
    }

    @Test
    default void checkoutPaysFromTheLedgerTakesStockAndFreesTheCart() {
        String admin = TestAccounts.bearerOfNew(client(), "fleet", true);
        long tea = product(admin, "Checkout tea", "4.25", 10);
        long cart = cart(admin, "{}");
        TestAccounts.SignedIn shopper = shopper("payer");
        long session = session(shopper, cart);
        assertEquals(201, addItem(shopper, session, "{\"item_no_\": " + tea + ", \"quantity\": 2}").status());
        assertError(403, "This session belongs to another shopper", checkout(shopper("thief"), session));

        String key = "checkout-" + java.util.UUID.randomUUID();
        HttpResult paid = checkout(shopper, session, "Idempotency-Key", key);
        assertEquals(200, paid.status(), paid::toString);
        assertFalse(paid.json().getBoolean("is_active"));
        assertEquals("checkout", paid.json().getString("ended_by"));
        assertMoney("8.50", paid.json().getJsonNumber("total"));
        long transaction = paid.json().getJsonNumber("transaction_id").longValue();
        HttpResult retried = checkout(shopper, session, "Idempotency-Key", key);
        assertEquals(200, retried.status(), retried::toString);
        assertEquals(transaction, retried.json().getJsonNumber("transaction_id").longValue(), "a retry pays once");
        assertError(409, "Session has already ended", checkout(shopper, session));
        assertEquals(0, new java.math.BigDecimal("991.50").compareTo(balance(shopper)));
        assertEquals(8, stock(admin, tea));
        assertEquals("available", client().get("carts/" + cart, "Authorization", admin).json().getString("status"));
        assertError(400, "Session is not active", addItem(shopper, session, "{\"item_no_\": " + tea + ", \"quantity\": 1}"));

        // Refused checkouts change nothing: not enough money, not enough stock.
        long dear = product(admin, "Checkout bike", "600", 5);
        TestAccounts.SignedIn broke = shopper("broke");
        long dearSession = session(broke, cart);
        assertEquals(201, addItem(broke, dearSession, "{\"item_no_\": " + dear + ", \"quantity\": 2}").status());
        assertError(400, "Insufficient funds", checkout(broke, dearSession));
        assertEquals(5, stock(admin, dear));
        assertEquals(0, new java.math.BigDecimal("1000").compareTo(balance(broke)));
        assertEquals(200, client().send("DELETE", "customer-session/" + dearSession + "/items/" + dear, null,
                "Authorization", broke.bearer()).status());
        long rare = product(admin, "Checkout rarity", "1", 1);
        assertEquals(201, addItem(broke, dearSession, "{\"item_no_\": " + rare + ", \"quantity\": 2}").status());
        assertError(400, "Out of stock: Checkout rarity", checkout(broke, dearSession));
        assertEquals(1, stock(admin, rare));
        assertEquals("in use", client().get("carts/" + cart, "Authorization", admin).json().getString("status"));

        // An admin ends the abandoned session; an empty cart checks out for nothing.
        HttpResult ended = client().post("customer-session/" + dearSession + "/end", "", "Authorization", admin);
        assertEquals(200, ended.status(), ended::toString);
        assertEquals("admin", ended.json().getString("ended_by"));
        assertEquals(403, client().post("customer-session/" + dearSession + "/end", "", "Authorization",
                broke.bearer()).status());
        TestAccounts.SignedIn browser = shopper("browser");
        HttpResult empty = checkout(browser, session(browser, cart));
        assertEquals(200, empty.status(), empty::toString);
        assertMoney("0", empty.json().getJsonNumber("total"));
        assertTrue(empty.json().isNull("transaction_id"));
        assertEquals("available", client().get("carts/" + cart, "Authorization", admin).json().getString("status"));
        HttpResult audit = client().get("admin/ledger/audit", "Authorization", admin);
        assertTrue(audit.json().getBoolean("holds"), audit::toString);
    }

    @Test
    default void aShoppersHistoryListsTheirSessionsNewestFirstForThemAndAdminsOnly() {
        String admin = TestAccounts.bearerOfNew(client(), "fleet", true);
        long soap = product(admin, "History soap", "2.50", 10);
        long cart = cart(admin, "{}");
        TestAccounts.SignedIn shopper = shopper("regular");
        long first = session(shopper, cart);
        assertEquals(201, addItem(shopper, first, "{\"item_no_\": " + soap + ", \"quantity\": 3}").status());
        assertEquals(200, checkout(shopper, first).status());
        long second = session(shopper, cart);
        assertEquals(201, addItem(shopper, second, "{\"item_no_\": " + soap + ", \"quantity\": 1}").status());

        HttpResult history = client().get("user/sessions/" + shopper.id(), "Authorization", shopper.bearer());
        assertEquals(200, history.status(), history::toString);
        jakarta.json.JsonArray sessions = history.jsonStructure().asJsonArray();
        assertEquals(2, sessions.size(), sessions::toString);
        JsonObject newest = sessions.getJsonObject(0);
        assertEquals(second, newest.getJsonNumber("session_id").longValue());
        assertTrue(newest.getBoolean("is_active"));
        assertMoney("2.50", newest.getJsonNumber("total"));
        JsonObject paid = sessions.getJsonObject(1);
        assertEquals(first, paid.getJsonNumber("session_id").longValue());
        assertEquals("checkout", paid.getString("ended_by"));
        assertMoney("7.50", paid.getJsonNumber("total"));
        assertEquals(3, paid.getJsonArray("items").getJsonObject(0).getInt("quantity"));
        assertEquals(first, client().get("user/sessions/" + shopper.id() + "?offset=1&limit=1", "Authorization",
                shopper.bearer()).jsonStructure().asJsonArray().getJsonObject(0).getJsonNumber("session_id").longValue());

        assertError(403, "You can only see your own shopping history",
                client().get("user/sessions/" + shopper.id(), "Authorization", shopper("curious").bearer()));
        assertEquals(200, client().get("user/sessions/" + shopper.id(), "Authorization", admin).status());
        assertEquals(401, client().get("user/sessions/" + shopper.id()).status());
        assertEquals(422, client().get("user/sessions/" + shopper.id() + "?limit=101", "Authorization",
                shopper.bearer()).status());
    }

    private HttpResult giveFeedback(TestAccounts.SignedIn shopper, String body) {
        return client().post("feedback/", body, "Content-Type", JSON, "Authorization", shopper.bearer());
    }

    /** A session of {@code shopper} on {@code cart} with one of each product, checked out. */
    private long boughtTogether(TestAccounts.SignedIn shopper, long cart, long... products) {
        long session = session(shopper, cart);
        for (long product : products) {
            assertEquals(201, addItem(shopper, session, "{\"item_no_\": " + product + ", \"quantity\": 1}").status());
        }
        HttpResult paid = checkout(shopper, session);
        assertEquals(200, paid.status(), paid::toString);
        return session;
    }

    private static JsonObject itemStats(JsonObject stats, long product) {
        return stats.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(item -> item.getJsonNumber("item_no_").longValue() == product).findFirst().orElseThrow();
    }

    @Test
    default void aShopperSaysOnceHowAnEndedSessionWentAndAdminsCountIt() {
        String admin = TestAccounts.bearerOfNew(client(), "fleet", true);
        long milk = product(admin, "Feedback milk", "1.10", 10);
        long bread = product(admin, "Feedback bread", "2.20", 10);
        long cart = cart(admin, "{}");
        TestAccounts.SignedIn shopper = shopper("critic");
        long session = session(shopper, cart);
        assertEquals(201, addItem(shopper, session, "{\"item_no_\": " + milk + ", \"quantity\": 1}").status());
        assertEquals(201, addItem(shopper, session, "{\"item_no_\": " + bread + ", \"quantity\": 2}").status());
        String happy = "{\"session_id\": " + session + ", \"satisfaction\": \"happy\", \"additional_comments\": "
                + "\"Quick\", \"selected_item_ids\": [" + bread + ", " + milk + ", " + bread + "]}";
        assertError(400, "Feedback is given once the session has ended", giveFeedback(shopper, happy));
        assertEquals(200, checkout(shopper, session).status());

        assertError(403, "You can only give or read feedback on your own sessions", giveFeedback(shopper("other"), happy));
        assertError(404, "Session not found", giveFeedback(shopper, "{\"session_id\": 987654321, \"satisfaction\": \"sad\"}"));
        HttpResult stranger = giveFeedback(shopper, "{\"session_id\": " + session + ", \"satisfaction\": \"sad\", "
                + "\"selected_item_ids\": [" + milk + ", 987654321]}");
        assertEquals(422, stranger.status(), stranger::toString);
        assertTrue(stranger.json().getString("message").contains("987654321"), stranger::toString);
        for (String bad : List.of("{\"session_id\": " + session + ", \"satisfaction\": \"angry\"}",
                "{\"session_id\": " + session + "}", "{\"satisfaction\": \"sad\"}",
                "{\"session_id\": " + session + ", \"satisfaction\": \"sad\", \"selected_item_ids\": \"" + milk + "\"}",
                "{\"session_id\": " + session + ", \"satisfaction\": \"sad\", \"selected_item_ids\": [1.5]}",
                "{\"session_id\": 10000000000, \"satisfaction\": \"sad\"}",
                "{\"session_id\": " + session + ", \"satisfaction\": \"sad\", \"additional_comments\": \""
                        + "x".repeat(1001) + "\"}")) {
            HttpResult refused = giveFeedback(shopper, bad);
            assertEquals(422, refused.status(), bad + " -> " + refused);
        }

        HttpResult given = giveFeedback(shopper, happy);
        assertEquals(201, given.status(), given::toString);
        assertEquals(session, given.json().getJsonNumber("session_id").longValue());
        assertEquals(shopper.id(), given.json().getJsonNumber("user_id").longValue());
        assertEquals("happy", given.json().getString("satisfaction"));
        assertEquals("Quick", given.json().getString("additional_comments"));
        assertEquals(List.of(bread, milk), given.json().getJsonArray("selected_item_ids").stream()
                .map(id -> ((jakarta.json.JsonNumber) id).longValue()).toList(), "each product once, in the shopper's order");
        assertError(409, "This session already has feedback", giveFeedback(shopper, happy));

        HttpResult read = client().get("feedback/session/" + session, "Authorization", shopper.bearer());
        assertEquals(200, read.status(), read::toString);
        assertEquals(given.json(), read.json());
        assertEquals(given.json(), client().get("feedback/session/" + session, "Authorization", admin).json());
        assertError(403, "You can only give or read feedback on your own sessions",
                client().get("feedback/session/" + session, "Authorization", shopper("peeker").bearer()));
        TestAccounts.SignedIn quiet = shopper("quiet");
        long silent = boughtTogether(quiet, cart, milk);
        assertError(404, "This session has no feedback",
                client().get("feedback/session/" + silent, "Authorization", quiet.bearer()));
        assertEquals(201, giveFeedback(quiet, "{\"session_id\": " + silent + ", \"satisfaction\": \"sad\", "
                + "\"selected_item_ids\": [" + milk + "]}").status());

        assertError(403, "This operation requires admin privileges", client().get("feedback/", "Authorization", shopper.bearer()));
        assertError(403, "This operation requires admin privileges", client().get("feedback/stats", "Authorization", shopper.bearer()));
        HttpResult all = client().get("feedback/?limit=100", "Authorization", admin);
        assertEquals(200, all.status(), all::toString);
        List<Long> sessions = all.jsonStructure().asJsonArray().stream()
                .map(f -> f.asJsonObject().getJsonNumber("session_id").longValue()).toList();
        assertTrue(sessions.indexOf(silent) >= 0 && sessions.indexOf(silent) < sessions.indexOf(session),
                "newest first: " + sessions);
        assertEquals(given.json(), all.jsonStructure().asJsonArray().get(sessions.indexOf(session)), "as it was given");
        HttpResult stats = client().get("feedback/stats", "Authorization", admin);
        assertEquals(200, stats.status(), stats::toString);
        JsonObject counted = stats.json();
        JsonObject bySatisfaction = counted.getJsonObject("by_satisfaction");
        assertEquals(List.of("sad", "neutral", "happy"), List.copyOf(bySatisfaction.keySet()));
        assertTrue(bySatisfaction.getInt("happy") >= 1 && bySatisfaction.getInt("sad") >= 1, counted::toString);
        assertEquals(bySatisfaction.values().stream().mapToLong(n -> ((jakarta.json.JsonNumber) n).longValue()).sum(),
                counted.getJsonNumber("total").longValue());
        JsonObject milkStats = itemStats(counted, milk);
        assertEquals("Feedback milk", milkStats.getString("description"));
        assertEquals(List.of(2, 1, 0, 1), List.of(milkStats.getInt("count"), milkStats.getInt("sad"),
                milkStats.getInt("neutral"), milkStats.getInt("happy")), milkStats::toString);
        assertEquals(1, itemStats(counted, bread).getInt("happy"));
    }

    @Test
    default void suggestionsAreWhatPeopleWhoBoughtTheSameAlsoBought() {
        String admin = TestAccounts.bearerOfNew(client(), "fleet", true);
        long coffee = product(admin, "Suggested coffee", "3.00", 100);
        long filters = product(admin, "Suggested filters", "1.00", 100);
        long mugs = product(admin, "Suggested mug", "5.00", 100);
        for (int i = 0; i < 4; i++) {
            product(admin, "Suggested filler " + i, "1.00", 100);
        }
        long cart = cart(admin, "{}");
        // Two people bought coffee with filters, one of them mugs too; the shopper bought coffee.
        boughtTogether(shopper("brewer"), cart, coffee, filters);
        TestAccounts.SignedIn collector = shopper("collector");
        boughtTogether(collector, cart, coffee, filters);
        String storeToken = "suggest-" + java.util.UUID.randomUUID();
        assertEquals(200, client().post("login", "{\"username\": \"" + collector.username() + "\", \"password\": \""
                + TestAccounts.PASSWORD + "\", \"token\": \"" + storeToken + "\"}", "Content-Type", JSON).status());
        HttpResult bought = client().post("buy", "{\"token\": \"" + storeToken + "\", \"item_id\": " + mugs + "}",
                "Content-Type", JSON);
        assertEquals(200, bought.status(), bought::toString);
        TestAccounts.SignedIn shopper = shopper("newcomer");
        boughtTogether(shopper, cart, coffee);

        String path = "products/suggestions/" + shopper.id() + "?count=3";
        JsonObject suggested = Eventually.await(java.time.Duration.ofSeconds(30),
                () -> client().get(path, "Authorization", shopper.bearer()),
                answer -> answer.status() == 200 && answer.json().getJsonArray("products").size() >= 2
                        && answer.json().getJsonArray("products").getJsonObject(0).getJsonNumber("item_no_").longValue() == filters,
                "filters first in the suggestions").json();
        List<Long> ids = suggested.getJsonArray("products").stream()
                .map(p -> p.asJsonObject().getJsonNumber("item_no_").longValue()).toList();
        assertEquals(List.of(filters, mugs), ids.subList(0, 2), "by how many of the people who bought coffee bought each");
        assertFalse(ids.contains(coffee), "never what the shopper bought");
        assertEquals(ids.size(), suggested.getInt("count"));
        assertEquals(3, ids.size(), "a catalogue with more products fills the count");
        assertEquals(java.util.Set.of("item_no_", "description", "description_ar", "unit_price", "barcode", "image_url",
                "product_size"), suggested.getJsonArray("products").getJsonObject(0).keySet());
        assertEquals("Suggested filters", suggested.getJsonArray("products").getJsonObject(0).getString("description"));

        assertEquals(200, client().get(path, "Authorization", admin).status());
        assertError(403, "You can only see your own suggestions", client().get(path, "Authorization", collector.bearer()));
        assertEquals(401, client().get(path).status());
        for (String count : List.of("2", "11", "x", "-1")) {
            assertEquals(422, client().get("products/suggestions/" + shopper.id() + "?count=" + count,
                    "Authorization", shopper.bearer()).status(), count);
        }
        HttpResult byDefault = client().get("products/suggestions/" + shopper.id(), "Authorization", shopper.bearer());
        assertEquals(200, byDefault.status(), byDefault::toString);
        assertEquals(5, byDefault.json().getInt("count"), byDefault::toString);
    }

    @Test
    default void aCheckoutAndABuyUnderOneIdempotencyKeyAtOnceMakeOnePaymentAndNoFailure() throws Exception {
        String admin = TestAccounts.bearerOfNew(client(), "fleet", true);
        long tea = product(admin, "Raced tea", "1.00", 1000);
        long cart = cart(admin, "{}");
        TestAccounts.SignedIn shopper = shopper("racer");
        String storeToken = "race-" + java.util.UUID.randomUUID();
        assertEquals(200, client().post("login", "{\"username\": \"" + shopper.username() + "\", \"password\": \""
                + TestAccounts.PASSWORD + "\", \"token\": \"" + storeToken + "\"}", "Content-Type", JSON).status());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                long session = session(shopper, cart);
                assertEquals(201, addItem(shopper, session, "{\"item_no_\": " + tea + ", \"quantity\": 1}").status());
                String key = "shared-" + java.util.UUID.randomUUID();
                java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
                Future<HttpResult> checkout = pool.submit(() -> {
                    together.await();
                    return checkout(shopper, session, "Idempotency-Key", key);
                });
                Future<HttpResult> buy = pool.submit(() -> {
                    together.await();
                    return client().post("buy", "{\"token\": \"" + storeToken + "\", \"item_id\": " + tea + "}",
                            "Content-Type", JSON, "Idempotency-Key", key);
                });
                HttpResult checkedOut = checkout.get();
                HttpResult bought = buy.get();
                assertTrue(List.of(200, 422).contains(checkedOut.status()), checkedOut::toString);
                assertTrue(List.of(200, 422).contains(bought.status()), bought::toString);
                assertEquals(1, (checkedOut.status() == 200 ? 1 : 0) + (bought.status() == 200 ? 1 : 0),
                        "one payment under the key: " + checkedOut + " / " + bought);
                if (checkedOut.status() != 200) {
                    assertEquals(200, client().post("customer-session/" + session + "/end", "", "Authorization", admin).status());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(client().get("admin/ledger/audit", "Authorization", admin).json().getBoolean("holds"));
    }

    @Test
    default void aShopperDeletedMidSessionLeavesNoCartInUse() {
        String admin = TestAccounts.bearerOfNew(client(), "fleet", true);
        long cart = cart(admin, "{}");
        TestAccounts.SignedIn shopper = shopper("leaver");
        long session = session(shopper, cart);
        assertEquals("in use", client().get("carts/" + cart, "Authorization", admin).json().getString("status"));
        HttpResult deleted = client().send("DELETE", "admin/users/" + shopper.id(), null, "Authorization", admin);
        assertEquals(204, deleted.status(), deleted::toString);
        assertEquals("available", client().get("carts/" + cart, "Authorization", admin).json().getString("status"));
        JsonObject ended = client().get("user/sessions/" + shopper.id(), "Authorization", admin).jsonStructure()
                .asJsonArray().getJsonObject(0);
        assertEquals(session, ended.getJsonNumber("session_id").longValue());
        assertFalse(ended.getBoolean("is_active"));
        assertEquals("admin", ended.getString("ended_by"));
    }
}
