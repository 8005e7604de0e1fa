import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Connects once to the database in SCANPORT_DB_URL before run-micro.sh starts the server,
 * so that a wrong URL, user or password fails at once with one clear line (exit status 2)
 * instead of a deployment failure buried in the server log. Run as a single-file program:
 *   java -cp postgresql.jar CheckDatabase.java
 */
public class CheckDatabase {

    public static void main(String[] args) {
        String url = System.getenv("SCANPORT_DB_URL");
        String user = System.getenv("SCANPORT_DB_USER");
        Properties credentials = new Properties();
        if (user != null && !user.isBlank()) {
            credentials.setProperty("user", user);
        }
        String password = System.getenv("SCANPORT_DB_PASSWORD");
        if (password != null && !password.isBlank()) {
            credentials.setProperty("password", password);
        }
        DriverManager.setLoginTimeout(10);
        try (Connection connection = DriverManager.getConnection(url, credentials)) {
            connection.isValid(10);
        } catch (SQLException e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getMessage() == null) {
                cause = cause.getCause();
            }
            System.err.println("scanport: cannot use the database " + url.replaceAll("(?i)(password=)[^&;]*", "$1***")
                    + (credentials.containsKey("user") ? " as " + user : "") + ": " + cause.getMessage()
                    + " (check SCANPORT_DB_URL, SCANPORT_DB_USER and SCANPORT_DB_PASSWORD)");
            System.exit(2);
        }
    }
}
