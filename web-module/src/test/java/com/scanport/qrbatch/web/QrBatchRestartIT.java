package com.scanport.qrbatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.scanport.testing.Eventually;
import com.scanport.testing.HttpResult;
import com.scanport.testing.MicroProcess;
import com.scanport.testing.PrintedCodes;
import com.scanport.testing.ScanportClient;
import com.scanport.testing.TestAccounts;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Fault test: Payara Micro is killed ({@code kill -9}) while it generates a batch of 1000
 * codes. After the restart the batch is reported failed (its heartbeat stopped), no half sheet
 * is ever offered, and the desk takes a new batch. Runs on the run's database.
 */
class QrBatchRestartIT {

    @Test
    void aBatchCutShortByKill9IsReportedFailedAndTheDeskCarriesOn() throws Exception {
        Path dir = Path.of(System.getProperty("scanport.it.dir"), "qr-restart");
        Path dataDir = dir.resolve("data");
        Path log = dir.resolve("payara-micro.log");
        int httpPort = Integer.parseInt(System.getProperty("scanport.it.fault.http.port"));

        long killed;
        try (MicroProcess server = MicroProcess.start(dataDir, httpPort, log)) {
            ScanportClient client = server.client();
            String staff = staffBearer(client);
            awaitIdle(client, staff);
            HttpResult started = client.get("qr?n=1000", "Authorization", staff);
            assertEquals(200, started.status(), started::toString);
            // The first batch of a fresh JVM takes seconds: this lands in the middle of it.
            server.kill();
        }
        try (MicroProcess server = MicroProcess.start(dataDir, httpPort, log)) {
            ScanportClient client = server.client();
            String staff = staffBearer(client);
            JsonObject after = awaitIdle(client, staff);
            killed = after.getJsonNumber("batch").longValue();
            assertEquals("failed", after.getString("state"), () -> "the batch was cut short: " + after);
            assertEquals("The server generating the batch stopped; start it again", after.getString("failure"));

            HttpResponse<byte[]> download = client.getBytes("qr/download", "Authorization", staff);
            if (download.statusCode() == 200) {
                PrintedCodes.Sheet sheet = PrintedCodes.read(download.body());
                assertFalse(sheet.pageTexts().get(0).contains("QR batch " + killed + " "),
                        "the killed batch's sheet is never offered");
            } else {
                assertEquals(404, download.statusCode(), "no batch finished on this database before");
            }

            HttpResult next = client.get("qr?n=35", "Authorization", staff);
            assertEquals(200, next.status(), next::toString);
            JsonObject done = awaitIdle(client, staff);
            assertEquals("done", done.getString("state"), done::toString);
            assertTrue(done.getJsonNumber("batch").longValue() > killed);
            HttpResponse<byte[]> sheet = client.getBytes("qr/download", "Authorization", staff);
            assertEquals(35, PrintedCodes.read(sheet.body()).codes().size());
        }
    }

    private static String staffBearer(ScanportClient client) {
        HttpResult token = client.post("token", "password="
                + URLEncoder.encode(TestAccounts.staffPassword(), StandardCharsets.UTF_8),
                "Content-Type", "application/x-www-form-urlencoded");
        assertEquals(200, token.status(), token::toString);
        return ScanportClient.bearer(token.json().getString("access_token"));
    }

    /** Waits until no batch runs: a killed one turns failed once it has been silent too long. */
    private static JsonObject awaitIdle(ScanportClient client, String staff) {
        return Eventually.await(Duration.ofSeconds(120), () -> client.get("qr/progress", "Authorization", staff).json(),
                p -> !"running".equals(p.getString("state")), "no batch running");
    }
}
