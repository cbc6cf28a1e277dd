package web

import (
	"regexp"
	"strings"
	"testing"
)

// TestPageAssets: the embedded page loads only its own files, runs no
// inline script, and its script never turns a string into markup or code
// nor names another site.
func TestPageAssets(t *testing.T) {
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
		if ref != "data:," && ref != "#" && (!strings.HasPrefix(ref, "/ui/") || files[strings.TrimPrefix(ref, "/ui/")].body == nil) {
			t.Errorf("index.html refers to %q, not an embedded file", ref)
		}
	}
	if regexp.MustCompile(`<script>|\son[a-z]+=|\sstyle=`).MatchString(page) {
		t.Error("index.html has inline script or style, which the page's policy refuses")
	}
	script := strings.ReplaceAll(string(files["app.js"].body), "'http://www.w3.org/2000/svg'", "")
	for _, bad := range []string{"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
		"setTimeout('", "http://", "https://", ".style"} {
		if strings.Contains(script, bad) {
			t.Errorf("app.js uses %s", bad)
		}
	}
	for _, api := range []string{"/v1/info", "/v1/examples", "/v1/quotes", "/v1/train", "/v1/tasks", "/events", "/receipt"} {
		if !strings.Contains(script, api) {
			t.Errorf("app.js does not use %s", api)
		}
	}
	if !strings.Contains(uiPolicy, "frame-ancestors 'none'") || !strings.Contains(uiPolicy, "script-src 'self'") {
		t.Errorf("policy %q", uiPolicy)
	}
}
