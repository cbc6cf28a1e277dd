package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"

	ma "github.com/multiformats/go-multiaddr"
	manet "github.com/multiformats/go-multiaddr/net"
	"golang.org/x/term"

	"github.com/zkpool/aoraki/chain/keys"
	chainnet "github.com/zkpool/aoraki/chain/network"
	"github.com/zkpool/aoraki/node/artifacts"
	"github.com/zkpool/aoraki/node/config"
	"github.com/zkpool/aoraki/p2p/discovery"
	p2phost "github.com/zkpool/aoraki/p2p/host"
	"github.com/zkpool/aoraki/protocol/status"
	"github.com/zkpool/aoraki/prover/daemon"
	prv "github.com/zkpool/aoraki/prover/peer"
	"github.com/zkpool/aoraki/prover/setup"

	"github.com/zkpool/aoraki/cmd/internal/cli"
)

const joinExamples = `  zkpool-peer join --network network.json          (keys made on the first run in ~/.local/share/zkpool-peer)
  zkpool-peer join                                  (again: the network file was kept in the data dir)
  zkpool-peer join /ip4/203.0.113.7/tcp/4001/p2p/12D3KooW...   (a node's address is enough: it sends its network file, trusted on first use)
  zkpool-peer join --network network.json --price 2000000000000 --capacity 4 --datadir p1 --log-level debug 2>p1.log`

// payoutKey loads the prover's key, creating it on the first run. Its
// keystore password is --password-file, else $ZKPOOL_PASSWORD, else one
// generated on the first run and kept (0600) in DATADIR/password.
func payoutKey(dataDir, pwFile string, devKey int, light bool, stderr io.Writer) (keys.Key, bool, error) {
	ks, err := keys.Open(filepath.Join(dataDir, "keystore"), light)
	if err != nil {
		return keys.Key{}, false, err
	}
	pw, err := keys.Password(pwFile, nil, nil)
	if errors.Is(err, keys.ErrNoPassword) {
		pwPath := filepath.Join(dataDir, "password")
		b, rerr := os.ReadFile(pwPath)
		switch {
		case rerr == nil:
			pw = strings.TrimSpace(string(b))
		case os.IsNotExist(rerr) && len(ks.Accounts()) == 0:
			var r [24]byte
			rand.Read(r[:])
			pw = hex.EncodeToString(r[:])
			if err := os.WriteFile(pwPath, []byte(pw+"\n"), 0o600); err != nil {
				return keys.Key{}, false, err
			}
		default:
			return keys.Key{}, false, fmt.Errorf("%w: the keystore in %s has a key but %s is unreadable (%v)", keys.ErrNoPassword, dataDir, pwPath, rerr)
		}
	} else if err != nil {
		return keys.Key{}, false, err
	}
	if accts := ks.Accounts(); len(accts) > 0 {
		k, err := ks.Load(accts[0], pw)
		return k, false, err
	}
	var k keys.Key
	if devKey >= 0 {
		k = keys.Dev(devKey, cli.Logger(stderr, "warn"))
	} else {
		priv, err := newKey()
		if err != nil {
			return keys.Key{}, false, err
		}
		k = keys.NewKey(priv)
	}
	if _, err := ks.Import(k, pw); err != nil {
		return keys.Key{}, false, err
	}
	return k, true, nil
}

// resolveNetwork finds the network: --network FILE (kept in the data dir
// for later runs), else a node's address (--bootstrap or positional): the
// node's own network file, asked of it once and kept in joined.json (trust
// on first use of the node the user chose), else what an earlier join
// kept. The network's BootstrapPeers are the ones to dial.
func resolveNetwork(dataDir, netFile string, bootstrap []string, name string) (*chainnet.Network, error) {
	kept := filepath.Join(dataDir, chainnet.FileName)
	switch {
	case netFile != "" && len(bootstrap) > 0:
		return nil, cli.BadUsage("give --network or --bootstrap, not both")
	case netFile != "":
		n, err := chainnet.Load(netFile)
		if err != nil {
			return nil, cli.BadInput(err)
		}
		if len(n.BootstrapPeers) == 0 {
			return nil, cli.BadInput(fmt.Errorf("%s lists no bootstrap peers: add --bootstrap MULTIADDR", netFile))
		}
		if err := n.Save(kept); err != nil {
			return nil, err
		}
		os.Remove(filepath.Join(dataDir, joinedFile))
		return n, nil
	case len(bootstrap) > 0:
		if _, err := p2phost.ParseAddrInfos(bootstrap); err != nil {
			return nil, cli.BadUsage("--bootstrap: %v (want a multiaddr ending in /p2p/<peer id>)", err)
		}
		if name != "" && !p2phost.ValidNetwork(name) {
			return nil, cli.BadUsage("--network-name %q: want 1-32 of [a-z0-9-]", name)
		}
		n, err := describe(bootstrap, name)
		if err != nil {
			return nil, err
		}
		// Kept for the next plain 'join', as a network file is.
		os.Remove(kept)
		if err := writeJSON(filepath.Join(dataDir, joinedFile), joined{Network: n.Name(), Bootstrap: bootstrap, Description: n}); err != nil {
			return nil, err
		}
		return withBootstrap(n, bootstrap), nil
	}
	if n, err := chainnet.Load(kept); err == nil {
		return n, nil
	}
	if j, err := loadJoined(dataDir); err == nil {
		return withBootstrap(j.Description, j.Bootstrap), nil
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	return nil, cli.BadUsage("no network: give --network FILE (from the network's operator) or a node's MULTIADDR")
}

// describe asks the node at addrs for its network file and checks that the
// node serves that network (and the one named, if any).
func describe(addrs []string, name string) (*chainnet.Network, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	n, err := daemon.Describe(ctx, addrs)
	if err != nil {
		return nil, cli.BadInput(fmt.Errorf("%v (is 'zkpool-node run' started there, with a network file? else give --network FILE)", err))
	}
	want := n.Name()
	if name != "" && name != want {
		return nil, cli.BadInput(fmt.Errorf("the node describes network %s, not %s", want, name))
	}
	served, err := discovery.Probe(ctx, addrs)
	if err != nil {
		return nil, cli.BadInput(err)
	}
	if served != want {
		return nil, cli.BadInput(fmt.Errorf("the node describes network %s but serves %s", want, served))
	}
	return n, nil
}

// withBootstrap returns a copy of n whose bootstrap peers are first the
// addresses the user gave, then the ones n lists.
func withBootstrap(n *chainnet.Network, given []string) *chainnet.Network {
	out := *n
	out.BootstrapPeers = append([]string(nil), given...)
	for _, b := range n.BootstrapPeers {
		if !slices.Contains(out.BootstrapPeers, b) {
			out.BootstrapPeers = append(out.BootstrapPeers, b)
		}
	}
	return &out
}

// joinedFile keeps a network joined by address: its name, the addresses
// given and the network file the node described, for the next plain
// 'join' (and for status and withdraw).
const joinedFile = "joined.json"

type joined struct {
	Network   string   `json:"network"`
	Bootstrap []string `json:"bootstrap"`
	// Description is the node's network file, trusted on first use.
	Description *chainnet.Network `json:"description"`
}

// loadJoined reads joined.json; os.ErrNotExist when there is none.
func loadJoined(dataDir string) (joined, error) {
	path := filepath.Join(dataDir, joinedFile)
	var j joined
	b, err := os.ReadFile(path)
	if err != nil {
		return j, err
	}
	if err := json.Unmarshal(b, &j); err != nil {
		return j, cli.BadInput(fmt.Errorf("%s: %v", path, err))
	}
	if j.Description == nil {
		return j, cli.BadUsage("%s was written by an older zkpool-peer and has no network description: join by the node's address again", path)
	}
	if err := j.Description.Validate(); err != nil {
		return j, cli.BadInput(fmt.Errorf("%s: %w", path, err))
	}
	if len(j.Bootstrap) == 0 {
		return j, cli.BadInput(fmt.Errorf("%s lists no node address", path))
	}
	return j, nil
}

// trustedArtifacts resolves the network's artifact_cids to manifests from
// the setup store, first fetching what it lacks from the bootstrap peers
// (every blob checked against its CID).
func trustedArtifacts(ctx context.Context, n *chainnet.Network, setupDir string, stdout io.Writer, log *slog.Logger) (map[string]setup.Manifest, error) {
	st, err := setup.Open(setupDir, io.Discard)
	if err != nil {
		return nil, err
	}
	arts, err := artifacts.Load(st, n.ArtifactCIDs)
	if errors.Is(err, artifacts.ErrMissing) {
		fmt.Fprintf(stdout, "fetching the network's artifacts from its nodes (%v)\n", err)
		fctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
		got, ferr := artifacts.FetchNetwork(fctx, n, st, log)
		cancel()
		if ferr != nil {
			return nil, fmt.Errorf("%v; fetching it failed: %w", err, ferr)
		}
		fmt.Fprintf(stdout, "fetched %d artifact blobs, each checked against its CID\n", got)
		arts, err = artifacts.Load(st, n.ArtifactCIDs)
	}
	if err != nil {
		return nil, cli.BadInput(err)
	}
	return arts, nil
}

// allLoopback reports whether every address is on loopback (a testnet on
// one machine, where gossip must not penalise shared IPs).
func allLoopback(addrs []string) bool {
	for _, s := range addrs {
		a, err := ma.NewMultiaddr(s)
		if err != nil {
			return false
		}
		na, err := manet.ToNetAddr(a.Decapsulate(ma.StringCast("/p2p/" + lastP2P(s))))
		if err != nil {
			return false
		}
		host, _, _ := net.SplitHostPort(na.String())
		if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
			return false
		}
	}
	return len(addrs) > 0
}

func lastP2P(s string) string {
	i := strings.LastIndex(s, "/p2p/")
	if i < 0 {
		return ""
	}
	return s[i+5:]
}

// joinFlags are what 'zkpool-peer join' was told.
type joinFlags struct {
	dataDir, netFile, name, pwFile, setupDir, level string
	bootstrap, listen                               []string
	peer                                            prv.Config
	devKey                                          int
	light                                           bool
}

func parseJoinFlags(args []string, stderr io.Writer) (joinFlags, error) {
	fs := app.Flags("join", "[--network FILE | [--bootstrap] MULTIADDR] [flags]", joinExamples, stderr)
	dataDir := fs.String("datadir", config.DataDir("zkpool-peer"), "data directory (keys, blobs, setup artifacts)")
	netFile := fs.String("network", "", "network file from the network's operator")
	var bootstrap, listen cli.Multi
	fs.Var(&bootstrap, "bootstrap", "bootstrap node multiaddr with /p2p/ (repeatable), instead of --network")
	name := fs.String("network-name", "", "with a node's address: the network's name, checked against the node's answer")
	fs.Var(&listen, "listen", "libp2p listen multiaddr (repeatable; default random TCP and QUIC ports)")
	def := prv.DefaultConfig()
	price := fs.String("price", def.PricePerMConstraint.String(), "least price taken, in wei per million constraints")
	capacity := fs.Int("capacity", def.Capacity, "segments proven at once")
	queue := fs.Int("queue", def.Queue, "awarded segments held ready beyond those proven at once (bids while busy)")
	maxPK := fs.Int64("max-proving-key", def.MaxProvingKey, "largest proving key fetched from a node, in bytes (a family's own bound, from its constraint count, may be lower)")
	maxCCS := fs.Int64("max-constraint-system", def.MaxConstraintSystem, "largest constraint system fetched from a node, in bytes")
	misbehave := fs.String("misbehave", "", "testnets only: misbehave as "+strings.Join(prv.Modes, ", "))
	pwFile := fs.String("password-file", "", "keystore password file (else $ZKPOOL_PASSWORD, else one generated in DATADIR)")
	devKey := fs.Int("dev-key", -1, "testnets only: on the first run use the public development key N as payout key")
	light := fs.Bool("light-kdf", false, "testnets only: cheap keystore encryption")
	setupDir := fs.String("setup-dir", setup.DefaultDir(), "setup store (circuit artifacts, fetched from nodes and checked by hash)")
	level := fs.String("log-level", "info", "debug, info, warn or error (logs go to stderr)")
	pos, err := cli.ParseMixed(fs, args)
	if err != nil {
		return joinFlags{}, err
	}
	// 'join MULTIADDR…' is 'join --bootstrap MULTIADDR…'.
	bootstrap = append(bootstrap, pos...)
	if err := config.CheckLogLevel(*level); err != nil {
		return joinFlags{}, cli.BadUsage("--log-level %q: %v", *level, err)
	}
	p, ok := new(big.Int).SetString(*price, 10)
	if !ok || p.Sign() < 0 {
		return joinFlags{}, cli.BadUsage("--price %q is not a decimal number of wei", *price)
	}
	pcfg := def
	pcfg.PricePerMConstraint, pcfg.Capacity, pcfg.Queue, pcfg.Misbehave = p, *capacity, *queue, *misbehave
	pcfg.MaxProvingKey, pcfg.MaxConstraintSystem = *maxPK, *maxCCS
	if err := pcfg.Validate(); err != nil {
		return joinFlags{}, cli.BadUsage("%v", err)
	}
	return joinFlags{dataDir: *dataDir, netFile: *netFile, name: *name, pwFile: *pwFile, setupDir: *setupDir, level: *level,
		bootstrap: bootstrap, listen: listen, peer: pcfg, devKey: *devKey, light: *light}, nil
}

// runJoin: read the network and the key, daemon.New, defer Close, Start,
// show the status line until a signal.
func runJoin(args []string, stdout, stderr io.Writer) error {
	f, err := parseJoinFlags(args, stderr)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(f.dataDir, 0o700); err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	cfg, key, log, err := daemonConfig(ctx, f, stdout, stderr)
	if err != nil {
		return err
	}
	d, err := daemon.New(cfg, key, log)
	if err != nil {
		return err
	}
	defer d.Close()
	fmt.Fprintln(stdout, "calibrating with a real proof ...")
	if err := d.Start(ctx); err != nil {
		if errors.Is(err, context.Canceled) {
			return errors.New("interrupted")
		}
		return err
	}
	fmt.Fprintf(stdout, "joined %s as peer %s; proving (Ctrl-C stops)\n", cfg.Host.Network, d.Host().ID())
	line := newStatusLine(stdout)
	tick := time.NewTicker(status.Interval)
	defer tick.Stop()
	// Nodes that restart or were down at start are dialled again by the
	// daemon's peering keeper (p2p/peering), and found through the DHT.
	for {
		line.show(d.Status())
		select {
		case <-ctx.Done():
			line.done()
			fmt.Fprintln(stdout, "stopping")
			return d.Close()
		case <-tick.C:
		}
	}
}

// daemonConfig resolves the network, loads (or makes) the payout key and
// the network's trusted artifacts, and maps them onto daemon.Config.
func daemonConfig(ctx context.Context, f joinFlags, stdout, stderr io.Writer) (daemon.Config, *ecdsa.PrivateKey, *slog.Logger, error) {
	n, err := resolveNetwork(f.dataDir, f.netFile, f.bootstrap, f.name)
	if err != nil {
		return daemon.Config{}, nil, nil, err
	}
	netName, boot := n.Name(), n.BootstrapPeers
	key, created, err := payoutKey(f.dataDir, f.pwFile, f.devKey, f.light, stderr)
	if err != nil {
		return daemon.Config{}, nil, nil, cli.BadInput(err)
	}
	if created {
		fmt.Fprintf(stdout, "new payout key in %s\n", filepath.Join(f.dataDir, "keystore"))
	}
	fmt.Fprintf(stdout, "payout address: %s\n", key.Address())
	log := cli.Logger(stderr, f.level)
	arts, err := trustedArtifacts(ctx, n, f.setupDir, stdout, log)
	if err != nil {
		return daemon.Config{}, nil, nil, err
	}
	cfg := daemon.DefaultConfig(netName, f.dataDir)
	cfg.Host = p2phost.DefaultConfig(netName, p2phost.RoleProver, f.dataDir)
	if len(f.listen) > 0 {
		cfg.Host.ListenAddrs = f.listen
	} else if allLoopback(boot) {
		cfg.Host.ListenAddrs = []string{"/ip4/127.0.0.1/tcp/0", "/ip4/127.0.0.1/udp/0/quic-v1"}
	}
	if allLoopback(boot) {
		cfg.Gossip.ScoreWhitelist = []string{"127.0.0.0/8"}
	}
	cfg.Bootstrap, cfg.Peer, cfg.SetupDir, cfg.StatusFile = boot, f.peer, f.setupDir, true
	// Who may hand out work is checked on this chain; only these
	// artifacts are ever fetched or loaded.
	cfg.RPCURL, cfg.Contract, cfg.ChainID, cfg.Artifacts = n.RPCURL, n.Contract, n.ChainID, arts
	if err := cfg.Host.Validate(); err != nil {
		return daemon.Config{}, nil, nil, cli.BadUsage("%v", err)
	}
	return cfg, key.Private(), log, nil
}

// statusLine rewrites one line on a terminal, and prints a line per change otherwise.
type statusLine struct {
	w    io.Writer
	tty  bool
	last string
}

func newStatusLine(w io.Writer) *statusLine {
	f, ok := w.(*os.File)
	return &statusLine{w: w, tty: ok && term.IsTerminal(int(f.Fd()))}
}

func (l *statusLine) show(s status.Prover) {
	text := fmt.Sprintf("peers %d | bids %d | awards %d | proven %d | delivered %d | failed %d | earned %s wei",
		s.ConnectedPeers, s.Bids, s.Awards, s.Proven, s.Delivered, s.Failed, s.Earned)
	if text == l.last {
		return
	}
	l.last = text
	if l.tty {
		fmt.Fprintf(l.w, "\r\033[K%s", text)
		return
	}
	fmt.Fprintln(l.w, text)
}

func (l *statusLine) done() {
	if l.tty {
		fmt.Fprintln(l.w)
	}
}
