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

/** {@code SCANPORT_DEMO_DATA=true} fills an empty catalogue (and only an empty one: {@code DemoCatalogue}). */
class DemoCatalogueIT {

    private static final Map<String, String> DEMO_ON_H2 = Map.of("SCANPORT_DB_URL", "", "SCANPORT_DEMO_DATA", "true");

    @Test
    void demoDataFillsAnEmptyCatalogue() throws Exception {
        Path dir = Path.of(System.getProperty("scanport.it.dir"), "demo-catalogue");
        int httpPort = Integer.parseInt(System.getProperty("scanport.it.fault.http.port"));
        try (MicroProcess server = MicroProcess.start(dir.resolve("data"), httpPort, dir.resolve("server.log"), DEMO_ON_H2)) {
            String admin = TestAccounts.bearerOfNew(server.client(), "demo_admin", true);
            List<String> barcodes = barcodes(server.client().get("admin/products", "Authorization", admin));
            assertEquals(5, barcodes.size(), barcodes::toString);
        }
    }

    private static List<String> barcodes(HttpResult products) {
        assertEquals(200, products.status(), products::toString);
        return products.json().getJsonArray("products").stream().map(JsonValue::asJsonObject)
                .map(p -> p.getString("barcode")).toList();
    }
}
