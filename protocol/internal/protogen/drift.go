package protogen

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// CheckDrift fails t when the committed .pb.go of proto (in the test's
// package directory) differs from what Generate makes of it; without the
// pinned protoc it skips, saying how to install it.
func CheckDrift(t *testing.T, proto string) {
	t.Helper()
	out := t.TempDir()
	if err := Generate(".", proto, out); errors.Is(err, ErrNoProtoc) {
		t.Skipf("%v: the .pb.go drift check needs it", err)
	} else if err != nil {
		t.Fatal(err)
	}
	name := strings.TrimSuffix(proto, ".proto") + ".pb.go"
	want, err := os.ReadFile(filepath.Join(out, name))
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s differs from what %s generates: run 'go generate' in this package (protoc %s)", name, proto, ProtocVersion)
	}
}
