package com.scanport.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.scanport.testing.MicroProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An H2 database deleted under a data directory that had one: run-micro.sh refuses to start, in
 * one line. On H2 in every run, the PostgreSQL one included: the test is about H2's files.
 */
class LostDatabaseIT {

    @Test
    void aDeletedDatabaseStopsTheNextStartWithOneClearLine() throws Exception {
        Path dir = Path.of(System.getProperty("scanport.it.dir"), "lost-database");
        Path dataDir = dir.resolve("data");
        int httpPort = Integer.parseInt(System.getProperty("scanport.it.lost-database.http.port"));
        try (MicroProcess server = MicroProcess.start(dataDir, httpPort, dir.resolve("first-start.log"),
                MicroProcess.EMBEDDED_H2)) {
            assertTrue(Files.exists(dataDir.resolve("db-marker")), "the first migration leaves its marker");
        }
        try (Stream<Path> files = Files.list(dataDir.resolve("db"))) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }

        Path log = dir.resolve("restart.log");
        Process run = MicroProcess.launch(dataDir, httpPort, log, MicroProcess.EMBEDDED_H2);
        boolean exited = run.waitFor(60, TimeUnit.SECONDS);
        if (!exited) {
            run.destroyForcibly();
        }

        assertTrue(exited, "run-micro.sh started on an empty database");
        assertEquals(2, run.exitValue());
        List<String> lines = Files.readAllLines(log);
        assertEquals(1, lines.size(), () -> String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("scanport: the database " + dataDir.resolve("db/scanport.mv.db")
                + " is gone or empty"), lines.get(0));
        assertTrue(lines.get(0).contains("delete " + dataDir.resolve("db-marker")), lines.get(0));
    }
}
