package kg.neo4jlocal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.server.CommunityBootstrapper;

/**
 * Runs a real Neo4j 5.26 community server (Bolt + HTTP + Browser) from the jars on the classpath.
 *
 * <pre>
 * java -cp CLASSPATH kg.neo4jlocal.Launcher serve --home DIR --password PW [--bolt-port N] [--http-port N]
 * java -cp CLASSPATH kg.neo4jlocal.Launcher admin --home DIR ARGS...   (neo4j-admin, e.g. database import full ...)
 * </pre>
 *
 * serve writes DIR/conf/neo4j.conf (127.0.0.1 only, auth on), sets the initial password of user
 * neo4j before the system database is first created, starts the server and prints
 * {@code READY bolt://127.0.0.1:B http://127.0.0.1:H} once Bolt answers a handshake. It runs until
 * SIGTERM/SIGINT; Neo4j's own shutdown hook then stops the DBMS cleanly. A port of 0 (the
 * default) means "pick a free one".
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
            System.exit(2);
        }
        String cmd = args[0];
        Map<String, String> opts = new LinkedHashMap<>();
        int i = 1;
        for (; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--") || i + 1 >= args.length) {
                break;
            }
            if (!(a.equals("--home") || a.equals("--password") || a.equals("--bolt-port")
                    || a.equals("--http-port") || a.equals("--pagecache") || a.equals("--browser"))) {
                break;
            }
            opts.put(a.substring(2), args[++i]);
        }
        String[] rest = java.util.Arrays.copyOfRange(args, i, args.length);
        String homeOpt = opts.get("home");
        if (homeOpt == null) {
            System.err.println("--home is required");
            System.exit(2);
        }
        Path home = Paths.get(homeOpt).toAbsolutePath().normalize();
        switch (cmd) {
            case "serve" -> System.exit(serve(home, opts));
            case "admin" -> System.exit(admin(home, rest));
            default -> {
                usage();
                System.exit(2);
            }
        }
    }

    private static void usage() {
        System.err.println("usage: Launcher serve --home DIR --password PW [--bolt-port N] [--http-port N]"
                + " [--pagecache 128m]\n       Launcher admin --home DIR NEO4J_ADMIN_ARGS...");
    }

    static Path writeConf(Path home, int boltPort, int httpPort, String pagecache) throws IOException {
        Path conf = home.resolve("conf");
        Files.createDirectories(conf);
        for (String d : new String[] {"data", "logs", "import", "plugins", "run", "licenses"}) {
            Files.createDirectories(home.resolve(d));
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# written by kg.neo4jlocal.Launcher on every start; edits are overwritten\n");
        sb.append("server.default_listen_address=127.0.0.1\n");
        sb.append("server.default_advertised_address=127.0.0.1\n");
        sb.append("server.bolt.enabled=true\n");
        sb.append("server.bolt.listen_address=127.0.0.1:").append(boltPort).append('\n');
        sb.append("server.bolt.advertised_address=127.0.0.1:").append(boltPort).append('\n');
        sb.append("server.http.enabled=true\n");
        sb.append("server.http.listen_address=127.0.0.1:").append(httpPort).append('\n');
        sb.append("server.http.advertised_address=127.0.0.1:").append(httpPort).append('\n');
        sb.append("server.https.enabled=false\n");
        sb.append("dbms.security.auth_enabled=true\n");
        sb.append("dbms.usage_report.enabled=false\n");
        sb.append("server.memory.pagecache.size=").append(pagecache).append('\n');
        sb.append("dbms.memory.transaction.total.max=512m\n");
        sb.append("server.directories.import=").append(home.resolve("import")).append('\n');
        sb.append("dbms.security.allow_csv_import_from_file_urls=true\n");
        // Bolt's netty groups otherwise idle 5 s each on shutdown (10 s per stop)
        sb.append("internal.dbms.bolt.netty_server_shutdown_quiet_period=0\n");
        Path file = conf.resolve("neo4j.conf");
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        return file;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress("127.0.0.1", 0));
            return s.getLocalPort();
        }
    }

    static int serve(Path home, Map<String, String> opts) throws Exception {
        String password = opts.get("password");
        if (password == null) {
            password = System.getenv("KG_NEO4J_PASSWORD");
        }
        if (password == null || password.length() < 8) {
            System.err.println("a password of at least 8 characters is required (--password or KG_NEO4J_PASSWORD)");
            return 2;
        }
        int bolt = Integer.parseInt(opts.getOrDefault("bolt-port", "0"));
        int http = Integer.parseInt(opts.getOrDefault("http-port", "0"));
        if (bolt == 0) {
            bolt = freePort();
        }
        if (http == 0) {
            http = freePort();
            while (http == bolt) {
                http = freePort();
            }
        }
        Path confFile = writeConf(home, bolt, http, opts.getOrDefault("pagecache", "128m"));

        // The initial password only counts when the system database is created, so set it then.
        boolean fresh = !Files.exists(home.resolve("data").resolve("databases").resolve("system"));
        if (fresh) {
            int rc = AdminTool.execute(new ExecutionContext(home, home.resolve("conf")),
                    "dbms", "set-initial-password", "--", password);  // "--": a password may open with "-"
            if (rc != 0) {
                System.err.println("neo4j-admin dbms set-initial-password failed with exit code " + rc);
                return rc;
            }
        }

        long t0 = System.nanoTime();
        CommunityBootstrapper boot = new CommunityBootstrapper();
        int rc = boot.start(home, confFile, Map.of(), false, false);
        if (rc != 0) {
            System.err.println("neo4j failed to start, exit code " + rc + " (see " + home.resolve("logs") + ")");
            return rc;
        }
        if (!waitForBolt(bolt, 60_000)) {
            System.err.println("bolt did not answer on 127.0.0.1:" + bolt);
            boot.stop();
            return 1;
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        PrintStream out = System.out;
        out.println("READY bolt://127.0.0.1:" + bolt + " http://127.0.0.1:" + http + " pid="
                + ProcessHandle.current().pid() + " start_ms=" + ms);
        out.flush();

        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // NeoBootstrapper's own hook stops the DBMS; this one only reports.
            System.out.println("STOPPING");
            System.out.flush();
            done.countDown();
        }, "kg-neo4jlocal-exit"));
        while (boot.isRunning()) {
            if (done.await(1, java.util.concurrent.TimeUnit.SECONDS)) {
                break;
            }
        }
        return 0;
    }

    /** True once something on the port answers a Bolt handshake with a version it agrees to. */
    static boolean waitForBolt(int port, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                s.setSoTimeout(2000);
                OutputStream o = s.getOutputStream();
                // magic, then four proposals: 5.x range, 4.4, none, none
                byte[] hs = {
                    (byte) 0x60, (byte) 0x60, (byte) 0xB0, (byte) 0x17,
                    0, 8, 8, 5, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0
                };
                o.write(hs);
                o.flush();
                InputStream in = s.getInputStream();
                byte[] resp = in.readNBytes(4);
                if (resp.length == 4 && (resp[3] != 0 || resp[2] != 0)) {
                    return true;
                }
            } catch (IOException e) {
                // not yet
            }
            Thread.sleep(200);
        }
        return false;
    }

    static int admin(Path home, String[] args) throws IOException {
        if (!Files.exists(home.resolve("conf").resolve("neo4j.conf"))) {
            writeConf(home, 7687, 7474, "128m"); // ports are rewritten by the next serve
        }
        return AdminTool.execute(new ExecutionContext(home, home.resolve("conf")), args);
    }
}
