import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

// Minimal health/metrics endpoint using only the JDK's built-in HTTP server.
// Useful for sidecars and batch jobs that don't otherwise run a web framework.
public class HealthServer {

    private final HttpServer server;
    private final Instant startedAt = Instant.now();
    private final Map<String, Supplier<Boolean>> checks = new ConcurrentHashMap<>();

    public HealthServer(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(port), 0);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext("/healthz", this::liveness);
        server.createContext("/readyz", this::readiness);
        server.createContext("/info", this::info);
    }

    public void addCheck(String name, Supplier<Boolean> check) {
        checks.put(name, check);
    }

    public void start() {
        server.start();
    }

    public void stop() {
        server.stop(1);
    }

    private void liveness(HttpExchange ex) throws IOException {
        if (!"GET".equals(ex.getRequestMethod())) {
            send(ex, 405, "{\"error\":\"method not allowed\"}");
            return;
        }
        send(ex, 200, "{\"status\":\"ok\"}");
    }

    private void readiness(HttpExchange ex) throws IOException {
        Map<String, String> results = new LinkedHashMap<>();
        boolean allOk = true;
        for (var entry : checks.entrySet()) {
            boolean ok;
            try {
                ok = Boolean.TRUE.equals(entry.getValue().get());
            } catch (RuntimeException e) {
                ok = false;
            }
            results.put(entry.getKey(), ok ? "up" : "down");
            allOk &= ok;
        }
        StringBuilder json = new StringBuilder("{\"status\":\"")
                .append(allOk ? "ready" : "not_ready").append("\",\"checks\":{");
        int i = 0;
        for (var r : results.entrySet()) {
            if (i++ > 0) json.append(',');
            json.append('"').append(escape(r.getKey())).append("\":\"").append(r.getValue()).append('"');
        }
        json.append("}}");
        send(ex, allOk ? 200 : 503, json.toString());
    }

    private void info(HttpExchange ex) throws IOException {
        Runtime rt = Runtime.getRuntime();
        long usedMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        Duration uptime = Duration.between(startedAt, Instant.now());
        String body = String.format(
                "{\"uptime_seconds\":%d,\"heap_used_mb\":%d,\"heap_max_mb\":%d,\"threads\":%d,\"java\":\"%s\"}",
                uptime.toSeconds(), usedMb, rt.maxMemory() / (1024 * 1024),
                ManagementFactory.getThreadMXBean().getThreadCount(),
                escape(System.getProperty("java.version")));
        send(ex, 200, body);
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(bytes);
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8081;
        HealthServer hs = new HealthServer(port);
        hs.addCheck("disk", () -> new java.io.File("/").getUsableSpace() > 100L * 1024 * 1024);
        hs.start();
        System.out.println("Health server listening on port " + port);
        Runtime.getRuntime().addShutdownHook(new Thread(hs::stop));
    }
}
