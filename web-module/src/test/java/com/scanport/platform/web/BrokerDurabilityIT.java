package com.scanport.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.scanport.testing.Eventually;
import com.scanport.testing.HttpResult;
import com.scanport.testing.MicroProcess;
import com.scanport.testing.ScanportClient;
import com.scanport.testing.TestAccounts;
import jakarta.json.JsonNumber;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fault test: probes acknowledged (202) just before a {@code kill -9} of Payara Micro are
 * all processed once the server is back, and the data written before the kill is still there.
 */
class BrokerDurabilityIT {

    private static final int PROBES = 1000;

    @Test
    void acknowledgedMessagesSurviveKill9() throws Exception {
        Path dir = Path.of(System.getProperty("scanport.it.dir"), "fault");
        Path dataDir = dir.resolve("data");
        Path log = dir.resolve("payara-micro.log");
        int httpPort = Integer.parseInt(System.getProperty("scanport.it.fault.http.port"));

        List<Long> ids;
        String admin;
        try (MicroProcess server = MicroProcess.start(dataDir, httpPort, log)) {
            admin = TestAccounts.bearerOfNew(server.client(), "probe_admin", true);
            HttpResult sent = server.client().post("admin/platform/broker-probes?count=" + PROBES, "",
                    "Authorization", admin);
            assertEquals(202, sent.status(), sent::toString);
            ids = sent.json().getJsonArray("probe_ids").getValuesAs(JsonNumber.class).stream()
                    .map(JsonNumber::longValue).toList();
            server.kill();
        }

        try (MicroProcess server = MicroProcess.start(dataDir, httpPort, log)) {
            ScanportClient client = server.client();
            Eventually.await(Duration.ofSeconds(60), () -> client.get("admin/platform/broker-probes",
                    "Authorization", admin), r -> r.status() == 200 && r.json().getInt("pending") == 0,
                    "every probe to be processed after the restart");
            for (long id : ids) {
                HttpResult probe = client.get("admin/platform/broker-probes/" + id, "Authorization", admin);
                assertEquals(200, probe.status(), () -> "probe " + id + " was lost: " + probe);
                assertEquals(false, probe.json().isNull("received_at"), () -> "probe " + id + ": " + probe);
            }
        }
    }
}
