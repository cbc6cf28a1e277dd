package web

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"time"
)

// uiFiles is the page: HTML, a script and a style sheet, reading only the
// JSON API and the event streams.
//
//go:embed ui
var uiFiles embed.FS

// openAPI documents the JSON API (GET /v1/openapi.yaml).
//
//go:embed openapi.yaml
var openAPI []byte

// uiPolicy lets the page load only its own script, style and API, and no
// other site frame it (it spends the user's money).
const uiPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
	"base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// uiAsset is one embedded file with its content type and ETag.
type uiAsset struct {
	body  []byte
	ctype string
	etag  string
}

// uiAssets reads the embedded files once.
func uiAssets() (map[string]uiAsset, error) {
	out := map[string]uiAsset{}
	err := fs.WalkDir(uiFiles, "ui", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := uiFiles.ReadFile(p)
		if err != nil {
			return err
		}
		ctype := mime.TypeByExtension(path.Ext(p))
		if ctype == "" {
			ctype = http.DetectContentType(b)
		}
		sum := sha256.Sum256(b)
		out[path.Base(p)] = uiAsset{body: b, ctype: ctype, etag: `"` + hex.EncodeToString(sum[:8]) + `"`}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("web: reading the embedded page: %w", err)
	}
	if _, ok := out["index.html"]; !ok {
		return nil, fmt.Errorf("web: the embedded page has no index.html")
	}
	return out, nil
}

// serveAsset answers with the named file of the page, or 404 JSON.
func (s *Service) serveAsset(w http.ResponseWriter, r *http.Request, name string) {
	a, ok := s.ui[name]
	if !ok {
		writeError(w, http.StatusNotFound, "not_found", fmt.Sprintf("no route %s", r.URL.Path))
		return
	}
	h := w.Header()
	h.Set("Content-Type", a.ctype)
	h.Set("Cache-Control", "no-cache")
	h.Set("ETag", a.etag)
	h.Set("Content-Security-Policy", uiPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(a.body))
}
