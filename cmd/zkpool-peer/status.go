package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/zkpool/aoraki/chain"
	"github.com/zkpool/aoraki/chain/aoraki"
	"github.com/zkpool/aoraki/chain/keys"
	"github.com/zkpool/aoraki/chain/network"
	"github.com/zkpool/aoraki/chain/txmgr"
	"github.com/zkpool/aoraki/node/config"
	"github.com/zkpool/aoraki/protocol/status"

	"github.com/zkpool/aoraki/cmd/internal/cli"
)

const statusExamples = `  zkpool-peer status
  zkpool-peer status --datadir p1 --json`

const withdrawExamples = `  zkpool-peer withdraw
  zkpool-peer withdraw --datadir p1`

func newKey() (*ecdsa.PrivateKey, error) { return crypto.GenerateKey() }

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

// payoutAddress is the address of the data dir's key, without decrypting it.
func payoutAddress(dataDir string) (common.Address, error) {
	ks, err := keys.Open(filepath.Join(dataDir, "keystore"), false)
	if err != nil {
		return common.Address{}, err
	}
	a := ks.Accounts()
	if len(a) == 0 {
		return common.Address{}, cli.BadUsage("no payout key in %s: run 'zkpool-peer join' first", dataDir)
	}
	return a[0], nil
}

// contractOf dials the chain of the network the data dir joined.
func contractOf(ctx context.Context, dataDir string, tx *txmgr.Manager) (*aoraki.Client, *ethclient.Client, error) {
	n, err := network.Load(filepath.Join(dataDir, network.FileName))
	if err != nil {
		// Joined by a node's address: the network file it described.
		j, jerr := loadJoined(dataDir)
		if jerr != nil {
			return nil, nil, cli.BadUsage("no network file in %s: run 'zkpool-peer join --network FILE' or 'zkpool-peer join MULTIADDR' first", dataDir)
		}
		n = j.Description
	}
	eth, err := chain.Dial(ctx, n.RPCURL)
	if err != nil {
		return nil, nil, fmt.Errorf("chain at %s: %w", n.RPCURL, err)
	}
	id, err := eth.ChainID(ctx)
	if err != nil {
		eth.Close()
		return nil, nil, fmt.Errorf("chain at %s: %w (is it running?)", n.RPCURL, err)
	}
	c, err := aoraki.New(eth, tx, n.Contract, id)
	if err != nil {
		eth.Close()
		return nil, nil, err
	}
	return c, eth, nil
}

func runStatus(args []string, stdout, stderr io.Writer) error {
	fs := app.Flags("status", "[--datadir D] [--json]", statusExamples, stderr)
	dataDir := fs.String("datadir", config.DataDir("zkpool-peer"), "data directory of the prover")
	asJSON := fs.Bool("json", false, "print one JSON object")
	if err := cli.Parse(fs, args, false); err != nil {
		return err
	}
	addr, err := payoutAddress(*dataDir)
	if err != nil {
		return err
	}
	out := struct {
		status.Prover
		Running bool   `json:"running"`
		Balance string `json:"balance_wei"`
	}{}
	if s, err := status.ReadProver(*dataDir); err == nil {
		out.Prover, out.Running = *s, true
	}
	out.PayoutAddress = addr.Hex()
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	c, eth, err := contractOf(ctx, *dataDir, nil)
	if err != nil {
		return err
	}
	defer eth.Close()
	bal, err := c.Balance(ctx, addr)
	if err != nil {
		return err
	}
	out.Balance = bal.String()
	if *asJSON {
		return json.NewEncoder(stdout).Encode(out)
	}
	fmt.Fprintf(stdout, "payout address  %s\nrunning         %v\n", out.PayoutAddress, out.Running)
	if out.Running {
		fmt.Fprintf(stdout, "peers           %d\nbids            %d\nawards          %d\nsegments proven %d\ndelivered       %d\nfailed          %d\nearned          %s wei\n",
			out.ConnectedPeers, out.Bids, out.Awards, out.Proven, out.Delivered, out.Failed, out.Earned)
	}
	fmt.Fprintf(stdout, "balance         %s wei (credited by the contract; 'zkpool-peer withdraw' sends it to the payout address)\n", out.Balance)
	return nil
}

func runWithdraw(args []string, stdout, stderr io.Writer) error {
	fs := app.Flags("withdraw", "[--datadir D]", withdrawExamples, stderr)
	dataDir := fs.String("datadir", config.DataDir("zkpool-peer"), "data directory of the prover")
	pwFile := fs.String("password-file", "", "keystore password file (else $ZKPOOL_PASSWORD, else DATADIR/password)")
	if err := cli.Parse(fs, args, false); err != nil {
		return err
	}
	if _, err := payoutAddress(*dataDir); err != nil {
		return err
	}
	key, _, err := payoutKey(*dataDir, *pwFile, -1, false, stderr)
	if err != nil {
		return cli.BadInput(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	ro, eth, err := contractOf(ctx, *dataDir, nil)
	if err != nil {
		return err
	}
	defer eth.Close()
	bal, err := ro.Balance(ctx, key.Address())
	if err != nil {
		return err
	}
	if bal.Sign() == 0 {
		fmt.Fprintf(stdout, "nothing to withdraw: %s has no balance with the contract\n", key.Address())
		return nil
	}
	m, err := txmgr.New(ctx, eth, key.Private(), txmgr.DefaultConfig(), cli.Logger(stderr, "warn"))
	if err != nil {
		return err
	}
	defer m.Close()
	c, eth2, err := contractOf(ctx, *dataDir, m)
	if err != nil {
		return err
	}
	defer eth2.Close()
	rc, err := c.Withdraw(ctx)
	if err != nil {
		return fmt.Errorf("withdraw %s wei: %w (the payout address pays the gas: does it hold ether?)", bal, err)
	}
	fmt.Fprintf(stdout, "withdrew %s wei to %s (tx %s, block %s)\n", bal, key.Address(), rc.TxHash.Hex(), new(big.Int).Set(rc.BlockNumber))
	return nil
}
