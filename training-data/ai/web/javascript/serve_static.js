const http = require('http');
const fs = require('fs');
const path = require('path');
const url = require('url');

// Configuration
const PORT = process.env.PORT || 8080;
const ROOT_DIR = path.resolve(process.argv[2] || './public');

// Map of file extensions to content types
const MIME_TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.js': 'application/javascript; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.jpeg': 'image/jpeg',
    '.gif': 'image/gif',
    '.svg': 'image/svg+xml',
    '.ico': 'image/x-icon',
    '.txt': 'text/plain; charset=utf-8',
    '.woff2': 'font/woff2',
};

// Function to send an error response
function sendError(res, statusCode, message) {
    res.writeHead(statusCode, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(message);
}

// Function to resolve the request path to a file path inside ROOT_DIR
function resolveFilePath(requestUrl) {
    const parsed = url.parse(requestUrl);
    let pathname = decodeURIComponent(parsed.pathname || '/');

    // Serve index.html for directory requests
    if (pathname.endsWith('/')) {
        pathname += 'index.html';
    }

    const filePath = path.normalize(path.join(ROOT_DIR, pathname));

    // Prevent path traversal outside of the root directory
    if (filePath !== ROOT_DIR && !filePath.startsWith(ROOT_DIR + path.sep)) {
        return null;
    }
    return filePath;
}

// Function to stream a file to the response
function serveFile(req, res, filePath, stats) {
    const ext = path.extname(filePath).toLowerCase();
    const contentType = MIME_TYPES[ext] || 'application/octet-stream';
    const lastModified = stats.mtime.toUTCString();

    // Check if the client already has the latest version
    if (req.headers['if-modified-since'] === lastModified) {
        res.writeHead(304);
        res.end();
        return;
    }

    res.writeHead(200, {
        'Content-Type': contentType,
        'Content-Length': stats.size,
        'Last-Modified': lastModified,
        'Cache-Control': 'public, max-age=300',
    });

    // HEAD requests only need the headers
    if (req.method === 'HEAD') {
        res.end();
        return;
    }

    const stream = fs.createReadStream(filePath);
    stream.on('error', function (err) {
        console.error('Stream error:', err.message);
        res.destroy();
    });
    stream.pipe(res);
}

// Function to handle each incoming request
function handleRequest(req, res) {
    // Only allow GET and HEAD
    if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.setHeader('Allow', 'GET, HEAD');
        sendError(res, 405, 'Method Not Allowed');
        return;
    }

    let filePath;
    try {
        filePath = resolveFilePath(req.url);
    } catch (err) {
        // decodeURIComponent can throw on malformed input
        sendError(res, 400, 'Bad Request');
        return;
    }

    if (filePath === null) {
        sendError(res, 403, 'Forbidden');
        return;
    }

    fs.stat(filePath, function (err, stats) {
        if (err) {
            if (err.code === 'ENOENT' || err.code === 'ENOTDIR') {
                sendError(res, 404, 'Not Found');
            } else {
                sendError(res, 500, 'Internal Server Error');
            }
            return;
        }

        // Redirect "/docs" to "/docs/" so relative links work
        if (stats.isDirectory()) {
            res.writeHead(301, { Location: req.url.split('?')[0] + '/' });
            res.end();
            return;
        }

        serveFile(req, res, filePath, stats);
    });
}

// Create and start the server
const server = http.createServer(function (req, res) {
    const start = Date.now();
    res.on('finish', function () {
        console.log(req.method + ' ' + req.url + ' ' + res.statusCode + ' ' + (Date.now() - start) + 'ms');
    });
    handleRequest(req, res);
});

server.listen(PORT, function () {
    console.log('Serving ' + ROOT_DIR + ' at http://localhost:' + PORT);
});
