package testnet

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// cpuSeconds is pid's user+system CPU time, from /proc/pid/stat.
func cpuSeconds(t *testing.T, pid int) float64 {
	t.Helper()
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		t.Fatal(err)
	}
	f := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+1:]))
	utime, _ := strconv.ParseFloat(f[11], 64) // fields 14 and 15
	stime, _ := strconv.ParseFloat(f[12], 64)
	return (utime + stime) / 100 // USER_HZ
}

// TestProverCPULimit starts a busy process as a prover limited to a fifth
// of a core, the way Up starts provers, and checks that it gets no more
// CPU than that, that it runs with GOMAXPROCS 1, that a restart is limited
// again, and that the group goes once the process is gone.
func TestProverCPULimit(t *testing.T) {
	// Only a non-root run skips; as root (CI) a missing cpu controller
	// fails the test.
	if os.Geteuid() != 0 {
		t.Skip("CPU limits need root (a control group per prover)")
	}
	dir := t.TempDir()
	p := &Proc{Name: "prover1", Role: "prover", Dir: filepath.Join(dir, "prover1"), Bin: "/bin/sh",
		Args: []string{"-c", `echo "GOMAXPROCS=$GOMAXPROCS"; while :; do :; done`}, CPUs: 0.2}
	if err := os.MkdirAll(p.Dir, 0o700); err != nil {
		t.Fatal(err)
	}
	root, err := findCgroup()
	if err != nil {
		t.Fatal(err)
	}
	group := filepath.Join(root.dir, cgroupName(dir, p.Name))
	for run := 0; run < 2; run++ { // the second start is a restart
		done, _, err := p.start(os.Environ())
		if err != nil {
			t.Fatal(err)
		}
		c0, t0 := cpuSeconds(t, p.PID), time.Now()
		time.Sleep(1500 * time.Millisecond)
		used := (cpuSeconds(t, p.PID) - c0) / time.Since(t0).Seconds()
		t.Logf("start %d: %.2f of a core", run+1, used)
		if used > 0.3 {
			t.Errorf("start %d: a process limited to 0.2 of a core used %.2f", run+1, used)
		}
		procs, err := os.ReadFile(filepath.Join(group, "cgroup.procs"))
		if err != nil || !hasWord(string(procs), strconv.Itoa(p.PID)) {
			t.Errorf("start %d: pid %d not in %s (%q, %v)", run+1, p.PID, group, procs, err)
		}
		if err := p.stop(time.Second); err != nil {
			t.Fatal(err)
		}
		<-done
	}
	if log, err := os.ReadFile(p.Log()); err != nil || !strings.Contains(string(log), "GOMAXPROCS=1\n") {
		t.Errorf("log %q, %v: want GOMAXPROCS=1", log, err)
	}
	if err := removeCPULimits(dir, []*Proc{p}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(group); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("group %s after removal: %v", group, err)
	}
}

func TestCheckCPUs(t *testing.T) {
	for _, ok := range []float64{0, 0.01, 0.5, 1} {
		if err := checkCPUs(ok); err != nil {
			t.Errorf("%v: %v", ok, err)
		}
	}
	for _, bad := range []float64{-1, 0.001, 1e6} {
		if err := checkCPUs(bad); !errors.Is(err, ErrConfig) {
			t.Errorf("%v: err = %v", bad, err)
		}
	}
}
