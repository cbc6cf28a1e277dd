package main

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/zkpool/aoraki/chain"
	"github.com/zkpool/aoraki/chain/keys"
	"github.com/zkpool/aoraki/chain/network"
	"github.com/zkpool/aoraki/chain/txmgr"

	"github.com/zkpool/aoraki/cmd/internal/cli"
)

const fundExamples = `  zkpool-node fund --network testnet/network.json --to 0x725479aC381Bf027016e843ef9140DEa79e3fF72
  zkpool-node fund --network testnet/network.json --to 0x7254... --ether 5 --dev-key 3`

// runFund sends ether from a development key: on a testnet, it pays a new
// node's stake and gas, or a prover's gas for withdraw.
func runFund(args []string, stdout, stderr io.Writer) error {
	fs := app.Flags("fund", "--network FILE --to ADDRESS [--ether N]", fundExamples, stderr)
	netFile := fs.String("network", "", "network file (its chain is the one funded on)")
	to := fs.String("to", "", "address to fund")
	ether := fs.Int64("ether", 10, "whole ether to send")
	devKey := fs.Int("dev-key", 0, "the public development key N that pays (testnets only)")
	if err := cli.Parse(fs, args, false); err != nil {
		return err
	}
	switch {
	case *netFile == "":
		return cli.BadUsage("--network FILE is required")
	case !common.IsHexAddress(*to):
		return cli.BadUsage("--to %q is not an Ethereum address", *to)
	case *ether <= 0:
		return cli.BadUsage("--ether must be positive")
	case *devKey < 0:
		return cli.BadUsage("--dev-key must not be negative")
	}
	n, err := network.Load(*netFile)
	if err != nil {
		return cli.BadInput(err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	eth, err := chain.Dial(ctx, n.RPCURL)
	if err != nil {
		return fmt.Errorf("chain at %s: %w (is it running?)", n.RPCURL, err)
	}
	defer eth.Close()
	key := keys.Dev(*devKey, cli.Logger(stderr, "warn"))
	m, err := txmgr.New(ctx, eth, key.Private(), txmgr.DefaultConfig(), cli.Logger(stderr, "warn"))
	if err != nil {
		return err
	}
	defer m.Close()
	dst := common.HexToAddress(*to)
	value := new(big.Int).Mul(big.NewInt(*ether), big.NewInt(params.Ether))
	rc, err := m.Transact(ctx, &dst, value, nil)
	if err != nil {
		return fmt.Errorf("fund %s: %w", dst, err)
	}
	bal, err := eth.BalanceAt(ctx, dst, nil)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "sent %d ether to %s (tx %s); it holds %s wei\n", *ether, dst, rc.TxHash.Hex(), bal)
	return nil
}
