// Package protogen regenerates the protocol's .pb.go files with pinned
// tools, for go:generate and for the drift tests that keep the committed
// files equal to what their .proto files generate: Debian's protoc
// (protobuf-compiler 3.21.12, 'apt-get install protobuf-compiler') and the
// protoc-gen-go of this module's google.golang.org/protobuf (built from
// the module cache, so it needs nothing installed).
package protogen

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// ProtocVersion is the protoc the committed files were generated with.
const ProtocVersion = "libprotoc 3.21.12"

// ErrNoProtoc reports a missing protoc, or another version than ProtocVersion.
var ErrNoProtoc = errors.New("protogen: protoc " + strings.TrimPrefix(ProtocVersion, "libprotoc ") + " not found (apt-get install protobuf-compiler)")

// CheckProtoc returns nil when the protoc on $PATH is ProtocVersion.
func CheckProtoc() error {
	out, err := exec.Command("protoc", "--version").Output()
	if err != nil {
		return fmt.Errorf("%w: %v", ErrNoProtoc, err)
	}
	if got := strings.TrimSpace(string(out)); got != ProtocVersion {
		return fmt.Errorf("%w: $PATH has %s", ErrNoProtoc, got)
	}
	return nil
}

// Generate runs protoc on proto (a file in dir) and writes its .pb.go into
// out (paths=source_relative), with this module's protoc-gen-go.
func Generate(dir, proto, out string) error {
	if err := CheckProtoc(); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "protogen")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	plugin := filepath.Join(tmp, "protoc-gen-go")
	build := exec.Command("go", "build", "-o", plugin, "google.golang.org/protobuf/cmd/protoc-gen-go")
	build.Dir = dir
	if b, err := build.CombinedOutput(); err != nil {
		return fmt.Errorf("protogen: build protoc-gen-go: %v\n%s", err, b)
	}
	run := exec.Command("protoc", "--plugin=protoc-gen-go="+plugin, "--go_out="+out, "--go_opt=paths=source_relative", proto)
	run.Dir = dir
	if b, err := run.CombinedOutput(); err != nil {
		return fmt.Errorf("protogen: protoc %s: %v\n%s", proto, err, b)
	}
	return nil
}
