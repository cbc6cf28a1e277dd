package chaos

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strings"
	"time"

	"github.com/zkpool/aoraki/testnet"
)

// Network faults (latency, loss, partitions) run in one of two ways.
//
// In the netns mode (Runner.Netns: root, with ip and nft) every process of
// a testnet is a host of its own on a bridge (package testnet): a link
// between two processes is cut with nftables in their namespaces
// (Testnet.Partition), and what a process sends is shaped with tc netem on
// its interface (Testnet.Shape), touching nothing outside the testnet.
//
// On loopback they change the kernel's loopback, so they run only where
// this process has a network namespace of its own: `make test-chaos` as
// root runs the suite under `unshare -n`, where they touch nothing but
// the suite's testnets; a partition there drops a port, not a link.
//
// Elsewhere the scenarios that need them are skipped, saying why. Where
// the kernel has no netem qdisc (sch_netem), the latency and loss
// scenario is skipped, saying so; the packet-loss scenario, which drops
// packets with nftables' numgen instead, runs there too.

// netemWorks says why netem cannot shape the links (nil: it can).
func netemWorks(netns bool) error {
	if netns {
		return testnet.NetemAvailable()
	}
	if err := privateNetns(); err != nil {
		return err
	}
	if err := netem(context.Background(), "delay 1ms"); err != nil {
		return fmt.Errorf("%w: this kernel has no netem qdisc (sch_netem): %v", ErrNetns, err)
	}
	return clearNetem()
}

// partitionWorks says why links cannot be cut (nil: they can).
func partitionWorks(netns bool) error {
	if netns {
		if _, err := exec.LookPath("nft"); err != nil {
			return fmt.Errorf("%w: nft missing (make tools installs nftables)", ErrNetns)
		}
		return nil
	}
	return privateNetns()
}

// linksWork says why single links cannot be cut: that needs the netns
// mode, where every process has an address of its own.
func linksWork(netns bool) error {
	if !netns {
		if err := testnet.NetnsAvailable(); err != nil {
			return fmt.Errorf("%w: cutting one link needs the netns mode: %v", ErrNetns, err)
		}
		return fmt.Errorf("%w: cutting one link needs the netns mode (the runner runs on loopback)", ErrNetns)
	}
	return partitionWorks(true)
}

// shapeAll shapes every link with netem: spec is tc netem's, e.g.
// "delay 50ms 10ms loss 1%" (in the netns mode, what every process sends;
// on loopback, the loopback).
func (r *Run) shapeAll(ctx context.Context, spec string) error {
	if r.Net.State().Netns == nil {
		return netem(ctx, spec)
	}
	for _, p := range r.Net.State().Procs {
		if err := r.Net.Shape(p.Name, spec); err != nil {
			return err
		}
	}
	return nil
}

// loseAll drops percent % of the packets every process sends, at random,
// with nftables (0: none): in the netns mode on each process's interface,
// on loopback on the loopback. Kernels without sch_netem have it.
func (r *Run) loseAll(ctx context.Context, percent int) error {
	if r.Net.State().Netns == nil {
		return testnet.LoseHere(percent)
	}
	var errs []error
	for _, p := range r.Net.State().Procs {
		errs = append(errs, r.Net.Lose(p.Name, percent))
	}
	return errors.Join(errs...)
}

// lostPackets proves the loss happened: how many packets were dropped
// (an After: none is an error).
func lostPackets(ctx context.Context, r *Run) error {
	var n uint64
	if r.Net.State().Netns == nil {
		d, err := testnet.DroppedHere()
		if err != nil {
			return err
		}
		n = d
	} else {
		for _, p := range r.Net.State().Procs {
			d, err := r.Net.Dropped(p.Name)
			if err != nil {
				return err
			}
			n += d
		}
	}
	r.Logf("packets lost: %d", n)
	if n == 0 {
		return errors.New("no packet was lost")
	}
	return nil
}

// delayAll holds the packets every process sends for delay ± jitter
// (0: no more) with a netfilter queue this process reads: in the netns
// mode each process's (Testnet.Delay), on loopback the loopback's
// (testnet.DelayHere). Kernels without sch_netem have it.
func (r *Run) delayAll(ctx context.Context, delay, jitter time.Duration) error {
	if r.Net.State().Netns != nil {
		var errs []error
		for _, p := range r.Net.State().Procs {
			errs = append(errs, r.Net.Delay(p.Name, delay, jitter))
		}
		return errors.Join(errs...)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.delayer != nil {
		err := r.delayer.Close()
		r.delayer = nil
		if err != nil {
			return err
		}
	}
	if delay == 0 {
		return nil
	}
	d, err := testnet.DelayHere(delay, jitter)
	if err != nil {
		return err
	}
	r.delayer = d
	return nil
}

// held is how many packets delayAll has held.
func (r *Run) held() uint64 {
	if r.Net.State().Netns != nil {
		var n uint64
		for _, p := range r.Net.State().Procs {
			n += r.Net.Held(p.Name)
		}
		return n
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.delayer == nil {
		return 0
	}
	return r.delayer.Held()
}

// delayWorks says why packets cannot be held (nil: they can).
func delayWorks(netns bool) error {
	if netns {
		return testnet.DelayAvailable()
	}
	if err := privateNetns(); err != nil {
		return err
	}
	if _, err := exec.LookPath("iptables"); err != nil {
		return fmt.Errorf("%w: iptables missing (make tools installs it)", ErrNetns)
	}
	return nil
}

// heldAndLost proves the latency-loss scenario's faults happened: packets
// were held and packets were lost.
func heldAndLost(ctx context.Context, r *Run) error {
	n := r.held()
	r.Logf("packets held: %d", n)
	if n == 0 {
		return errors.New("no packet was held")
	}
	return lostPackets(ctx, r)
}

// unshapeAll takes the shaping away.
func (r *Run) unshapeAll() error {
	if r.Net.State().Netns == nil {
		return clearNetem()
	}
	var errs []error
	for _, p := range r.Net.State().Procs {
		errs = append(errs, r.Net.Shape(p.Name, ""))
	}
	return errors.Join(errs...)
}

// isolate cuts node from every peer: in the netns mode, its links to
// every other node and prover (the chain and this host stay); on
// loopback, its libp2p port.
func (r *Run) isolate(ctx context.Context, node string) error {
	if r.Net.State().Netns == nil {
		port, err := p2pPort(r, node)
		if err != nil {
			return err
		}
		r.Logf("partition %s (port %s)", node, port)
		return partition(ctx, port)
	}
	for _, p := range r.Net.State().Procs {
		if p.Name != node && (p.Role == "node" || p.Role == "prover") {
			if err := r.Cut(p.Name, node); err != nil {
				return err
			}
		}
	}
	return nil
}

// Cut cuts the link between processes a and b (netns mode).
func (r *Run) Cut(a, b string) error {
	r.Logf("cut %s <-> %s", a, b)
	return r.Net.Partition(a, b)
}

// healAll restores every link cut.
func (r *Run) healAll() error {
	if r.Net.State().Netns == nil {
		return heal()
	}
	r.Logf("heal every link")
	return r.Net.HealAll()
}

// netnsLeft lists the network namespaces and the uplink of prefix still
// there (after Down: none should be).
func netnsLeft(prefix string) []string {
	var out []string
	ents, _ := os.ReadDir("/run/netns")
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), prefix+"-") {
			out = append(out, "namespace "+e.Name())
		}
	}
	if _, err := net.InterfaceByName(prefix); err == nil {
		out = append(out, "link "+prefix)
	}
	return out
}

// privateNetns is nil when this process runs as root in a network
// namespace whose only interface is its loopback (as `unshare -n` makes),
// with tc and nft at hand.
func privateNetns() error {
	if os.Geteuid() != 0 {
		return fmt.Errorf("%w: not root (run 'make test-chaos' as root: it runs the suite in a network namespace of its own)", ErrNetns)
	}
	b, err := os.ReadFile("/proc/self/net/dev") // this namespace's interfaces
	if err != nil {
		return fmt.Errorf("%w: %v", ErrNetns, err)
	}
	for _, l := range strings.Split(string(b), "\n")[2:] {
		if name, _, ok := strings.Cut(strings.TrimSpace(l), ":"); ok && name != "lo" {
			return fmt.Errorf("%w: this network namespace has %s besides its loopback, so shaping it would touch other programs (run 'make test-chaos', which runs the suite under unshare -n)", ErrNetns, name)
		}
	}
	for _, tool := range []string{"tc", "nft"} {
		if _, err := exec.LookPath(tool); err != nil {
			return fmt.Errorf("%w: %s missing (make tools installs iproute2 and nftables)", ErrNetns, tool)
		}
	}
	return nil
}

func sh(ctx context.Context, name string, args ...string) error {
	out, err := exec.CommandContext(ctx, name, args...).CombinedOutput()
	if err != nil {
		return fmt.Errorf("%s %s: %v: %s", name, strings.Join(args, " "), err, strings.TrimSpace(string(out)))
	}
	return nil
}

// netem shapes every link (the loopback every process talks over):
// spec is tc netem's, e.g. "delay 50ms 10ms loss 1%".
func netem(ctx context.Context, spec string) error {
	return sh(ctx, "tc", append([]string{"qdisc", "replace", "dev", "lo", "root", "netem"}, strings.Fields(spec)...)...)
}

// clearNetem takes the shaping away.
func clearNetem() error {
	return sh(context.Background(), "tc", "qdisc", "del", "dev", "lo", "root")
}

// nftTable holds the suite's partition rules.
const nftTable = "zkpool_chaos"

// partition drops every packet to or from the given TCP/UDP ports: the
// processes listening there are cut off from every peer (and the peers
// from them) until heal.
func partition(ctx context.Context, ports ...string) error {
	rules := fmt.Sprintf("table inet %s {\n chain input {\n  type filter hook input priority 0; policy accept;\n", nftTable)
	for _, p := range ports {
		rules += fmt.Sprintf("  tcp dport %s drop\n  tcp sport %s drop\n  udp dport %s drop\n  udp sport %s drop\n", p, p, p, p)
	}
	rules += " }\n}\n"
	cmd := exec.CommandContext(ctx, "nft", "-f", "-")
	cmd.Stdin = strings.NewReader(rules)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("nft: %v: %s", err, strings.TrimSpace(string(out)))
	}
	return nil
}

// heal removes every partition.
func heal() error {
	return sh(context.Background(), "nft", "delete", "table", "inet", nftTable)
}

// p2pPort is the TCP port of a node's libp2p address.
func p2pPort(r *Run, node string) (string, error) {
	p := r.Proc(node)
	if p == nil {
		return "", fmt.Errorf("no %s", node)
	}
	// /ip4/127.0.0.1/tcp/PORT/p2p/ID
	f := strings.Split(p.Bootstrap, "/")
	for i := 0; i+1 < len(f); i++ {
		if f[i] == "tcp" {
			return f[i+1], nil
		}
	}
	return "", fmt.Errorf("%s: no TCP port in %s", node, p.Bootstrap)
}
