package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
	manet "github.com/multiformats/go-multiaddr/net"

	"github.com/zkpool/aoraki/chain"
	"github.com/zkpool/aoraki/chain/keys"
	chainnet "github.com/zkpool/aoraki/chain/network"
	"github.com/zkpool/aoraki/node"
	"github.com/zkpool/aoraki/node/artifacts"
	"github.com/zkpool/aoraki/node/config"
	"github.com/zkpool/aoraki/p2p/blob"
	p2phost "github.com/zkpool/aoraki/p2p/host"
	"github.com/zkpool/aoraki/p2p/service"
	"github.com/zkpool/aoraki/prover/setup"

	"github.com/zkpool/aoraki/cmd/internal/cli"
)

const runExamples = `  zkpool-node run                                          (data dir ~/.local/share/zkpool-node)
  ZKPOOL_PASSWORD=... zkpool-node run --datadir n1 --network testnet/network.json
  zkpool-node run --datadir n1 --api-listen 127.0.0.1:0 --log-level debug   (API on a free port, printed)
  zkpool-node run --datadir /srv/boot1 --bootstrap                          (a bootstrap peer of the network)

Once the node serves, it prints (stdout), 'node running' last:
  listening: MULTIADDR/p2p/PEER               each address it listens on
  bootstrap: MULTIADDR/p2p/PEER               with --bootstrap: its addresses for the network file
  api: http://HOST:PORT/v1/status             unless api_listen is ""
  dashboard: http://HOST:PORT/
  node running: account 0x..., peer PEER, N families (Ctrl-C stops)
Logs go to stderr.`

const bootstrapUsage = `this node is a bootstrap peer of the network: it runs with the bootstrap role
(public reachability, circuit-relay service), needs fixed listen ports, starts
without waiting for the network's other bootstrap peers (it keeps dialling them
in the background) and prints its 'bootstrap:' multiaddrs for the network
file's bootstrap_peers`

// loadNodeConfig reads DATADIR/config.toml.
func loadNodeConfig(dataDir string) (config.Config, error) {
	p := filepath.Join(dataDir, config.FileName)
	if _, err := os.Stat(p); err != nil {
		return config.Config{}, cli.BadUsage("no config at %s: run 'zkpool-node init --datadir %s' first", p, dataDir)
	}
	c, err := config.Load(p)
	if err != nil {
		return config.Config{}, cli.BadInput(err)
	}
	return c, nil
}

// loadNetwork reads the network file: the flag, else the config's, else DATADIR/network.json.
func loadNetwork(flagPath, cfgPath, dataDir string) (*chainnet.Network, error) {
	p := flagPath
	if p == "" {
		p = cfgPath
	}
	if p == "" {
		p = filepath.Join(dataDir, chainnet.FileName)
	}
	n, err := chainnet.Load(p)
	if err != nil {
		return nil, cli.BadInput(fmt.Errorf("%v (give --network FILE, written by 'zkpool-node deploy')", err))
	}
	return n, nil
}

// runFlags are what 'zkpool-node run' was told.
type runFlags struct {
	dataDir, netFile, pwFile string
	boot                     bool
	apiListen, logLevel      *string // nil: the config's
}

func parseRunFlags(args []string, stderr io.Writer) (runFlags, error) {
	fs := app.Flags("run", "[--network FILE] [--datadir D] [--bootstrap] [--api-listen HOST:PORT] [--log-level L]", runExamples, stderr)
	dataDir := fs.String("datadir", config.DataDir("zkpool-node"), "data directory made by 'zkpool-node init'")
	netFile := fs.String("network", "", "network file (default: the config's network_file, else DATADIR/network.json)")
	pwFile := fs.String("password-file", "", "file whose first line is the keystore password (else $ZKPOOL_PASSWORD, else a prompt)")
	bootMode := fs.Bool("bootstrap", false, bootstrapUsage)
	apiFlag := fs.String("api-listen", "", `host:port of the HTTP API and dashboard, instead of the config's api_listen ("" turns them off; port 0 picks a free one)`)
	levelFlag := fs.String("log-level", "", "debug, info, warn or error, instead of the config's log_level")
	if err := cli.Parse(fs, args, false); err != nil {
		return runFlags{}, err
	}
	f := runFlags{dataDir: *dataDir, netFile: *netFile, pwFile: *pwFile, boot: *bootMode}
	set := map[string]bool{}
	fs.Visit(func(fl *flag.Flag) { set[fl.Name] = true })
	if set["log-level"] {
		if err := config.CheckLogLevel(*levelFlag); err != nil {
			return runFlags{}, cli.BadUsage("--log-level %q: %v", *levelFlag, err)
		}
		f.logLevel = levelFlag
	}
	if set["api-listen"] {
		if err := config.CheckAPIListen(*apiFlag); err != nil {
			return runFlags{}, cli.BadUsage("--api-listen %q: %v", *apiFlag, err)
		}
		f.apiListen = apiFlag
	}
	return f, nil
}

// runNode: load the config, node.New, defer Close, Start, wait for a signal.
func runNode(args []string, stdout, stderr io.Writer) error {
	f, err := parseRunFlags(args, stderr)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	rc, err := loadRunConfig(ctx, f, stdout, stderr)
	if err != nil {
		return err
	}
	defer rc.eth.Close()
	nd, err := node.New(rc.node, rc.eth, rc.key, rc.log)
	if err != nil {
		return err
	}
	defer nd.Close()
	sctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	err = nd.Start(sctx)
	cancel()
	if err != nil {
		return startError(err, rc)
	}
	printRunning(stdout, nd, rc)
	<-ctx.Done()
	fmt.Fprintln(stdout, "stopping")
	return nd.Close()
}

// runConfig is everything node.New takes, read from the data dir, the
// network file and the keystore.
type runConfig struct {
	node    node.Config
	eth     *ethclient.Client
	key     *ecdsa.PrivateKey
	log     *slog.Logger
	net     *chainnet.Network
	cfgPath string
	boot    bool
	apiAddr string
}

// loadRunConfig reads the config (flags override it), the network file,
// the key and the network's artifacts (fetched from its bootstrap peers
// when missing), and dials the chain.
func loadRunConfig(ctx context.Context, f runFlags, stdout, stderr io.Writer) (*runConfig, error) {
	cfg, err := loadNodeConfig(f.dataDir)
	if err != nil {
		return nil, err
	}
	rc := &runConfig{cfgPath: filepath.Join(f.dataDir, config.FileName), boot: f.boot}
	if f.logLevel != nil {
		cfg.LogLevel = *f.logLevel
	}
	if f.apiListen != nil {
		cfg.APIListen = *f.apiListen
	}
	rc.apiAddr = cfg.APIListen
	if f.boot {
		if err := fixedPorts(cfg.Listen); err != nil {
			return nil, cli.BadUsage("--bootstrap: %v: a bootstrap peer needs fixed ports, the ones in the network file (set listen in %s)", err, rc.cfgPath)
		}
	}
	// Fail before the password prompt and the minutes of start-up when
	// the API's port is taken.
	if err := apiAddrFree(cfg.APIListen); err != nil {
		return nil, apiListenError(cfg.APIListen, rc.cfgPath, err)
	}
	if rc.net, err = loadNetwork(f.netFile, cfg.NetworkFile, f.dataDir); err != nil {
		return nil, err
	}
	// Keep a copy, so that status and later runs find the network.
	if f.netFile != "" {
		if err := rc.net.Save(filepath.Join(f.dataDir, chainnet.FileName)); err != nil {
			return nil, err
		}
	}
	pw, err := keys.Password(f.pwFile, os.Stdin, stderr)
	if err != nil {
		return nil, cli.BadInput(err)
	}
	key, err := keys.LoadKey(cfg.Keystore(f.dataDir), cfg.Account, pw)
	if err != nil {
		return nil, cli.BadInput(err)
	}
	rc.key, rc.log = key.Private(), cli.Logger(stderr, cfg.LogLevel)
	arts, err := networkArtifacts(ctx, rc.net, cfg.SetupStore(), f.dataDir, stdout, stderr, rc.log)
	if err != nil {
		return nil, err
	}
	if rc.node, err = node.FromFile(cfg, f.dataDir, rc.net, arts); err != nil {
		return nil, cli.BadInput(err)
	}
	if f.boot {
		// The node's peering keeper dials the other bootstrap peers every
		// few seconds (some may not be up yet) and finds the rest of the
		// network through the DHT; Start does not wait for them.
		rc.node.Host.Role = p2phost.RoleBootstrap
	}
	dctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if rc.eth, err = chain.Dial(dctx, rc.net.RPCURL); err != nil {
		return nil, fmt.Errorf("chain at %s: %w (is it running?)", rc.net.RPCURL, err)
	}
	return rc, nil
}

// networkArtifacts loads the network's families from the setup store,
// fetching what is missing from the network's bootstrap peers, and puts
// their manifests in the node's blob store, so that nodes joining later
// can fetch them from this one.
func networkArtifacts(ctx context.Context, n *chainnet.Network, setupDir, dataDir string, stdout, stderr io.Writer, log *slog.Logger) (map[string]setup.Manifest, error) {
	st, err := setup.Open(setupDir, stderr)
	if err != nil {
		return nil, err
	}
	arts, err := artifacts.Load(st, n.ArtifactCIDs)
	if errors.Is(err, artifacts.ErrMissing) && len(n.BootstrapPeers) > 0 {
		fmt.Fprintf(stdout, "fetching the network's artifacts from its bootstrap peers (%v)\n", err)
		fctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
		got, ferr := artifacts.FetchNetwork(fctx, n, st, log)
		cancel()
		if ferr != nil {
			return nil, fmt.Errorf("%v; fetching it from the bootstrap peers failed: %w", err, ferr)
		}
		fmt.Fprintf(stdout, "fetched %d artifact blobs, each checked against its CID\n", got)
		arts, err = artifacts.Load(st, n.ArtifactCIDs)
	}
	if err != nil {
		return nil, cli.BadInput(err)
	}
	bs, err := blob.OpenStore(filepath.Join(dataDir, "blobs"))
	if err != nil {
		return nil, err
	}
	if err := artifacts.Serve(bs, st, n.ArtifactCIDs); err != nil {
		return nil, err
	}
	return arts, nil
}

// startError says why the node did not start: interrupted, the API's
// address, or the service's own error.
func startError(err error, rc *runConfig) error {
	var se *service.StartError
	switch {
	case errors.Is(err, context.Canceled):
		return errors.New("interrupted")
	case errors.As(err, &se) && se.Service == "api":
		return apiListenError(rc.apiAddr, rc.cfgPath, se.Err)
	}
	return err
}

// printRunning prints how to reach the running node, 'node running' last.
func printRunning(stdout io.Writer, nd *node.Node, rc *runConfig) {
	info := nd.PeerInfo()
	for _, a := range info.Addrs {
		fmt.Fprintf(stdout, "listening: %s/p2p/%s\n", a, info.ID)
	}
	if rc.boot {
		for _, a := range bootstrapAddrs(info.Addrs) {
			fmt.Fprintf(stdout, "bootstrap: %s/p2p/%s\n", a, info.ID)
		}
		boot, _ := p2phost.ParseAddrInfos(rc.net.BootstrapPeers)
		if !slices.ContainsFunc(boot, func(ai peer.AddrInfo) bool { return ai.ID == info.ID }) {
			fmt.Fprintln(stdout, "note: this node is not in the network file's bootstrap_peers: add its bootstrap: lines there so that others find it")
		}
	}
	if st, err := nd.Status(); err == nil && st.API != "" {
		fmt.Fprintf(stdout, "api: %s/v1/status\ndashboard: %s/\n", st.API, st.API)
	}
	fmt.Fprintf(stdout, "node running: account %s, peer %s, %d families (Ctrl-C stops)\n", nd.Address(), info.ID, len(rc.node.Artifacts))
}

// fixedPorts returns an error naming the first listen address whose TCP
// or UDP port is 0 (chosen anew at each start).
func fixedPorts(listen []string) error {
	for _, s := range listen {
		a, err := ma.NewMultiaddr(s)
		if err != nil {
			return fmt.Errorf("listen address %q: %v", s, err)
		}
		for _, code := range []int{ma.P_TCP, ma.P_UDP} {
			if v, err := a.ValueForProtocol(code); err == nil && v == "0" {
				return fmt.Errorf("listen address %s has port 0", s)
			}
		}
	}
	return nil
}

// bootstrapAddrs are the addresses worth putting in a network file: direct
// ones (no relay circuit), without loopback and link-local ones unless
// nothing else is left (a testnet on one machine).
func bootstrapAddrs(addrs []ma.Multiaddr) []ma.Multiaddr {
	var direct, public []ma.Multiaddr
	for _, a := range addrs {
		if _, err := a.ValueForProtocol(ma.P_CIRCUIT); err == nil {
			continue
		}
		direct = append(direct, a)
		if !manet.IsIPLoopback(a) && !manet.IsIP6LinkLocal(a) {
			public = append(public, a)
		}
	}
	if len(public) > 0 {
		return public
	}
	return direct
}

// apiAddrFree reports whether the API's address can be listened on now
// ("" and port 0 always can).
func apiAddrFree(addr string) error {
	if addr == "" {
		return nil
	}
	if _, port, _ := net.SplitHostPort(addr); port == "0" {
		return nil
	}
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	return l.Close()
}

// apiListenError says why the API cannot listen on addr and how to choose
// another address.
func apiListenError(addr, cfgPath string, err error) error {
	reason := err.Error()
	if errors.Is(err, syscall.EADDRINUSE) {
		reason = "address already in use"
	} else if oe := (*net.OpError)(nil); errors.As(err, &oe) && oe.Err != nil {
		reason = oe.Err.Error()
	}
	return fmt.Errorf("cannot serve the API on %s: %s; choose another host:port with --api-listen or api_listen in %s (\"\" turns the API off)", addr, reason, cfgPath)
}
