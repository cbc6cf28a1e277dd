package main

import (
	"context"
	"encoding/json"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/zkpool/aoraki/chain/deploy"
	"github.com/zkpool/aoraki/chain/devchain"
	"github.com/zkpool/aoraki/chain/network"
	"github.com/zkpool/aoraki/chain/txmgr"
	"github.com/zkpool/aoraki/node/artifacts"
	"github.com/zkpool/aoraki/node/roguenode"
	"github.com/zkpool/aoraki/prover/dtree"
	"github.com/zkpool/aoraki/prover/setup"
	"github.com/zkpool/aoraki/prover/tree"
)

// writeSamples writes x as a CSV the CLI reads back exactly.
func writeSamples(t *testing.T, x [][]float64) string {
	t.Helper()
	var b strings.Builder
	for _, row := range x {
		for i, v := range row {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(strconv.FormatFloat(v, 'g', -1, 64))
		}
		b.WriteByte('\n')
	}
	p := filepath.Join(t.TempDir(), "samples.csv")
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// irisSamples are 8 Iris samples; edit may change them.
func irisSamples(t *testing.T, edit func(m *tree.Model, x [][]float64)) string {
	t.Helper()
	m, err := tree.LoadModel("../../" + irisModel)
	if err != nil {
		t.Fatal(err)
	}
	all, err := tree.LoadInputs("../../"+irisInput, m.NumFeatures)
	if err != nil {
		t.Fatal(err)
	}
	x := make([][]float64, 8)
	for i := range x {
		x[i] = append([]float64(nil), all[i*19]...)
	}
	if edit != nil {
		edit(m, x)
	}
	return writeSamples(t, x)
}

// A node alone in the verifier set fulfils with a lie: zkpool prove
// --network exits 1 and says the result does not verify, and prints no
// result (so no "verified": true) on stdout.
func TestProveNetworkExitsOneOnLyingNode(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	c, err := devchain.Start(ctx, devchain.DefaultConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	eth, err := c.Client()
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()
	m, err := txmgr.New(ctx, eth, devchain.DevKey(0), txmgr.DefaultConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := deploy.Aoraki(ctx, m, deploy.DefaultParams())
	m.Close()
	if err != nil {
		t.Fatal(err)
	}
	st, err := setup.Open(setup.DefaultDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	a, err := st.Ensure(dtree.Shape{Depth: 6, Nodes: 32, Features: 4, SegmentSize: 8})
	if err != nil {
		t.Fatal(err)
	}
	cids, err := artifacts.Publish(st, []*setup.Artifacts{a})
	if err != nil {
		t.Fatal(err)
	}
	nw := network.Network{ChainID: devchain.DefaultChainID, RPCURL: c.HTTPURL(), Contract: res.Address, DeployBlock: res.Block, ArtifactCIDs: cids}
	rogue, err := roguenode.Start(ctx, roguenode.Config{Network: nw.Name(), DataDir: filepath.Join(t.TempDir(), "rogue"),
		Contract: res.Address, DeployBlock: res.Block, Key: devchain.DevKey(1), Stake: big.NewInt(1e18), Setup: st, Price: big.NewInt(1e12)}, eth, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer rogue.Close()
	nw.BootstrapPeers = rogue.Addrs()
	netFile := filepath.Join(t.TempDir(), "network.json")
	if err := nw.Save(netFile); err != nil {
		t.Fatal(err)
	}
	samples := irisSamples(t, nil)
	prove := func() (string, string, int) {
		return zkpool(t, "prove", "--network", netFile, "--model", irisModel, "--input", samples, "--segment-size", "8",
			"--dev-key", "9", "--datadir", filepath.Join(t.TempDir(), "req"), "--deadline", "2m", "--json")
	}
	// The honest control: the harness fulfils what the CLI accepts.
	out, errOut, code := prove()
	var ok struct {
		Verified bool `json:"verified"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &ok) != nil || !ok.Verified {
		t.Fatalf("honest node: exit %d\nstdout: %s\nstderr: %s", code, out, errOut)
	}
	for _, lie := range []roguenode.Lie{roguenode.WrongResult, roguenode.TamperedReceipt, roguenode.WrongClaim} {
		t.Run(string(lie), func(t *testing.T) {
			rogue.SetLie(lie)
			out, errOut, code := prove()
			if code != 1 || strings.TrimSpace(out) != "" || !strings.Contains(errOut, "does not verify") {
				t.Fatalf("exit %d, want 1 with nothing on stdout and the refusal on stderr\nstdout: %s\nstderr: %s", code, out, errOut)
			}
		})
	}
}

// A receipt proven for a sample on a threshold stands for the sample one
// float step above it too (the fixed-point run is the same), although the
// model predicts another class there: prove --local refuses that sample,
// and verify refuses the receipt for it.
func TestVerifyRefusesBoundarySample(t *testing.T) {
	var feature int
	var threshold float64
	at := irisSamples(t, func(m *tree.Model, x [][]float64) {
		feature, threshold = m.Nodes[0].Feature, m.Nodes[0].Threshold
		x[0][feature] = threshold
	})
	above := irisSamples(t, func(m *tree.Model, x [][]float64) {
		x[0][feature] = math.Nextafter(threshold, math.Inf(1))
	})
	if _, errOut, code := zkpool(t, "prove", "--local", "--model", irisModel, "--input", above, "--segment-size", "8"); code != 2 || !strings.Contains(errOut, "quantisation") {
		t.Fatalf("prove of the boundary sample: exit %d, %s", code, errOut)
	}
	rf := filepath.Join(t.TempDir(), "r.json")
	if out, errOut, code := zkpool(t, "prove", "--local", "--model", irisModel, "--input", at, "--segment-size", "8", "--receipt", rf); code != 0 {
		t.Fatalf("prove on the threshold: exit %d\n%s\n%s", code, out, errOut)
	}
	if out, errOut, code := zkpool(t, "verify", "--model", irisModel, "--input", at, rf); code != 0 {
		t.Fatalf("verify on the threshold: exit %d\n%s\n%s", code, out, errOut)
	}
	out, errOut, code := zkpool(t, "verify", "--model", irisModel, "--input", above, rf)
	if code != 1 || !strings.Contains(errOut, "NOT VERIFIED") || !strings.Contains(errOut, "sample 1") {
		t.Fatalf("verify one step above: exit %d, want 1 and NOT VERIFIED\nstdout: %s\nstderr: %s", code, out, errOut)
	}
}
