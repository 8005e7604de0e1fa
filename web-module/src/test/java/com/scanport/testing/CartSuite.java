package com.scanport.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    /** A signed-in shopper: their id and "Bearer ..." header value. */
    record CartShopper(long id, String bearer) {
    }

    private CartShopper shopper(String prefix) {
        String username = TestAccounts.uniqueName(prefix);
        assertEquals(200, TestAccounts.signUp(client(), username, false).status());
        HttpResult login = TestAccounts.logIn(client(), username, TestAccounts.PASSWORD);
        assertEquals(200, login.status(), login::toString);
        return new CartShopper(login.json().getJsonNumber("user_id").longValue(),
                ScanportClient.bearer(login.json().getString("access_token")));
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

    private HttpResult scan(CartShopper shopper, String token) {
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

        CartShopper shopper = shopper("shopper");
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

        CartShopper other = shopper("other");
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
        CartShopper shopper = shopper("prankster");
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
            List<Future<CartShopper>> signedUp = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                signedUp.add(signUps.submit(() -> shopper("racer")));
            }
            List<Callable<HttpResult>> scans = new ArrayList<>();
            for (Future<CartShopper> shopper : signedUp) {
                CartShopper racer = shopper.get();
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
}
