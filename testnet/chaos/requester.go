package chaos

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/zkpool/aoraki/chain"
	"github.com/zkpool/aoraki/chain/keys"
	"github.com/zkpool/aoraki/chain/network"
	"github.com/zkpool/aoraki/chain/requester"
	"github.com/zkpool/aoraki/node/artifacts"
	"github.com/zkpool/aoraki/prover/setup"
	"github.com/zkpool/aoraki/prover/task"
	"github.com/zkpool/aoraki/prover/tree"
	"github.com/zkpool/aoraki/testnet"
)

// Workload is the task every scenario submits: a decision tree and its
// samples, with the predictions a correct proof must show.
type Workload struct {
	Input    []byte
	Expected []int
}

// IrisWorkload reads the shipped Iris task from examples/iris under root
// (the repository's root).
func IrisWorkload(root string) (*Workload, error) {
	dir := filepath.Join(root, "examples", "iris")
	m, err := tree.LoadModel(filepath.Join(dir, "tree_model.msgpack"))
	if err != nil {
		return nil, err
	}
	in, err := tree.LoadInputs(filepath.Join(dir, "iris_input_data.csv"), m.NumFeatures)
	if err != nil {
		return nil, err
	}
	b, err := task.NewDtree(m, in, 0)
	if err != nil {
		return nil, err
	}
	raw, err := os.ReadFile(filepath.Join(dir, "expected_predictions.csv"))
	if err != nil {
		return nil, err
	}
	w := &Workload{Input: b}
	for _, f := range strings.FieldsFunc(string(raw), func(r rune) bool { return r == ',' || r == '\n' || r == '\r' }) {
		v, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			return nil, fmt.Errorf("%s: %v", filepath.Join(dir, "expected_predictions.csv"), err)
		}
		w.Expected = append(w.Expected, v)
	}
	return w, nil
}

// openRequester builds a requester of tn's network paying with the
// requester's dev key, logging to logw.
func openRequester(ctx context.Context, tn *testnet.Testnet, dataDir string, deadline time.Duration, logw io.Writer) (*requester.Client, *ethclient.Client, error) {
	return openRequesterAs(ctx, tn, dataDir, deadline, logw, keys.Dev(testnet.RequesterDevKey, nil).Private(), nil)
}

// openRequesterAs is openRequester paying with key, its configuration
// changed by tweak (if set).
func openRequesterAs(ctx context.Context, tn *testnet.Testnet, dataDir string, deadline time.Duration, logw io.Writer,
	key *ecdsa.PrivateKey, tweak func(*requester.Config)) (*requester.Client, *ethclient.Client, error) {
	st := tn.State()
	n, err := network.Load(st.NetworkFile)
	if err != nil {
		return nil, nil, err
	}
	ss, err := setup.Open(setup.DefaultDir(), nil)
	if err != nil {
		return nil, nil, err
	}
	arts, err := artifacts.Load(ss, n.ArtifactCIDs)
	if err != nil {
		return nil, nil, err
	}
	rc := requester.ConfigFor(dataDir, n, arts, "")
	if deadline > 0 {
		rc.Deadline = deadline
	}
	if tweak != nil {
		tweak(&rc)
	}
	dctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	eth, err := chain.Dial(dctx, n.RPCURL)
	if err != nil {
		return nil, nil, err
	}
	log := slog.New(slog.NewTextHandler(logw, &slog.HandlerOptions{Level: slog.LevelInfo}))
	c, err := requester.New(rc, eth, key, log)
	if err != nil {
		eth.Close()
		return nil, nil, err
	}
	return c, eth, nil
}
