package consensus

import (
	"context"
	"errors"
	"github.com/zkpool/aoraki/prover/programs"
	"math"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkpool/aoraki/protocol/cids"
	"github.com/zkpool/aoraki/prover/dtree"
	"github.com/zkpool/aoraki/prover/local"
	"github.com/zkpool/aoraki/prover/setup"
	"github.com/zkpool/aoraki/prover/task"
	"github.com/zkpool/aoraki/prover/tree"
)

const irisDir = "../../prover/tree/testdata/smartcore-iris/"

// boundaryInputs returns two task inputs of the Iris model, 8 samples in
// one segment, equal but for sample 1's root feature: at the root's
// threshold (float and fixed point both go left) and one float step above
// it (float goes right, fixed point, one step wide, still left). Their
// fixed-point values, and so their proofs, are the same.
func boundaryInputs(t *testing.T) (at, above []byte) {
	t.Helper()
	m, err := tree.LoadModel(irisDir + "tree_model.msgpack")
	if err != nil {
		t.Fatal(err)
	}
	x, err := tree.LoadInputs(irisDir+"iris_input_data.csv", m.NumFeatures)
	if err != nil {
		t.Fatal(err)
	}
	root := m.Nodes[0]
	samples := func(v float64) [][]float64 {
		out := make([][]float64, 8)
		for i := range out {
			out[i] = append([]float64(nil), x[i*19]...)
		}
		out[0][root.Feature] = v
		return out
	}
	if at, err = task.NewDtree(m, samples(root.Threshold), 8); err != nil {
		t.Fatal(err)
	}
	if above, err = task.NewDtree(m, samples(math.Nextafter(root.Threshold, math.Inf(1))), 8); err != nil {
		t.Fatal(err)
	}
	return at, above
}

// A node that skips the executor's refusal proves a sample one float step
// above a threshold as if it were on it (the fixed-point run is the same)
// and proposes it: the receipt verifies, but the float model, which the
// requester asked about, predicts another class for it. The verifier
// applies the executor's refusal and does not attest.
func TestVerifierRefusesSampleAtThresholdBoundary(t *testing.T) {
	at, above := boundaryInputs(t)
	tkAbove, err := task.Open(above, programs.Bases{})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := tkAbove.Execute(); !errors.Is(err, dtree.ErrQuantisation) {
		t.Fatalf("the executor ran the boundary sample: %v", err)
	}
	// The bypass: execute and prove the input on the threshold.
	tkAt, err := task.Open(at, programs.Bases{})
	if err != nil {
		t.Fatal(err)
	}
	sess, journal, err := tkAt.Execute()
	if err != nil {
		t.Fatal(err)
	}
	st, err := setup.Open(setup.DefaultDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	prover := common.Address{0xbe, 0xef}
	id := common.Hash{0x42} // both cases ask about this one task
	res, err := (&local.Prover{Store: st, Address: prover, Task: id, Price: big.NewInt(300)}).Prove(context.Background(), sess)
	if err != nil {
		t.Fatal(err)
	}
	var segs [][]byte
	for _, s := range res.Receipt.Segments {
		b, _ := s.MarshalBinary()
		segs = append(segs, b)
	}
	f := newFixture(t)
	price := big.NewInt(1000)
	var awards []Award
	for range res.Receipt.Segments {
		awards = append(awards, Award{prover, big.NewInt(300)})
	}
	payouts, _ := Payouts(f.node, price, awards)
	for _, c := range []struct {
		name  string
		input []byte
		tk    *task.Task
		want  error
	}{
		{"on the threshold", at, tkAt, nil},
		{"one step above", above, tkAbove, ErrRefused},
	} {
		// The proposal builds and its receipt verifies for both inputs.
		prop, err := Build(st, id, c.tk, journal, segs, payouts)
		if err != nil {
			t.Fatalf("%s: build: %v", c.name, err)
		}
		inCID := cids.Of(c.input)
		f.blobs[inCID.String()] = c.input
		f.blobs[prop.ReceiptCID.String()] = prop.Receipt
		f.chain.tasks[id] = OnChainTask{Node: f.node, ProgramID: common.Hash(c.tk.ProgramID()), InputDigest: common.Hash(inputDigest(t, c.tk)),
			Price: price, Deadline: time.Now().Add(time.Hour), Open: true}
		f.chain.sets[id] = f.chain.sets[f.id]
		_, err = f.verifier(1).Check(context.Background(), f.node, prop.Request(inCID, nil))
		switch {
		case c.want == nil && err != nil:
			t.Fatalf("%s: %v", c.name, err)
		case c.want != nil && (!errors.Is(err, c.want) || !errors.Is(err, dtree.ErrQuantisation) || !strings.Contains(err.Error(), "sample 1")):
			t.Fatalf("%s: err = %v, want the executor's quantisation refusal of sample 1", c.name, err)
		}
	}
}
