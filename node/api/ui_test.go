package api

import (
	"regexp"
	"strings"
	"testing"
)

// TestDashboardAssets: the embedded page loads only its own files, and its
// script never turns a string into markup or code.
func TestDashboardAssets(t *testing.T) {
	files, err := uiAssets()
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"index.html": "text/html", "app.js": "text/javascript", "style.css": "text/css"} {
		a, ok := files[name]
		if !ok || !strings.HasPrefix(a.ctype, want) || len(a.body) == 0 || a.etag == "" {
			t.Fatalf("%s: %q, present %v", name, a.ctype, ok)
		}
	}
	page := string(files["index.html"].body)
	for _, m := range regexp.MustCompile(`(?:src|href)="([^"]*)"`).FindAllStringSubmatch(page, -1) {
		ref := m[1]
		if ref != "data:," && (!strings.HasPrefix(ref, "/ui/") || files[strings.TrimPrefix(ref, "/ui/")].body == nil) {
			t.Errorf("index.html refers to %q, not an embedded file", ref)
		}
	}
	if regexp.MustCompile(`<script>|\son[a-z]+=`).MatchString(page) {
		t.Error("index.html has inline script, which the page's policy refuses")
	}
	// The SVG namespace names no resource; nothing else may name a site.
	script := strings.ReplaceAll(string(files["app.js"].body), "'http://www.w3.org/2000/svg'", "")
	for _, bad := range []string{"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "setTimeout('", "http://", "https://"} {
		if strings.Contains(script, bad) {
			t.Errorf("app.js uses %s", bad)
		}
	}
	for _, api := range []string{"/v1/status", "/v1/tasks", "/v1/provers", "/v1/events", "/v1/network", "/v1/prices"} {
		if !strings.Contains(script, "'"+api) {
			t.Errorf("app.js does not read %s", api)
		}
	}
}
