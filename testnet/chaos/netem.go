package chaos

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
)

// Network faults (latency, loss, partitions) change the kernel's
// loopback, so they run only where this process has a network namespace
// of its own: `make test-chaos` as root runs the suite under `unshare -n`,
// where they touch nothing but the suite's testnets. Elsewhere the
// scenarios that need them are skipped, saying why.

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

// netemWorks is privateNetns and a kernel with tc's netem (sch_netem).
func netemWorks() error {
	if err := privateNetns(); err != nil {
		return err
	}
	if err := netem(context.Background(), "delay 1ms"); err != nil {
		return fmt.Errorf("%w: this kernel has no netem qdisc (sch_netem): %v", ErrNetns, err)
	}
	return clearNetem()
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
