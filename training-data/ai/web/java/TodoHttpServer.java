import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

public class TodoHttpServer {

    record Todo(long id, String title, boolean done) {
        String toJson() {
            return String.format("{\"id\":%d,\"title\":\"%s\",\"done\":%b}", id, esc(title), done);
        }
    }

    private static final Pattern ITEM = Pattern.compile("^/todos/(\\d+)$");
    private static final Pattern TITLE = Pattern.compile("\"title\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern DONE = Pattern.compile("\"done\"\\s*:\\s*(true|false)");

    private final Map<Long, Todo> todos = new ConcurrentSkipListMap<>();
    private final AtomicLong ids = new AtomicLong();

    static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    static String unesc(String s) {
        return s.replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
    }

    void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String method = ex.getRequestMethod();
            if (path.equals("/todos")) {
                switch (method) {
                    case "GET" -> send(ex, 200, todos.values().stream().map(Todo::toJson)
                            .collect(Collectors.joining(",", "[", "]")));
                    case "POST" -> create(ex);
                    default -> send(ex, 405, "{\"error\":\"method not allowed\"}");
                }
                return;
            }
            Matcher m = ITEM.matcher(path);
            if (!m.matches()) {
                send(ex, 404, "{\"error\":\"not found\"}");
                return;
            }
            long id = Long.parseLong(m.group(1));
            Todo t = todos.get(id);
            if (t == null) {
                send(ex, 404, "{\"error\":\"no such todo\"}");
                return;
            }
            switch (method) {
                case "GET" -> send(ex, 200, t.toJson());
                case "PATCH" -> update(ex, t);
                case "DELETE" -> {
                    todos.remove(id);
                    ex.sendResponseHeaders(204, -1);
                }
                default -> send(ex, 405, "{\"error\":\"method not allowed\"}");
            }
        }
    }

    void create(HttpExchange ex) throws IOException {
        Matcher m = TITLE.matcher(body(ex));
        if (!m.find() || m.group(1).isBlank()) {
            send(ex, 400, "{\"error\":\"title is required\"}");
            return;
        }
        Todo t = new Todo(ids.incrementAndGet(), unesc(m.group(1)), false);
        todos.put(t.id(), t);
        ex.getResponseHeaders().set("Location", "/todos/" + t.id());
        send(ex, 201, t.toJson());
    }

    void update(HttpExchange ex, Todo t) throws IOException {
        String b = body(ex);
        Matcher title = TITLE.matcher(b);
        Matcher done = DONE.matcher(b);
        Todo updated = new Todo(t.id(),
                title.find() ? unesc(title.group(1)) : t.title(),
                done.find() ? Boolean.parseBoolean(done.group(1)) : t.done());
        todos.put(t.id(), updated);
        send(ex, 200, updated.toJson());
    }

    static String body(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        }
    }

    static void send(HttpExchange ex, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        TodoHttpServer app = new TodoHttpServer();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/todos", app::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        System.out.println("listening on http://127.0.0.1:" + port + "/todos");
    }
}
