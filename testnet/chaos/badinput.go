package chaos

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/zkpool/aoraki/chain/requester"
	"github.com/zkpool/aoraki/prover/task"
	"github.com/zkpool/aoraki/testnet"
)

// corruptFile stops node, replaces the file that path names in its data
// dir with garbage, and requires the restart to fail with an error that
// names what is wrong (one of wants); then it puts the file back and the
// node must start again.
func corruptFile(node string, path func(dir string) (string, error), garbage []byte, wants ...string) func(context.Context, *Run) error {
	return func(ctx context.Context, r *Run) error {
		p := r.Proc(node)
		if p == nil {
			return fmt.Errorf("no %s", node)
		}
		file, err := path(p.Dir)
		if err != nil {
			return err
		}
		orig, err := os.ReadFile(file)
		if err != nil {
			return err
		}
		if err := r.Stop(node); err != nil {
			return err
		}
		if err := os.WriteFile(file, garbage, 0o600); err != nil {
			return err
		}
		err = r.Restart(ctx, node)
		switch {
		case err == nil:
			return fmt.Errorf("%s started on a corrupted %s", node, filepath.Base(file))
		case !errors.Is(err, testnet.ErrStart):
			return fmt.Errorf("%s on a corrupted %s: %w", node, filepath.Base(file), err)
		}
		clear := false
		for _, w := range wants {
			clear = clear || strings.Contains(err.Error(), w)
		}
		r.Logf("%s on a corrupted %s: %v", node, filepath.Base(file), err)
		if !clear {
			return fmt.Errorf("%s on a corrupted %s fails without naming it (want one of %q): %v", node, filepath.Base(file), wants, err)
		}
		if err := os.WriteFile(file, orig, 0o600); err != nil {
			return err
		}
		return r.Restart(ctx, node)
	}
}

// keystoreFile is the one key file in a node's keystore.
func keystoreFile(dir string) (string, error) {
	m, err := filepath.Glob(filepath.Join(dir, "keystore", "UTC--*"))
	if err != nil || len(m) != 1 {
		return "", fmt.Errorf("%s: want one key file, found %d (%v)", dir, len(m), err)
	}
	return m[0], nil
}

func inDir(name string) func(string) (string, error) {
	return func(dir string) (string, error) { return filepath.Join(dir, name), nil }
}

// oversizedInput asks every node to quote an input one byte over the
// limit: each must refuse it with a reason that says so.
func oversizedInput(ctx context.Context, r *Run) error {
	offers, err := r.Requester.QuotesWith(ctx, make([]byte, task.MaxInputSize+1), requester.Terms{})
	if err != nil && len(offers) == 0 {
		if strings.Contains(err.Error(), "limit") || strings.Contains(err.Error(), "large") {
			r.Logf("oversized input refused before any upload: %v", err)
			return nil
		}
		return fmt.Errorf("oversized input: %w", err)
	}
	for _, o := range offers {
		if o.Err == nil {
			return fmt.Errorf("node %s quoted an input of %d bytes", o.Node.Hex(), task.MaxInputSize+1)
		}
		r.Logf("oversized input refused by %s: %v", o.Peer, o.Err)
		if !strings.Contains(o.Err.Error(), "limit") && !strings.Contains(o.Err.Error(), "large") {
			return fmt.Errorf("node %s refuses an oversized input without saying so: %v", o.Peer, o.Err)
		}
	}
	return nil
}
