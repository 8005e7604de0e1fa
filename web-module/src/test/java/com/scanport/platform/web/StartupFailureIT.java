package com.scanport.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.scanport.testing.MicroProcess;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A database the server cannot use stops run-micro.sh at once, with one line saying why; a
 * deployment that fails anyway stops Payara Micro rather than leave it answering 404s.
 */
class StartupFailureIT {

    @Test
    void unreachableDatabaseFailsStartupFastWithOneClearLine() throws Exception {
        Path dir = Path.of(System.getProperty("scanport.it.dir"), "startup-failure");
        Path log = dir.resolve("run-micro.log");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/scanport?password=s3cret";
        int httpPort = Integer.parseInt(System.getProperty("scanport.it.fault.http.port"));

        String line = MicroProcess.refusedStart(dir.resolve("data"), httpPort, log,
                Map.of("SCANPORT_DB_URL", url, "SCANPORT_DB_USER", "scanport"), "with an unreachable database");
        assertTrue(line.startsWith("scanport: cannot use the database jdbc:postgresql://127.0.0.1:" + closedPort), line);
        assertTrue(line.contains("refused") && line.contains("SCANPORT_DB_URL"), line);
        assertTrue(line.contains("password=***") && !line.contains("s3cret"), "the password stays out of the log: " + line);
    }

    @Test
    void aFailedDeploymentEndsPayaraMicroWithOneClearLine() throws Exception {
        Path dir = Path.of(System.getProperty("scanport.it.dir"), "failed-deployment");
        Path database = dir.resolve("data/db/scanport.mv.db");
        Files.createDirectories(database.getParent());
        Files.writeString(database, "not an H2 database");
        Path log = dir.resolve("run-micro.log");
        int httpPort = Integer.parseInt(System.getProperty("scanport.it.fault.http.port"));

        // On H2 in every run, the PostgreSQL one included: the broken database is an H2 file.
        Process run = MicroProcess.launch(dir.resolve("data"), httpPort, log, MicroProcess.EMBEDDED_H2);
        boolean exited = run.waitFor(240, TimeUnit.SECONDS);
        if (!exited) {
            run.destroyForcibly();
        }

        assertTrue(exited, "Payara Micro is still running after its deployment failed");
        assertTrue(run.exitValue() != 0, "exit status " + run.exitValue());
        List<String> lines = Files.readAllLines(log);
        assertTrue(lines.stream().anyMatch(line -> line.contains("SEVERE")), "the cause, in the server's log");
        assertEquals("scanport: the application failed to deploy (see the SEVERE lines above); stopping Payara Micro",
                lines.stream().filter(line -> line.startsWith("scanport:")).reduce((a, b) -> b).orElse(null));
    }
}
