package lifecycle_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/zkpool/aoraki/chain/devchain"
	"github.com/zkpool/aoraki/chain/lifecycle"
)

func keys() lifecycle.Keys {
	return lifecycle.Keys{
		Deployer:  devchain.DevKey(0),
		Requester: devchain.DevKey(1),
		Nodes:     [3]*ecdsa.PrivateKey{devchain.DevKey(2), devchain.DevKey(3), devchain.DevKey(4)},
	}
}

func checkReport(t *testing.T, rep *lifecycle.Report) {
	t.Helper()
	want := []string{"NodeRegistered", "TaskPublished", "TaskFulfilled", "Withdrawn", "TaskRefunded"}
	for _, name := range want {
		if !slices.Contains(rep.Events, name) {
			t.Errorf("watcher never delivered %s (got %v)", name, rep.Events)
		}
	}
	if rep.Fulfilled == (common.Hash{}) || rep.Refunded == (common.Hash{}) || rep.RevertError == nil || rep.SelfAttest == nil ||
		rep.Slashed == nil || rep.Slashed.Sign() <= 0 {
		t.Errorf("incomplete report %+v", rep)
	}
	t.Logf("events %v; submitTask %d gas, fulfill %d gas; slashed %s wei; decoded: %v; %v", rep.Events, rep.GasSubmit, rep.GasFulfill,
		rep.Slashed, rep.RevertError, rep.SelfAttest)
}

func TestLifecycleEmbeddedChain(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c, err := devchain.Start(ctx, devchain.DefaultConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	cl, err := ethclient.DialContext(ctx, c.WSURL())
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	rep, err := lifecycle.Run(ctx, cl, keys(), nil)
	if err != nil {
		t.Fatal(err)
	}
	checkReport(t, rep)
}

// gethBinary finds geth: $ZKPOOL_GETH, else <repo>/.bin/geth (make tools installs it).
func gethBinary(t *testing.T) string {
	if p := os.Getenv("ZKPOOL_GETH"); p != "" {
		return p
	}
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("repository root (go.mod) not found")
		}
		dir = parent
	}
	p := filepath.Join(dir, ".bin", "geth")
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("geth not found at %s and ZKPOOL_GETH is unset: run `make tools` (it runs "+
			"GOBIN=$(pwd)/.bin go install github.com/ethereum/go-ethereum/cmd/geth@<go.mod version>)", p)
	}
	return p
}

// The same lifecycle against a real `geth --dev` process, over IPC.
func TestLifecycleGethDev(t *testing.T) {
	bin := gethBinary(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	dir, err := os.MkdirTemp("", "geth")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	ipc := filepath.Join(dir, "geth.ipc")
	var logs bytes.Buffer
	cmd := exec.Command(bin, "--dev", "--dev.period", "0", "--dev.gaslimit", "60000000",
		"--datadir", filepath.Join(dir, "data"), "--ipcpath", ipc,
		"--port", "0", "--nodiscover", "--maxpeers", "0", "--authrpc.port", "0", "--verbosity", "3")
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		t.Fatalf("start geth: %v", err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		if t.Failed() {
			t.Logf("geth output:\n%s", logs.String())
		}
	})

	// Wait for the IPC endpoint to answer.
	var rc *rpc.Client
	for rc == nil {
		if c, err := rpc.DialContext(ctx, ipc); err == nil {
			var n hexutil.Uint64
			if err := c.CallContext(ctx, &n, "eth_blockNumber"); err == nil {
				rc = c
				break
			}
			c.Close()
		}
		select {
		case <-ctx.Done():
			t.Fatal("geth --dev did not start serving IPC")
		case <-time.After(50 * time.Millisecond): // polling for the process, not a timed assertion
		}
	}
	defer rc.Close()
	cl := ethclient.NewClient(rc)

	// Fund the actors from geth's unlocked dev account.
	var accounts []common.Address
	if err := rc.CallContext(ctx, &accounts, "eth_accounts"); err != nil || len(accounts) == 0 {
		t.Fatalf("eth_accounts: %v %v", accounts, err)
	}
	actors := []common.Address{devchain.DevAddress(0), devchain.DevAddress(1), devchain.DevAddress(2), devchain.DevAddress(3), devchain.DevAddress(4)}
	for _, a := range actors {
		var h common.Hash
		tx := map[string]any{"from": accounts[0], "to": a, "value": (*hexutil.Big)(new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether)))}
		if err := rc.CallContext(ctx, &h, "eth_sendTransaction", tx); err != nil {
			t.Fatalf("fund %s: %v", a, err)
		}
	}
	for _, a := range actors {
		for {
			bal, err := cl.BalanceAt(ctx, a, nil)
			if err == nil && bal.Sign() > 0 {
				break
			}
			select {
			case <-ctx.Done():
				t.Fatalf("%s never funded", a)
			case <-time.After(50 * time.Millisecond):
			}
		}
	}
	rep, err := lifecycle.Run(ctx, cl, keys(), nil)
	if err != nil {
		t.Fatal(err)
	}
	checkReport(t, rep)
}
