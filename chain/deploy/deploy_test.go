package deploy_test

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/zkpool/aoraki/chain/contracts"
	"github.com/zkpool/aoraki/chain/deploy"
	"github.com/zkpool/aoraki/chain/devchain"
	"github.com/zkpool/aoraki/chain/network"
	"github.com/zkpool/aoraki/chain/txmgr"
)

func TestDeployWritesNetworkFile(t *testing.T) {
	ctx := context.Background()
	c, err := devchain.Start(ctx, devchain.DefaultConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	cl, err := c.Client()
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	m, err := txmgr.New(ctx, cl, devchain.DevKey(0), txmgr.DefaultConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()

	res, err := deploy.Aoraki(ctx, m, deploy.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	ab := contracts.NewAoraki()
	ms, err := bind.Call(ab.Instance(cl, res.Address), nil, ab.PackMinStake(), ab.UnpackMinStake)
	if err != nil || ms.Cmp(deploy.DefaultParams().MinStake) != 0 {
		t.Fatalf("minStake on chain %v, %v", ms, err)
	}
	bps, err := bind.Call(ab.Instance(cl, res.Address), nil, ab.PackSlashBps(), ab.UnpackSlashBps)
	if err != nil || bps != deploy.DefaultParams().SlashBps {
		t.Fatalf("slashBps on chain %v, %v", bps, err)
	}
	// Validate's bound is the contract's own.
	maxDelay, err := bind.Call(ab.Instance(cl, res.Address), nil, ab.PackMAXDEREGISTRATIONDELAY(), ab.UnpackMAXDEREGISTRATIONDELAY)
	if err != nil || maxDelay != deploy.MaxDeregistrationDelay {
		t.Fatalf("MAX_DEREGISTRATION_DELAY on chain %v, %v; deploy holds %d", maxDelay, err, deploy.MaxDeregistrationDelay)
	}
	path := filepath.Join(t.TempDir(), network.FileName)
	if err := res.Network(c.ChainID(), c.WSURL(), nil, map[string]string{"dtree": "bafk"}).Save(path); err != nil {
		t.Fatal(err)
	}
	n, err := network.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if n.Contract != res.Address || n.DeployBlock != res.Block || n.ChainID != devchain.DefaultChainID || n.RPCURL != c.WSURL() {
		t.Fatalf("network file %+v for %+v", n, res)
	}

	bad := deploy.DefaultParams()
	bad.SlashBps = deploy.MaxSlashBps + 1
	if _, err := deploy.Aoraki(ctx, m, bad); !errors.Is(err, deploy.ErrInvalidParams) {
		t.Fatalf("bad params: %v", err)
	}
	for name, mutate := range map[string]func(*deploy.Params){
		"no stake":       func(p *deploy.Params) { p.MinStake = nil },
		"stake > 2^96":   func(p *deploy.Params) { p.MinStake = new(big.Int).Lsh(big.NewInt(1), 96) },
		"slash > price":  func(p *deploy.Params) { p.SlashBps = deploy.MaxSlashBps + 1 },
		"delay > 1 year": func(p *deploy.Params) { p.DeregistrationDelay = deploy.MaxDeregistrationDelay + 1 },
		"quorum":         func(p *deploy.Params) { p.QuorumNumerator = 0 },
		"quorum>1":       func(p *deploy.Params) { p.QuorumNumerator, p.QuorumDenominator = 4, 3 },
	} {
		p := deploy.DefaultParams()
		mutate(&p)
		if !errors.Is(p.Validate(), deploy.ErrInvalidParams) {
			t.Errorf("%s accepted", name)
		}
	}
}
