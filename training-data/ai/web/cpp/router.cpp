#include "router.hpp"

#include <sstream>

namespace web {

namespace {

std::vector<std::string> splitPath(const std::string& path) {
    std::vector<std::string> segments;
    std::string segment;
    std::istringstream stream(path);
    while (std::getline(stream, segment, '/')) {
        if (!segment.empty()) segments.push_back(segment);
    }
    return segments;
}

}  // namespace

void Router::add(Method method, const std::string& pattern, Handler handler) {
    Route route;
    route.method = method;
    route.handler = std::move(handler);
    for (auto& seg : splitPath(pattern)) {
        if (seg.front() == ':') {
            route.segments.push_back({Segment::Kind::Param, seg.substr(1)});
        } else if (seg == "*") {
            route.segments.push_back({Segment::Kind::Wildcard, "*"});
        } else {
            route.segments.push_back({Segment::Kind::Literal, seg});
        }
    }
    routes_.push_back(std::move(route));
}

bool Router::match(const Route& route, const std::vector<std::string>& parts, Params& params) const {
    std::size_t i = 0;
    for (; i < route.segments.size(); ++i) {
        const auto& seg = route.segments[i];
        if (seg.kind == Segment::Kind::Wildcard) {
            std::string rest;
            for (std::size_t j = i; j < parts.size(); ++j) {
                if (!rest.empty()) rest += '/';
                rest += parts[j];
            }
            params["*"] = rest;
            return true;
        }
        if (i >= parts.size()) return false;
        if (seg.kind == Segment::Kind::Literal && seg.value != parts[i]) return false;
        if (seg.kind == Segment::Kind::Param) params[seg.value] = parts[i];
    }
    return i == parts.size();
}

Response Router::dispatch(const Request& req) const {
    const auto parts = splitPath(req.path.substr(0, req.path.find('?')));
    bool pathMatched = false;
    std::string allowed;

    for (const auto& route : routes_) {
        Params params;
        if (!match(route, parts, params)) continue;
        pathMatched = true;
        if (route.method != req.method) {
            if (!allowed.empty()) allowed += ", ";
            allowed += toString(route.method);
            continue;
        }
        try {
            return route.handler(req, params);
        } catch (const HttpError& e) {
            return Response::json(e.status(), R"({"error":")" + escapeJson(e.what()) + "\"}");
        } catch (const std::exception& e) {
            // Don't leak internal details to clients.
            return Response::json(500, R"({"error":"internal server error"})");
        }
    }

    if (pathMatched) {
        auto res = Response::json(405, R"({"error":"method not allowed"})");
        res.headers["Allow"] = allowed;
        return res;
    }
    return Response::json(404, R"({"error":"not found"})");
}

std::string escapeJson(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            default: out += c;
        }
    }
    return out;
}

}  // namespace web
