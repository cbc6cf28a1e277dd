package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"syscall"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
	manet "github.com/multiformats/go-multiaddr/net"

	"github.com/zkpool/aoraki/chain"
	chainnet "github.com/zkpool/aoraki/chain/network"
	"github.com/zkpool/aoraki/node"
	"github.com/zkpool/aoraki/node/api"
	"github.com/zkpool/aoraki/node/artifacts"
	"github.com/zkpool/aoraki/node/config"
	"github.com/zkpool/aoraki/node/store"
	"github.com/zkpool/aoraki/p2p/blob"
	p2phost "github.com/zkpool/aoraki/p2p/host"
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

// statusFile is what a running node writes for 'zkpool-node status'.
const statusFile = "status.json"

type nodeStatus struct {
	Address string         `json:"address"`
	PeerID  string         `json:"peer_id"`
	Addrs   []string       `json:"addrs"`
	Peers   map[string]int `json:"peers"`
	Tasks   map[string]int `json:"tasks"`
	// API is the HTTP API's base URL ("http://127.0.0.1:8645"); empty
	// when the node serves none.
	API     string    `json:"api,omitempty"`
	PID     int       `json:"pid"`
	Updated time.Time `json:"updated"`
}

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

func runNode(args []string, stdout, stderr io.Writer) error {
	fs := app.Flags("run", "[--network FILE] [--datadir D] [--bootstrap] [--api-listen HOST:PORT] [--log-level L]", runExamples, stderr)
	dataDir := fs.String("datadir", config.DataDir("zkpool-node"), "data directory made by 'zkpool-node init'")
	netFile := fs.String("network", "", "network file (default: the config's network_file, else DATADIR/network.json)")
	pwFile := fs.String("password-file", "", "file whose first line is the keystore password (else $ZKPOOL_PASSWORD, else a prompt)")
	bootMode := fs.Bool("bootstrap", false, bootstrapUsage)
	apiFlag := fs.String("api-listen", "", `host:port of the HTTP API and dashboard, instead of the config's api_listen ("" turns them off; port 0 picks a free one)`)
	levelFlag := fs.String("log-level", "", "debug, info, warn or error, instead of the config's log_level")
	if err := cli.Parse(fs, args, false); err != nil {
		return err
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if set["log-level"] {
		if err := config.CheckLogLevel(*levelFlag); err != nil {
			return cli.BadUsage("--log-level %q: %v", *levelFlag, err)
		}
	}
	if set["api-listen"] {
		if err := config.CheckAPIListen(*apiFlag); err != nil {
			return cli.BadUsage("--api-listen %q: %v", *apiFlag, err)
		}
	}
	cfg, err := loadNodeConfig(*dataDir)
	if err != nil {
		return err
	}
	cfgPath := filepath.Join(*dataDir, config.FileName)
	if set["log-level"] {
		cfg.LogLevel = *levelFlag
	}
	if set["api-listen"] {
		cfg.APIListen = *apiFlag
	}
	if *bootMode {
		if err := fixedPorts(cfg.Listen); err != nil {
			return cli.BadUsage("--bootstrap: %v: a bootstrap peer needs fixed ports, the ones in the network file (set listen in %s)", err, cfgPath)
		}
	}
	// Fail before the password prompt and the minutes of start-up when
	// the API's port is taken.
	if err := apiAddrFree(cfg.APIListen); err != nil {
		return apiListenError(cfg.APIListen, cfgPath, err)
	}
	n, err := loadNetwork(*netFile, cfg.NetworkFile, *dataDir)
	if err != nil {
		return err
	}
	// Keep a copy, so that status and later runs find the network.
	if *netFile != "" {
		if err := n.Save(filepath.Join(*dataDir, chainnet.FileName)); err != nil {
			return err
		}
	}
	pw, err := config.Password(*pwFile, os.Stdin, stderr)
	if err != nil {
		return cli.BadInput(err)
	}
	key, err := config.LoadKey(cfg.Keystore(*dataDir), cfg.Account, pw)
	if err != nil {
		return cli.BadInput(err)
	}
	st, err := setup.Open(cfg.SetupStore(), stderr)
	if err != nil {
		return err
	}
	log := cli.Logger(stderr, cfg.LogLevel)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	arts, err := config.Artifacts(st, n.ArtifactCIDs)
	if errors.Is(err, config.ErrMissingArtifact) && len(n.BootstrapPeers) > 0 {
		fmt.Fprintf(stdout, "fetching the network's artifacts from its bootstrap peers (%v)\n", err)
		fctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
		got, ferr := artifacts.FetchNetwork(fctx, n, st, log)
		cancel()
		if ferr != nil {
			return fmt.Errorf("%v; fetching it from the bootstrap peers failed: %w", err, ferr)
		}
		fmt.Fprintf(stdout, "fetched %d artifact blobs, each checked against its CID\n", got)
		arts, err = config.Artifacts(st, n.ArtifactCIDs)
	}
	if err != nil {
		return cli.BadInput(err)
	}
	nc, err := cfg.Node(*dataDir, n, arts)
	if err != nil {
		return cli.BadInput(err)
	}
	if *bootMode {
		// The node's peering keeper dials the other bootstrap peers every
		// few seconds (some may not be up yet) and finds the rest of the
		// network through the DHT; Start does not wait for them.
		nc.Host.Role = p2phost.RoleBootstrap
	}
	// Serve the manifests too, so that nodes joining later can fetch them.
	bs, err := blob.OpenStore(filepath.Join(*dataDir, "blobs"))
	if err != nil {
		return err
	}
	if err := artifacts.Serve(bs, st, n.ArtifactCIDs); err != nil {
		return err
	}
	dctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	eth, err := chain.Dial(dctx, n.RPCURL)
	cancel()
	if err != nil {
		return fmt.Errorf("chain at %s: %w (is it running?)", n.RPCURL, err)
	}
	defer eth.Close()
	nd, err := node.New(nc, eth, key.Private(), log)
	if err != nil {
		return err
	}
	defer nd.Close()
	sctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	err = nd.Start(sctx)
	cancel()
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return errors.New("interrupted")
		}
		return err
	}
	var svc *api.Service
	apiURL := ""
	if cfg.APIListen != "" {
		acfg := api.DefaultConfig()
		acfg.Addr = cfg.APIListen
		if svc, err = api.New(nd, acfg, log); err != nil {
			return err
		}
		if err := svc.Start(ctx); err != nil {
			return apiListenError(cfg.APIListen, cfgPath, err)
		}
		// Deferred after nd.Close, so it runs first: the API never
		// outlives the node it reads.
		defer svc.Close()
		apiURL = baseURL(svc.Addr())
	}
	info := nd.PeerInfo()
	for _, a := range info.Addrs {
		fmt.Fprintf(stdout, "listening: %s/p2p/%s\n", a, info.ID)
	}
	if *bootMode {
		for _, a := range bootstrapAddrs(info.Addrs) {
			fmt.Fprintf(stdout, "bootstrap: %s/p2p/%s\n", a, info.ID)
		}
		boot, _ := p2phost.ParseAddrInfos(n.BootstrapPeers)
		if !slices.ContainsFunc(boot, func(ai peer.AddrInfo) bool { return ai.ID == info.ID }) {
			fmt.Fprintln(stdout, "note: this node is not in the network file's bootstrap_peers: add its bootstrap: lines there so that others find it")
		}
	}
	if apiURL != "" {
		fmt.Fprintf(stdout, "api: %s/v1/status\ndashboard: %s/\n", apiURL, apiURL)
	}
	fmt.Fprintf(stdout, "node running: account %s, peer %s, %d families (Ctrl-C stops)\n", nd.Address(), info.ID, len(arts))
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	// Bootstrap peers that were down at start are dialled again by the
	// node's peering keeper (p2p/peering), not here.
	for {
		if err := writeNodeStatus(*dataDir, nd, apiURL); err != nil {
			log.Warn("status file", "err", err)
		}
		select {
		case <-ctx.Done():
			fmt.Fprintln(stdout, "stopping")
			os.Remove(filepath.Join(*dataDir, statusFile))
			var err error
			if svc != nil {
				err = svc.Close()
			}
			return errors.Join(err, nd.Close())
		case <-tick.C:
		}
	}
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

// baseURL is the API's URL for a bound host:port, with an unspecified host
// (0.0.0.0, ::) replaced by loopback so that the URL can be opened.
func baseURL(hostPort string) string {
	host, port, err := net.SplitHostPort(hostPort)
	if err != nil {
		return "http://" + hostPort
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
		host = "127.0.0.1"
		if ip.To4() == nil {
			host = "::1"
		}
	}
	return "http://" + net.JoinHostPort(host, port)
}

func writeNodeStatus(dataDir string, nd *node.Node, apiURL string) error {
	s := nodeStatus{Address: nd.Address().Hex(), PeerID: nd.PeerInfo().ID.String(), Peers: nd.Peers(), Tasks: map[string]int{},
		API: apiURL, PID: os.Getpid(), Updated: time.Now().UTC()}
	for _, a := range nd.PeerInfo().Addrs {
		s.Addrs = append(s.Addrs, a.String())
	}
	if err := nd.Store().View(func(x *store.Tx) error {
		ts, err := x.Tasks(false)
		for _, t := range ts {
			s.Tasks[string(t.State)]++
		}
		return err
	}); err != nil {
		return err
	}
	return writeJSON(filepath.Join(dataDir, statusFile), s)
}

// writeJSON writes v to path atomically.
func writeJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
