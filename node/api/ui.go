package api

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

// uiFiles is the dashboard: one page and its script and style sheet,
// reading only the JSON API and the event stream.
//
//go:embed ui
var uiFiles embed.FS

// uiPolicy lets the page load only its own script, style and API.
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
		return nil, fmt.Errorf("api: reading the embedded dashboard: %w", err)
	}
	if _, ok := out["index.html"]; !ok {
		return nil, fmt.Errorf("api: the embedded dashboard has no index.html")
	}
	return out, nil
}

// serveAsset answers with the named dashboard file, or 404 JSON.
func (s *Service) serveAsset(w http.ResponseWriter, r *http.Request, name string) {
	a, ok := s.ui[name]
	if !ok {
		writeError(w, http.StatusNotFound, fmt.Sprintf("no route %s", r.URL.Path))
		return
	}
	h := w.Header()
	h.Set("Content-Type", a.ctype)
	h.Set("Cache-Control", "no-cache")
	h.Set("ETag", a.etag)
	h.Set("Content-Security-Policy", uiPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(a.body))
}

func (s *Service) handleIndex(w http.ResponseWriter, r *http.Request) {
	s.serveAsset(w, r, "index.html")
}

func (s *Service) handleAsset(w http.ResponseWriter, r *http.Request) {
	s.serveAsset(w, r, r.PathValue("file"))
}
