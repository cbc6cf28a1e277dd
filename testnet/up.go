package testnet

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/big"
	"math/rand/v2"
	"net"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/zkpool/aoraki/chain"
	"github.com/zkpool/aoraki/chain/aoraki"
	"github.com/zkpool/aoraki/chain/network"
	"github.com/zkpool/aoraki/node/config"
	"github.com/zkpool/aoraki/p2p/identity"
	"github.com/zkpool/aoraki/protocol/status"
	prv "github.com/zkpool/aoraki/prover/peer"
)

// Market timings suited to a network on one machine: short bid windows,
// and a proving deadline short enough that a killed prover's segment is
// given to another within seconds.
var (
	testnetBidWindow   = 300 * time.Millisecond
	testnetMinDeadline = 5 * time.Second
	testnetProvingBase = 10 * time.Second
)

// BidWindow is how long a testnet's nodes take bids on a segment.
func BidWindow() time.Duration { return testnetBidWindow }

// Up starts the testnet in cfg.Dir and returns once every process runs,
// every node is registered and every prover is on every node's segment
// topic. Progress lines go to progress. On any failure it stops what it
// started before returning, so nothing is left behind.
func Up(ctx context.Context, cfg Config, progress io.Writer) (*Testnet, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if cfg.Netns {
		if err := NetnsAvailable(); err != nil {
			return nil, err
		}
	}
	if cfg.ProverCPUs > 0 && cfg.Provers > 0 {
		if err := CPULimitAvailable(); err != nil {
			return nil, err
		}
	}
	dir, err := filepath.Abs(cfg.Dir)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	unlock, err := lock(dir)
	if err != nil {
		return nil, err
	}
	defer unlock()
	old, err := loadState(dir)
	switch {
	case errors.Is(err, ErrNoTestnet):
		old = nil
	case err != nil:
		return nil, err
	}
	if old != nil {
		for _, p := range old.Procs {
			if p.Running() {
				return nil, fmt.Errorf("%w: %s still runs (pid %d); see 'zkpool testnet status --dir %s', or stop it with 'zkpool testnet down --dir %s'",
					ErrRunning, p.Name, p.PID, dir, dir)
			}
		}
	}
	// What a netns testnet that crashed left behind.
	if err := removeNetns(dir); err != nil {
		return nil, err
	}
	bins, err := FindBinaries(cfg.BinDir)
	if err != nil {
		return nil, err
	}
	pw, err := password(dir)
	if err != nil {
		return nil, err
	}
	seed := cfg.Seed
	if seed == 0 && old != nil {
		seed = old.Seed // the same draw as last time
	}
	if seed == 0 {
		seed = rand.Uint64()
	}
	t := &Testnet{dir: dir, st: State{Version: 1, Seed: seed, NetworkFile: filepath.Join(dir, "net", network.FileName)},
		children: map[string]<-chan struct{}{}}
	bad := ""
	if cfg.BadProvers > 0 {
		bad = fmt.Sprintf(", %d misbehaving as %s", cfg.BadProvers, cfg.BadMode)
	}
	fmt.Fprintf(progress, "testnet in %s (seed %d): %d nodes, %d provers%s\n", dir, seed, cfg.Nodes, cfg.Provers, bad)
	ok := false
	defer func() {
		if !ok {
			t.mu.Lock()
			if t.stopAll(10*time.Second) == nil {
				if removeNetns(dir) == nil {
					t.st.Netns = nil
				}
				removeCPULimits(dir, t.st.Procs)
			}
			t.save()
			t.mu.Unlock()
		}
	}()
	if err := t.up(ctx, cfg, bins, pw, progress); err != nil {
		return nil, err
	}
	ok = true
	return t, nil
}

func (t *Testnet) up(ctx context.Context, cfg Config, bins Binaries, pw string, progress io.Writer) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	env := os.Environ()
	// The netns mode's namespaces and addresses ("" everywhere on
	// loopback).
	var plan *Netns
	ips := map[string]string{}
	if cfg.Netns {
		var err error
		if plan, ips, err = planNetns(t.dir, cfg.Nodes, cfg.Provers, cfg.NATProvers); err != nil {
			return err
		}
	}
	// Nodes: keys and config made once, ports checked every time.
	var boot []string
	ports := &portSet{claimed: map[int]bool{}}
	for i := 1; i <= cfg.Nodes; i++ {
		p, err := prepareNode(ctx, t.dir, i, bins.Node, pw, t.st.NetworkFile, cfg.LogLevel, env, ports, ips[fmt.Sprintf("node%d", i)])
		if err != nil {
			return err
		}
		t.st.Procs = append(t.st.Procs, p)
		boot = append(boot, p.Bootstrap)
	}
	// The chain, deployed once.
	netDir := filepath.Join(t.dir, "net")
	n, err := prepareChain(ctx, netDir, bins.Node, boot, env, progress, ports, ips["chain"])
	if err != nil {
		return err
	}
	t.st.RPCURL = n.RPCURL
	chainProc := &Proc{Name: "chain", Role: "chain", Dir: netDir, Bin: bins.Node, Args: []string{"chain", "--datadir", netDir}}
	if h := ips["chain"]; h != "" {
		chainProc.Args = append(chainProc.Args, "--host", h)
	}
	if cfg.ChainAdmin {
		chainProc.Args = append(chainProc.Args, "--admin")
	}
	t.st.Procs = append([]*Proc{chainProc}, t.st.Procs...)
	// Provers: which are bad, and their prices, drawn from the seed: 80%
	// to 100% of the default, so that every prover stays under the caps a
	// node derives from the cheapest one's awards.
	rng := rand.New(rand.NewPCG(t.st.Seed, t.st.Seed^0x9e3779b97f4a7c15))
	bad := map[int]bool{}
	for _, j := range rng.Perm(cfg.Provers)[:cfg.BadProvers] {
		bad[j+1] = true
	}
	base := prv.DefaultConfig().PricePerMConstraint
	for j := 1; j <= cfg.Provers; j++ {
		d := filepath.Join(t.dir, fmt.Sprintf("prover%d", j))
		if err := os.MkdirAll(d, 0o700); err != nil {
			return err
		}
		price := new(big.Int).Div(new(big.Int).Mul(base, big.NewInt(int64(80+rng.IntN(21)))), big.NewInt(100))
		if bad[j] && cfg.BadPrice != nil {
			price = cfg.BadPrice
		}
		p := &Proc{Name: fmt.Sprintf("prover%d", j), Role: "prover", Dir: d, Bin: bins.Peer,
			Args: []string{"join", "--network", t.st.NetworkFile, "--datadir", d, "--light-kdf", "--password-file", pw,
				"--price", price.String(), "--log-level", cfg.LogLevel}}
		p.CPUs = cfg.ProverCPUs
		if bad[j] {
			p.Misbehave = cfg.BadMode
			p.Args = append(p.Args, "--misbehave", cfg.BadMode)
		}
		if h := ips[p.Name]; h != "" {
			p.Args = append(p.Args, "--listen", fmt.Sprintf("/ip4/%s/tcp/%d", h, netnsP2PPort),
				"--listen", fmt.Sprintf("/ip4/%s/udp/%d/quic-v1", h, netnsP2PPort))
		}
		t.st.Procs = append(t.st.Procs, p)
	}
	if plan != nil {
		for _, p := range t.st.Procs {
			p.Netns, p.IP = plan.Namespaces[p.Name], ips[p.Name]
			p.NAT = plan.NAT != "" && strings.HasPrefix(p.IP, natLANPrefix)
		}
		fmt.Fprintf(progress, "network namespaces %s-*: %s on a bridge, this host %s\n", plan.Prefix, plan.Subnet, plan.HostIP)
		if plan.NAT != "" {
			fmt.Fprintf(progress, "the last %d provers behind a masquerading router (%s, %s0/24)\n", cfg.NATProvers, plan.NAT, natLANPrefix)
		}
		if err := createNetns(t.dir, plan, t.st.Procs); err != nil {
			return err
		}
		t.st.Netns = plan
	}
	if err := t.save(); err != nil {
		return err
	}

	fmt.Fprintf(progress, "starting the chain on %s\n", n.RPCURL)
	if err := t.launch(ctx, []*Proc{chainProc}, env, time.Minute); err != nil {
		return err
	}
	fmt.Fprintf(progress, "starting %d nodes (registering their stake)\n", cfg.Nodes)
	if err := t.launch(ctx, byRole(t.st.Procs, "node"), env, 2*time.Minute); err != nil {
		return err
	}
	if cfg.Provers > 0 {
		fmt.Fprintf(progress, "starting %d provers (each calibrates with a real proof)\n", cfg.Provers)
		if err := t.launch(ctx, byRole(t.st.Procs, "prover"), env, 3*time.Minute); err != nil {
			return err
		}
	}
	fmt.Fprintln(progress, "waiting for every prover to reach every node")
	if err := t.waitReady(ctx, n, cfg.ReadyTimeout); err != nil {
		return err
	}
	if p := byRole(t.st.Procs, "node")[0]; p.API != "" {
		t.st.Dashboard = "http://" + p.API + "/"
	}
	return t.save()
}

// prepareNode makes node i's data dir on the first run, and on every run
// checks its port, writes its testnet config and returns its process. A
// node of a netns testnet listens on host, its own address, on fixed
// ports.
func prepareNode(ctx context.Context, dir string, i int, bin, pw, netFile, logLevel string, env []string, ports *portSet, host string) (*Proc, error) {
	d := filepath.Join(dir, fmt.Sprintf("node%d", i))
	cfgPath := filepath.Join(d, config.FileName)
	if _, err := os.Stat(cfgPath); errors.Is(err, fs.ErrNotExist) && host != "" {
		if _, err := runTool(ctx, bin, env, "init", "--datadir", d, "--listen", fmt.Sprintf("/ip4/%s/tcp/%d", host, netnsP2PPort),
			"--api-listen", net.JoinHostPort(host, strconv.Itoa(netnsAPIPort)),
			"--dev-key", strconv.Itoa(i), "--light-kdf", "--score-whitelist", "127.0.0.0/8", "--password-file", pw); err != nil {
			return nil, err
		}
	} else if errors.Is(err, fs.ErrNotExist) {
		port, err := ports.fresh()
		if err != nil {
			return nil, err
		}
		api, err := ports.fresh()
		if err != nil {
			return nil, err
		}
		if _, err := runTool(ctx, bin, env, "init", "--datadir", d, "--listen", fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", port),
			"--api-listen", fmt.Sprintf("127.0.0.1:%d", api),
			"--dev-key", strconv.Itoa(i), "--light-kdf", "--score-whitelist", "127.0.0.0/8", "--password-file", pw); err != nil {
			return nil, err
		}
	}
	c, err := config.Load(cfgPath)
	if err != nil {
		return nil, err
	}
	if len(c.Listen) == 0 {
		return nil, fmt.Errorf("%s: no listen address", cfgPath)
	}
	a, err := ma.NewMultiaddr(c.Listen[0])
	if err != nil {
		return nil, fmt.Errorf("%s: listen: %v", cfgPath, err)
	}
	ps, err := a.ValueForProtocol(ma.P_TCP)
	if err != nil {
		return nil, fmt.Errorf("%s: listen %s: want a TCP address", cfgPath, a)
	}
	lh, _ := a.ValueForProtocol(ma.P_IP4)
	switch {
	case host != "":
		// Its own namespace and address: the fixed ports are free.
		c.Listen = []string{fmt.Sprintf("/ip4/%s/tcp/%d", host, netnsP2PPort)}
		c.APIListen = net.JoinHostPort(host, strconv.Itoa(netnsAPIPort))
	default:
		// A port of loopback (after a netns up, the address is not).
		if lh != "127.0.0.1" || !ports.keep(ps) {
			np, err := ports.fresh()
			if err != nil {
				return nil, err
			}
			c.Listen = []string{fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", np)}
		}
		// The HTTP API (and dashboard) on a loopback port of its own.
		if h, ps, err := net.SplitHostPort(c.APIListen); err != nil || h != "127.0.0.1" || !ports.keep(ps) {
			np, err := ports.fresh()
			if err != nil {
				return nil, err
			}
			c.APIListen = net.JoinHostPort("127.0.0.1", strconv.Itoa(np))
		}
	}
	c.BidWindow.Duration, c.MinDeadline.Duration, c.ProvingBase.Duration = testnetBidWindow, testnetMinDeadline, testnetProvingBase
	c.LogLevel = logLevel
	if err := c.Write(cfgPath); err != nil {
		return nil, err
	}
	priv, err := identity.LoadOrCreate(d)
	if err != nil {
		return nil, err
	}
	id, err := peer.IDFromPrivateKey(priv)
	if err != nil {
		return nil, err
	}
	p := &Proc{Name: fmt.Sprintf("node%d", i), Role: "node", Dir: d, Bin: bin,
		Args:    []string{"run", "--datadir", d, "--network", netFile, "--password-file", pw, "--log-level", logLevel},
		Address: c.Account, Bootstrap: c.Listen[0] + "/p2p/" + id.String(), API: c.APIListen}
	if i == 1 {
		p.Args = append(p.Args, "--bootstrap") // the network's first contact
	}
	return p, nil
}

// prepareChain deploys on the first run; later runs point the network
// file at today's bootstrap addresses and a free RPC port (in a netns
// testnet, the chain's address, host, and a fixed port).
func prepareChain(ctx context.Context, netDir, bin string, boot []string, env []string, progress io.Writer, ports *portSet, host string) (*network.Network, error) {
	file := filepath.Join(netDir, network.FileName)
	if _, err := os.Stat(file); errors.Is(err, fs.ErrNotExist) {
		port, err := ports.fresh()
		if err != nil {
			return nil, err
		}
		if err := os.MkdirAll(netDir, 0o700); err != nil {
			return nil, err
		}
		fmt.Fprintln(progress, "deploying the contracts and setting up the circuit families (cached after the first run)")
		args := []string{"deploy", "--embedded", "--datadir", netDir, "--port", strconv.Itoa(port)}
		for _, b := range boot {
			args = append(args, "--bootstrap", b)
		}
		out, err := runTool(ctx, bin, env, args...)
		os.WriteFile(filepath.Join(netDir, "deploy.log"), out, 0o600)
		if err != nil {
			return nil, err
		}
		for _, l := range strings.Split(string(out), "\n") {
			if strings.Contains(l, "NOT a ceremony") || strings.HasPrefix(l, "Aoraki deployed") {
				fmt.Fprintln(progress, "  "+l)
			}
		}
	}
	n, err := network.Load(file)
	if err != nil {
		return nil, err
	}
	n.BootstrapPeers = boot
	u, err := url.Parse(n.RPCURL)
	if err != nil {
		return nil, fmt.Errorf("%s: rpc_url: %v", file, err)
	}
	switch {
	case host != "":
		u.Host = net.JoinHostPort(host, strconv.Itoa(netnsRPCPort))
	case u.Hostname() != "127.0.0.1" || !ports.keep(u.Port()):
		np, err := ports.fresh()
		if err != nil {
			return nil, err
		}
		u.Host = net.JoinHostPort("127.0.0.1", strconv.Itoa(np))
	}
	n.RPCURL = u.String()
	return n, n.Save(file)
}

// runTool runs a binary to completion and returns its combined output.
func runTool(ctx context.Context, bin string, env []string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = env
	out, err := cmd.CombinedOutput()
	if err != nil {
		return out, fmt.Errorf("%s %s: %v\n%s", filepath.Base(bin), args[0], err, tail(string(out), 20))
	}
	return out, nil
}

// launch starts ps at once and waits until each is up (ready).
func (t *Testnet) launch(ctx context.Context, ps []*Proc, env []string, timeout time.Duration) error {
	offs := make([]int64, len(ps))
	for i, p := range ps {
		done, off, err := p.start(env)
		if err != nil {
			return err
		}
		t.children[p.Name], offs[i] = done, off
	}
	if err := t.save(); err != nil {
		return err
	}
	for i, p := range ps {
		if err := t.waitUp(ctx, p, t.children[p.Name], offs[i], timeout); err != nil {
			return err
		}
	}
	return t.save()
}

// ready reports whether p is up, by what it serves: the chain answers
// JSON-RPC; a node and a prover have written their status file (package
// protocol/status) from the very process started. A prover's status names
// its payout address, recorded in p.
func (t *Testnet) ready(ctx context.Context, p *Proc) bool {
	switch p.Role {
	case "chain":
		cctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		defer cancel()
		eth, err := chain.Dial(cctx, t.st.RPCURL)
		if err != nil {
			return false
		}
		defer eth.Close()
		_, err = eth.ChainID(cctx)
		return err == nil
	case "node":
		s, err := status.ReadNode(p.Dir)
		return err == nil && s.PID == p.PID
	case "prover":
		s, err := status.ReadProver(p.Dir)
		if err != nil || s.PID != p.PID {
			return false
		}
		p.Address = s.PayoutAddress
		return true
	}
	return false
}

// waitUp waits until p is ready, failing with the end of its log (after
// off) when it exits first or timeout passes.
func (t *Testnet) waitUp(ctx context.Context, p *Proc, done <-chan struct{}, off int64, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		if t.ready(ctx, p) {
			return nil
		}
		select {
		case <-done:
			return fmt.Errorf("%w: %s exited before it was ready; the end of %s:\n%s", ErrStart, p.Name, p.Log(), logTail(p.Log(), off, 15))
		default:
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%w: %s was not up within %s; the end of %s:\n%s", ErrStart, p.Name, timeout, p.Log(), logTail(p.Log(), off, 15))
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-done:
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// logTail is the last n lines of path after off.
func logTail(path string, off int64, n int) string {
	f, err := os.Open(path)
	if err != nil {
		return err.Error()
	}
	defer f.Close()
	f.Seek(off, io.SeekStart)
	b, _ := io.ReadAll(io.LimitReader(f, 1<<20))
	return tail(string(b), n)
}

func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return "    " + strings.Join(lines, "\n    ")
}

// waitReady waits until every node is registered on chain and sees every
// running prover and every other node on the market's topics.
func (t *Testnet) waitReady(ctx context.Context, n *network.Network, timeout time.Duration) error {
	dctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	eth, err := chain.Dial(dctx, n.RPCURL)
	cancel()
	if err != nil {
		return fmt.Errorf("chain at %s: %w", n.RPCURL, err)
	}
	defer eth.Close()
	ac, err := aoraki.New(eth, nil, n.Contract, new(big.Int).SetUint64(n.ChainID))
	if err != nil {
		return err
	}
	nodes := byRole(t.st.Procs, "node")
	provers := 0
	for _, p := range byRole(t.st.Procs, "prover") {
		if p.Running() {
			provers++
		}
	}
	deadline := time.Now().Add(timeout)
	for {
		missing := ""
		for _, p := range nodes {
			cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
			reg, err := ac.Node(cctx, common.HexToAddress(p.Address))
			cancel()
			var s *status.Node
			switch {
			case err != nil:
				missing = fmt.Sprintf("%s: reading its registration: %v", p.Name, err)
			case reg.Status != aoraki.NodeActive:
				missing = fmt.Sprintf("%s is not registered (%s)", p.Name, reg.Status)
			}
			if missing == "" {
				if s, err = status.ReadNode(p.Dir); err != nil {
					missing = fmt.Sprintf("%s has written no status yet (%v)", p.Name, err)
				}
			}
			switch {
			case missing != "":
			case s.Peers[status.PeersProvers] < provers:
				missing = fmt.Sprintf("%s sees %d of %d provers", p.Name, s.Peers[status.PeersProvers], provers)
			case s.Peers[status.PeersNodes] < len(nodes)-1:
				missing = fmt.Sprintf("%s sees %d of %d other nodes", p.Name, s.Peers[status.PeersNodes], len(nodes)-1)
			}
			if missing != "" {
				break
			}
		}
		if missing == "" {
			return nil
		}
		for _, p := range t.st.Procs {
			if done, ok := t.children[p.Name]; ok {
				select {
				case <-done:
					return fmt.Errorf("%w: %s exited; the end of %s:\n%s", ErrStart, p.Name, p.Log(), logTail(p.Log(), 0, 15))
				default:
				}
			}
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%w within %s: %s", ErrNotReady, timeout, missing)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(250 * time.Millisecond):
		}
	}
}

// portSet hands out loopback TCP ports for one Up: a port is kept if it
// is free now and not already given to another process of the testnet.
type portSet struct{ claimed map[int]bool }

// keep claims port (decimal) if it is free and unclaimed.
func (s *portSet) keep(port string) bool {
	p, err := strconv.Atoi(port)
	if err != nil || p <= 0 || s.claimed[p] {
		return false
	}
	l, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", port))
	if err != nil {
		return false
	}
	l.Close()
	s.claimed[p] = true
	return true
}

// fresh claims a port the kernel says is free.
func (s *portSet) fresh() (int, error) {
	for range 100 {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return 0, err
		}
		p := l.Addr().(*net.TCPAddr).Port
		l.Close()
		if !s.claimed[p] {
			s.claimed[p] = true
			return p, nil
		}
	}
	return 0, errors.New("testnet: no free loopback port")
}
