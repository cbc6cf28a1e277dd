package aoraki_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// readmeBlock matches a README shell block marked to be run:
//
//	<!-- readme-test: NAME -->
//	```sh
//	...
//	```
var readmeBlock = regexp.MustCompile("(?s)<!-- readme-test: ([a-z-]+) -->\n```sh\n(.*?)\n```")

// TestReadmeBlocks runs each marked block of README.md as written, with
// bash -e, from a scratch directory that mirrors the repository (its
// entries linked) with bin/ holding freshly built binaries, and a scratch
// HOME, so that default data dirs are the test's own. The setup store is
// shared with the other tests.
func TestReadmeBlocks(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := readmeBlock.FindAllSubmatch(readme, -1)
	names := map[string]bool{}
	for _, b := range blocks {
		names[string(b[1])] = true
	}
	for _, want := range []string{"researcher", "requester", "browser", "prover", "operator"} {
		if !names[want] {
			t.Errorf("README has no tested block for %s (<!-- readme-test: %s --> before a ```sh block)", want, want)
		}
	}
	if t.Failed() {
		t.FailNow()
	}
	bin := t.TempDir()
	build := exec.Command("go", "build", "-o", bin+"/", "./cmd/...")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	repo, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	home, _ := os.UserHomeDir()
	setupDir := os.Getenv("ZKPOOL_SETUP_DIR")
	if setupDir == "" {
		setupDir = filepath.Join(home, ".cache", "zkpool", "setup")
		if x := os.Getenv("XDG_CACHE_HOME"); x != "" {
			setupDir = filepath.Join(x, "zkpool", "setup")
		}
	}
	for _, b := range blocks {
		name, script := string(b[1]), string(b[2])
		t.Run(name, func(t *testing.T) {
			work := t.TempDir()
			ents, err := os.ReadDir(repo)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range ents {
				if e.Name() == "bin" || strings.HasPrefix(e.Name(), ".") {
					continue
				}
				if err := os.Symlink(filepath.Join(repo, e.Name()), filepath.Join(work, e.Name())); err != nil {
					t.Fatal(err)
				}
			}
			if err := os.Symlink(bin, filepath.Join(work, "bin")); err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, "bash", "-e", "-o", "pipefail", "-c", script)
			cmd.Dir = work
			cmd.Env = append(os.Environ(), "HOME="+filepath.Join(work, ".home"), "XDG_DATA_HOME=", "XDG_CACHE_HOME=",
				"ZKPOOL_SETUP_DIR="+setupDir, "ZKPOOL_PASSWORD=")
			cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
			cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
			// A block that fails while a job it started in the background
			// (zkpool serve &) still holds its output open would otherwise
			// keep Run waiting on the pipe until the test's own timeout.
			cmd.WaitDelay = 10 * time.Second
			var out bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &out
			err = cmd.Run()
			// Whatever the block left behind: its background jobs, a testnet.
			syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			if _, serr := os.Stat(filepath.Join(work, "tn", "testnet.json")); serr == nil {
				exec.Command(filepath.Join(bin, "zkpool"), "testnet", "down", "--dir", filepath.Join(work, "tn")).Run()
			}
			if err != nil {
				t.Fatalf("README block %q failed: %v\n%s", name, err, out.String())
			}
			t.Logf("README block %q:\n%s", name, tailLines(out.String(), 40))
		})
	}
}

func tailLines(s string, n int) string {
	l := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(l) > n {
		l = l[len(l)-n:]
	}
	return strings.Join(l, "\n")
}
