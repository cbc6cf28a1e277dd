package p2p_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
	"google.golang.org/protobuf/types/known/wrapperspb"

	"github.com/zkpool/aoraki/p2p/host"
	"github.com/zkpool/aoraki/p2p/stream"
	"github.com/zkpool/aoraki/protocol/cids"
)

// The NAT-shaped test in network namespaces (root only; CI runs as root):
//
//	ns pub ("internet")            ns nat (router)                 ns priv (home)
//	7.7.7.1 relay :4002  ── veth ── 7.7.7.2 | masquerade | 192.168.77.1 ── veth ── 192.168.77.2 prover
//	        node  :4001
//
// The prover sits behind a masquerading router: it can dial out, nothing
// can dial in. The node reaches it through the relay for a control
// message; the prover pulls a witness from the node over a direct
// connection; the node cannot pull from the prover at all.
// Without root the same scenario runs in one process (TestNATShapedInProcess).
func TestNATShaped(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Log("not root: network namespaces unavailable, running the in-process NAT-shaped scenario")
		TestNATShapedInProcess(t)
		return
	}
	for _, tool := range []string{"ip", "nft"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is required for the NAT-shaped test as root (apt-get install -y iproute2 nftables): %v", tool, err)
		}
	}
	id := fmt.Sprint(os.Getpid() % 100000)
	pub, nat, priv := "zkpub"+id, "zknat"+id, "zkpriv"+id
	sh := func(args ...string) {
		t.Helper()
		if out, err := exec.Command(args[0], args[1:]...).CombinedOutput(); err != nil {
			t.Fatalf("%s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	for _, ns := range []string{pub, nat, priv} {
		sh("ip", "netns", "add", ns)
		t.Cleanup(func() { _ = exec.Command("ip", "netns", "del", ns).Run() })
	}
	in := func(ns string, args ...string) { sh(append([]string{"ip", "netns", "exec", ns}, args...)...) }
	sh("ip", "link", "add", "zkw"+id, "netns", nat, "type", "veth", "peer", "name", "zkp"+id, "netns", pub)
	sh("ip", "link", "add", "zkl"+id, "netns", nat, "type", "veth", "peer", "name", "zkh"+id, "netns", priv)
	in(pub, "ip", "addr", "add", "7.7.7.1/24", "dev", "zkp"+id)
	in(nat, "ip", "addr", "add", "7.7.7.2/24", "dev", "zkw"+id)
	in(nat, "ip", "addr", "add", "192.168.77.1/24", "dev", "zkl"+id)
	in(priv, "ip", "addr", "add", "192.168.77.2/24", "dev", "zkh"+id)
	for ns, devs := range map[string][]string{pub: {"lo", "zkp" + id}, nat: {"lo", "zkw" + id, "zkl" + id}, priv: {"lo", "zkh" + id}} {
		for _, d := range devs {
			in(ns, "ip", "link", "set", d, "up")
		}
	}
	in(priv, "ip", "route", "add", "default", "via", "192.168.77.1")
	in(nat, "sysctl", "-qw", "net.ipv4.ip_forward=1")
	in(nat, "nft", "add table ip zk; add chain ip zk post { type nat hook postrouting priority 100; }; "+
		"add rule ip zk post oifname zkw"+id+" masquerade; "+
		"add chain ip zk filt { type filter hook forward priority 0; policy drop; }; "+
		"add rule ip zk filt ct state established,related accept; add rule ip zk filt iifname zkl"+id+" accept")

	dir := t.TempDir()
	start := func(ns, role string) (*exec.Cmd, *bytes.Buffer) {
		var out bytes.Buffer
		cmd := exec.Command("ip", "netns", "exec", ns, os.Args[0], "-test.run=^TestNATNetnsHelper$", "-test.v", "-test.timeout=120s")
		cmd.Env = append(os.Environ(), "ZKPOOL_NAT_ROLE="+role, "ZKPOOL_NAT_DIR="+dir)
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
		return cmd, &out
	}
	nodeCmd, nodeOut := start(pub, "node")
	proverCmd, proverOut := start(priv, "prover")
	nodeErr, proverErr := nodeCmd.Wait(), proverCmd.Wait()
	if nodeErr != nil || proverErr != nil {
		t.Fatalf("node: %v\n%s\nprover: %v\n%s", nodeErr, nodeOut, proverErr, proverOut)
	}
	for _, f := range []string{"node.result", "prover.result"} {
		b, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil || string(b) != "ok" {
			t.Fatalf("%s: %q %v\nnode:\n%s\nprover:\n%s", f, b, err, nodeOut, proverOut)
		}
	}
}

// waitFile waits for a file another process writes (atomically, by
// rename); the deadline bounds a failing run.
func waitFile(t *testing.T, path string) string {
	t.Helper()
	deadline := time.Now().Add(90 * time.Second)
	for {
		b, err := os.ReadFile(path)
		if err == nil {
			return string(b)
		}
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting for %s", path)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func writeFile(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path+".tmp", []byte(s), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(path+".tmp", path); err != nil {
		t.Fatal(err)
	}
}

// TestNATNetnsHelper is the body of the processes TestNATShaped starts in
// the namespaces; run directly (no ZKPOOL_NAT_ROLE) it has nothing to do.
func TestNATNetnsHelper(t *testing.T) {
	role, dir := os.Getenv("ZKPOOL_NAT_ROLE"), os.Getenv("ZKPOOL_NAT_DIR")
	switch role {
	case "":
		return
	case "node":
		natNode(t, dir)
	case "prover":
		natProver(t, dir)
	default:
		t.Fatalf("unknown role %q", role)
	}
}

func natNode(t *testing.T, dir string) {
	rc := host.DefaultConfig("devnet", host.RoleNode, filepath.Join(dir, "relay"))
	rc.ListenAddrs = []string{"/ip4/7.7.7.1/tcp/4002", "/ip4/7.7.7.1/udp/4002/quic-v1"}
	relay := newPeer(t, rc, nil)
	nc := host.DefaultConfig("devnet", host.RoleNode, filepath.Join(dir, "node"))
	nc.ListenAddrs = []string{"/ip4/7.7.7.1/tcp/4001", "/ip4/7.7.7.1/udp/4001/quic-v1"}
	node := newPeer(t, nc, nil)
	witness := []byte("segment 3 witness, served by the public node")
	wc, err := node.bx.Store().PutBytes(witness)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "witness.cid"), wc.String())
	writeFile(t, filepath.Join(dir, "relay.addrs"), strings.Join(p2pAddrs(relay.h), "\n"))
	writeFile(t, filepath.Join(dir, "node.addrs"), strings.Join(p2pAddrs(node.h), "\n"))
	proverID, err := peer.Decode(waitFile(t, filepath.Join(dir, "prover.id")))
	if err != nil {
		t.Fatal(err)
	}
	// Through the relay: the prover is reachable only by circuit.
	var circuits []ma.Multiaddr
	for _, a := range relay.h.Addrs() {
		circuits = append(circuits, a.Encapsulate(ma.StringCast("/p2p/"+relay.h.ID().String()+"/p2p-circuit")))
	}
	dialUntilReserved(t, node.h, peer.AddrInfo{ID: proverID, Addrs: circuits})
	relayed := false
	for _, c := range node.h.Network().ConnsToPeer(proverID) {
		relayed = relayed || c.Stat().Limited
	}
	if !relayed {
		t.Fatal("no relayed connection to the prover after dialing its circuit address")
	}
	// The control message may ride the relay; if the prover's hole punch
	// (DCUtR dials the public node directly) already succeeded, it rides
	// that direct connection instead. Either way it arrives.
	var resp wrapperspb.StringValue
	if err := stream.Call(context.Background(), node.h, proverID, controlSpec, wrapperspb.String("segment 3 is yours"), &resp); err != nil {
		t.Fatalf("control message through the relay: %v", err)
	}
	if !strings.HasPrefix(resp.Value, "ack segment 3 is yours relayed=") {
		t.Fatalf("control answer %q", resp.Value)
	}
	t.Log("control answer:", resp.Value)
	// The node cannot dial the prover's private address; a blob moves
	// only over a direct (hole-punched) connection, never over the relay.
	short, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	_, ferr := node.bx.FetchFrom(short, proverID, cids.Of([]byte("prover-side blob")), 1<<20)
	if ferr == nil {
		direct := false
		for _, c := range node.h.Network().ConnsToPeer(proverID) {
			direct = direct || !c.Stat().Limited
		}
		if !direct {
			t.Fatal("a blob moved over the relay")
		}
		t.Log("blob pulled over the prover's own direct (hole-punched) connection")
	}
	writeFile(t, filepath.Join(dir, "node.result"), "ok")
	waitFile(t, filepath.Join(dir, "prover.result"))
}

func natProver(t *testing.T, dir string) {
	relays := strings.Split(waitFile(t, filepath.Join(dir, "relay.addrs")), "\n")
	pc := host.DefaultConfig("devnet", host.RoleProver, filepath.Join(dir, "prover"))
	pc.ListenAddrs = []string{"/ip4/0.0.0.0/tcp/0", "/ip4/0.0.0.0/udp/0/quic-v1"}
	pc.Reachability = host.ReachabilityPrivate
	pc.StaticRelays = relays
	prover := newPeer(t, pc, nil)
	if _, err := prover.bx.Store().PutBytes([]byte("prover-side blob")); err != nil {
		t.Fatal(err)
	}
	err := stream.Handle(prover.h, controlSpec, func() *wrapperspb.StringValue { return new(wrapperspb.StringValue) },
		func(_ context.Context, from peer.ID, req *wrapperspb.StringValue) (*wrapperspb.StringValue, error) {
			limited := true
			for _, c := range prover.h.Network().ConnsToPeer(from) {
				limited = limited && c.Stat().Limited
			}
			return wrapperspb.String(fmt.Sprintf("ack %s relayed=%v", req.Value, limited)), nil
		}, nil)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "prover.id"), prover.h.ID().String())
	waitFile(t, filepath.Join(dir, "node.result"))
	// The prover pulls the witness from the public node: a direct
	// connection out through the NAT.
	nodeInfos, err := host.ParseAddrInfos(strings.Split(waitFile(t, filepath.Join(dir, "node.addrs")), "\n"))
	if err != nil || len(nodeInfos) != 1 {
		t.Fatalf("node addresses: %v", err)
	}
	wc, err := cid.Decode(waitFile(t, filepath.Join(dir, "witness.cid")))
	if err != nil {
		t.Fatal(err)
	}
	prover.h.Peerstore().AddAddrs(nodeInfos[0].ID, nodeInfos[0].Addrs, time.Hour)
	if _, err := prover.bx.FetchFrom(context.Background(), nodeInfos[0].ID, wc, 1<<20); err != nil {
		t.Fatalf("pull the witness from the node: %v", err)
	}
	direct := false
	for _, c := range prover.h.Network().ConnsToPeer(nodeInfos[0].ID) {
		direct = direct || !c.Stat().Limited
	}
	if !direct {
		t.Fatal("witness moved without a direct connection")
	}
	if got, err := prover.bx.Store().Get(wc, 1<<20); err != nil || !bytes.Equal(got, []byte("segment 3 witness, served by the public node")) {
		t.Fatalf("stored witness %q %v", got, err)
	}
	writeFile(t, filepath.Join(dir, "prover.result"), "ok")
}
