package aoraki_test

import (
	"go/parser"
	"go/token"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestPackageDocs: every package of this module has one doc comment, in
// one of its files (a doc.go where there is a model to explain), and it
// starts "Package NAME" (STYLE.md §4; tailscale's pkgdoc_test.go).
func TestPackageDocs(t *testing.T) {
	out, err := exec.Command("go", "list", "-f", `{{.Dir}} {{.Name}} {{join .GoFiles " "}}`, "./...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	checked := 0
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		if len(f) < 3 {
			continue
		}
		dir, name, files := f[0], f[1], f[2:]
		var docs []string
		for _, file := range files {
			af, err := parser.ParseFile(token.NewFileSet(), filepath.Join(dir, file), nil, parser.PackageClauseOnly|parser.ParseComments)
			if err != nil {
				t.Fatal(err)
			}
			if af.Doc == nil {
				continue
			}
			docs = append(docs, file)
			want := "Package " + name + " "
			if name == "main" {
				want = "" // a command's doc names the command
			}
			if !strings.HasPrefix(af.Doc.Text(), want) {
				t.Errorf("%s/%s: package doc starts %q, want %q", dir, file, firstLine(af.Doc.Text()), want)
			}
		}
		switch {
		case len(docs) == 0:
			t.Errorf("%s (package %s) has no doc comment", dir, name)
		case len(docs) > 1:
			t.Errorf("%s (package %s) has doc comments in %v: keep one", dir, name, docs)
		}
		checked++
	}
	if checked == 0 {
		t.Fatal("no package checked")
	}
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}
