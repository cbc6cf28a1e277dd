package store

import (
	"bufio"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

func open(t *testing.T, path string) *Store {
	t.Helper()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestRoundTripAndQueries(t *testing.T) {
	path := filepath.Join(t.TempDir(), "node.db")
	s := open(t, path)
	id := TaskID{1}
	now := time.Now().UTC().Truncate(time.Millisecond)
	err := s.Update(func(x *Tx) error {
		if err := x.PutTask(&Task{ID: id, State: TaskProving, Price: NewWei(big.NewInt(12345)), Created: now,
			Attestations: map[Address][]byte{{9}: {1, 2}}}); err != nil {
			return err
		}
		if err := x.PutTask(&Task{ID: TaskID{2}, State: TaskFulfilled}); err != nil {
			return err
		}
		for _, i := range []int{2, 0, 1, 300} {
			if err := x.PutSegment(&Segment{Task: id, Index: i, State: SegmentAnnounced, Attempt: i,
				Award: &Award{Prover: Address{7}, Price: NewWei(big.NewInt(int64(i)))}}); err != nil {
				return err
			}
		}
		return x.PutSegment(&Segment{Task: TaskID{1, 1}, Index: 0})
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = open(t, path)
	s.View(func(x *Tx) error {
		task, err := x.Task(id)
		if err != nil {
			t.Fatal(err)
		}
		if task.Price.String() != "12345" || !task.Created.Equal(now) || len(task.Attestations[Address{9}]) != 2 {
			t.Fatalf("task did not round-trip: %+v", task)
		}
		segs, err := x.Segments(id)
		if err != nil {
			t.Fatal(err)
		}
		if len(segs) != 4 || segs[0].Index != 0 || segs[3].Index != 300 || segs[3].Award.Price.Int64() != 300 {
			t.Fatalf("segments %+v", segs)
		}
		open, _ := x.Tasks(true)
		all, _ := x.Tasks(false)
		if len(open) != 1 || len(all) != 2 {
			t.Fatalf("open %d all %d", len(open), len(all))
		}
		if _, err := x.Task(TaskID{3}); !errors.Is(err, ErrNotFound) {
			t.Fatalf("missing task: %v", err)
		}
		p, err := x.Prover(Address{5})
		if err != nil || p.Address != (Address{5}) || p.Proven != 0 {
			t.Fatalf("unknown prover: %+v %v", p, err)
		}
		return nil
	})
}

func TestNoncesNeverRepeat(t *testing.T) {
	path := filepath.Join(t.TempDir(), "node.db")
	seen := map[uint64]bool{}
	for round := 0; round < 3; round++ {
		s, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 5; i++ {
			s.Update(func(x *Tx) error {
				n, err := x.NextNonce()
				if seen[n] || err != nil {
					t.Fatalf("nonce %d repeated (%v)", n, err)
				}
				seen[n] = true
				return nil
			})
		}
		s.Close()
	}
}

func TestSecondOpenFailsClearly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "node.db")
	open(t, path)
	// bbolt's flock is per open file description, so a second Open in the
	// same process contends like a second node would.
	if _, err := Open(path); err == nil {
		t.Fatal("opened a store that is in use")
	}
}

// TestCorruptFileFailsClearly: a store file of garbage is refused as
// corrupt, naming the file and what to do; before, the message asked
// whether another node was running (found by the chaos suite's
// corrupt-store scenario).
func TestCorruptFileFailsClearly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "node.db")
	if err := os.WriteFile(path, []byte(strings.Repeat("garbage!", 1024)), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := Open(path)
	if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), path) || strings.Contains(err.Error(), "another node") {
		t.Fatalf("Open on garbage: %v, want ErrCorrupt naming %s", err, path)
	}
}

const crashEnv = "ZKPOOL_STORE_CRASH_CHILD"

// TestCrashChild is the process that TestKillNineKeepsCommitted kills.
func TestCrashChild(t *testing.T) {
	path := os.Getenv(crashEnv)
	if path == "" {
		return // only meaningful as the child process
	}
	s, err := Open(path)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	for n := 1; ; n++ {
		err := s.Update(func(x *Tx) error {
			id := TaskID{byte(n >> 8), byte(n)}
			if err := x.PutTask(&Task{ID: id, State: TaskProving, Segments: n}); err != nil {
				return err
			}
			for i := 0; i < 4; i++ {
				if err := x.PutSegment(&Segment{Task: id, Index: i, Attempt: n}); err != nil {
					return err
				}
			}
			return x.SetMeta("counter", n)
		})
		if err != nil {
			fmt.Println("error", err)
			os.Exit(1)
		}
		fmt.Println("committed", n)
	}
}

func TestKillNineKeepsCommitted(t *testing.T) {
	path := filepath.Join(t.TempDir(), "node.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$")
	cmd.Env = append(os.Environ(), crashEnv+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	last := 0
	for sc.Scan() {
		var n int
		if _, err := fmt.Sscanf(sc.Text(), "committed %d", &n); err != nil {
			t.Fatalf("child: %s", sc.Text())
		}
		last = n
		if n == 40 {
			cmd.Process.Signal(syscall.SIGKILL)
			break
		}
	}
	cmd.Wait()
	if last != 40 {
		t.Fatalf("child stopped at %d", last)
	}
	s := open(t, path)
	s.View(func(x *Tx) error {
		var counter int
		if err := x.Meta("counter", &counter); err != nil {
			t.Fatal(err)
		}
		if counter < last {
			t.Fatalf("counter %d after %d were reported committed", counter, last)
		}
		tasks, _ := x.Tasks(false)
		if len(tasks) != counter {
			t.Fatalf("%d tasks for counter %d: a transaction was torn", len(tasks), counter)
		}
		for _, task := range tasks {
			segs, _ := x.Segments(task.ID)
			if len(segs) != 4 || segs[3].Attempt != task.Segments {
				t.Fatalf("task %s: segments torn", strconv.Itoa(task.Segments))
			}
		}
		return nil
	})
}
