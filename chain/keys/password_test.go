package keys

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestPasswordSources(t *testing.T) {
	f := filepath.Join(t.TempDir(), "pw")
	os.WriteFile(f, []byte("hunter2\nignored\n"), 0o600)
	if p, err := Password(f, nil, nil); err != nil || p != "hunter2" {
		t.Fatalf("file: %q %v", p, err)
	}
	t.Setenv(PasswordEnv, "from-env")
	if p, err := Password("", nil, nil); err != nil || p != "from-env" {
		t.Fatalf("env: %q %v", p, err)
	}
	t.Setenv(PasswordEnv, "")
	if _, err := Password("", nil, nil); !errors.Is(err, ErrNoPassword) {
		t.Fatalf("none: %v", err)
	}
}
