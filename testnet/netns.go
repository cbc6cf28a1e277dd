package testnet

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/zkpool/aoraki/testnet/internal/nfqueue"
)

// The netns mode (Config.Netns, `zkpool testnet up --netns`) runs every
// process in a network namespace of its own with its own address, so the
// testnet behaves like separate hosts on one LAN:
//
//	this namespace           hub namespace (zkHASH-hub)          one namespace per process
//	zkHASH 10.A.B.1 ─ veth ─ up0 ┐                               (zkHASH-chain, zkHASH-node1, …)
//	                             br0 ─ v-chain ─ veth ─ eth0 10.A.B.2  chain
//	                                 ─ v-node1 ─ veth ─ eth0 10.A.B.11 node1
//	                                 ─ v-prover1 ─ veth ─ eth0 10.A.B.101 prover1
//	                                 ─ v-nat ─ veth ─ eth0 10.A.B.250 router (zkHASH-nat, masquerade)
//	                                                  lan0 192.168.100.1 ─ veth ─ eth0 192.168.100.104 prover4
//
// Names derive from a hash of the testnet's directory (HASH: 8 hex
// digits), so testnets in other directories never collide; the only
// interface in the caller's namespace is the uplink zkHASH (10 characters,
// under the kernel's 15). The /24 is drawn from the same hash and moved on
// while it overlaps a route or address of the caller's namespace. Links
// are cut with nftables in the two processes' namespaces (Partition,
// Heal), unplugged at the bridge (Unplug, Plug) and shaped with tc netem
// on a process's interface (Shape) where the kernel has sch_netem.
//
// What Up creates is recorded in DIR/netns.json before it is created;
// Down, a failed Up and the next Up remove all of it, so a crash of the
// orchestrator leaves nothing behind for long.

// NetnsFile records the namespaces and links of a netns testnet.
const NetnsFile = "netns.json"

// Netns is a netns testnet's network, recorded in NetnsFile and State.
type Netns struct {
	// Prefix is "zk" and the directory's hash: the uplink's name and
	// every namespace's prefix.
	Prefix string `json:"prefix"`
	// Subnet is the testnet's /24; HostIP is the uplink's address in
	// the caller's namespace (the requester, the dashboard's browser).
	Subnet string `json:"subnet"`
	HostIP string `json:"host_ip"`
	// Hub holds the bridge; Namespaces are the processes', by name.
	Hub        string            `json:"hub"`
	Namespaces map[string]string `json:"namespaces"`
	// NAT is the router's namespace ("": no prover behind NAT); RouterIP
	// its address on the bridge.
	NAT      string `json:"nat,omitempty"`
	RouterIP string `json:"router_ip,omitempty"`
}

// natLANPrefix is the home network behind the router (private to the
// router's and its provers' namespaces): .1 the router, .100+j prover j.
const natLANPrefix = "192.168.100."

// The address plan: .1 the uplink, .2 the chain, .10+i node i, .100+j
// prover j (MaxNodes and MaxProvers keep them apart).

// Fixed ports: every process has its own address, so none can be taken.
const (
	netnsP2PPort = 4001
	netnsAPIPort = 8080
	netnsRPCPort = 8545
)

// dirHash is the 32-bit FNV-1a of the testnet's absolute directory.
func dirHash(dir string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(dir))
	return h.Sum32()
}

// netnsPrefix is the names' prefix for dir: zk and 8 hex digits.
func netnsPrefix(dir string) string { return fmt.Sprintf("zk%08x", dirHash(dir)) }

// NetnsAvailable says why the netns mode cannot run here (nil: it can):
// it needs root, ip (iproute2), and a kernel that makes network
// namespaces, veth pairs and bridges.
func NetnsAvailable() error {
	if os.Geteuid() != 0 {
		return fmt.Errorf("%w: not root (network namespaces need root: run as root, or leave out --netns for loopback)", ErrNetns)
	}
	if _, err := exec.LookPath("ip"); err != nil {
		return fmt.Errorf("%w: ip not found (iproute2; 'make tools' installs it)", ErrNetns)
	}
	probe := fmt.Sprintf("zkprobe%d", os.Getpid())
	defer ipQuiet("netns", "del", probe)
	if err := ip("netns", "add", probe); err != nil {
		return fmt.Errorf("%w: cannot make a network namespace: %v", ErrNetns, err)
	}
	if err := ip("-n", probe, "link", "add", "br0", "type", "bridge"); err != nil {
		return fmt.Errorf("%w: this kernel makes no bridge: %v", ErrNetns, err)
	}
	if err := ip("-n", probe, "link", "add", "v0", "type", "veth", "peer", "name", "v1"); err != nil {
		return fmt.Errorf("%w: this kernel makes no veth pair: %v", ErrNetns, err)
	}
	return nil
}

// NetemAvailable says why tc netem cannot shape links here (nil: it can),
// by trying it in a namespace of its own.
func NetemAvailable() error {
	if err := NetnsAvailable(); err != nil {
		return err
	}
	if _, err := exec.LookPath("tc"); err != nil {
		return fmt.Errorf("%w: tc not found (iproute2; 'make tools' installs it)", ErrNoNetem)
	}
	probe := fmt.Sprintf("zkprobe%d", os.Getpid())
	defer ipQuiet("netns", "del", probe)
	if err := ip("netns", "add", probe); err != nil {
		return fmt.Errorf("%w: %v", ErrNetns, err)
	}
	if err := run("ip", "netns", "exec", probe, "tc", "qdisc", "add", "dev", "lo", "root", "netem", "delay", "1ms"); err != nil {
		return netemErr(err)
	}
	return nil
}

func netemErr(err error) error {
	if strings.Contains(err.Error(), "qdisc kind is unknown") {
		return fmt.Errorf("%w: this kernel has no netem qdisc (sch_netem: tc says \"Specified qdisc kind is unknown\"); a kernel with CONFIG_NET_SCH_NETEM has it", ErrNoNetem)
	}
	return fmt.Errorf("%w: %v", ErrNoNetem, err)
}

// run runs a command to completion; its error carries the output.
func run(name string, args ...string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, name, args...).CombinedOutput()
	if err != nil {
		return fmt.Errorf("%s %s: %v: %s", name, strings.Join(args, " "), err, strings.TrimSpace(string(out)))
	}
	return nil
}

func ip(args ...string) error { return run("ip", args...) }

// ipQuiet runs ip and ignores its error: for removing what may be gone.
func ipQuiet(args ...string) { _ = ip(args...) }

// planNetns names the namespaces of a testnet of nodes and provers in
// dir, and gives each process its address on a /24 that overlaps nothing
// in this namespace.
func planNetns(dir string, nodes, provers, natProvers int) (*Netns, map[string]string, error) {
	taken, err := takenPrefixes()
	if err != nil {
		return nil, nil, err
	}
	h := dirHash(dir)
	var subnet *net.IPNet
	for k := uint32(0); k < 1024 && subnet == nil; k++ {
		v := (h>>8 + k) % (128 * 256)
		c := &net.IPNet{IP: net.IPv4(10, byte(64+v/256), byte(v%256), 0).To4(), Mask: net.CIDRMask(24, 32)}
		free := true
		for _, t := range taken {
			if t.Contains(c.IP) || c.Contains(t.IP) {
				free = false
				break
			}
		}
		if free {
			subnet = c
		}
	}
	if subnet == nil {
		return nil, nil, fmt.Errorf("%w: no free /24 in 10.64.0.0/9 for the testnet", ErrNetns)
	}
	pre := netnsPrefix(dir)
	n := &Netns{Prefix: pre, Subnet: subnet.String(), HostIP: hostIP(subnet, 1), Hub: pre + "-hub", Namespaces: map[string]string{}}
	ips := map[string]string{"chain": hostIP(subnet, 2)}
	for i := 1; i <= nodes; i++ {
		ips[fmt.Sprintf("node%d", i)] = hostIP(subnet, 10+i)
	}
	for j := 1; j <= provers; j++ {
		ips[fmt.Sprintf("prover%d", j)] = hostIP(subnet, 100+j)
		if j > provers-natProvers {
			ips[fmt.Sprintf("prover%d", j)] = fmt.Sprintf("%s%d", natLANPrefix, 100+j)
		}
	}
	for name := range ips {
		n.Namespaces[name] = pre + "-" + name
	}
	if natProvers > 0 {
		n.NAT, n.RouterIP = pre+"-nat", hostIP(subnet, 250)
	}
	return n, ips, nil
}

func hostIP(subnet *net.IPNet, host int) string {
	ip := append(net.IP(nil), subnet.IP.To4()...)
	ip[3] = byte(host)
	return ip.String()
}

// takenPrefixes are the IPv4 prefixes of this namespace's routes (every
// table) and addresses.
func takenPrefixes() ([]*net.IPNet, error) {
	out, err := exec.Command("ip", "-4", "-o", "route", "show", "table", "all").Output()
	if err != nil {
		return nil, fmt.Errorf("%w: ip route: %v", ErrNetns, err)
	}
	var taken []*net.IPNet
	add := func(s string) {
		if !strings.Contains(s, "/") {
			s += "/32"
		}
		if _, n, err := net.ParseCIDR(s); err == nil && n.IP.To4() != nil {
			taken = append(taken, n)
		}
	}
	for _, l := range strings.Split(string(out), "\n") {
		f := strings.Fields(l)
		if len(f) == 0 {
			continue
		}
		switch f[0] {
		case "local", "broadcast", "unicast", "unreachable", "blackhole", "prohibit", "throw", "multicast", "anycast", "nat":
			if len(f) > 1 {
				add(f[1])
			}
		case "default":
		default:
			add(f[0])
		}
	}
	addrs, err := net.InterfaceAddrs()
	if err == nil {
		for _, a := range addrs {
			if n, ok := a.(*net.IPNet); ok && n.IP.To4() != nil {
				_, p, _ := net.ParseCIDR(n.String())
				taken = append(taken, p)
			}
		}
	}
	return taken, nil
}

// createNetns records n in dir, then makes the hub with its bridge and
// uplink and a namespace per process. On failure what was made is
// removed.
func createNetns(dir string, n *Netns, procs []*Proc) (err error) {
	if err := saveNetns(dir, n); err != nil {
		return err
	}
	defer func() {
		if err != nil {
			if rerr := removeNetns(dir); rerr != nil {
				err = errors.Join(err, rerr)
			}
		}
	}()
	_, subnet, err := net.ParseCIDR(n.Subnet)
	if err != nil {
		return fmt.Errorf("%w: subnet %q: %v", ErrCorrupt, n.Subnet, err)
	}
	bits, _ := subnet.Mask.Size()
	mask := fmt.Sprintf("/%d", bits)
	steps := [][]string{
		{"netns", "add", n.Hub},
		{"-n", n.Hub, "link", "set", "lo", "up"},
		{"-n", n.Hub, "link", "add", "br0", "type", "bridge"},
		{"-n", n.Hub, "link", "set", "br0", "up"},
		{"link", "add", n.Prefix, "type", "veth", "peer", "name", "up0", "netns", n.Hub},
		{"addr", "add", n.HostIP + mask, "dev", n.Prefix},
		{"link", "set", n.Prefix, "up"},
		{"-n", n.Hub, "link", "set", "up0", "master", "br0", "up"},
	}
	if n.NAT != "" {
		steps = append(steps,
			[]string{"netns", "add", n.NAT},
			[]string{"-n", n.NAT, "link", "set", "lo", "up"},
			[]string{"-n", n.Hub, "link", "add", "v-nat", "type", "veth", "peer", "name", "eth0", "netns", n.NAT},
			[]string{"-n", n.Hub, "link", "set", "v-nat", "master", "br0", "up"},
			[]string{"-n", n.NAT, "addr", "add", n.RouterIP + mask, "dev", "eth0"},
			[]string{"-n", n.NAT, "link", "set", "eth0", "up"},
			[]string{"-n", n.NAT, "link", "add", "lan0", "type", "bridge"},
			[]string{"-n", n.NAT, "addr", "add", natLANPrefix + "1/24", "dev", "lan0"},
			[]string{"-n", n.NAT, "link", "set", "lan0", "up"},
		)
	}
	for _, p := range procs {
		if p.NAT {
			port := "v-" + p.Name
			steps = append(steps,
				[]string{"netns", "add", p.Netns},
				[]string{"-n", p.Netns, "link", "set", "lo", "up"},
				[]string{"-n", n.NAT, "link", "add", port, "type", "veth", "peer", "name", "eth0", "netns", p.Netns},
				[]string{"-n", n.NAT, "link", "set", port, "master", "lan0", "up"},
				[]string{"-n", p.Netns, "addr", "add", p.IP + "/24", "dev", "eth0"},
				[]string{"-n", p.Netns, "link", "set", "eth0", "up"},
				[]string{"-n", p.Netns, "route", "add", "default", "via", natLANPrefix + "1"},
			)
			continue
		}
		port := "v-" + p.Name
		steps = append(steps,
			[]string{"netns", "add", p.Netns},
			[]string{"-n", p.Netns, "link", "set", "lo", "up"},
			[]string{"-n", n.Hub, "link", "add", port, "type", "veth", "peer", "name", "eth0", "netns", p.Netns},
			[]string{"-n", n.Hub, "link", "set", port, "master", "br0", "up"},
			[]string{"-n", p.Netns, "addr", "add", p.IP + mask, "dev", "eth0"},
			[]string{"-n", p.Netns, "link", "set", "eth0", "up"},
		)
	}
	for _, s := range steps {
		if err := ip(s...); err != nil {
			return fmt.Errorf("%w: %v", ErrNetns, err)
		}
	}
	if n.NAT != "" {
		// The router forwards what its home provers send and masquerades
		// it; from the bridge only replies come in.
		if err := run("ip", "netns", "exec", n.NAT, "sysctl", "-qw", "net.ipv4.ip_forward=1"); err != nil {
			return fmt.Errorf("%w: %v", ErrNetns, err)
		}
		if err := nft(n.NAT, `table ip zkpool_nat {
 chain post { type nat hook postrouting priority 100; policy accept; oifname "eth0" masquerade; }
 chain filt { type filter hook forward priority 0; policy drop; ct state established,related accept; iifname "lan0" accept; }
}
`); err != nil {
			return err
		}
	}
	return nil
}

func saveNetns(dir string, n *Netns) error {
	b, err := json.MarshalIndent(n, "", "  ")
	if err != nil {
		return err
	}
	p := filepath.Join(dir, NetnsFile)
	if err := os.WriteFile(p+".tmp", append(b, '\n'), 0o600); err != nil {
		return err
	}
	return os.Rename(p+".tmp", p)
}

// removeNetns deletes every namespace and the uplink recorded in dir
// (and any of the directory's names left without a record), then the
// record. Run it once no process of the testnet runs: a namespace lives
// on while a process is in it.
func removeNetns(dir string) error {
	var names []string
	pre := netnsPrefix(dir)
	b, err := os.ReadFile(filepath.Join(dir, NetnsFile))
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return err
	default:
		var n Netns
		if err := json.Unmarshal(b, &n); err != nil {
			return fmt.Errorf("%w: %s: %v", ErrCorrupt, filepath.Join(dir, NetnsFile), err)
		}
		if n.Prefix != "" {
			pre = n.Prefix
		}
		names = append(names, n.Hub, n.NAT)
		for _, ns := range n.Namespaces {
			names = append(names, ns)
		}
	}
	if ents, err := os.ReadDir("/run/netns"); err == nil {
		for _, e := range ents {
			if strings.HasPrefix(e.Name(), pre+"-") {
				names = append(names, e.Name())
			}
		}
	}
	var errs []error
	// The uplink first, and both its ends with it: a deleted namespace's
	// interfaces go away later, in the kernel's own time, and the next
	// Up makes an uplink of the same name.
	if _, err := net.InterfaceByName(pre); err == nil {
		if err := ip("link", "del", pre); err != nil && !strings.Contains(err.Error(), "Cannot find device") {
			errs = append(errs, err)
		}
	}
	seen := map[string]bool{}
	for _, ns := range names {
		if ns == "" || seen[ns] {
			continue
		}
		seen[ns] = true
		if _, err := os.Stat(filepath.Join("/run/netns", ns)); errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err := ip("netns", "del", ns); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) == 0 {
		if err := os.Remove(filepath.Join(dir, NetnsFile)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("%w: removing the testnet's namespaces: %w", ErrNetns, errors.Join(errs...))
	}
	return nil
}

// netnsOf is process name's namespace; the caller holds t.mu.
func (t *Testnet) netnsOf(name string) (*Proc, error) {
	if t.st.Netns == nil {
		return nil, fmt.Errorf("%w: %s is a loopback testnet (start it with 'zkpool testnet up --netns')", ErrNetns, t.dir)
	}
	p, err := t.proc(name)
	if err != nil {
		return nil, err
	}
	if p.Netns == "" {
		return nil, fmt.Errorf("%w: %s has no namespace", ErrNetns, name)
	}
	return p, nil
}

// nftCut declares the nftables table that holds a namespace's cut links
// (the addresses in its set cut are dropped both ways), keeping the set's
// elements: running it again leaves one rule per chain.
const nftCut = `table inet zkpool_cut {
 set cut { type ipv4_addr; }
 chain input { type filter hook input priority 0; policy accept; }
 chain output { type filter hook output priority 0; policy accept; }
}
flush chain inet zkpool_cut input
flush chain inet zkpool_cut output
add rule inet zkpool_cut input ip saddr @cut drop
add rule inet zkpool_cut output ip daddr @cut drop
`

// nft runs nft in namespace ns ("": this process's) with script on its
// stdin.
func nft(ns, script string) error {
	if _, err := exec.LookPath("nft"); err != nil {
		return fmt.Errorf("%w: nft not found (nftables; 'make tools' installs it)", ErrNetns)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "ip", inNs(ns, "nft", "-f", "-")...)
	if ns == "" {
		cmd = exec.CommandContext(ctx, "nft", "-f", "-")
	}
	cmd.Stdin = strings.NewReader(script)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%w: nft in %s: %v: %s", ErrNetns, ns, err, strings.TrimSpace(string(out)))
	}
	return nil
}

// Partition cuts the link between processes a and b of a netns testnet:
// every packet between their addresses is dropped, silently, in both
// namespaces, as a broken route would; every other link stays. Heal
// restores it.
func (t *Testnet) Partition(a, b string) error { return t.cut(a, b, true) }

// Heal restores the link Partition cut.
func (t *Testnet) Heal(a, b string) error { return t.cut(a, b, false) }

func (t *Testnet) cut(a, b string, cut bool) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	pa, err := t.netnsOf(a)
	if err != nil {
		return err
	}
	pb, err := t.netnsOf(b)
	if err != nil {
		return err
	}
	if a == b {
		return fmt.Errorf("%w: a link needs two processes, not %s twice", ErrConfig, a)
	}
	for _, e := range [][2]*Proc{{pa, pb}, {pb, pa}} {
		s := nftCut + fmt.Sprintf("add element inet zkpool_cut cut { %s }\n", e[1].IP)
		if !cut {
			// Adding first makes the delete succeed on a link never cut.
			s += fmt.Sprintf("delete element inet zkpool_cut cut { %s }\n", e[1].IP)
		}
		if err := nft(e[0].Netns, s); err != nil {
			return err
		}
	}
	return nil
}

// HealAll restores every link Partition cut.
func (t *Testnet) HealAll() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.st.Netns == nil {
		return fmt.Errorf("%w: %s is a loopback testnet", ErrNetns, t.dir)
	}
	var errs []error
	for _, p := range t.st.Procs {
		if p.Netns != "" {
			if err := nft(p.Netns, nftCut+"flush set inet zkpool_cut cut\n"); err != nil {
				errs = append(errs, err)
			}
		}
	}
	return errors.Join(errs...)
}

// Unplug takes process name's cable out of the bridge: it reaches no one
// (the chain, the other processes, this host) until Plug.
func (t *Testnet) Unplug(name string) error { return t.plug(name, "down") }

// Plug puts back the cable Unplug took out.
func (t *Testnet) Plug(name string) error { return t.plug(name, "up") }

func (t *Testnet) plug(name, state string) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	p, err := t.netnsOf(name)
	if err != nil {
		return err
	}
	sw := t.st.Netns.Hub
	if p.NAT {
		sw = t.st.Netns.NAT
	}
	if err := ip("-n", sw, "link", "set", "v-"+p.Name, state); err != nil {
		return fmt.Errorf("%w: %v", ErrNetns, err)
	}
	return nil
}

// nftLoss declares the nftables table that drops a random share of what a
// namespace sends (a lossy link without tc netem: kernels without
// sch_netem still have nftables' numgen), its rule flushed so that running
// it again leaves none.
const nftLoss = `table inet zkpool_loss {
 chain output { type filter hook output priority 0; policy accept; }
}
flush chain inet zkpool_loss output
`

// Lose drops percent % of the packets process name sends, at random, to
// every peer (each packet on its own, as a lossy link would), with
// nftables; 0 takes the loss away. It works where tc netem does not
// (Shape); Dropped tells how many packets it dropped.
func (t *Testnet) Lose(name string, percent int) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	p, err := t.netnsOf(name)
	if err != nil {
		return err
	}
	return lose(p.Netns, "eth0", percent)
}

// LoseHere is Lose for what this process's own namespace sends over
// its loopback (the chaos suite's private namespace, where a loopback
// testnet runs).
func LoseHere(percent int) error { return lose("", "lo", percent) }

// lose drops percent % of what namespace ns ("": this one) sends on
// iface.
func lose(ns, iface string, percent int) error {
	if percent < 0 || percent > 100 {
		return fmt.Errorf("%w: loss of %d%%: want 0 to 100", ErrConfig, percent)
	}
	s := nftLoss
	switch {
	case percent == 100: // numgen's values stop at 99
		s += fmt.Sprintf("add rule inet zkpool_loss output oifname %q counter drop\n", iface)
	case percent > 0:
		s += fmt.Sprintf("add rule inet zkpool_loss output oifname %q numgen random mod 100 < %d counter drop\n", iface, percent)
	}
	return nft(ns, s)
}

// Dropped is how many packets Lose has dropped of what process name sent
// since its last call with a nonzero percent (0 when none is set).
func (t *Testnet) Dropped(name string) (uint64, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	p, err := t.netnsOf(name)
	if err != nil {
		return 0, err
	}
	return dropped(p.Netns)
}

// DroppedHere is Dropped for LoseHere.
func DroppedHere() (uint64, error) { return dropped("") }

func dropped(ns string) (uint64, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	args := []string{"list", "chain", "inet", "zkpool_loss", "output"}
	cmd := exec.CommandContext(ctx, "nft", args...)
	if ns != "" {
		cmd = exec.CommandContext(ctx, "ip", inNs(ns, "nft", args...)...)
	}
	out, err := cmd.CombinedOutput()
	if err != nil {
		if strings.Contains(string(out), "No such file") {
			return 0, nil
		}
		return 0, fmt.Errorf("%w: nft in %q: %v: %s", ErrNetns, ns, err, strings.TrimSpace(string(out)))
	}
	return countedPackets(string(out))
}

// countedPackets reads the packets of the one counter in an nft listing
// ("counter packets N bytes M"); 0 when there is none.
func countedPackets(listing string) (uint64, error) {
	f := strings.Fields(listing)
	for i := 0; i+2 < len(f); i++ {
		if f[i] == "counter" && f[i+1] == "packets" {
			n, err := strconv.ParseUint(f[i+2], 10, 64)
			if err != nil {
				return 0, fmt.Errorf("%w: nft counter %q: %v", ErrNetns, f[i+2], err)
			}
			return n, nil
		}
	}
	return 0, nil
}

// inNs is the ip arguments that run name args in namespace ns.
func inNs(ns, name string, args ...string) []string {
	return append([]string{"netns", "exec", ns, name}, args...)
}

// Delayer holds every packet a namespace sends on one interface for a
// while (Testnet.Delay, DelayHere): an iptables NFQUEUE rule and a reader
// of that queue in this process (package nfqueue), so the delay lasts
// while this process does, until Close.
type Delayer struct {
	ns   string
	rule []string
	q    *nfqueue.Delayer
}

// Held is how many packets d has held.
func (d *Delayer) Held() uint64 { return d.q.Held() }

// Close takes the rule away, then releases what d holds.
func (d *Delayer) Close() error {
	return errors.Join(iptables(d.ns, "-D", d.rule), d.q.Close())
}

// delayQueue is the netfilter queue a Delayer reads in its namespace.
const delayQueue = 0

// startDelayer holds what namespace ns ("": this one) sends on iface for
// delay ± jitter.
func startDelayer(ns, iface string, delay, jitter time.Duration) (*Delayer, error) {
	q, err := nfqueue.New(nfqueue.Config{Netns: ns, Queue: delayQueue, Delay: delay, Jitter: jitter})
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrConfig, err)
	}
	if err := q.Start(context.Background()); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNetns, err)
	}
	d := &Delayer{ns: ns, q: q, rule: []string{"OUTPUT", "-o", iface, "-j", "NFQUEUE", "--queue-num", strconv.Itoa(delayQueue), "--queue-bypass"}}
	if err := iptables(ns, "-A", d.rule); err != nil {
		return nil, errors.Join(err, q.Close())
	}
	return d, nil
}

// DelayHere holds what this process's own namespace sends over its
// loopback for delay ± jitter, until the Delayer's Close.
func DelayHere(delay, jitter time.Duration) (*Delayer, error) {
	return startDelayer("", "lo", delay, jitter)
}

// Delay holds every packet process name sends for delay ± jitter before
// it leaves (0: no more), in order, without tc netem (a Delayer), until
// Delay(name, 0, 0) or Down. Held tells how many packets it held.
func (t *Testnet) Delay(name string, delay, jitter time.Duration) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	p, err := t.netnsOf(name)
	if err != nil {
		return err
	}
	if old := t.delayers[name]; old != nil {
		delete(t.delayers, name)
		if err := old.Close(); err != nil {
			return err
		}
	}
	if delay == 0 {
		return nil
	}
	d, err := startDelayer(p.Netns, "eth0", delay, jitter)
	if err != nil {
		return err
	}
	if t.delayers == nil {
		t.delayers = map[string]*Delayer{}
	}
	t.delayers[name] = d
	return nil
}

// Held is how many packets Delay has held of what process name sent
// (0 with no delay set).
func (t *Testnet) Held(name string) uint64 {
	t.mu.Lock()
	defer t.mu.Unlock()
	if d := t.delayers[name]; d != nil {
		return d.Held()
	}
	return 0
}

// closeDelayers ends every Delay; the caller holds t.mu.
func (t *Testnet) closeDelayers() error {
	var errs []error
	for _, d := range t.delayers {
		errs = append(errs, d.Close())
	}
	t.delayers = nil
	return errors.Join(errs...)
}

// iptables adds (-A) or deletes (-D) rule in namespace ns ("": this
// process's).
func iptables(ns, op string, rule []string) error {
	if _, err := exec.LookPath("iptables"); err != nil {
		return fmt.Errorf("%w: iptables not found ('make tools' installs it)", ErrNetns)
	}
	args := append([]string{op}, rule...)
	var err error
	if ns == "" {
		err = run("iptables", args...)
	} else {
		err = run("ip", inNs(ns, "iptables", args...)...)
	}
	if err != nil {
		return fmt.Errorf("%w: %v", ErrNetns, err)
	}
	return nil
}

// DelayAvailable says why Delay cannot hold packets here (nil: it can),
// by trying it in a namespace of its own.
func DelayAvailable() error {
	if err := NetnsAvailable(); err != nil {
		return err
	}
	probe := fmt.Sprintf("zkprobe%d", os.Getpid())
	defer ipQuiet("netns", "del", probe)
	if err := ip("netns", "add", probe); err != nil {
		return fmt.Errorf("%w: %v", ErrNetns, err)
	}
	d, err := startDelayer(probe, "lo", time.Millisecond, 0)
	if err != nil {
		return err
	}
	return d.Close()
}

// Shape delays, loses or otherwise shapes what process name sends, with
// tc netem (spec is netem's: "delay 50ms 10ms loss 1%"); "" takes the
// shaping away. Where the kernel has no sch_netem the error is
// ErrNoNetem, saying so.
func (t *Testnet) Shape(name, spec string) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	p, err := t.netnsOf(name)
	if err != nil {
		return err
	}
	if spec == "" {
		err := run("ip", "netns", "exec", p.Netns, "tc", "qdisc", "del", "dev", "eth0", "root")
		if err != nil && !strings.Contains(err.Error(), "No such file") && !strings.Contains(err.Error(), "Cannot delete qdisc with handle of zero") {
			return fmt.Errorf("%w: %v", ErrNetns, err)
		}
		return nil
	}
	args := append([]string{"netns", "exec", p.Netns, "tc", "qdisc", "replace", "dev", "eth0", "root", "netem"}, strings.Fields(spec)...)
	if err := run("ip", args...); err != nil {
		return netemErr(err)
	}
	return nil
}
