package com.scanport.store.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.scanport.testing.HttpResult;
import com.scanport.testing.MicroProcess;
import com.scanport.testing.TestAccounts;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code SCANPORT_DEMO_DATA=true} fills an empty catalogue once, and never again. */
class DemoCatalogueIT {

    private static final Map<String, String> DEMO_ON_H2 = Map.of("SCANPORT_DB_URL", "", "SCANPORT_DEMO_DATA", "true");

    @Test
    void demoDataFillsAnEmptyCatalogueOnce() throws Exception {
        Path dir = Path.of(System.getProperty("scanport.it.dir"), "demo-catalogue");
        Path dataDir = dir.resolve("data");
        int httpPort = Integer.parseInt(System.getProperty("scanport.it.fault.http.port"));
        List<String> first;
        String admin;
        try (MicroProcess server = MicroProcess.start(dataDir, httpPort, dir.resolve("first.log"), DEMO_ON_H2)) {
            admin = TestAccounts.bearerOfNew(server.client(), "demo_admin", true);
            first = barcodes(server.client().get("admin/products", "Authorization", admin));
            assertEquals(5, first.size(), first::toString);
        }
        try (MicroProcess server = MicroProcess.start(dataDir, httpPort, dir.resolve("second.log"), DEMO_ON_H2)) {
            assertEquals(first, barcodes(server.client().get("admin/products", "Authorization", admin)),
                    "a catalogue with products is left as it is");
        }
    }

    private static List<String> barcodes(HttpResult products) {
        assertEquals(200, products.status(), products::toString);
        return products.json().getJsonArray("products").stream().map(JsonValue::asJsonObject)
                .map(p -> p.getString("barcode")).toList();
    }
}
