#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstring>
#include <ctime>
#include <functional>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <thread>

struct Request {
    std::string method, path, version;
    std::map<std::string, std::string> headers;
};

struct Response {
    int status = 200;
    std::string content_type = "text/plain; charset=utf-8";
    std::string body;
};

using Handler = std::function<Response(const Request&)>;

static const char* reason(int code) {
    switch (code) {
        case 200: return "OK";
        case 400: return "Bad Request";
        case 404: return "Not Found";
        case 405: return "Method Not Allowed";
        default: return "Internal Server Error";
    }
}

static bool parse_request(const std::string& raw, Request& req) {
    std::istringstream in(raw);
    std::string line;
    if (!std::getline(in, line)) return false;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::istringstream first(line);
    if (!(first >> req.method >> req.path >> req.version)) return false;
    while (std::getline(in, line) && line != "\r" && !line.empty()) {
        auto colon = line.find(':');
        if (colon == std::string::npos) continue;
        std::string value = line.substr(colon + 1);
        value.erase(0, value.find_first_not_of(' '));
        if (!value.empty() && value.back() == '\r') value.pop_back();
        req.headers[line.substr(0, colon)] = value;
    }
    return true;
}

static void send_response(int fd, const Response& res) {
    std::ostringstream out;
    out << "HTTP/1.1 " << res.status << ' ' << reason(res.status) << "\r\n"
        << "Content-Type: " << res.content_type << "\r\n"
        << "Content-Length: " << res.body.size() << "\r\n"
        << "Connection: close\r\n\r\n"
        << res.body;
    std::string data = out.str();
    size_t sent = 0;
    while (sent < data.size()) {
        ssize_t n = ::send(fd, data.data() + sent, data.size() - sent, 0);
        if (n <= 0) break;
        sent += static_cast<size_t>(n);
    }
}

static void serve(int fd, const std::map<std::string, Handler>& routes) {
    std::string raw;
    char buf[4096];
    while (raw.find("\r\n\r\n") == std::string::npos && raw.size() < 65536) {
        ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n <= 0) break;
        raw.append(buf, static_cast<size_t>(n));
    }
    Request req;
    Response res;
    if (!parse_request(raw, req)) {
        res = {400, "text/plain; charset=utf-8", "bad request\n"};
    } else if (req.method != "GET") {
        res = {405, "text/plain; charset=utf-8", "only GET is supported\n"};
    } else if (auto it = routes.find(req.path.substr(0, req.path.find('?'))); it != routes.end()) {
        res = it->second(req);
    } else {
        res = {404, "text/plain; charset=utf-8", "not found\n"};
    }
    send_response(fd, res);
    std::clog << req.method << ' ' << req.path << ' ' << res.status << '\n';
    ::close(fd);
}

static std::atomic<long> hits{0};

int main(int argc, char** argv) {
    int port = argc > 1 ? std::atoi(argv[1]) : 8080;
    std::signal(SIGPIPE, SIG_IGN);

    std::map<std::string, Handler> routes{
        {"/", [](const Request&) { return Response{200, "text/html; charset=utf-8", "<h1>hello</h1>\n"}; }},
        {"/time", [](const Request&) { return Response{200, "text/plain; charset=utf-8", std::to_string(std::time(nullptr)) + "\n"}; }},
        {"/hits", [](const Request&) { return Response{200, "application/json", "{\"hits\":" + std::to_string(hits.load()) + "}\n"}; }},
        {"/headers", [](const Request& r) {
             std::string body;
             for (const auto& [k, v] : r.headers) body += k + ": " + v + "\n";
             return Response{200, "text/plain; charset=utf-8", body};
         }},
    };

    int srv = ::socket(AF_INET, SOCK_STREAM, 0);
    if (srv < 0) {
        std::perror("socket");
        return 1;
    }
    int yes = 1;
    ::setsockopt(srv, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(static_cast<uint16_t>(port));
    if (::bind(srv, reinterpret_cast<sockaddr*>(&addr), sizeof addr) < 0 || ::listen(srv, 64) < 0) {
        std::perror("bind/listen");
        return 1;
    }
    std::cout << "listening on http://127.0.0.1:" << port << std::endl;

    for (;;) {
        int fd = ::accept(srv, nullptr, nullptr);
        if (fd < 0) continue;
        ++hits;
        std::thread(serve, fd, std::cref(routes)).detach();
    }
}
