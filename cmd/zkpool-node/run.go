package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/zkpool/aoraki/chain"
	chainnet "github.com/zkpool/aoraki/chain/network"
	"github.com/zkpool/aoraki/node"
	"github.com/zkpool/aoraki/node/artifacts"
	"github.com/zkpool/aoraki/node/config"
	"github.com/zkpool/aoraki/node/store"
	"github.com/zkpool/aoraki/p2p/blob"
	p2phost "github.com/zkpool/aoraki/p2p/host"
	"github.com/zkpool/aoraki/prover/setup"

	"github.com/zkpool/aoraki/cmd/internal/cli"
)

const runExamples = `  zkpool-node run                                          (data dir ~/.local/share/zkpool-node)
  ZKPOOL_PASSWORD=... zkpool-node run --datadir n1 --network testnet/network.json`

// statusFile is what a running node writes for 'zkpool-node status'.
const statusFile = "status.json"

type nodeStatus struct {
	Address string         `json:"address"`
	PeerID  string         `json:"peer_id"`
	Addrs   []string       `json:"addrs"`
	Peers   map[string]int `json:"peers"`
	Tasks   map[string]int `json:"tasks"`
	PID     int            `json:"pid"`
	Updated time.Time      `json:"updated"`
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
	fs := app.Flags("run", "[--network FILE] [--datadir D]", runExamples, stderr)
	dataDir := fs.String("datadir", config.DataDir("zkpool-node"), "data directory made by 'zkpool-node init'")
	netFile := fs.String("network", "", "network file (default: the config's network_file, else DATADIR/network.json)")
	pwFile := fs.String("password-file", "", "file whose first line is the keystore password (else $ZKPOOL_PASSWORD, else a prompt)")
	if err := cli.Parse(fs, args, false); err != nil {
		return err
	}
	cfg, err := loadNodeConfig(*dataDir)
	if err != nil {
		return err
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
	info := nd.PeerInfo()
	fmt.Fprintf(stdout, "node running: account %s, peer %s, %d families (Ctrl-C stops)\n", nd.Address(), info.ID, len(arts))
	for _, a := range info.Addrs {
		fmt.Fprintf(stdout, "listening: %s/p2p/%s\n", a, info.ID)
	}
	boot, _ := p2phost.ParseAddrInfos(nc.Bootstrap)
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	nextDial := time.Now().Add(redialAfter())
	for {
		// Bootstrap peers that were down at start (or dialled us at the
		// same instant) are dialled again until connected.
		if time.Now().After(nextDial) {
			redial(ctx, nd.Host(), boot, log)
			nextDial = time.Now().Add(redialAfter())
		}
		if err := writeNodeStatus(*dataDir, nd); err != nil {
			log.Warn("status file", "err", err)
		}
		select {
		case <-ctx.Done():
			fmt.Fprintln(stdout, "stopping")
			os.Remove(filepath.Join(*dataDir, statusFile))
			return nd.Close()
		case <-tick.C:
		}
	}
}

func writeNodeStatus(dataDir string, nd *node.Node) error {
	s := nodeStatus{Address: nd.Address().Hex(), PeerID: nd.PeerInfo().ID.String(), Peers: nd.Peers(), Tasks: map[string]int{},
		PID: os.Getpid(), Updated: time.Now().UTC()}
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

// redialAfter is 3 to 5 s: jittered, so that two peers do not keep
// dialling each other at the same instant.
func redialAfter() time.Duration { return 3*time.Second + rand.N(2*time.Second) }

// redial connects to each bootstrap peer not connected now.
func redial(ctx context.Context, h *p2phost.Host, boot []peer.AddrInfo, log *slog.Logger) {
	for _, ai := range boot {
		if ai.ID == h.ID() || h.Network().Connectedness(ai.ID) == network.Connected {
			continue
		}
		cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		if err := h.Connect(cctx, ai); err != nil {
			log.Debug("bootstrap peer still unreachable", "peer", ai.ID, "err", err)
		} else {
			log.Info("connected to bootstrap peer", "peer", ai.ID)
		}
		cancel()
	}
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
