package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkpool/aoraki/chain"
	"github.com/zkpool/aoraki/chain/keys"
	"github.com/zkpool/aoraki/chain/network"
	"github.com/zkpool/aoraki/chain/requester"
	"github.com/zkpool/aoraki/node/artifacts"
	"github.com/zkpool/aoraki/node/config"
	"github.com/zkpool/aoraki/prover/setup"
	"github.com/zkpool/aoraki/prover/task"
	"github.com/zkpool/aoraki/prover/tree"

	"github.com/zkpool/aoraki/cmd/internal/cli"
)

// netFlags are the flags of the network path (prove --network, quote).
type netFlags struct {
	network, dataDir, maxPrice, pwFile, account string
	deadline                                    time.Duration
	devKey                                      int
	onChain                                     bool
}

func (n *netFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&n.network, "network", "", "network file (from 'zkpool-node deploy'): prove on the network")
	fs.StringVar(&n.dataDir, "datadir", config.DataDir("zkpool"), "requester data directory (keystore in DATADIR/keystore)")
	fs.StringVar(&n.maxPrice, "max-price", "", "with --network: refuse quotes above this many wei")
	fs.DurationVar(&n.deadline, "deadline", 5*time.Minute, "with --network: proving deadline; past it the task is refunded")
	fs.IntVar(&n.devKey, "dev-key", -1, "with --network, testnets only: pay from the public development key N")
	fs.BoolVar(&n.onChain, "verify-on-chain", false, "with --network: name the network's receipt verifier in the quote, so the contract itself checks every seal before the task counts as fulfilled (more gas for the node)")
	fs.StringVar(&n.pwFile, "password-file", "", "keystore password file (else $ZKPOOL_PASSWORD, else a prompt)")
	fs.StringVar(&n.account, "account", "", "keystore account to pay from (default: the only one)")
}

// networkResult is prove --network's --json output.
type networkResult struct {
	TaskID      string   `json:"task_id"`
	Predictions []int    `json:"predictions"`
	Labels      []string `json:"labels,omitempty"`
	Verified    bool     `json:"verified"`
	PricePaid   string   `json:"price_paid"`
	Node        string   `json:"node"`
	FulfilTx    string   `json:"fulfil_tx"`
	// OnChainVerifier is the contract that checked the proof, if asked.
	OnChainVerifier string   `json:"onchain_verifier,omitempty"`
	ReceiptCID      string   `json:"receipt_cid"`
	Segments        int      `json:"segments"`
	Provers         []string `json:"provers"`
	Quotes          int      `json:"quotes"`
	ElapsedSecs     float64  `json:"elapsed_seconds"`
}

// requesterClient builds a requester for the network file in nf.
func requesterClient(ctx context.Context, nf netFlags, stderr io.Writer) (*requester.Client, func(), error) {
	rc, err := openRequester(ctx, nf, stderr)
	if err != nil {
		return nil, nil, err
	}
	return rc.client, rc.close, nil
}

// openedRequester is a requester client with the account it pays from and
// the network it asks.
type openedRequester struct {
	client  *requester.Client
	payer   common.Address
	network *network.Network
	close   func()
}

// openRequester builds a requester for the network file in nf.
func openRequester(ctx context.Context, nf netFlags, stderr io.Writer) (*openedRequester, error) {
	fail := func(err error) (*openedRequester, error) { return nil, err }
	n, err := network.Load(nf.network)
	if err != nil {
		return fail(cli.BadInput(err))
	}
	if nf.onChain && n.ReceiptVerifier == (common.Address{}) {
		return fail(cli.BadInput(fmt.Errorf("%s names no receipt_verifier: --verify-on-chain needs a network deployed with one ('zkpool-node deploy' does)", nf.network)))
	}
	var max *big.Int
	if nf.maxPrice != "" {
		v, ok := new(big.Int).SetString(nf.maxPrice, 10)
		if !ok || v.Sign() <= 0 {
			return fail(cli.BadUsage("--max-price %q is not a positive number of wei", nf.maxPrice))
		}
		max = v
	}
	if nf.deadline <= 0 {
		return fail(cli.BadUsage("--deadline must be positive"))
	}
	var key keys.Key
	if nf.devKey >= 0 {
		key = keys.Dev(nf.devKey, nil)
	} else {
		ksDir := filepath.Join(nf.dataDir, "keystore")
		ks, err := keys.Open(ksDir, false)
		if err != nil {
			return fail(err)
		}
		if len(ks.Accounts()) == 0 && nf.account == "" {
			return fail(cli.BadUsage("no key in %s: put a funded key there (geth account import --keystore %s) or, on a testnet, give --dev-key N", ksDir, ksDir))
		}
		pw, err := keys.Password(nf.pwFile, os.Stdin, stderr)
		if err != nil {
			return fail(cli.BadInput(err))
		}
		if key, err = keys.LoadKey(ksDir, nf.account, pw); err != nil {
			return fail(cli.BadInput(err))
		}
	}
	st, err := setup.Open(setup.DefaultDir(), stderr)
	if err != nil {
		return fail(err)
	}
	arts, err := artifacts.Load(st, n.ArtifactCIDs)
	if errors.Is(err, artifacts.ErrMissing) && len(n.BootstrapPeers) > 0 {
		fmt.Fprintf(stderr, "fetching the network's artifacts from its nodes (%v)\n", err)
		fctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
		_, ferr := artifacts.FetchNetwork(fctx, n, st, cli.Logger(stderr, "warn"))
		cancel()
		if ferr != nil {
			return fail(fmt.Errorf("%v; fetching it from the network's nodes failed: %w", err, ferr))
		}
		arts, err = artifacts.Load(st, n.ArtifactCIDs)
	}
	if err != nil {
		return fail(cli.BadInput(err))
	}
	rc := requester.ConfigFor(nf.dataDir, n, arts, "")
	rc.MaxPrice, rc.Deadline = max, nf.deadline
	if nf.onChain {
		rc.Verifier = n.ReceiptVerifier
	}
	dctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	eth, err := chain.Dial(dctx, n.RPCURL)
	if err != nil {
		return fail(fmt.Errorf("chain at %s: %w (is it running?)", n.RPCURL, err))
	}
	log := cli.Logger(stderr, "warn")
	c, err := requester.New(rc, eth, key.Private(), log)
	if err != nil {
		eth.Close()
		return fail(err)
	}
	return &openedRequester{client: c, payer: key.Address(), network: n, close: func() { c.Close(); eth.Close() }}, nil
}

// taskInput builds the task input of a model and its samples.
func taskInput(model, input string, seg int) ([]byte, *tree.Model, error) {
	m, err := tree.LoadModel(model)
	if err != nil {
		return nil, nil, cli.BadInput(err)
	}
	in, err := tree.LoadInputs(input, m.NumFeatures)
	if err != nil {
		return nil, nil, cli.BadInput(err)
	}
	b, err := task.NewDtree(m, in, seg)
	if err != nil {
		return nil, nil, cli.BadInput(fmt.Errorf("%s: %w", model, err))
	}
	return b, m, nil
}

func proveNetwork(nf netFlags, model, input string, seg int, asJSON bool, stdout, stderr io.Writer) error {
	in, m, err := taskInput(model, input, seg)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	res, err := networkProve(ctx, nf, in, stderr, common.Address.Hex)
	if err != nil {
		return err
	}
	out := networkResult{TaskID: res.TaskID.Hex(), Predictions: res.Journal.Predictions, Verified: res.Verified, PricePaid: res.Price.String(),
		Node: res.Node.Hex(), FulfilTx: res.FulfilTx.Hex(), ReceiptCID: res.ReceiptCID.String(), Segments: len(res.Receipt.Segments), Quotes: res.Quotes,
		ElapsedSecs: res.Elapsed.Seconds()}
	if res.Verifier != (common.Address{}) {
		out.OnChainVerifier = res.Verifier.Hex()
	}
	for _, p := range res.Provers {
		out.Provers = append(out.Provers, p.Hex())
	}
	if len(m.ClassLabels) == m.NumClasses {
		for _, p := range out.Predictions {
			if p >= 0 && p < len(m.ClassLabels) {
				out.Labels = append(out.Labels, m.ClassLabels[p])
			}
		}
	}
	if asJSON {
		return json.NewEncoder(stdout).Encode(out)
	}
	distinct := map[string]bool{}
	for _, p := range out.Provers {
		distinct[p] = true
	}
	fmt.Fprintf(stdout, "verified: task %s, %d segments by %d provers, in %s\n", out.TaskID, out.Segments, len(distinct), res.Elapsed.Round(time.Millisecond))
	fmt.Fprintf(stdout, "node:        %s\nprice paid:  %s wei\nreceipt CID: %s\n", out.Node, out.PricePaid, out.ReceiptCID)
	if out.OnChainVerifier != "" {
		fmt.Fprintf(stdout, "on chain:    every seal checked by the receipt verifier %s before the contract paid\n", out.OnChainVerifier)
	}
	fmt.Fprintf(stdout, "predictions: %s\n", strings.Trim(fmt.Sprint(out.Predictions), "[]"))
	return nil
}

// networkProve pays the network of nf to prove in, printing its progress
// on stderr with provers and nodes named by name.
func networkProve(ctx context.Context, nf netFlags, in []byte, stderr io.Writer, name func(common.Address) string) (*requester.Result, error) {
	c, done, err := requesterClient(ctx, nf, stderr)
	if err != nil {
		return nil, err
	}
	defer done()
	named := func(v any) string {
		if s, ok := v.(string); ok && common.IsHexAddress(s) {
			return name(common.HexToAddress(s))
		}
		return fmt.Sprint(v)
	}
	res, err := c.Prove(ctx, in, func(stage string, d map[string]any) {
		switch stage {
		case "quote":
			fmt.Fprintf(stderr, "quote: node %v asks %v wei\n", named(d["node"]), d["price"])
		case "paid":
			fmt.Fprintf(stderr, "paid: task %v, node %v, %v wei; waiting for the proof\n", d["task"], named(d["node"]), d["price"])
		case "awarded":
			fmt.Fprintf(stderr, "segment %v awarded to %v for %v wei (attempt %v)\n", d["segment"], named(d["prover"]), d["price"], d["attempt"])
		case "attestation":
			fmt.Fprintf(stderr, "attested by verifier %v\n", named(d["verifier"]))
		case "fulfilment-reorged":
			fmt.Fprintf(stderr, "a chain reorganisation took the fulfil of task %v away; waiting for it again\n", d["task"])
		case "refunded":
			fmt.Fprintf(stderr, "deadline passed: task %v refunded\n", d["task"])
		case "verified":
			fmt.Fprintf(stderr, "receipt %v verified\n", d["receipt_cid"])
		}
	})
	switch {
	case errors.Is(err, requester.ErrRefunded):
		return nil, fmt.Errorf("the task missed its deadline of %s and was refunded: the price and a slice of the node's stake are credited to you (withdraw them from the contract)", nf.deadline)
	case errors.Is(err, context.Canceled):
		return nil, errors.New("interrupted (a paid task is refunded only once its deadline passes: run again later, or refund it on chain)")
	case err != nil:
		return nil, err
	}
	return res, nil
}

// flagSet reports whether the command line set flag name.
func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}
