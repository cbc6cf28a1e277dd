package main

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	ma "github.com/multiformats/go-multiaddr"

	"github.com/zkpool/aoraki/chain"
	"github.com/zkpool/aoraki/chain/deploy"
	"github.com/zkpool/aoraki/chain/devchain"
	"github.com/zkpool/aoraki/chain/keys"
	"github.com/zkpool/aoraki/chain/network"
	"github.com/zkpool/aoraki/chain/txmgr"
	"github.com/zkpool/aoraki/node/artifacts"
	"github.com/zkpool/aoraki/node/config"
	"github.com/zkpool/aoraki/node/receiptverifier"
	p2phost "github.com/zkpool/aoraki/p2p/host"
	"github.com/zkpool/aoraki/prover/dtree"
	"github.com/zkpool/aoraki/prover/hashchain"
	"github.com/zkpool/aoraki/prover/setup"
	"github.com/zkpool/aoraki/prover/tree"

	"github.com/zkpool/aoraki/cmd/internal/cli"
)

// irisModel is examples/iris/tree_model.msgpack: the shipped example's
// model, whose dtree families every deployed network trusts.
//
//go:embed iris_tree_model.msgpack
var irisModel []byte

const deployExamples = `  zkpool-node deploy --embedded --datadir testnet --bootstrap /ip4/127.0.0.1/tcp/4101/p2p/12D3KooW...
  zkpool-node chain --datadir testnet &        (then serve the deployed chain)
  zkpool-node deploy --rpc https://rpc.example.org --datadir /srv/zkpool --bootstrap /dns4/boot.example.org/tcp/4001/p2p/12D3KooW...`

func parseSizes(flagName, s string) ([]int, error) {
	var out []int
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	for _, f := range strings.Split(s, ",") {
		v, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || v <= 0 {
			return nil, cli.BadUsage("%s: %q is not a positive integer", flagName, f)
		}
		out = append(out, v)
	}
	return out, nil
}

// families are the shipped circuit families at the asked sizes.
func families(segSizes, steps []int) ([]setup.Family, error) {
	m, err := tree.ParseModel(irisModel, "iris_tree_model.msgpack")
	if err != nil {
		return nil, err
	}
	var out []setup.Family
	for _, s := range segSizes {
		sh, err := dtree.ShapeFor(m, s)
		if err != nil {
			return nil, cli.BadUsage("--dtree-segment-sizes: %v", err)
		}
		out = append(out, sh)
	}
	for _, s := range steps {
		if s < hashchain.MinSegmentSteps {
			return nil, cli.BadUsage("--hashchain-steps: %d is below %d", s, hashchain.MinSegmentSteps)
		}
		out = append(out, hashchain.Shape{Steps: s})
	}
	return out, nil
}

// deployFlags are what 'zkpool-node deploy' was told.
type deployFlags struct {
	rpc, dataDir, out, pwFile string
	embedded                  bool
	port, devKey              int
	bootstrap                 []string
	families                  []setup.Family
}

func parseDeployFlags(args []string, stderr io.Writer) (deployFlags, error) {
	fs := app.Flags("deploy", "(--rpc URL | --embedded) --datadir D [flags]", deployExamples, stderr)
	rpc := fs.String("rpc", "", "JSON-RPC URL of the chain to deploy on")
	embedded := fs.Bool("embedded", false, "deploy on the embedded development chain kept in DATADIR/chain")
	dataDir := fs.String("datadir", "", "data directory (network.json is written here)")
	port := fs.Int("port", 8545, "with --embedded: loopback port of the chain's JSON-RPC (0: a free one)")
	out := fs.String("out", "", "network file to write (default DATADIR/network.json)")
	var bootstrap cli.Multi
	fs.Var(&bootstrap, "bootstrap", "bootstrap node multiaddr with /p2p/ (repeatable; see 'zkpool-node init' output)")
	segs := fs.String("dtree-segment-sizes", "16,32,64", "segment sizes of the Iris example's dtree families")
	steps := fs.String("hashchain-steps", "4,32", "segment steps of the hashchain families")
	devKey := fs.Int("dev-key", -1, "deploy from the public development key N (default 0 with --embedded)")
	pwFile := fs.String("password-file", "", "without --dev-key: password of the keystore in DATADIR (else $ZKPOOL_PASSWORD, else a prompt)")
	if err := cli.Parse(fs, args, false); err != nil {
		return deployFlags{}, err
	}
	switch {
	case *dataDir == "":
		return deployFlags{}, cli.BadUsage("--datadir is required")
	case (*rpc == "") == !*embedded:
		return deployFlags{}, cli.BadUsage("give exactly one of --rpc URL and --embedded")
	case *port < 0 || *port > 65535:
		return deployFlags{}, cli.BadUsage("--port %d out of range", *port)
	}
	for _, b := range bootstrap {
		if _, err := p2phost.ParseAddrInfos([]string{b}); err != nil {
			return deployFlags{}, cli.BadUsage("--bootstrap %q: %v (want a multiaddr ending in /p2p/<peer id>)", b, err)
		}
		if _, err := ma.NewMultiaddr(b); err != nil {
			return deployFlags{}, cli.BadUsage("--bootstrap %q: %v", b, err)
		}
	}
	if *rpc != "" {
		if u, err := url.Parse(*rpc); err != nil || u.Host == "" {
			return deployFlags{}, cli.BadUsage("--rpc %q is not a URL", *rpc)
		}
	}
	ss, err := parseSizes("--dtree-segment-sizes", *segs)
	if err != nil {
		return deployFlags{}, err
	}
	hs, err := parseSizes("--hashchain-steps", *steps)
	if err != nil {
		return deployFlags{}, err
	}
	fams, err := families(ss, hs)
	if err != nil {
		return deployFlags{}, err
	}
	if *out == "" {
		*out = filepath.Join(*dataDir, network.FileName)
	}
	return deployFlags{rpc: *rpc, dataDir: *dataDir, out: *out, pwFile: *pwFile, embedded: *embedded, port: *port,
		devKey: *devKey, bootstrap: bootstrap, families: fams}, nil
}

// runDeploy: the families' development setup, then the contracts on the
// chain, then the network file.
func runDeploy(args []string, stdout, stderr io.Writer) error {
	f, err := parseDeployFlags(args, stderr)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(f.dataDir, 0o700); err != nil {
		return err
	}
	log := cli.Logger(stderr, "warn")
	key, err := deployKey(f, stderr, log)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	// The families' setups first: they are slow, and independent of the chain.
	st, arts, cids, err := developmentSetup(f.families, stdout, stderr)
	if err != nil {
		return err
	}
	rpcURL := f.rpc
	if f.embedded {
		cc := devchain.DefaultConfig()
		cc.DataDir, cc.Port = filepath.Join(f.dataDir, "chain"), f.port
		c, err := devchain.New(cc, log)
		if err != nil {
			return cli.BadUsage("%v", err)
		}
		if err := c.Start(ctx); err != nil {
			return fmt.Errorf("embedded chain: %w", err)
		}
		defer c.Close()
		rpcURL = c.HTTPURL()
	}
	n, err := deployContracts(ctx, rpcURL, key, st, arts, log)
	if err != nil {
		return err
	}
	n.BootstrapPeers, n.ArtifactCIDs = f.bootstrap, cids
	if err := n.Save(f.out); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Aoraki deployed at %s (block %d, chain %d) by %s\nreceipt verifier at %s (%d families)\nnetwork file: %s\n",
		n.Contract, n.DeployBlock, n.ChainID, key.Address(), n.ReceiptVerifier, len(arts), f.out)
	if len(f.bootstrap) == 0 {
		fmt.Fprintln(stdout, "warning: no --bootstrap nodes: provers and requesters will find no node through this file (add the nodes' 'bootstrap:' addresses from 'zkpool-node init' to its bootstrap_peers)")
	}
	if f.embedded {
		fmt.Fprintf(stdout, "serve the chain with: zkpool-node chain --datadir %s\n", f.dataDir)
	}
	return nil
}

// deployKey is the deployer's key: a development key, or the data dir's
// keystore key.
func deployKey(f deployFlags, stderr io.Writer, log *slog.Logger) (keys.Key, error) {
	switch {
	case f.devKey >= 0:
		return keys.Dev(f.devKey, log), nil
	case f.embedded:
		return keys.Dev(0, log), nil
	}
	cfg, err := config.Load(filepath.Join(f.dataDir, config.FileName))
	if err != nil {
		return keys.Key{}, cli.BadInput(fmt.Errorf("%v (run 'zkpool-node init --datadir %s' or give --dev-key)", err, f.dataDir))
	}
	pw, err := keys.Password(f.pwFile, os.Stdin, stderr)
	if err != nil {
		return keys.Key{}, cli.BadInput(err)
	}
	key, err := keys.LoadKey(cfg.Keystore(f.dataDir), cfg.Account, pw)
	if err != nil {
		return keys.Key{}, cli.BadInput(err)
	}
	return key, nil
}

// developmentSetup runs (or finds) each family's local setup and
// publishes the families' manifests: the network file's artifact CIDs.
func developmentSetup(fams []setup.Family, stdout, stderr io.Writer) (*setup.Store, []*setup.Artifacts, map[string]string, error) {
	fmt.Fprintln(stdout, "DEVELOPMENT SETUP: the circuit families' Groth16 keys come from a local setup, NOT a ceremony;")
	fmt.Fprintln(stdout, "whoever ran it could forge proofs. Use it for testnets only.")
	st, err := setup.Open(setup.DefaultDir(), stderr)
	if err != nil {
		return nil, nil, nil, err
	}
	var arts []*setup.Artifacts
	for _, f := range fams {
		start := time.Now()
		a, err := st.Ensure(f)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("setup of %s: %w", f.Name(), err)
		}
		fmt.Fprintf(stdout, "family %-28s %8d constraints  (%s)\n", f.Name(), a.Manifest.Constraints, time.Since(start).Round(time.Millisecond))
		arts = append(arts, a)
	}
	cids, err := artifacts.Publish(st, arts)
	return st, arts, cids, err
}

// deployContracts deploys Aoraki and the receipt verifier (with every
// family's verifying key, for requesters who want the proof checked on
// chain) from key on the chain at rpcURL, and returns the network they
// make (without bootstrap peers and artifacts).
func deployContracts(ctx context.Context, rpcURL string, key keys.Key, st *setup.Store, arts []*setup.Artifacts, log *slog.Logger) (*network.Network, error) {
	dctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	eth, err := chain.Dial(dctx, rpcURL)
	if err != nil {
		return nil, fmt.Errorf("chain at %s: %w", rpcURL, err)
	}
	defer eth.Close()
	chainID, err := eth.ChainID(dctx)
	if err != nil {
		return nil, fmt.Errorf("chain at %s: %w", rpcURL, err)
	}
	m, err := txmgr.New(dctx, eth, key.Private(), txmgr.DefaultConfig(), log)
	if err != nil {
		return nil, err
	}
	defer m.Close()
	res, err := deploy.Aoraki(dctx, m, deploy.DefaultParams())
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return nil, errors.New("interrupted")
		}
		return nil, fmt.Errorf("deploy: %w", err)
	}
	names := make([]string, len(arts))
	for i, a := range arts {
		names[i] = a.Manifest.Family
	}
	rv, err := receiptverifier.DeployFor(dctx, eth, m, res.Address, st, names)
	if err != nil {
		return nil, fmt.Errorf("deploy the receipt verifier: %w", err)
	}
	n := res.Network(new(big.Int).Set(chainID), rpcURL, nil, nil)
	n.ReceiptVerifier = rv.Address()
	return n, nil
}
