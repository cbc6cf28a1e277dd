package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/zkpool/aoraki/chain/network"
)

// The binaries under test, built once: zkpool-node, zkpool-peer, zkpool.
var bins = map[string]string{}

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "zkpool-node-cli-")
	if err != nil {
		panic(err)
	}
	for name, pkg := range map[string]string{"zkpool-node": ".", "zkpool-peer": "../zkpool-peer", "zkpool": "../zkpool"} {
		bins[name] = filepath.Join(dir, name)
		if out, err := exec.Command("go", "build", "-o", bins[name], pkg).CombinedOutput(); err != nil {
			panic(string(out))
		}
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// testEnv is the environment of every command: a known keystore password.
func testEnv() []string { return append(os.Environ(), "ZKPOOL_PASSWORD=test-password") }

// runCmd runs a binary to completion from the repository root.
func runCmd(t *testing.T, bin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	return runCmdEnv(t, nil, bin, args...)
}

// runCmdEnv is runCmd with extra environment variables.
func runCmdEnv(t *testing.T, env []string, bin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(bins[bin], args...)
	cmd.Dir = "../.."
	cmd.Env = append(testEnv(), env...)
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

// proc is a long-running binary whose stdout lines are watched.
type proc struct {
	name string
	cmd  *exec.Cmd
	mu   sync.Mutex
	out  []string
	more chan struct{} // closed and replaced on each new line
	done chan struct{}
	err  error
	log  string
}

func start(t *testing.T, name, bin string, args ...string) *proc {
	t.Helper()
	p := &proc{name: name, more: make(chan struct{}), done: make(chan struct{}), log: filepath.Join(t.TempDir(), name+".log")}
	p.cmd = exec.Command(bins[bin], args...)
	p.cmd.Dir = "../.."
	p.cmd.Env = testEnv()
	logf, err := os.Create(p.log)
	if err != nil {
		t.Fatal(err)
	}
	p.cmd.Stderr = logf
	r, err := p.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			p.mu.Lock()
			p.out = append(p.out, sc.Text())
			close(p.more)
			p.more = make(chan struct{})
			p.mu.Unlock()
		}
		p.err = p.cmd.Wait()
		logf.Close()
		close(p.done)
	}()
	t.Cleanup(func() {
		select {
		case <-p.done:
		default:
			p.cmd.Process.Kill()
			<-p.done
		}
		if t.Failed() {
			b, _ := os.ReadFile(p.log)
			if len(b) > 6000 {
				b = b[len(b)-6000:]
			}
			t.Logf("%s stdout:\n%s\n%s stderr (tail):\n%s", p.name, strings.Join(p.lines(), "\n"), p.name, b)
		}
	})
	return p
}

func (p *proc) lines() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.out...)
}

// waitLine waits for a stdout line containing s and returns it.
func (p *proc) waitLine(t *testing.T, s string, timeout time.Duration) string {
	t.Helper()
	return p.waitMatch(t, fmt.Sprintf("%q", s), func(l string) bool { return strings.Contains(l, s) }, timeout)
}

// waitMatch waits for a stdout line that match accepts and returns it.
func (p *proc) waitMatch(t *testing.T, what string, match func(string) bool, timeout time.Duration) string {
	t.Helper()
	s := what
	deadline := time.After(timeout)
	for {
		p.mu.Lock()
		for _, l := range p.out {
			if match(l) {
				p.mu.Unlock()
				return l
			}
		}
		more := p.more
		p.mu.Unlock()
		select {
		case <-more:
		case <-p.done:
			t.Fatalf("%s exited (%v) before printing %s", p.name, p.err, s)
		case <-deadline:
			t.Fatalf("%s did not print %s within %s", p.name, s, timeout)
		}
	}
}

// stop sends SIGINT and waits for a clean exit.
func (p *proc) stop(t *testing.T) {
	t.Helper()
	p.cmd.Process.Signal(syscall.SIGINT)
	select {
	case <-p.done:
	case <-time.After(30 * time.Second):
		t.Fatalf("%s did not stop on SIGINT", p.name)
	}
	if p.err != nil {
		t.Fatalf("%s: exit %v after SIGINT", p.name, p.err)
	}
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// initNode makes a node data dir and returns its bootstrap multiaddr. Its
// API listens on a free port unless extra flags say otherwise: tests run
// beside other nodes on this machine.
func initNode(t *testing.T, dir string, devKey int, extra ...string) string {
	t.Helper()
	args := append([]string{"init", "--datadir", dir, "--listen", fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", freePort(t)),
		"--dev-key", fmt.Sprint(devKey), "--light-kdf", "--score-whitelist", "127.0.0.0/8", "--api-listen", "127.0.0.1:0"}, extra...)
	out, errOut, code := runCmd(t, "zkpool-node", args...)
	if code != 0 {
		t.Fatalf("init exit %d: %s", code, errOut)
	}
	for _, l := range strings.Split(out, "\n") {
		if a, ok := strings.CutPrefix(l, "bootstrap: "); ok {
			return a
		}
	}
	t.Fatalf("init printed no bootstrap address:\n%s", out)
	return ""
}

// setConfig replaces a key's line in a node's config file.
func setConfig(t *testing.T, dir, key, value string) {
	t.Helper()
	p := filepath.Join(dir, "config.toml")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	found := false
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, key+" = ") {
			l, found = key+" = "+value, true
		}
		out = append(out, l)
	}
	if !found {
		t.Fatalf("config has no %s", key)
	}
	os.WriteFile(p, []byte(strings.Join(out, "\n")), 0o600)
}

// waitJSON runs a status command until cond holds on its JSON output.
func waitJSON(t *testing.T, what string, timeout time.Duration, cond func(map[string]any) bool, bin string, args ...string) map[string]any {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		out, errOut, code := runCmd(t, bin, args...)
		var v map[string]any
		if code == 0 && json.Unmarshal([]byte(out), &v) == nil && cond(v) {
			return v
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: not reached within %s; last: exit %d %s %s", what, timeout, code, out, errOut)
		}
		// Status files are rewritten every second; wait for the next write.
		time.Sleep(200 * time.Millisecond)
	}
}

func num(v any) float64 { f, _ := v.(float64); return f }

// apiBase is the API base URL from a running node's "api:" line.
func apiBase(t *testing.T, p *proc) string {
	t.Helper()
	l := p.waitLine(t, "api: ", time.Second)
	u, ok := strings.CutSuffix(strings.TrimPrefix(l, "api: "), "/v1/status")
	if !ok || !strings.HasPrefix(u, "http://127.0.0.1:") || !slices.Contains(p.lines(), "dashboard: "+u+"/") {
		t.Fatalf("%s: api line %q, and a dashboard line for it in:\n%s", p.name, l, strings.Join(p.lines(), "\n"))
	}
	return u
}

// getJSON fetches a JSON object over HTTP.
func getJSON(t *testing.T, url string) map[string]any {
	t.Helper()
	c := http.Client{Timeout: 10 * time.Second}
	resp, err := c.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var v map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&v); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s (%v)", url, resp.Status, err)
	}
	return v
}

func TestNetworkEndToEnd(t *testing.T) {
	dir := t.TempDir()
	n1, n2, netDir := filepath.Join(dir, "n1"), filepath.Join(dir, "n2"), filepath.Join(dir, "net")
	b1, b2 := initNode(t, n1, 1), initNode(t, n2, 2)
	for _, n := range []string{n1, n2} {
		setConfig(t, n, "min_deadline", `"1s"`)
		setConfig(t, n, "bid_window", `"300ms"`)
		// The refund below asks for a 3-second deadline: keep no margin
		// for attestation beyond the proving estimate, or the node (rightly)
		// refuses to quote it.
		setConfig(t, n, "attest_margin", `"0s"`)
	}
	out, errOut, code := runCmd(t, "zkpool-node", "deploy", "--embedded", "--datadir", netDir, "--port", fmt.Sprint(freePort(t)),
		"--bootstrap", b1, "--bootstrap", b2)
	if code != 0 {
		t.Fatalf("deploy exit %d: %s\n%s", code, out, errOut)
	}
	if !strings.Contains(out, "NOT a ceremony") {
		t.Errorf("deploy does not say its setup is not a ceremony:\n%s", out)
	}
	netFile := filepath.Join(netDir, "network.json")
	nw, err := network.Load(netFile)
	if err != nil {
		t.Fatal(err)
	}
	for _, fam := range []string{"dtree/v2/d6-n32-f4-s16", "dtree/v2/d6-n32-f4-s32", "dtree/v2/d6-n32-f4-s64", "hashchain/v1/s4", "hashchain/v1/s32"} {
		if nw.ArtifactCIDs[fam] == "" {
			t.Errorf("network file lacks family %s: %v", fam, nw.ArtifactCIDs)
		}
	}
	if len(nw.BootstrapPeers) != 2 || nw.ChainID != 1337 || nw.ReceiptVerifier.Big().Sign() == 0 || nw.ReceiptVerifier == nw.Contract {
		t.Fatalf("network file %+v", nw)
	}

	chain := start(t, "chain", "zkpool-node", "chain", "--datadir", netDir)
	chain.waitLine(t, "serving JSON-RPC", time.Minute)
	// deploy --rpc works on any chain: a second contract on this one.
	rpcURL := strings.Fields(chain.waitLine(t, "serving JSON-RPC", time.Second))[5]
	out, errOut, code = runCmd(t, "zkpool-node", "deploy", "--rpc", rpcURL, "--datadir", filepath.Join(dir, "net2"), "--dev-key", "7",
		"--dtree-segment-sizes", "32", "--hashchain-steps", "", "--bootstrap", b1)
	if code != 0 {
		t.Fatalf("deploy --rpc exit %d: %s\n%s", code, out, errOut)
	}
	if nw2, err := network.Load(filepath.Join(dir, "net2", "network.json")); err != nil || nw2.Contract == nw.Contract ||
		len(nw2.ArtifactCIDs) != 1 || nw2.RPCURL != rpcURL {
		t.Fatalf("second network %+v (%v)", nw2, err)
	}
	// node1 is a bootstrap peer whose API address comes from the flag;
	// node2's from its config (port 0: a free one), and it logs warnings only.
	api1 := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	nodes := []*proc{
		start(t, "node1", "zkpool-node", "run", "--datadir", n1, "--network", netFile, "--bootstrap", "--api-listen", api1),
		start(t, "node2", "zkpool-node", "run", "--datadir", n2, "--network", netFile, "--log-level", "warn"),
	}
	for _, n := range nodes {
		n.waitLine(t, "node running", 2*time.Minute)
	}
	// Everything else is printed before "node running".
	out1 := nodes[0].lines()
	for _, want := range []string{"bootstrap: " + b1, "api: http://" + api1 + "/v1/status", "dashboard: http://" + api1 + "/"} {
		if !slices.Contains(out1, want) {
			t.Errorf("node1 did not print %q before node running:\n%s", want, strings.Join(out1, "\n"))
		}
	}
	if slices.ContainsFunc(out1, func(l string) bool { return strings.HasPrefix(l, "note:") }) {
		t.Errorf("node1 is in the network file, yet printed a note:\n%s", strings.Join(out1, "\n"))
	}
	api2 := apiBase(t, nodes[1])
	if strings.HasSuffix(api2, ":0") || slices.ContainsFunc(nodes[1].lines(), func(l string) bool { return strings.HasPrefix(l, "bootstrap:") }) {
		t.Errorf("node2 (port 0, not --bootstrap):\n%s", strings.Join(nodes[1].lines(), "\n"))
	}
	// The API answers over HTTP for the account that started it.
	peerID := b1[strings.LastIndex(b1, "/p2p/")+len("/p2p/"):]
	st := getJSON(t, "http://"+api1+"/v1/status")
	if st["peer_id"] != peerID || !strings.HasPrefix(fmt.Sprint(st["address"]), "0x") || st["network"] != nw.Name() {
		t.Errorf("node1 /v1/status: %v (peer %s)", st, peerID)
	}
	p1, p2 := filepath.Join(dir, "p1"), filepath.Join(dir, "p2")
	peers := []*proc{
		start(t, "peer1", "zkpool-peer", "join", "--network", netFile, "--datadir", p1, "--light-kdf"),
		start(t, "peer2", "zkpool-peer", "join", "--network", netFile, "--datadir", p2, "--light-kdf", "--log-level", "warn"),
	}
	for _, p := range peers {
		p.waitLine(t, "payout address", time.Minute)
		p.waitLine(t, "joined", 2*time.Minute)
	}
	// Logs go to stderr, at the level asked for: info by default, warn
	// and above with --log-level warn.
	for _, p := range []*proc{nodes[0], nodes[1], peers[0], peers[1]} {
		b, _ := os.ReadFile(p.log)
		quiet := p == nodes[1] || p == peers[1]
		if info := strings.Contains(string(b), "level=INFO"); info == quiet {
			t.Errorf("%s (quiet %v): stderr has info logs %v:\n%s", p.name, quiet, info, b)
		}
		if strings.Contains(string(b), "level=DEBUG") || slices.ContainsFunc(p.lines(), func(l string) bool { return strings.Contains(l, "level=") }) {
			t.Errorf("%s: debug logs, or logs on stdout", p.name)
		}
	}
	// Both nodes see both provers and each other on the market's topics,
	// and report their API.
	for n, api := range map[string]string{n1: "http://" + api1, n2: api2} {
		waitJSON(t, "mesh of "+n, time.Minute, func(v map[string]any) bool {
			p, _ := v["peers"].(map[string]any)
			return num(p["segments"]) >= 2 && num(p["attest-req"]) >= 1 && v["api"] == api
		}, "zkpool-node", "status", "--datadir", n, "--json")
	}
	if out, errOut, code := runCmd(t, "zkpool-node", "status", "--datadir", n2); code != 0 || !strings.Contains(out, "api       "+api2+"/v1/status\n") {
		t.Errorf("status of n2: exit %d\n%s%s", code, out, errOut)
	}

	// Both nodes quote, and nothing is paid for asking. This requester's
	// setup store is empty: it fetches the network's artifacts first.
	out, errOut, code = runCmdEnv(t, []string{"ZKPOOL_SETUP_DIR=" + filepath.Join(dir, "req-setup")}, "zkpool", "quote", "--network", netFile, "--model", "examples/iris/tree_model.msgpack",
		"--input", "examples/iris/iris_input_data.csv", "--segment-size", "32", "--dev-key", "9", "--datadir", filepath.Join(dir, "req"), "--json")
	var quotes struct {
		Quotes []struct{ Node, Price, Error string }
	}
	if code != 0 || json.Unmarshal([]byte(out), &quotes) != nil || len(quotes.Quotes) != 2 {
		t.Fatalf("quote exit %d:\n%s\n%s", code, out, errOut)
	}
	if !strings.Contains(errOut, "fetching the network's artifacts") {
		t.Errorf("quote with an empty setup store did not fetch the artifacts:\n%s", errOut)
	}
	for _, q := range quotes.Quotes {
		if q.Error != "" || q.Price == "" || q.Price == "0" || q.Node == "" {
			t.Fatalf("quote %+v", q)
		}
	}

	out, errOut, code = runCmd(t, "zkpool", "prove", "--network", netFile, "--model", "examples/iris/tree_model.msgpack",
		"--input", "examples/iris/iris_input_data.csv", "--segment-size", "32", "--dev-key", "9", "--datadir", filepath.Join(dir, "req"), "--json")
	if code != 0 {
		t.Fatalf("prove exit %d:\n%s\n%s", code, out, errOut)
	}
	var res struct {
		TaskID      string   `json:"task_id"`
		Predictions []int    `json:"predictions"`
		Verified    bool     `json:"verified"`
		PricePaid   string   `json:"price_paid"`
		ReceiptCID  string   `json:"receipt_cid"`
		Segments    int      `json:"segments"`
		Provers     []string `json:"provers"`
		Node        string   `json:"node"`
		Elapsed     float64  `json:"elapsed_seconds"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("stdout is not one JSON object: %v\n%s", err, out)
	}
	if len(res.Predictions) != 150 {
		t.Fatalf("%d predictions", len(res.Predictions))
	}
	for i, p := range res.Predictions {
		if p != i/50 {
			t.Fatalf("sample %d predicted %d, want %d", i+1, p, i/50)
		}
	}
	if !res.Verified || res.Segments != 5 || len(res.Provers) != 5 || !strings.HasPrefix(res.ReceiptCID, "bafk") ||
		len(res.TaskID) != 66 || res.PricePaid == "" || res.PricePaid == "0" {
		t.Fatalf("result %+v", res)
	}

	t.Logf("network proof of Iris (150 samples, 5 segments, %d distinct provers): %.2fs from upload to verified receipt", distinct(res.Provers), res.Elapsed)

	// The node that ran it records the task as fulfilled; the provers that
	// proved segments have a balance, and the funded one withdraws it.
	for _, n := range []string{n1, n2} {
		v := waitJSON(t, "status of "+n, time.Minute, func(map[string]any) bool { return true }, "zkpool-node", "status", "--datadir", n, "--json")
		if v["account"] == res.Node {
			waitJSON(t, "task fulfilled on "+n, time.Minute, func(v map[string]any) bool {
				tk, _ := v["tasks"].(map[string]any)
				return num(tk["fulfilled"]) == 1
			}, "zkpool-node", "status", "--datadir", n, "--json")
		}
	}
	paid := ""
	for _, p := range []string{p1, p2} {
		v := waitJSON(t, "status of "+p, time.Minute, func(map[string]any) bool { return true }, "zkpool-peer", "status", "--datadir", p, "--json")
		if v["balance_wei"] != "0" {
			paid = p
		}
		for _, a := range res.Provers {
			if a == v["payout_address"] && v["balance_wei"] == "0" {
				t.Fatalf("prover %s proved a segment and has no balance: %v", a, v)
			}
		}
	}
	if paid == "" {
		t.Fatal("no prover was paid")
	}
	// A new payout key holds no ether for gas until the testnet funds it.
	v := waitJSON(t, "status of "+paid, time.Minute, func(v map[string]any) bool {
		return v["running"] == true && num(v["segments_proven"]) >= 1 && v["earned_wei"] != "0"
	}, "zkpool-peer", "status", "--datadir", paid, "--json")
	// Its live status line showed the work too.
	paidProc := map[string]*proc{p1: peers[0], p2: peers[1]}[paid]
	paidProc.waitMatch(t, "a status line with a proven segment", func(l string) bool {
		return strings.HasPrefix(l, "peers ") && !strings.Contains(l, "| proven 0 |")
	}, time.Minute)
	out, errOut, code = runCmd(t, "zkpool-peer", "withdraw", "--datadir", paid)
	if code != 1 || !strings.Contains(errOut, "gas") {
		t.Fatalf("withdraw without ether for gas: exit %d: %s %s", code, out, errOut)
	}
	out, errOut, code = runCmd(t, "zkpool-node", "fund", "--network", netFile, "--to", v["payout_address"].(string), "--ether", "1")
	if code != 0 || !strings.Contains(out, "sent 1 ether") {
		t.Fatalf("fund exit %d: %s %s", code, out, errOut)
	}
	out, errOut, code = runCmd(t, "zkpool-peer", "withdraw", "--datadir", paid)
	if code != 0 || !strings.Contains(out, "withdrew "+v["balance_wei"].(string)+" wei") {
		t.Fatalf("withdraw exit %d: %s %s", code, out, errOut)
	}
	v = waitJSON(t, "status of "+paid, time.Minute, func(map[string]any) bool { return true }, "zkpool-peer", "status", "--datadir", paid, "--json")
	if v["balance_wei"] != "0" {
		t.Fatalf("balance after withdraw: %v", v["balance_wei"])
	}

	// A node whose setup store is empty fetches the network's artifacts
	// from the bootstrap nodes, checked by CID, before it starts.
	n3 := filepath.Join(dir, "n3")
	initNode(t, n3, 3)
	setConfig(t, n3, "setup_dir", fmt.Sprintf("%q", filepath.Join(dir, "empty-setup")))
	// It runs as a bootstrap peer the network file does not list yet, and
	// without an API.
	node3 := start(t, "node3", "zkpool-node", "run", "--datadir", n3, "--network", netFile, "--bootstrap", "--api-listen", "")
	node3.waitLine(t, "fetching the network's artifacts", time.Minute)
	// Per family its manifest, constraint system, keys, and for the three
	// dtree families the model basis.
	if l := node3.waitLine(t, "fetched", 2*time.Minute); !strings.Contains(l, "fetched 23 artifact blobs") {
		t.Errorf("node3: %s (want 5 families × 4 blobs and 3 model bases)", l)
	}
	node3.waitLine(t, "node running", time.Minute)
	if l := node3.waitLine(t, "note:", time.Second); !strings.Contains(l, "bootstrap_peers") {
		t.Errorf("node3: %s", l)
	}
	if slices.ContainsFunc(node3.lines(), func(l string) bool { return strings.HasPrefix(l, "api:") || strings.HasPrefix(l, "dashboard:") }) {
		t.Errorf("node3 run with --api-listen \"\" printed an API:\n%s", strings.Join(node3.lines(), "\n"))
	}
	nodes = append(nodes, node3)

	// Without provers a task cannot be proven: past its deadline the
	// requester refunds it and says so.
	for _, p := range peers {
		p.stop(t)
		if !strings.Contains(strings.Join(p.lines(), "\n"), "stopping") {
			t.Errorf("%s did not say it stopped", p.name)
		}
	}
	out, errOut, code = runCmd(t, "zkpool", "prove", "--network", netFile, "--model", "examples/iris/tree_model.msgpack",
		"--input", "examples/iris/iris_input_data.csv", "--segment-size", "32", "--dev-key", "9", "--datadir", filepath.Join(dir, "req"),
		"--deadline", "3s", "--json")
	if code != 1 || !strings.Contains(errOut, "refunded") {
		t.Fatalf("unserved task: exit %d, want 1 and a refund:\n%s\n%s", code, out, errOut)
	}

	for _, n := range nodes {
		n.stop(t)
	}
	// A stopped node's status comes from its store and the chain.
	for _, n := range []string{n1, n2} {
		v := waitJSON(t, "status of stopped "+n, time.Minute, func(map[string]any) bool { return true }, "zkpool-node", "status", "--datadir", n, "--json")
		tk, _ := v["tasks"].(map[string]any)
		if v["running"] != false || v["chain_status"] != "active" || (v["account"] == res.Node && num(tk["fulfilled"]) != 1) {
			t.Errorf("status of stopped node %s: %v", n, v)
		}
	}
	chain.stop(t)
}

func TestBadUsageExitsTwoWithOneLine(t *testing.T) {
	dir := t.TempDir()
	// A node data dir with a key, and a network file whose artifact is
	// not in the setup store.
	n1 := filepath.Join(dir, "n1")
	initNode(t, n1, 3)
	missing := "bafkreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm"
	bogus := filepath.Join(dir, "network.json")
	nw := network.Network{ChainID: 1337, RPCURL: "http://127.0.0.1:1", DeployBlock: 1,
		ArtifactCIDs: map[string]string{"hashchain/v1/s4": missing}}
	nw.Contract[19] = 1
	if err := nw.Save(bogus); err != nil {
		t.Fatal(err)
	}
	withPeers := filepath.Join(dir, "with-peers.json")
	nw.BootstrapPeers = []string{"/ip4/127.0.0.1/tcp/1/p2p/12D3KooWCDcFcraj9Q51GZjKntt98zDZnUrSTKg7tC28ENoXaNQQ"}
	if err := nw.Save(withPeers); err != nil {
		t.Fatal(err)
	}
	// A data dir listening on port 0: no address to give a network file.
	n0 := filepath.Join(dir, "n0")
	if _, errOut, code := runCmd(t, "zkpool-node", "init", "--datadir", n0, "--listen", "/ip4/127.0.0.1/tcp/0", "--dev-key", "4", "--light-kdf", "--api-listen", ""); code != 0 {
		t.Fatalf("init n0: exit %d: %s", code, errOut)
	}
	garbage := filepath.Join(dir, "garbage.json")
	os.WriteFile(garbage, []byte("{not json"), 0o644)
	cases := []struct {
		name  string
		bin   string
		args  []string
		wants []string
	}{
		{"deploy without target", "zkpool-node", []string{"deploy", "--datadir", dir}, []string{"--rpc", "--embedded"}},
		{"deploy both targets", "zkpool-node", []string{"deploy", "--datadir", dir, "--embedded", "--rpc", "http://x:1"}, []string{"exactly one"}},
		{"deploy no datadir", "zkpool-node", []string{"deploy", "--embedded"}, []string{"--datadir"}},
		{"deploy bad bootstrap", "zkpool-node", []string{"deploy", "--embedded", "--datadir", dir, "--bootstrap", "/ip4/1.2.3.4/tcp/1"}, []string{"--bootstrap", "/p2p/"}},
		{"deploy bad sizes", "zkpool-node", []string{"deploy", "--embedded", "--datadir", dir, "--dtree-segment-sizes", "32,x"}, []string{"--dtree-segment-sizes", `"x"`}},
		{"deploy bad segment size", "zkpool-node", []string{"deploy", "--embedded", "--datadir", dir, "--dtree-segment-sizes", "5000"}, []string{"--dtree-segment-sizes"}},
		{"init twice", "zkpool-node", []string{"init", "--datadir", n1}, []string{"already initialised"}},
		{"init bad listen", "zkpool-node", []string{"init", "--datadir", filepath.Join(dir, "x"), "--listen", "tcp:80"}, []string{"--listen"}},
		{"run uninitialised", "zkpool-node", []string{"run", "--datadir", filepath.Join(dir, "none")}, []string{"zkpool-node init"}},
		{"run garbage network", "zkpool-node", []string{"run", "--datadir", n1, "--network", garbage}, []string{"garbage.json", "--network"}},
		{"run missing artifact", "zkpool-node", []string{"run", "--datadir", n1, "--network", bogus}, []string{missing, "hashchain/v1/s4"}},
		{"run bad log level", "zkpool-node", []string{"run", "--datadir", n1, "--log-level", "loud"}, []string{"--log-level", `"loud"`, "debug, info, warn or error"}},
		{"run bad api listen", "zkpool-node", []string{"run", "--datadir", n1, "--api-listen", "8645"}, []string{"--api-listen", `"8645"`, "host:port"}},
		{"run bad api port", "zkpool-node", []string{"run", "--datadir", n1, "--api-listen", "127.0.0.1:99999"}, []string{"--api-listen", `"99999"`}},
		{"run bootstrap on port 0", "zkpool-node", []string{"run", "--datadir", n0, "--bootstrap"}, []string{"--bootstrap", "/ip4/127.0.0.1/tcp/0", "port 0", "listen"}},
		{"init bad api listen", "zkpool-node", []string{"init", "--datadir", filepath.Join(dir, "x"), "--api-listen", "http://127.0.0.1:8645"}, []string{"--api-listen"}},
		{"status uninitialised", "zkpool-node", []string{"status", "--datadir", filepath.Join(dir, "none")}, []string{"zkpool-node init"}},
		{"fund bad address", "zkpool-node", []string{"fund", "--network", bogus, "--to", "0x12"}, []string{"--to"}},
		{"fund no network", "zkpool-node", []string{"fund", "--to", "0x00000000000000000000000000000000000000aa"}, []string{"--network"}},
		{"chain port", "zkpool-node", []string{"chain", "--datadir", dir, "--port", "70000"}, []string{"--port"}},
		{"stray argument", "zkpool-node", []string{"status", "extra"}, []string{"extra"}},
		{"join bad misbehave", "zkpool-peer", []string{"join", "--network", bogus, "--misbehave", "sometimes"}, []string{"sometimes"}},
		{"join missing password file", "zkpool-peer", []string{"join", "--datadir", filepath.Join(dir, "pw"), "--network", withPeers, "--password-file", filepath.Join(dir, "nope")}, []string{"password file"}},
		{"join network without peers", "zkpool-peer", []string{"join", "--datadir", filepath.Join(dir, "pw"), "--network", bogus}, []string{"no bootstrap peers", "--bootstrap"}},
		{"join nowhere", "zkpool-peer", []string{"join", "--datadir", filepath.Join(dir, "p")}, []string{"--network", "MULTIADDR"}},
		{"join bootstrap unreachable", "zkpool-peer", []string{"join", "--datadir", filepath.Join(dir, "p"), "--bootstrap", "/ip4/127.0.0.1/tcp/1/p2p/12D3KooWCDcFcraj9Q51GZjKntt98zDZnUrSTKg7tC28ENoXaNQQ"}, []string{"no peer reachable", "--network FILE"}},
		{"join bad log level", "zkpool-peer", []string{"join", "--network", bogus, "--log-level", "verbose"}, []string{"--log-level", `"verbose"`}},
		{"join bad price", "zkpool-peer", []string{"join", "--network", bogus, "--price", "cheap"}, []string{"--price"}},
		{"join garbage network", "zkpool-peer", []string{"join", "--datadir", filepath.Join(dir, "p"), "--network", garbage}, []string{"garbage.json"}},
		{"peer status without key", "zkpool-peer", []string{"status", "--datadir", filepath.Join(dir, "p")}, []string{"zkpool-peer join"}},
		{"withdraw without key", "zkpool-peer", []string{"withdraw", "--datadir", filepath.Join(dir, "p")}, []string{"zkpool-peer join"}},
		{"prove neither mode", "zkpool", []string{"prove", "--model", "m", "--input", "i"}, []string{"--local", "--network"}},
		{"prove both modes", "zkpool", []string{"prove", "--local", "--network", bogus, "--model", "m", "--input", "i"}, []string{"exactly one"}},
		{"prove missing network", "zkpool", []string{"prove", "--network", filepath.Join(dir, "nope.json"), "--model", "examples/iris/tree_model.msgpack", "--input", "examples/iris/iris_input_data.csv"}, []string{"nope.json"}},
		{"prove bad max price", "zkpool", []string{"prove", "--network", bogus, "--model", "examples/iris/tree_model.msgpack", "--input", "examples/iris/iris_input_data.csv", "--max-price", "lots", "--dev-key", "9"}, []string{"--max-price"}},
		{"prove no key", "zkpool", []string{"prove", "--network", bogus, "--model", "examples/iris/tree_model.msgpack", "--input", "examples/iris/iris_input_data.csv", "--datadir", filepath.Join(dir, "r")}, []string{"--dev-key", "keystore"}},
		{"quote without network", "zkpool", []string{"quote", "--model", "m", "--input", "i"}, []string{"--network"}},
		{"quote bad input", "zkpool", []string{"quote", "--network", bogus, "--model", "examples/iris/tree_model.msgpack", "--input", garbage}, []string{"garbage.json"}},
		{"prove on chain without a verifier", "zkpool", []string{"prove", "--network", withPeers, "--model", "examples/iris/tree_model.msgpack", "--input", "examples/iris/iris_input_data.csv", "--dev-key", "9", "--verify-on-chain"}, []string{"receipt_verifier", "--verify-on-chain"}},
		{"prove bad model", "zkpool", []string{"prove", "--network", bogus, "--model", garbage, "--input", "examples/iris/iris_input_data.csv"}, []string{"garbage.json"}},
	}
	// Without a password from a file, the environment or a terminal.
	cases = append(cases, struct {
		name  string
		bin   string
		args  []string
		wants []string
	}{"init without password", "zkpool-node", []string{"init", "--datadir", filepath.Join(dir, "nopw")}, []string{"--password-file", "ZKPOOL_PASSWORD"}})
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var env []string
			if tc.name == "init without password" {
				env = []string{"ZKPOOL_PASSWORD="}
			}
			out, errOut, code := runCmdEnv(t, env, tc.bin, tc.args...)
			if code != 2 {
				t.Fatalf("exit %d, want 2\nstdout: %s\nstderr: %s", code, out, errOut)
			}
			lines := strings.Split(strings.TrimSpace(errOut), "\n")
			if len(lines) != 1 {
				t.Fatalf("want one line, got:\n%s", errOut)
			}
			for _, w := range tc.wants {
				if !strings.Contains(lines[0], w) {
					t.Errorf("error %q does not mention %q", lines[0], w)
				}
			}
		})
	}
}

// A taken API port stops run at once, with one line naming the address
// and the api_listen key, whether the address comes from the flag or the
// config.
func TestAPIPortInUse(t *testing.T) {
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	addr := taken.Addr().String()
	dir := filepath.Join(t.TempDir(), "n1")
	initNode(t, dir, 5)
	for _, args := range [][]string{{"--api-listen", addr}, nil} {
		if args == nil {
			setConfig(t, dir, "api_listen", fmt.Sprintf("%q", addr))
		}
		out, errOut, code := runCmd(t, "zkpool-node", append([]string{"run", "--datadir", dir}, args...)...)
		lines := strings.Split(strings.TrimSpace(errOut), "\n")
		if code != 1 || len(lines) != 1 || out != "" {
			t.Fatalf("run %v with %s taken: exit %d, want 1 and one line\nstdout: %s\nstderr: %s", args, addr, code, out, errOut)
		}
		for _, w := range []string{addr, "already in use", "api_listen", "--api-listen"} {
			if !strings.Contains(lines[0], w) {
				t.Errorf("error %q does not mention %q", lines[0], w)
			}
		}
	}
}

func TestHelpAndUsage(t *testing.T) {
	for _, b := range []struct {
		bin  string
		cmds []string
	}{
		{"zkpool-node", []string{"init", "deploy", "chain", "run", "status", "fund"}},
		{"zkpool-peer", []string{"join", "status", "withdraw"}},
	} {
		if _, _, code := runCmd(t, b.bin); code != 2 {
			t.Errorf("%s without a command: exit %d", b.bin, code)
		}
		if _, _, code := runCmd(t, b.bin, "frobnicate"); code != 2 {
			t.Errorf("%s frobnicate: exit %d", b.bin, code)
		}
		for _, c := range b.cmds {
			_, errOut, code := runCmd(t, b.bin, c, "--help")
			if code != 0 || !strings.Contains(errOut, "examples:") {
				t.Errorf("%s %s --help: exit %d:\n%s", b.bin, c, code, errOut)
			}
		}
	}
}

func distinct(a []string) int {
	m := map[string]bool{}
	for _, s := range a {
		m[s] = true
	}
	return len(m)
}

// init on the default listen addresses (all interfaces) names addresses
// others can dial, never 0.0.0.0, and says what to do behind NAT.
func TestInitNamesDialableAddresses(t *testing.T) {
	out, errOut, code := runCmd(t, "zkpool-node", "init", "--datadir", filepath.Join(t.TempDir(), "n"), "--light-kdf")
	if code != 0 {
		t.Fatalf("init exit %d: %s", code, errOut)
	}
	boot := 0
	for _, l := range strings.Split(out, "\n") {
		a, ok := strings.CutPrefix(l, "bootstrap: ")
		if !ok {
			continue
		}
		boot++
		if strings.Contains(a, "/0.0.0.0/") || strings.Contains(a, "/::/") || !strings.Contains(a, "/p2p/12D3KooW") {
			t.Errorf("bootstrap line %q", l)
		}
	}
	if boot == 0 || !strings.Contains(out, "behind NAT") {
		t.Fatalf("init output:\n%s", out)
	}
}
