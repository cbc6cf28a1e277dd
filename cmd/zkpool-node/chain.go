package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"syscall"

	"github.com/zkpool/aoraki/chain/devchain"
	"github.com/zkpool/aoraki/chain/network"

	"github.com/zkpool/aoraki/cmd/internal/cli"
)

const chainExamples = `  zkpool-node chain --datadir testnet            (port from testnet/network.json, else 8545)
  zkpool-node chain --datadir testnet --period 2
  zkpool-node chain --datadir testnet --host 10.64.0.2 --port 8545`

func runChain(args []string, stdout, stderr io.Writer) error {
	fs := app.Flags("chain", "--datadir D [flags]", chainExamples, stderr)
	dataDir := fs.String("datadir", "", "data directory (the chain is kept in DATADIR/chain)")
	port := fs.Int("port", 0, "port of JSON-RPC (default: the one in DATADIR/network.json, else 8545)")
	host := fs.String("host", "127.0.0.1", "IP address JSON-RPC listens on (a testnet's own address in a network namespace)")
	period := fs.Uint64("period", 1, "block period in seconds (0: a block for each transaction)")
	admin := fs.Bool("admin", false, "serve the fault hooks (devchain_reorg, devchain_setMinerTip) on JSON-RPC: for fault tests only")
	if err := cli.Parse(fs, args, false); err != nil {
		return err
	}
	if *dataDir == "" {
		return cli.BadUsage("--datadir is required")
	}
	if *port < 0 || *port > 65535 {
		return cli.BadUsage("--port %d out of range", *port)
	}
	if net.ParseIP(*host) == nil {
		return cli.BadUsage("--host %q: want an IP address", *host)
	}
	if *port == 0 {
		*port = 8545
		if n, err := network.Load(filepath.Join(*dataDir, network.FileName)); err == nil {
			if u, err := url.Parse(n.RPCURL); err == nil {
				if p, err := strconv.Atoi(u.Port()); err == nil {
					*port = p
				}
			}
		}
	}
	cc := devchain.DefaultConfig()
	cc.DataDir, cc.Host, cc.Port, cc.Period, cc.Admin = filepath.Join(*dataDir, "chain"), *host, *port, *period, *admin
	log := cli.Logger(stderr, "warn")
	c, err := devchain.New(cc, log)
	if err != nil {
		return cli.BadUsage("%v", err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := c.Start(ctx); err != nil {
		return fmt.Errorf("embedded chain: %w", err)
	}
	fmt.Fprintf(stdout, "chain %s serving JSON-RPC on %s and %s (Ctrl-C stops)\n", c.ChainID(), c.HTTPURL(), c.WSURL())
	<-ctx.Done()
	return c.Close()
}
