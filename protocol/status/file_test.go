package status_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/zkpool/aoraki/protocol/status"
)

func TestFileWritesStampsAndRemoves(t *testing.T) {
	dir := t.TempDir()
	f := status.NewFile(dir, func() (any, error) {
		return &status.Prover{PayoutAddress: "0xab", Earned: "7", Time: time.Now().UTC()}, nil
	}, nil)
	if err := f.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	p, err := status.ReadProver(dir)
	if err != nil {
		t.Fatal(err)
	}
	if p.PayoutAddress != "0xab" || p.Earned != "7" || p.PID != os.Getpid() {
		t.Fatalf("status file: %+v", p)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, status.FileName)); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("status file left after Close: %v", err)
	}
}

func TestFileStartFailsWithItsSnapshot(t *testing.T) {
	dir := t.TempDir()
	boom := errors.New("store closed")
	f := status.NewFile(dir, func() (any, error) { return nil, boom }, nil)
	if err := f.Start(context.Background()); !errors.Is(err, boom) {
		t.Fatalf("Start: %v, want the snapshot's error", err)
	}
	if err := f.Close(); err != nil {
		t.Fatalf("Close after a failed Start: %v", err)
	}
}
