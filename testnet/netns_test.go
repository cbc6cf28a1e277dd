package testnet_test

import (
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"testing"
	"time"

	"github.com/zkpool/aoraki/testnet"
	"github.com/zkpool/aoraki/testnet/internal/nfqueue"
)

// dialFrom dials addr (TCP) from inside network namespace ns, on a thread
// of its own that enters ns and comes back.
func dialFrom(ns, addr string) error {
	return nfqueue.InNetns(ns, func() error {
		c, err := net.DialTimeout("tcp", addr, 3*time.Second)
		if err == nil {
			c.Close()
		}
		return err
	})
}

// TestTestnetNetns brings up a netns testnet (root only): every process
// in a namespace of its own with its own address, a task proven across
// them, one link cut and healed (the others untouched), one process
// unplugged and plugged back, and down leaving no namespace nor link.
func TestTestnetNetns(t *testing.T) {
	if err := testnet.NetnsAvailable(); err != nil {
		t.Skipf("the netns mode cannot run here: %v", err)
	}
	dir := t.TempDir()
	t.Cleanup(func() {
		zkpool(t, "testnet", "down", "--dir", dir)
		if t.Failed() {
			for _, n := range []string{"chain", "node1", "node2", "prover1", "prover2"} {
				out, _, _ := zkpool(t, "testnet", "logs", n, "--dir", dir, "--lines", "25")
				t.Logf("%s log (tail):\n%s", n, out)
			}
		}
	})
	// prover2 sits behind a masquerading router.
	out := must(t, "testnet", "up", "--netns", "--nodes", "2", "--provers", "2", "--nat-provers", "1", "--dir", dir, "--seed", "5", "--json")
	var st testnet.State
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("up --json: %v\n%s", err, out)
	}
	n := st.Netns
	if n == nil || len(st.Procs) != 5 || n.NAT == "" || net.ParseIP(n.RouterIP) == nil {
		t.Fatalf("state %s", out)
	}
	_, subnet, err := net.ParseCIDR(n.Subnet)
	if err != nil {
		t.Fatal(err)
	}
	if len(n.Prefix) > 15 || !strings.HasPrefix(n.Prefix, "zk") {
		t.Fatalf("uplink name %q", n.Prefix)
	}
	if ifc, err := net.InterfaceByName(n.Prefix); err != nil {
		t.Fatalf("uplink %s: %v", n.Prefix, err)
	} else if addrs, _ := ifc.Addrs(); len(addrs) == 0 || !strings.HasPrefix(addrs[0].String(), n.HostIP+"/") {
		t.Fatalf("uplink %s has %v, want %s", n.Prefix, addrs, n.HostIP)
	}
	// Every process: its own namespace, its own address on eth0 there,
	// listening on it, and the chain's RPC reachable from it.
	procs := map[string]*testnet.Proc{}
	seen := map[string]bool{}
	for _, p := range st.Procs {
		procs[p.Name] = p
		if p.Netns == "" || net.ParseIP(p.IP) == nil || subnet.Contains(net.ParseIP(p.IP)) == p.NAT || seen[p.IP] || p.NAT != (p.Name == "prover2") {
			t.Fatalf("%s: namespace %q, address %q (subnet %s)", p.Name, p.Netns, p.IP, n.Subnet)
		}
		seen[p.IP] = true
		b, err := exec.Command("ip", "-n", p.Netns, "-4", "-o", "addr", "show", "dev", "eth0").CombinedOutput()
		if err != nil || !strings.Contains(string(b), " "+p.IP+"/") {
			t.Fatalf("%s: eth0 in %s: %v %s", p.Name, p.Netns, err, b)
		}
		if err := dialFrom(p.Netns, procs["chain"].IP+":8545"); p.Name != "chain" && err != nil {
			t.Fatalf("%s cannot reach the chain: %v", p.Name, err)
		}
	}
	if st.RPCURL != "http://"+procs["chain"].IP+":8545" {
		t.Fatalf("chain at %s, its address is %s", st.RPCURL, procs["chain"].IP)
	}
	for _, name := range []string{"node1", "node2"} {
		p := procs[name]
		if !strings.HasPrefix(p.Bootstrap, "/ip4/"+p.IP+"/tcp/") || !strings.HasPrefix(p.API, p.IP+":") {
			t.Fatalf("%s: bootstrap %s, API %s, address %s", name, p.Bootstrap, p.API, p.IP)
		}
	}
	resp, err := http.Get(st.Dashboard + "v1/status")
	if err != nil {
		t.Fatalf("dashboard %s from this host: %v", st.Dashboard, err)
	}
	resp.Body.Close()

	// A task proven across the namespaces.
	prove := []string{"prove", "--network", st.NetworkFile, "--model", "examples/iris/tree_model.msgpack",
		"--input", "examples/iris/iris_input_data.csv", "--dev-key", "9", "--datadir", filepath.Join(dir, "req"), "--json"}
	res := checkResult(t, must(t, prove...))
	t.Logf("proven across namespaces: %d segments by %v", res.Segments, res.Provers)
	// node1's connections come from the provers' own addresses, and
	// prover2's from its router's.
	ss, err := exec.Command("ip", "netns", "exec", procs["node1"].Netns, "ss", "-tn").CombinedOutput()
	if err != nil {
		t.Fatalf("ss in node1's namespace: %v %s", err, ss)
	}
	for _, a := range []string{procs["prover1"].IP, n.RouterIP} {
		if !strings.Contains(string(ss), a+":") {
			t.Fatalf("node1 has no connection from %s:\n%s", a, ss)
		}
	}
	// Behind NAT, prover2 dials out and nothing dials in; still it bid.
	if err := dialFrom(procs["prover2"].Netns, procs["node1"].IP+":4001"); err != nil {
		t.Fatalf("prover2 cannot dial out: %v", err)
	}
	if err := dialFrom(procs["node1"].Netns, procs["prover2"].IP+":4001"); err == nil {
		t.Fatal("node1 dials prover2 behind its NAT")
	}
	for _, p := range testnetStatus(t, dir).Procs {
		if p.Name == "prover2" && (p.Prover == nil || p.Prover.Bids == 0) {
			t.Fatalf("prover2 behind NAT never bid: %+v", p.Prover)
		}
	}

	// One link cut: prover1 loses node1, keeps node2; healed, it is back.
	tn, err := testnet.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	node1, node2 := procs["node1"].IP+":4001", procs["node2"].IP+":4001"
	if err := dialFrom(procs["prover1"].Netns, node1); err != nil {
		t.Fatalf("prover1 -> node1 before the cut: %v", err)
	}
	if out := must(t, "testnet", "cut", "prover1", "node1", "--dir", dir); !strings.Contains(out, "cut prover1 <-> node1") {
		t.Fatalf("cut: %s", out)
	}
	if err := dialFrom(procs["prover1"].Netns, node1); err == nil {
		t.Fatal("prover1 reaches node1 across the cut")
	}
	if err := dialFrom(procs["node1"].Netns, procs["prover1"].IP+":4001"); err == nil {
		t.Fatal("node1 reaches prover1 across the cut")
	}
	if err := dialFrom(procs["prover1"].Netns, node2); err != nil {
		t.Fatalf("the cut took prover1's other link too: %v", err)
	}
	if out := must(t, "testnet", "heal", "prover1", "node1", "--dir", dir); !strings.Contains(out, "healed prover1 <-> node1") {
		t.Fatalf("heal: %s", out)
	}
	if err := dialFrom(procs["prover1"].Netns, node1); err != nil {
		t.Fatalf("prover1 -> node1 after the heal: %v", err)
	}
	// Partition and HealAll, the chaos suite's calls, the same way.
	if err := tn.Partition("prover2", "node2"); err != nil {
		t.Fatal(err)
	}
	if err := dialFrom(procs["prover2"].Netns, node2); err == nil {
		t.Fatal("prover2 reaches node2 across the cut")
	}
	if err := tn.HealAll(); err != nil {
		t.Fatal(err)
	}
	if err := dialFrom(procs["prover2"].Netns, node2); err != nil {
		t.Fatalf("prover2 -> node2 after HealAll: %v", err)
	}
	// Unplugged, a process reaches no one, this host included.
	if err := tn.Unplug("node2"); err != nil {
		t.Fatal(err)
	}
	if c, err := net.DialTimeout("tcp", node2, 2*time.Second); err == nil {
		c.Close()
		t.Fatal("node2 answers unplugged")
	}
	if err := tn.Plug("node2"); err != nil {
		t.Fatal(err)
	}
	if c, err := net.DialTimeout("tcp", node2, 5*time.Second); err != nil {
		t.Fatalf("node2 plugged back: %v", err)
	} else {
		c.Close()
	}
	// Loss without netem: all of prover1's packets lost, then none.
	if err := tn.Lose("prover1", 100); err != nil {
		t.Fatal(err)
	}
	if err := dialFrom(procs["prover1"].Netns, node1); err == nil {
		t.Fatal("prover1 reaches node1 losing every packet")
	}
	if d, err := tn.Dropped("prover1"); err != nil || d == 0 {
		t.Fatalf("Dropped after a refused dial at 100%% loss: %d, %v", d, err)
	}
	if err := tn.Lose("prover1", 101); !errors.Is(err, testnet.ErrConfig) {
		t.Fatalf("Lose 101%%: %v", err)
	}
	if err := tn.Lose("prover1", 0); err != nil {
		t.Fatal(err)
	}
	if err := dialFrom(procs["prover1"].Netns, node1); err != nil {
		t.Fatalf("prover1 -> node1 with the loss taken away: %v", err)
	}
	if d, err := tn.Dropped("prover1"); err != nil || d != 0 {
		t.Fatalf("Dropped with no loss set: %d, %v", d, err)
	}
	// Latency without netem: prover1's packets held 150 ms (a second
	// Delay replaces the first).
	for _, d := range []time.Duration{time.Second, 150 * time.Millisecond} {
		if err := tn.Delay("prover1", d, 10*time.Millisecond); err != nil {
			t.Fatal(err)
		}
	}
	start := time.Now()
	if err := dialFrom(procs["prover1"].Netns, node1); err != nil {
		t.Fatalf("prover1 -> node1 delayed: %v", err)
	}
	if took := time.Since(start); took < 140*time.Millisecond || tn.Held("prover1") == 0 {
		t.Fatalf("a connect from prover1 held 150 ms took %v (%d packets held)", took, tn.Held("prover1"))
	}
	if err := tn.Delay("prover1", 0, 0); err != nil {
		t.Fatal(err)
	}
	if err := dialFrom(procs["prover1"].Netns, node1); err != nil || tn.Held("prover1") != 0 {
		t.Fatalf("prover1 -> node1 with the delay taken away: %v (%d held)", err, tn.Held("prover1"))
	}
	// Shaping: netem where the kernel has it, else a clear error.
	if err := testnet.NetemAvailable(); err != nil {
		if serr := tn.Shape("prover1", "delay 5ms"); !errors.Is(serr, testnet.ErrNoNetem) {
			t.Fatalf("Shape without netem: %v", serr)
		}
		if _, errOut, code := zkpool(t, "testnet", "shape", "prover1", "delay 5ms", "--dir", dir); code != 2 || !strings.Contains(errOut, "sch_netem") {
			t.Fatalf("testnet shape without netem: exit %d: %s", code, errOut)
		}
		t.Logf("netem not exercised: %v", err)
	} else {
		if err := tn.Shape("prover1", "delay 5ms"); err != nil {
			t.Fatal(err)
		}
		if err := tn.Shape("prover1", ""); err != nil {
			t.Fatal(err)
		}
	}

	// Down leaves no process, namespace, uplink nor record.
	if out := must(t, "testnet", "down", "--dir", dir); !strings.Contains(out, "no namespace "+n.Prefix) {
		t.Fatalf("down: %s", out)
	}
	if left := alive(t, dir); len(left) > 0 {
		t.Fatalf("processes left after down:\n%s", strings.Join(left, "\n"))
	}
	if _, err := net.InterfaceByName(n.Prefix); err == nil {
		t.Fatalf("uplink %s left after down", n.Prefix)
	}
	ents, _ := os.ReadDir("/run/netns")
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), n.Prefix) {
			t.Fatalf("namespace %s left after down", e.Name())
		}
	}
	if _, err := os.Stat(filepath.Join(dir, testnet.NetnsFile)); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("%s left after down: %v", testnet.NetnsFile, err)
	}
}
