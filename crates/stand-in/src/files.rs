//! Static files: the composer (`www/`) and the npm package (`pkg/`).

use super::api::api_error;
use super::{Body, Response};
use std::path::{Path, PathBuf};

/// Content-Security-Policy of every file served: scripts only from here (and compiling
/// the package's WebAssembly), no plugins or framing; images of message previews may be
/// remote http(s); requests may go to the API base URL the user chooses.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' https: http: data:; media-src 'self' https: http:; connect-src 'self' https: http:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

fn content_type(path: &Path) -> &'static str {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
    {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ts" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// `/` → `www/index.html`; `/pkg/...` → `pkg/...`; anything else → `www/...`. Paths with
/// `..`, hidden files or `node_modules` are refused.
fn resolve(root: &Path, path: &str) -> Option<PathBuf> {
    let path = if path == "/" { "/index.html" } else { path };
    let (base, rest) = match path.strip_prefix("/pkg/") {
        Some(rest) => (root.join("pkg"), rest),
        None => (root.join("www"), path.trim_start_matches('/')),
    };
    let mut out = base;
    for seg in rest.split('/') {
        if seg.is_empty()
            || seg.starts_with('.')
            || seg == "node_modules"
            || seg.contains('\\')
            || seg.contains('%')
        {
            return None;
        }
        out.push(seg);
    }
    Some(out)
}

/// The file's real path, if it is inside the folder it is served from: a symbolic link
/// that leads out of `www/` or `pkg/` (to `~/.ssh`, say) is not followed.
fn confine(root: &Path, file: &Path) -> Option<PathBuf> {
    let base = if file.starts_with(root.join("pkg")) {
        root.join("pkg")
    } else {
        root.join("www")
    };
    let base = base.canonicalize().ok()?;
    let real = file.canonicalize().ok()?;
    (real.starts_with(&base) && real.is_file()).then_some(real)
}

/// Serves a file, or the API's 404 shape.
pub(super) fn serve(root: &Path, path: &str) -> Response {
    let Some(file) = resolve(root, path).and_then(|f| confine(root, &f)) else {
        return api_error(404, "E404", "Not found.");
    };
    match std::fs::read(&file) {
        Ok(body) => Response {
            status: 200,
            headers: vec![
                ("Content-Type", content_type(&file).into()),
                ("Content-Security-Policy", CSP.into()),
                ("X-Content-Type-Options", "nosniff".into()),
                ("Referrer-Policy", "no-referrer".into()),
                ("Cache-Control", "no-cache".into()),
            ],
            body: Body::Full(body.into()),
        },
        Err(_) => api_error(404, "E404", "Not found."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_escapes() {
        let root = Path::new("/r");
        assert_eq!(resolve(root, "/"), Some(PathBuf::from("/r/www/index.html")));
        assert_eq!(
            resolve(root, "/pkg/dist/a.wasm"),
            Some(PathBuf::from("/r/pkg/dist/a.wasm"))
        );
        for bad in [
            "/../etc/passwd",
            "/pkg/../Cargo.toml",
            "/.git/config",
            "/pkg/node_modules/x.js",
            "/a%2e%2e/b",
            "/pkg/",
        ] {
            assert_eq!(resolve(root, bad), None, "{bad}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn never_follows_a_link_out_of_the_tree() {
        let root = std::env::temp_dir().join(format!("rcs-kit-files-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(root.join("www/sub")).unwrap();
        std::fs::create_dir_all(root.join("pkg")).unwrap();
        std::fs::write(root.join("secret.txt"), "secret").unwrap();
        std::fs::write(root.join("www/index.html"), "page").unwrap();
        std::os::unix::fs::symlink(root.join("secret.txt"), root.join("www/leak.txt")).unwrap();
        std::os::unix::fs::symlink(root.join("www"), root.join("pkg/www")).unwrap();
        std::os::unix::fs::symlink("..", root.join("www/sub/up")).unwrap();
        std::os::unix::fs::symlink("../..", root.join("www/sub/out")).unwrap();
        std::os::unix::fs::symlink(
            root.join("www/index.html"),
            root.join("www/sub/inside.html"),
        )
        .unwrap();
        assert_eq!(serve(&root, "/").status, 200);
        assert_eq!(
            serve(&root, "/sub/inside.html").status,
            200,
            "a link inside the tree is fine"
        );
        assert_eq!(
            serve(&root, "/sub/up/index.html").status,
            200,
            "so is one up to www/"
        );
        for bad in [
            "/leak.txt",
            "/pkg/www/index.html",
            "/sub/out/secret.txt",
            "/sub",
        ] {
            assert_eq!(serve(&root, bad).status, 404, "{bad}");
        }
        let _ = std::fs::remove_dir_all(&root);
    }
}
