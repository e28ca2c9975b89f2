// A tiny blocking HTTP/1.1 static file server using only the standard library.
// Good enough for local development; not hardened for production use.

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::thread;

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css",
        "js" | "mjs" => "application/javascript",
        "json" => "application/json",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "svg" => "image/svg+xml",
        "wasm" => "application/wasm",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Maps a request path onto the served root, rejecting `..` traversal.
fn resolve(root: &Path, request_path: &str) -> Option<PathBuf> {
    let decoded = request_path.split('?').next()?.trim_start_matches('/');
    let mut path = root.to_path_buf();
    for comp in Path::new(decoded).components() {
        match comp {
            Component::Normal(part) => path.push(part),
            Component::CurDir => {}
            _ => return None,
        }
    }
    if path.is_dir() {
        path.push("index.html");
    }
    Some(path)
}

fn respond(stream: &mut TcpStream, status: &str, ctype: &str, body: &[u8], head_only: bool) {
    let header = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(header.as_bytes());
    if !head_only {
        let _ = stream.write_all(body);
    }
}

fn handle(mut stream: TcpStream, root: &Path) {
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(s) => s,
        Err(_) => return,
    });
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    // Drain the headers; we don't need them.
    let mut line = String::new();
    while reader.read_line(&mut line).map(|n| n > 2).unwrap_or(false) {
        line.clear();
    }

    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    let head_only = method == "HEAD";
    if method != "GET" && !head_only {
        respond(&mut stream, "405 Method Not Allowed", "text/plain", b"method not allowed\n", false);
        return;
    }

    match resolve(root, target).map(|p| (fs::read(&p), p)) {
        Some((Ok(body), path)) => {
            println!("{method} {target} 200 {}", body.len());
            respond(&mut stream, "200 OK", content_type(&path), &body, head_only);
        }
        Some((Err(_), _)) => {
            println!("{method} {target} 404");
            respond(&mut stream, "404 Not Found", "text/plain", b"not found\n", head_only);
        }
        None => {
            println!("{method} {target} 400");
            respond(&mut stream, "400 Bad Request", "text/plain", b"bad request\n", head_only);
        }
    }
}

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let root = PathBuf::from(args.next().unwrap_or_else(|| ".".into())).canonicalize()?;
    let addr = args.next().unwrap_or_else(|| "127.0.0.1:8000".into());

    let listener = TcpListener::bind(&addr)?;
    println!("serving {} on http://{addr}", root.display());

    for stream in listener.incoming() {
        match stream {
            Ok(stream) => {
                let root = root.clone();
                thread::spawn(move || handle(stream, &root));
            }
            Err(e) => eprintln!("connection failed: {e}"),
        }
    }
    Ok(())
}
