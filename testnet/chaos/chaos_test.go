package chaos_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/zkpool/aoraki/testnet"
	"github.com/zkpool/aoraki/testnet/chaos"
)

// bins holds the real binaries, built once.
var bins string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "zkpool-chaos-bins-")
	if err != nil {
		panic(err)
	}
	if out, err := exec.Command("go", "build", "-o", dir+"/", "../../cmd/zkpool-node", "../../cmd/zkpool-peer").CombinedOutput(); err != nil {
		panic(string(out))
	}
	bins = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func runner(t *testing.T) *chaos.Runner {
	t.Helper()
	w, err := chaos.IrisWorkload("../..")
	if err != nil {
		t.Fatal(err)
	}
	dir := os.Getenv("ZKPOOL_CHAOS_DIR") // kept, to read the logs after
	if dir == "" {
		dir = t.TempDir()
	}
	// The netns mode where it can run (root, ip), unless
	// ZKPOOL_CHAOS_NETNS=0 asks for loopback.
	netns := false
	switch err := testnet.NetnsAvailable(); {
	case os.Getenv("ZKPOOL_CHAOS_NETNS") == "0":
		t.Log("chaos: every testnet on loopback (ZKPOOL_CHAOS_NETNS=0)")
	case err != nil:
		t.Logf("chaos: every testnet on loopback, the netns mode cannot run here: %v", err)
	default:
		netns = true
		t.Log("chaos: every testnet in the netns mode (a network namespace and address per process)")
	}
	return &chaos.Runner{Dir: dir, BinDir: bins, Work: w, Log: testLog{t}, Seed: 5, Netns: netns}
}

type testLog struct{ t *testing.T }

func (l testLog) Write(b []byte) (int, error) {
	l.t.Log(strings.TrimRight(string(b), "\n"))
	return len(b), nil
}

func scenario(t *testing.T, name string) chaos.Scenario {
	t.Helper()
	for _, sc := range chaos.Suite() {
		if sc.Name == name {
			return sc
		}
	}
	t.Fatalf("no scenario %q", name)
	return chaos.Scenario{}
}

// run runs scenarios and fails the test for each that breaks; it returns
// their results and, a line each, the failures.
func run(t *testing.T, scs []chaos.Scenario) (out []*chaos.Result, failed []string) {
	r := runner(t)
	for _, sc := range scs {
		res := r.Run(context.Background(), sc)
		if !res.OK() && sc.Known == "" {
			// One rerun, on a testnet of its own: a scenario that passes
			// then says so in its row, with the first run's failure.
			t.Logf("%s: %s (logs in %s/%s); running it again", sc.Name, res.Failures(), r.Dir, sc.Name)
			again := sc
			again.Name += "-again"
			res2 := r.Run(context.Background(), again)
			res2.Name, res2.FirstRun = sc.Name, res.Failures()
			res = res2
		}
		out = append(out, res)
		switch {
		case res.OK():
		case sc.Known != "":
			t.Logf("%s: open finding (%s), as expected: %s", sc.Name, sc.Known, res.Failures())
		default:
			msg := fmt.Sprintf("%s: %s (logs in %s/%s-again)", sc.Name, res.Failures(), r.Dir, sc.Name)
			t.Error(msg)
			failed = append(failed, msg)
		}
	}
	return out, failed
}

// TestSmoke runs the fault-free baseline and a prover killed mid-proof,
// each on a testnet of its own, with every invariant checked: the part of
// the suite `go test ./testnet/...` runs.
func TestSmoke(t *testing.T) {
	if os.Getenv("ZKPOOL_CHAOS") != "" {
		t.Skip("ZKPOOL_CHAOS is set: TestSuite runs these scenarios with the rest")
	}
	run(t, []chaos.Scenario{chaos.Baseline, scenario(t, "prover-kill-mid-proof")})
}

// TestSuite runs every scenario (ZKPOOL_CHAOS=1, as `make test-chaos`
// sets), or those named in ZKPOOL_CHAOS_RUN (comma-separated, the baseline
// always first), and writes the table of a whole run into the file
// ZKPOOL_CHAOS_TABLE names (RELIABILITY.md); a partial run only logs its
// table, so the file always shows one run of every scenario.
func TestSuite(t *testing.T) {
	if os.Getenv("ZKPOOL_CHAOS") == "" {
		t.Skip("the full chaos suite takes tens of minutes: run it with 'make test-chaos' (ZKPOOL_CHAOS=1)")
	}
	scs := chaos.Suite()
	if only := os.Getenv("ZKPOOL_CHAOS_RUN"); only != "" {
		names := strings.Split(only, ",")
		scs = slices.DeleteFunc(scs, func(sc chaos.Scenario) bool {
			return sc.Name != chaos.Baseline.Name && !slices.Contains(names, sc.Name)
		})
	}
	start := time.Now()
	results, failed := run(t, scs)
	table := chaos.Table(results)
	t.Logf("%d scenarios in %s:\n%s", len(results), time.Since(start).Round(time.Second), table)
	// Again after the table, so that the end of a long log names them.
	for _, f := range failed {
		t.Logf("FAILED twice: %s", f)
	}
	if path := os.Getenv("ZKPOOL_CHAOS_TABLE"); path != "" && os.Getenv("ZKPOOL_CHAOS_RUN") == "" {
		if err := chaos.UpdateFile(path, table); err != nil {
			t.Fatal(err)
		}
	}
}

// TestLoad pays 1, 2, 4, 8 and 16 Iris tasks at once (ZKPOOL_LOAD_LEVELS
// overrides) to a testnet of one node and 8 provers, a fresh one per level,
// and writes where the time went into the file ZKPOOL_CHAOS_TABLE names
// (`make test-load`, ZKPOOL_LOAD=1). It stops after the first level whose
// mean latency passes twice the one-task level's, and one more.
func TestLoad(t *testing.T) {
	if os.Getenv("ZKPOOL_LOAD") == "" {
		t.Skip("the load levels take many minutes: run them with 'make test-load' (ZKPOOL_LOAD=1)")
	}
	levels := []int{1, 2, 4, 8, 16}
	if s := os.Getenv("ZKPOOL_LOAD_LEVELS"); s != "" {
		levels = nil
		for _, f := range strings.Split(s, ",") {
			n, err := strconv.Atoi(f)
			if err != nil || n < 1 {
				t.Fatalf("ZKPOOL_LOAD_LEVELS: %q is not a task count", f)
			}
			levels = append(levels, n)
		}
	}
	rn := runner(t)
	var points []*chaos.LoadPoint
	past := 0
	for _, n := range levels {
		p := &chaos.LoadPoint{}
		p.Result = rn.Run(context.Background(), chaos.LoadScenario(n, p))
		points = append(points, p)
		if !p.Result.OK() {
			t.Errorf("load %d: %s", n, p.Result.Failures())
		}
		if points[0].Mean > 0 && p.Mean > 2*points[0].Mean {
			if past++; past == 2 {
				break
			}
		}
	}
	table := chaos.LoadTable(points)
	t.Logf("load on %d CPUs:\n%s", runtime.NumCPU(), table)
	if path := os.Getenv("ZKPOOL_CHAOS_TABLE"); path != "" {
		if err := chaos.UpdateBetween(path, chaos.LoadBeginMarker, chaos.LoadEndMarker, table); err != nil {
			t.Fatal(err)
		}
	}
}
