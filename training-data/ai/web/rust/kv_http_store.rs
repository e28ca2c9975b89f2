// A tiny in-memory key-value store served over HTTP, using only the standard library.
//
//   GET    /kv/<key>   -> 200 with the value, or 404
//   PUT    /kv/<key>   -> stores the request body, 201 if new, 200 if replaced
//   DELETE /kv/<key>   -> 204, or 404 if the key did not exist
//   GET    /keys       -> newline-separated list of keys
//
// Each connection is handled on its own thread, and the map is shared through
// an Arc<RwLock<...>> so reads can happen in parallel.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, RwLock};
use std::thread;

// Limit request bodies so one client can't exhaust memory.
const MAX_BODY: usize = 1024 * 1024;

type Store = Arc<RwLock<BTreeMap<String, Vec<u8>>>>;

// The parts of an HTTP request we care about.
struct Request {
    method: String,
    path: String,
    body: Vec<u8>,
}

// Read the request line, headers and body from the stream.
fn read_request(stream: &TcpStream) -> std::io::Result<Option<Request>> {
    let mut reader = BufReader::new(stream);

    // First line looks like: "PUT /kv/name HTTP/1.1"
    let mut request_line = String::new();
    if reader.read_line(&mut request_line)? == 0 {
        return Ok(None);
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or("").to_string();
    let path = parts.next().unwrap_or("/").to_string();

    // Read headers until the blank line, remembering Content-Length.
    let mut content_length = 0usize;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" || line == "\n" {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.trim().eq_ignore_ascii_case("content-length") {
                content_length = value.trim().parse().unwrap_or(0);
            }
        }
    }

    // Read exactly Content-Length bytes of body (capped at MAX_BODY).
    let mut body = vec![0; content_length.min(MAX_BODY)];
    reader.read_exact(&mut body)?;

    Ok(Some(Request { method, path, body }))
}

// Write a complete HTTP response and close the connection.
fn respond(mut stream: &TcpStream, status: &str, body: &[u8]) -> std::io::Result<()> {
    write!(
        stream,
        "HTTP/1.1 {}\r\nContent-Length: {}\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n",
        status,
        body.len()
    )?;
    stream.write_all(body)?;
    stream.flush()
}

// Decide what to do with a request and produce (status, body).
fn route(req: Request, store: &Store) -> (&'static str, Vec<u8>) {
    if req.path == "/keys" && req.method == "GET" {
        let map = store.read().unwrap();
        let keys: Vec<&str> = map.keys().map(String::as_str).collect();
        return ("200 OK", keys.join("\n").into_bytes());
    }

    // Everything else must be under /kv/<key>.
    let key = match req.path.strip_prefix("/kv/") {
        Some(k) if !k.is_empty() => k.to_string(),
        _ => return ("404 Not Found", b"not found".to_vec()),
    };

    match req.method.as_str() {
        "GET" => match store.read().unwrap().get(&key) {
            Some(value) => ("200 OK", value.clone()),
            None => ("404 Not Found", b"no such key".to_vec()),
        },
        "PUT" => {
            let previous = store.write().unwrap().insert(key, req.body);
            if previous.is_some() {
                ("200 OK", b"replaced".to_vec())
            } else {
                ("201 Created", b"created".to_vec())
            }
        }
        "DELETE" => match store.write().unwrap().remove(&key) {
            Some(_) => ("204 No Content", Vec::new()),
            None => ("404 Not Found", b"no such key".to_vec()),
        },
        _ => ("405 Method Not Allowed", b"method not allowed".to_vec()),
    }
}

fn handle_client(stream: TcpStream, store: Store) {
    let result = read_request(&stream).and_then(|maybe_req| match maybe_req {
        Some(req) => {
            let (status, body) = route(req, &store);
            respond(&stream, status, &body)
        }
        None => Ok(()),
    });
    if let Err(e) = result {
        eprintln!("connection error: {}", e);
    }
}

fn main() -> std::io::Result<()> {
    let addr = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:7878".to_string());
    let listener = TcpListener::bind(&addr)?;
    let store: Store = Arc::new(RwLock::new(BTreeMap::new()));
    println!("kv store listening on http://{}", addr);

    for stream in listener.incoming() {
        match stream {
            Ok(stream) => {
                let store = Arc::clone(&store);
                thread::spawn(move || handle_client(stream, store));
            }
            Err(e) => eprintln!("accept failed: {}", e),
        }
    }
    Ok(())
}

// Try it out:
//   $ curl -X PUT --data 'hello' http://127.0.0.1:7878/kv/greeting
//   created
//   $ curl http://127.0.0.1:7878/kv/greeting
//   hello
//   $ curl http://127.0.0.1:7878/keys
//   greeting
