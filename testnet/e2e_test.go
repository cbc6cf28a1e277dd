package testnet_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	pstatus "github.com/zkpool/aoraki/protocol/status"
	"github.com/zkpool/aoraki/testnet"
)

// bins holds the real binaries, built once: zkpool, zkpool-node, zkpool-peer.
var bins string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "zkpool-testnet-bins-")
	if err != nil {
		panic(err)
	}
	if out, err := exec.Command("go", "build", "-o", dir+"/", "../cmd/zkpool", "../cmd/zkpool-node", "../cmd/zkpool-peer").CombinedOutput(); err != nil {
		panic(string(out))
	}
	bins = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// zkpool runs the real zkpool binary from the repository root.
func zkpool(t testing.TB, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(filepath.Join(bins, "zkpool"), args...)
	cmd.Dir = ".."
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		return o.String(), e.String(), ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return o.String(), e.String(), 0
}

// must runs zkpool and fails the test unless it exits 0.
func must(t *testing.T, args ...string) string {
	t.Helper()
	out, errOut, code := zkpool(t, args...)
	if code != 0 {
		t.Fatalf("zkpool %s: exit %d\n%s\n%s", strings.Join(args, " "), code, out, errOut)
	}
	return out
}

// expected is smartcore's prediction for each Iris sample.
func expected(t *testing.T) []int {
	t.Helper()
	b, err := os.ReadFile("../examples/iris/expected_predictions.csv")
	if err != nil {
		t.Fatal(err)
	}
	var out []int
	for _, f := range strings.FieldsFunc(string(b), func(r rune) bool { return r == ',' || r == '\n' || r == '\r' }) {
		v, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, v)
	}
	return out
}

// alive lists the processes (not zombies) whose command line mentions s.
func alive(t *testing.T, s string) []string {
	t.Helper()
	ents, err := os.ReadDir("/proc")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range ents {
		pid, err := strconv.Atoi(e.Name())
		if err != nil || pid == os.Getpid() {
			continue
		}
		cmd, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
		if err != nil || !bytes.Contains(cmd, []byte(s)) {
			continue
		}
		stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
		if err != nil {
			continue
		}
		if i := bytes.LastIndexByte(stat, ')'); i > 0 && len(stat) > i+2 && stat[i+2] == 'Z' {
			continue
		}
		out = append(out, fmt.Sprintf("%d %s", pid, bytes.ReplaceAll(cmd, []byte{0}, []byte{' '})))
	}
	return out
}

type proveResult struct {
	TaskID      string   `json:"task_id"`
	Predictions []int    `json:"predictions"`
	Verified    bool     `json:"verified"`
	Segments    int      `json:"segments"`
	Provers     []string `json:"provers"`
	FulfilTx    string   `json:"fulfil_tx"`
}

func checkResult(t *testing.T, out string) proveResult {
	t.Helper()
	var res proveResult
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("prove --json: %v\n%s", err, out)
	}
	want := expected(t)
	if !res.Verified || len(res.Predictions) != len(want) {
		t.Fatalf("result %+v", res)
	}
	for i := range want {
		if res.Predictions[i] != want[i] {
			t.Fatalf("sample %d: proven %d, smartcore %d", i+1, res.Predictions[i], want[i])
		}
	}
	return res
}

type status struct {
	NetworkFile string               `json:"network_file"`
	Procs       []testnet.ProcStatus `json:"procs"`
}

func testnetStatus(t *testing.T, dir string) status {
	t.Helper()
	var s status
	if err := json.Unmarshal([]byte(must(t, "testnet", "status", "--dir", dir, "--json")), &s); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestTestnetEndToEnd(t *testing.T) {
	dir := t.TempDir()
	t.Cleanup(func() {
		zkpool(t, "testnet", "down", "--dir", dir)
		if t.Failed() {
			for _, n := range []string{"node1", "node2", "node3", "prover1", "prover2", "prover3", "prover4"} {
				out, _, _ := zkpool(t, "testnet", "logs", n, "--dir", dir, "--lines", "25")
				t.Logf("%s log (tail):\n%s", n, out)
			}
		}
	})
	out := must(t, "testnet", "up", "--nodes", "3", "--provers", "4", "--bad-provers", "1:invalid-proof", "--dir", dir, "--seed", "5", "--json")
	var st testnet.State
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("up --json: %v\n%s", err, out)
	}
	names := map[string]string{} // address -> name
	bad := ""
	for _, p := range st.Procs {
		if p.Misbehave != "" {
			bad = p.Name
		}
		if p.Address != "" {
			names[strings.ToLower(p.Address)] = p.Name
		}
	}
	if len(st.Procs) != 8 || bad == "" || len(names) != 7 {
		t.Fatalf("state %+v", st)
	}
	// The bootstrap node's API answers at the printed dashboard URL.
	resp, err := http.Get(st.Dashboard + "v1/status")
	if err != nil {
		t.Fatalf("dashboard %q: %v", st.Dashboard, err)
	}
	var api struct{ Address string }
	json.NewDecoder(resp.Body).Decode(&api)
	resp.Body.Close()
	if !strings.HasPrefix(st.Dashboard, "http://127.0.0.1:") || names[strings.ToLower(api.Address)] != "node1" {
		t.Fatalf("dashboard %s serves node %q", st.Dashboard, api.Address)
	}
	// A second up on a running testnet is refused, and leaves it alone.
	if _, errOut, code := zkpool(t, "testnet", "up", "--dir", dir); code != 2 || !strings.Contains(errOut, "still runs") {
		t.Fatalf("second up: exit %d: %s", code, errOut)
	}
	s := testnetStatus(t, dir)
	for _, p := range s.Procs {
		if !p.Running {
			t.Fatalf("%s is not running after up: %+v", p.Name, p)
		}
		if p.Role == "node" && (p.Node == nil || p.Node.Peers[pstatus.PeersProvers] != 4) {
			t.Fatalf("%s: status %+v, want 4 provers", p.Name, p.Node)
		}
		if p.Role == "prover" && (p.Prover == nil || !strings.EqualFold(p.Prover.PayoutAddress, p.Address)) {
			t.Fatalf("%s: status %+v, address %s", p.Name, p.Prover, p.Address)
		}
	}

	prove := []string{"prove", "--network", st.NetworkFile, "--model", "examples/iris/tree_model.msgpack",
		"--input", "examples/iris/iris_input_data.csv", "--segment-size", "16", "--dev-key", "9", "--datadir", filepath.Join(dir, "req"), "--json"}
	first := checkResult(t, must(t, prove...))
	if first.Segments != 10 {
		t.Fatalf("%d segments of 16 samples", first.Segments)
	}
	t.Logf("first task: segments proven by %v", first.Provers)

	// A second task: kill the first honest prover awarded one of its
	// segments; the task completes all the same.
	bg, victim := startProve(t, prove, func(f []string) string {
		// "segment 3 awarded to 0xab… for 123 wei"
		if len(f) >= 5 && f[0] == "segment" && f[2] == "awarded" {
			if n := names[strings.ToLower(f[4])]; n != "" && n != bad {
				return n
			}
		}
		return ""
	})
	killed := bg.await(t, victim, "an honest prover awarded a segment of the second task")
	must(t, "testnet", "kill", killed, "--dir", dir)
	second := bg.result(t)
	t.Logf("second task, %s killed after its award: segments proven by %v", killed, second.Provers)
	s = testnetStatus(t, dir)
	for _, p := range s.Procs {
		if p.Name == killed && p.Running {
			t.Fatalf("%s runs after kill", killed)
		}
	}
	// Killing it again, or a process that does not exist, is refused.
	for _, name := range []string{killed, "prover9"} {
		if _, errOut, code := zkpool(t, "testnet", "kill", name, "--dir", dir); code != 2 || !strings.Contains(errOut, name) {
			t.Fatalf("kill %s: exit %d: %s", name, code, errOut)
		}
	}
	// A restarted prover rejoins.
	must(t, "testnet", "restart", killed, "--dir", dir)
	if logs := must(t, "testnet", "logs", killed, "--dir", dir, "--lines", "0"); strings.Count(logs, "joined aoraki-") != 2 {
		t.Fatalf("%s's log does not show two joins:\n%s", killed, logs)
	}

	// A third task: SIGKILL the node that took it once paid, and restart
	// it on its data dir; it resumes from its store and the chain.
	bg, node := startProve(t, prove, func(f []string) string {
		// "paid: task 0x…, node 0xab…, 123 wei; waiting for the proof"
		if len(f) >= 5 && f[0] == "paid:" && f[3] == "node" {
			return names[strings.ToLower(strings.TrimSuffix(f[4], ","))]
		}
		return ""
	})
	crashed := bg.await(t, node, "the third task's payment")
	must(t, "testnet", "kill", crashed, "--dir", dir)
	must(t, "testnet", "restart", crashed, "--dir", dir)
	third := bg.result(t)
	t.Logf("third task: %s killed after the payment and restarted; segments proven by %v", crashed, third.Provers)

	// A fourth, checked on chain: the quote names the network's receipt
	// verifier, and the contract pays only once it accepts every seal.
	out = must(t, append(prove, "--verify-on-chain")...)
	fourth := checkResult(t, out)
	var onchain struct {
		Verifier string `json:"onchain_verifier"`
	}
	json.Unmarshal([]byte(out), &onchain)
	nwb, err := os.ReadFile(st.NetworkFile)
	if err != nil {
		t.Fatal(err)
	}
	var nw struct {
		ReceiptVerifier string `json:"receipt_verifier"`
	}
	json.Unmarshal(nwb, &nw)
	if onchain.Verifier == "" || !strings.EqualFold(onchain.Verifier, nw.ReceiptVerifier) {
		t.Fatalf("verified on chain by %q, the network's verifier is %q", onchain.Verifier, nw.ReceiptVerifier)
	}
	t.Logf("fourth task, checked on chain by %s: fulfil tx %s", onchain.Verifier, fourth.FulfilTx)

	// A home prover joins with nothing but node1's address: the node names
	// its network.
	var boot string
	for _, p := range st.Procs {
		if p.Name == "node1" {
			boot = p.Bootstrap
		}
	}
	home := filepath.Join(dir, "home")
	for _, args := range [][]string{{"join", boot, "--datadir", home, "--light-kdf"}, {"join", "--datadir", home}} {
		// The second join finds the network it joined last time.
		if joined := joinOnce(t, args...); !strings.HasPrefix(joined, "joined aoraki-1337-") {
			t.Fatalf("zkpool-peer %s: %q", strings.Join(args, " "), joined)
		}
	}

	out = must(t, "testnet", "down", "--dir", dir)
	if !strings.Contains(out, "no process left") {
		t.Fatalf("down: %s", out)
	}
	if left := alive(t, dir); len(left) > 0 {
		t.Fatalf("processes left after down:\n%s", strings.Join(left, "\n"))
	}
	for _, p := range testnetStatus(t, dir).Procs {
		if p.Running {
			t.Fatalf("%s running after down", p.Name)
		}
	}

	// Up again on the same directory: the same keys, contract and chain
	// history (the nodes remember all four tasks).
	must(t, "testnet", "up", "--nodes", "3", "--provers", "1", "--dir", dir)
	st2 := testnetStatus(t, dir)
	if st2.NetworkFile != st.NetworkFile {
		t.Fatalf("network file moved: %s", st2.NetworkFile)
	}
	fulfilled := 0.0
	for _, p := range st2.Procs {
		if p.Address != "" && names[strings.ToLower(p.Address)] != p.Name {
			t.Fatalf("%s has a new key %s", p.Name, p.Address)
		}
		if p.Node != nil {
			fulfilled += float64(p.Node.TaskStates["fulfilled"])
		}
	}
	if fulfilled != 4 {
		t.Fatalf("after the second up the nodes hold %v fulfilled tasks, want 4", fulfilled)
	}
	must(t, "testnet", "down", "--dir", dir)
	if left := alive(t, dir); len(left) > 0 {
		t.Fatalf("processes left after the second down:\n%s", strings.Join(left, "\n"))
	}
}

// TestDemo runs what 'make demo' runs.
func TestDemo(t *testing.T) {
	out, errOut, code := zkpool(t, "demo")
	if code != 0 {
		t.Fatalf("demo: exit %d\n%s\n%s", code, out, errOut)
	}
	want := strings.Trim(fmt.Sprint(expected(t)), "[]")
	for _, s := range []string{"predictions  " + want + "\n", "verified     true", "matches smartcore's expected predictions: yes",
		"testnet stopped: no process left", "segment 4  samples 129-150"} {
		if !strings.Contains(out, s) {
			t.Errorf("demo output lacks %q:\n%s", s, out)
		}
	}
	if left := alive(t, "zkpool-demo-"); len(left) > 0 {
		t.Fatalf("processes left after the demo:\n%s", strings.Join(left, "\n"))
	}
}

func TestTestnetBadUsage(t *testing.T) {
	dir := t.TempDir()
	none := filepath.Join(dir, "none")
	for _, tc := range []struct {
		args  []string
		wants []string
	}{
		{[]string{"up", "--dir", dir, "--nodes", "0"}, []string{"--nodes 0"}},
		{[]string{"up", "--dir", dir, "--nodes", "9"}, []string{"--nodes 9", "1 to 8"}},
		{[]string{"up", "--dir", dir, "--provers", "2", "--bad-provers", "3"}, []string{"--bad-provers 3"}},
		{[]string{"up", "--dir", dir, "--bad-provers", "1:lazy"}, []string{`"lazy"`, "invalid-proof"}},
		{[]string{"up", "--dir", dir, "--bad-provers", "one"}, []string{"--bad-provers", `"one"`}},
		{[]string{"up", "--dir", dir, "--log-level", "loud"}, []string{"--log-level", `"loud"`}},
		{[]string{"up", "--dir", dir, "--nat-provers", "1"}, []string{"--nat-provers needs --netns"}},
		{[]string{"up", "--dir", dir, "--netns", "--provers", "1", "--nat-provers", "2"}, []string{"--nat-provers 2"}},
		{[]string{"up", "--dir", dir, "--prover-cpus", "-1"}, []string{"--prover-cpus -1"}},
		{[]string{"up", "--dir", dir, "--prover-cpus", "1000"}, []string{"more than this machine's"}},
		{[]string{"up", "--dir", dir, "--bin", dir}, []string{"zkpool-node not found", "make build"}},
		{[]string{"status", "--dir", none}, []string{"testnet up --dir " + none}},
		{[]string{"down", "--dir", none}, []string{"no testnet.json"}},
		{[]string{"kill", "--dir", none}, []string{"name a process"}},
		{[]string{"kill", "node1", "--dir", none}, []string{"no testnet.json"}},
		{[]string{"logs", "node1", "--lines", "-1", "--dir", none}, []string{"--lines -1"}},
		{[]string{"restart", "node1", "extra", "--dir", none}, []string{`"extra"`}},
		{[]string{"cut", "node1", "--dir", none}, []string{"name two processes"}},
		{[]string{"heal", "node1", "prover1", "--dir", none}, []string{"no testnet.json"}},
		{[]string{"shape", "node1", "--dir", none}, []string{"netem spec"}},
		{[]string{"frobnicate"}, []string{"frobnicate"}},
		{nil, []string{"up, status"}},
		{[]string{"--dir", none}, []string{"--dir"}},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			_, errOut, code := zkpool(t, append([]string{"testnet"}, tc.args...)...)
			if code != 2 {
				t.Fatalf("exit %d, want 2: %s", code, errOut)
			}
			last := strings.TrimSpace(errOut)
			if i := strings.LastIndexByte(last, '\n'); i >= 0 {
				last = last[i+1:] // after a usage text, the error is the last line
			}
			for _, w := range tc.wants {
				if !strings.Contains(last, w) {
					t.Errorf("%q does not mention %q", last, w)
				}
			}
		})
	}
	if left := alive(t, dir); len(left) > 0 {
		t.Fatalf("bad usage started processes:\n%s", strings.Join(left, "\n"))
	}
	// --help works on every testnet command.
	for _, c := range []string{"up", "status", "logs", "kill", "restart", "cut", "heal", "shape", "down"} {
		_, errOut, code := zkpool(t, "testnet", c, "--help")
		if code != 0 || !strings.Contains(errOut, "examples:") {
			t.Errorf("testnet %s --help: exit %d\n%s", c, code, errOut)
		}
	}
}

// BenchmarkDemo times what 'make demo' runs, binaries built: a 3-node,
// 4-prover testnet started, the Iris task proven on it, the testnet
// stopped. The bound is 5 minutes on a 2-core machine.
func BenchmarkDemo(b *testing.B) {
	var total, up, proof float64
	attempts := 0 // the most attempts any segment took to be awarded
	for b.Loop() {
		cmd := exec.Command(filepath.Join(bins, "zkpool"), "demo")
		cmd.Dir = ".."
		start := time.Now()
		out, err := cmd.CombinedOutput()
		if err != nil {
			b.Fatalf("demo: %v\n%s", err, out)
		}
		total += time.Since(start).Seconds()
		for _, l := range strings.Split(string(out), "\n") {
			f := strings.Fields(l)
			switch {
			case strings.HasPrefix(l, "testnet up in ") && len(f) > 3:
				if d, err := time.ParseDuration(strings.TrimSuffix(f[3], ":")); err == nil {
					up += d.Seconds()
				}
			case strings.HasPrefix(l, "time ") && len(f) > 1:
				if d, err := time.ParseDuration(f[1]); err == nil {
					proof += d.Seconds()
				}
			case strings.Contains(l, " awarded to ") && strings.HasSuffix(l, ")") && len(f) > 1:
				if a, err := strconv.Atoi(strings.TrimSuffix(f[len(f)-1], ")")); err == nil {
					attempts = max(attempts, a)
				}
			}
		}
	}
	n := float64(b.N)
	b.ReportMetric(total/n, "s/demo")
	b.ReportMetric(up/n, "s/testnet-up")
	b.ReportMetric(proof/n, "s/upload-to-verified")
	b.ReportMetric(float64(attempts), "max-attempts")
}

// joinOnce runs zkpool-peer until it prints its "joined" line, stops it
// with SIGINT and returns that line ("" if it exited first).
func joinOnce(t *testing.T, args ...string) string {
	t.Helper()
	cmd := exec.Command(filepath.Join(bins, "zkpool-peer"), args...)
	cmd.Env = append(os.Environ(), "ZKPOOL_PASSWORD=home")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	joined := ""
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "joined ") {
			joined = sc.Text()
			break
		}
	}
	cmd.Process.Signal(os.Interrupt)
	go io.Copy(io.Discard, out)
	if err := cmd.Wait(); err != nil && joined != "" {
		t.Errorf("zkpool-peer after SIGINT: %v\n%s", err, stderr.String())
	}
	if joined == "" {
		t.Logf("zkpool-peer %s stderr:\n%s", strings.Join(args, " "), stderr.String())
	}
	return joined
}

// bgProve is 'zkpool prove' running in the background, its stderr watched.
type bgProve struct {
	cmd     *exec.Cmd
	stdout  bytes.Buffer
	mu      sync.Mutex
	lines   []string
	scanned chan struct{}
}

// startProve runs zkpool with args; the first stderr line for which pick
// returns a non-empty string sends that string on the channel.
func startProve(t *testing.T, args []string, pick func(fields []string) string) (*bgProve, <-chan string) {
	t.Helper()
	b := &bgProve{cmd: exec.Command(filepath.Join(bins, "zkpool"), args...), scanned: make(chan struct{})}
	b.cmd.Dir = ".."
	b.cmd.Stdout = &b.stdout
	stderr, err := b.cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := b.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	picked := make(chan string, 1)
	go func() {
		defer close(b.scanned)
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			b.mu.Lock()
			b.lines = append(b.lines, sc.Text())
			b.mu.Unlock()
			if v := pick(strings.Fields(sc.Text())); v != "" {
				select {
				case picked <- v:
				default:
				}
			}
		}
	}()
	t.Cleanup(func() {
		select {
		case <-b.scanned:
		default:
			b.cmd.Process.Kill()
		}
	})
	return b, picked
}

// await returns the picked value, failing if the command ends first.
func (b *bgProve) await(t *testing.T, picked <-chan string, what string) string {
	t.Helper()
	select {
	case v := <-picked:
		return v
	case <-b.scanned:
		b.cmd.Wait()
		b.mu.Lock()
		defer b.mu.Unlock()
		t.Fatalf("zkpool prove ended before %s:\n%s\n%s", what, b.stdout.String(), strings.Join(b.lines, "\n"))
	}
	return ""
}

// result waits for the command and checks its JSON result.
func (b *bgProve) result(t *testing.T) proveResult {
	t.Helper()
	<-b.scanned
	if err := b.cmd.Wait(); err != nil {
		b.mu.Lock()
		defer b.mu.Unlock()
		t.Fatalf("zkpool prove: %v\n%s\n%s", err, b.stdout.String(), strings.Join(b.lines, "\n"))
	}
	return checkResult(t, b.stdout.String())
}
