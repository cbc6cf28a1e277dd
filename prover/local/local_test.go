package local_test

import (
	"context"
	"encoding/csv"
	"errors"
	"github.com/zkpool/aoraki/prover/programs"
	"math/big"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkpool/aoraki/prover/dtree"
	"github.com/zkpool/aoraki/prover/hashchain"
	"github.com/zkpool/aoraki/prover/local"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/setup"
	"github.com/zkpool/aoraki/prover/tree"
)

const irisDir = "../tree/testdata/smartcore-iris/"

func store(t testing.TB) *setup.Store {
	t.Helper()
	s, err := setup.Open(setup.DefaultDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func expected(t testing.TB) []int {
	t.Helper()
	f, err := os.Open(irisDir + "expected_predictions.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rec, err := csv.NewReader(f).Read()
	if err != nil {
		t.Fatal(err)
	}
	out := make([]int, len(rec))
	for i, v := range rec {
		if out[i], err = strconv.Atoi(strings.TrimSpace(v)); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// irisTask is the task id the Iris receipt is bound to.
var irisTask = [32]byte{0x7A, 0x5C}

type iris struct {
	prog   *dtree.Program
	inputs [][]float64
	sess   *dtree.Session
	res    *local.Result
}

var (
	irisOnce sync.Once
	irisRun  iris
	irisErr  error
)

// provenIris proves the Iris task once for all tests of this package.
func provenIris(t testing.TB) iris {
	t.Helper()
	irisOnce.Do(func() {
		m, err := tree.LoadModel(irisDir + "tree_model.msgpack")
		if err != nil {
			irisErr = err
			return
		}
		in, err := tree.LoadInputs(irisDir+"input_data.msgpack", m.NumFeatures)
		if err != nil {
			irisErr = err
			return
		}
		p, err := dtree.Open(m, 64, programs.Bases{})
		if err != nil {
			irisErr = err
			return
		}
		sess, err := p.Execute(in)
		if err != nil {
			irisErr = err
			return
		}
		lp := &local.Prover{Store: store(t), Address: [20]byte{0xAA}, Task: irisTask}
		res, err := lp.Prove(context.Background(), &sess.Session)
		if err != nil {
			irisErr = err
			return
		}
		irisRun = iris{prog: p, inputs: in, sess: sess, res: res}
	})
	if irisErr != nil {
		t.Fatal(irisErr)
	}
	return irisRun
}

func TestIrisProvenJournalMatchesSmartcore(t *testing.T) {
	r := provenIris(t)
	want := expected(t)
	if len(r.sess.Predictions) != len(want) {
		t.Fatalf("%d predictions, want %d", len(r.sess.Predictions), len(want))
	}
	for i := range want {
		if r.sess.Predictions[i] != want[i] {
			t.Fatalf("sample %d: predicted %d, smartcore %d", i+1, r.sess.Predictions[i], want[i])
		}
	}
	if n := len(r.res.Receipt.Segments); n != 3 {
		t.Fatalf("150 samples at 64 per segment gave %d segments, want 3", n)
	}
	// The verifier recomputes the final state from inputs and journal only.
	exp, err := r.prog.Expect(r.inputs, want)
	if err != nil {
		t.Fatal(err)
	}
	exp.Task = irisTask
	if d, err := r.prog.InputDigest(r.inputs); err != nil || d != exp.InputFinal {
		t.Fatalf("input digest %s (%v), the receipt's input chain ends at %s", d, err, exp.InputFinal)
	}
	if err := r.res.Receipt.Verify(store(t), exp); err != nil {
		t.Fatalf("composite receipt for the expected predictions: %v", err)
	}
}

func TestReceiptRoundTrip(t *testing.T) {
	r := provenIris(t)
	b, err := r.res.Receipt.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back receipt.CompositeReceipt
	if err := back.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	b2, _ := back.MarshalBinary()
	if string(b) != string(b2) {
		t.Fatal("encoding does not round-trip")
	}
	e := r.sess.Expect
	e.Task = irisTask
	if err := back.Verify(store(t), e); err != nil {
		t.Fatal(err)
	}
	for _, cut := range []int{0, 3, 5, len(b) / 2, len(b) - 1} {
		var x receipt.CompositeReceipt
		if err := x.UnmarshalBinary(b[:cut]); !errors.Is(err, receipt.ErrEncoding) {
			t.Errorf("truncated to %d bytes: err = %v, want ErrEncoding", cut, err)
		}
	}
	var x receipt.CompositeReceipt
	if err := x.UnmarshalBinary(append(b, 0)); !errors.Is(err, receipt.ErrEncoding) {
		t.Errorf("trailing byte: err = %v", err)
	}
}

func clone(c *receipt.CompositeReceipt) *receipt.CompositeReceipt {
	out := &receipt.CompositeReceipt{Task: c.Task, Segments: make([]receipt.SegmentReceipt, len(c.Segments))}
	for i, s := range c.Segments {
		s.Seal = append([]byte(nil), s.Seal...)
		out.Segments[i] = s
	}
	return out
}

func TestSoundness(t *testing.T) {
	r := provenIris(t)
	st := store(t)
	want := expected(t)

	// A hashchain segment, to present its seal as a dtree one.
	hc, err := hashchain.Execute(hashchain.Task{Seed: fr.NewElement(7), Steps: 3}, 4)
	if err != nil {
		t.Fatal(err)
	}
	hres, err := (&local.Prover{Store: st, Task: irisTask}).Prove(context.Background(), &hc.Session)
	if err != nil {
		t.Fatal(err)
	}
	expect := r.sess.Expect
	expect.Task = irisTask

	otherModel := &tree.Model{NumFeatures: 4, NumClasses: 3, Nodes: []tree.Node{
		{Feature: 2, Threshold: 2.45, Left: 1, Right: 2}, {Leaf: true, Class: 0}, {Leaf: true, Class: 2}}}
	other, err := dtree.Open(otherModel, 64, programs.Bases{})
	if err != nil {
		t.Fatal(err)
	}
	otherExp, err := other.Expect(r.inputs, want)
	if err != nil {
		t.Fatal(err)
	}
	otherExp.Task = irisTask
	changed := append([]int(nil), want...)
	changed[77] = (changed[77] + 1) % 3
	changedExp, err := r.prog.Expect(r.inputs, changed)
	if err != nil {
		t.Fatal(err)
	}
	changedExp.Task = irisTask
	// Another input: the same samples but one, as a node proving on data
	// other than the requester's would produce. (The input digest commits to
	// the quantised samples, which decide every prediction: values outside
	// the model's threshold range clamp, so a versicolor's petal length is
	// changed, inside the range.)
	otherInputs := append([][]float64(nil), r.inputs...)
	otherInputs[60] = append([]float64(nil), r.inputs[60]...)
	otherInputs[60][2] += 0.01
	otherInExp, err := r.prog.Expect(otherInputs, want)
	if err != nil {
		t.Fatal(err)
	}
	otherInExp.Task = irisTask
	wrongInit := expect
	wrongInit.Initial = expect.Final

	cases := []struct {
		name   string
		mutate func(c *receipt.CompositeReceipt) receipt.Expect
		want   error
	}{
		{"tampered seal", func(c *receipt.CompositeReceipt) receipt.Expect {
			c.Segments[1].Seal[40] ^= 1
			return expect
		}, receipt.ErrSeal},
		{"segments swapped", func(c *receipt.CompositeReceipt) receipt.Expect {
			c.Segments[0], c.Segments[1] = c.Segments[1], c.Segments[0]
			return expect
		}, receipt.ErrMismatch},
		{"segments swapped and renumbered", func(c *receipt.CompositeReceipt) receipt.Expect {
			c.Segments[0], c.Segments[1] = c.Segments[1], c.Segments[0]
			c.Segments[0].Claim.Index, c.Segments[1].Claim.Index = 0, 1
			return expect
		}, receipt.ErrInitialState},
		{"middle segment dropped", func(c *receipt.CompositeReceipt) receipt.Expect {
			c.Segments = append(c.Segments[:1], c.Segments[2:]...)
			c.Segments[1].Claim.Index = 1
			e := expect
			e.Segments = 0
			return e
		}, receipt.ErrChain},
		{"last segment dropped", func(c *receipt.CompositeReceipt) receipt.Expect {
			c.Segments = c.Segments[:2]
			e := expect
			e.Segments = 0
			return e
		}, receipt.ErrFinalState},
		{"different model", func(c *receipt.CompositeReceipt) receipt.Expect { return otherExp }, receipt.ErrMismatch},
		{"different model claimed", func(c *receipt.CompositeReceipt) receipt.Expect {
			for i := range c.Segments {
				c.Segments[i].Claim.ProgramID = otherExp.ProgramID
			}
			e := expect
			e.ProgramID = otherExp.ProgramID
			return e
		}, receipt.ErrSeal},
		{"changed prediction", func(c *receipt.CompositeReceipt) receipt.Expect { return changedExp }, receipt.ErrFinalState},
		{"changed prediction with forged final state", func(c *receipt.CompositeReceipt) receipt.Expect {
			c.Segments[2].Claim.StateOut = changedExp.Final
			return changedExp
		}, receipt.ErrSeal},
		{"wrong initial state", func(c *receipt.CompositeReceipt) receipt.Expect { return wrongInit }, receipt.ErrInitialState},
		{"receipt for another input", func(c *receipt.CompositeReceipt) receipt.Expect { return otherInExp }, receipt.ErrInput},
		{"input chain end forged to another input", func(c *receipt.CompositeReceipt) receipt.Expect {
			c.Segments[2].Claim.InputOut = otherInExp.InputFinal
			return otherInExp
		}, receipt.ErrSeal},
		{"prover re-labelled (a node paying itself)", func(c *receipt.CompositeReceipt) receipt.Expect {
			c.Segments[1].Prover = [20]byte{0xBB}
			return expect
		}, receipt.ErrSeal},
		{"price changed (a node underpaying its prover)", func(c *receipt.CompositeReceipt) receipt.Expect {
			c.Segments[1].Price = big.NewInt(1)
			return expect
		}, receipt.ErrSeal},
		{"seals replayed in another task", func(c *receipt.CompositeReceipt) receipt.Expect {
			e := expect
			e.Task = [32]byte{0x01}
			c.Task = e.Task
			for i := range c.Segments {
				c.Segments[i].Task = e.Task
			}
			return e
		}, receipt.ErrSeal},
		{"a receipt of another task", func(c *receipt.CompositeReceipt) receipt.Expect {
			e := expect
			e.Task = [32]byte{0x01}
			return e
		}, receipt.ErrMismatch},
		{"seal from another program", func(c *receipt.CompositeReceipt) receipt.Expect {
			c.Segments[0].Seal = append([]byte(nil), hres.Receipt.Segments[0].Seal...)
			return expect
		}, receipt.ErrSeal},
		{"another program's receipt under its own family", func(c *receipt.CompositeReceipt) receipt.Expect {
			c.Segments[0] = hres.Receipt.Segments[0]
			return expect
		}, receipt.ErrMismatch},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := clone(r.res.Receipt)
			exp := tc.mutate(c)
			err := c.Verify(st, exp)
			if err == nil {
				t.Fatal("verified")
			}
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
		})
	}
	// The untouched receipt still verifies (the cases worked on copies).
	if err := r.res.Receipt.Verify(st, expect); err != nil {
		t.Fatal(err)
	}
}

func TestHashchainProvesAcrossSegments(t *testing.T) {
	task := hashchain.Task{Seed: fr.NewElement(42), Steps: 10}
	sess, err := hashchain.Execute(task, 4)
	if err != nil {
		t.Fatal(err)
	}
	if len(sess.Segments) != 3 || sess.Segments[2].Size != 2 {
		t.Fatalf("10 steps by 4 gave %d segments", len(sess.Segments))
	}
	s := task.Seed
	for i := 0; i < 10; i++ {
		s = hashchain.Step(s)
	}
	if s != sess.Result {
		t.Fatal("executor result differs from the chain")
	}
	var calls int
	res, err := (&local.Prover{Store: store(t), Progress: func(done, total int, _ time.Duration) {
		calls++
		if total != 3 || done != calls {
			t.Errorf("progress %d/%d at call %d", done, total, calls)
		}
	}}).Prove(context.Background(), &sess.Session)
	if err != nil {
		t.Fatal(err)
	}
	if calls != 3 {
		t.Fatalf("progress called %d times", calls)
	}
	// Claiming one step fewer (another task: another input digest, and a
	// different final state) must fail.
	short := hashchain.Expect(hashchain.Task{Seed: task.Seed, Steps: 9}, sess.Result, hashchain.Shape{Steps: 4})
	if err := res.Receipt.Verify(store(t), short); !errors.Is(err, receipt.ErrInitialState) {
		t.Fatalf("wrong step count: err = %v", err)
	}
	short.InputInitial, short.InputFinal = sess.Expect.InputInitial, sess.Expect.InputFinal
	if err := res.Receipt.Verify(store(t), short); !errors.Is(err, receipt.ErrFinalState) {
		t.Fatalf("wrong step count, same input digest: err = %v", err)
	}
	if _, err := hashchain.Execute(hashchain.Task{Steps: 0}, 4); !errors.Is(err, hashchain.ErrInput) {
		t.Fatalf("zero steps: %v", err)
	}
}

func TestProveCancelled(t *testing.T) {
	sess, err := hashchain.Execute(hashchain.Task{Seed: fr.NewElement(1), Steps: 8}, 4)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := (&local.Prover{Store: store(t), Workers: 1}).Prove(ctx, &sess.Session); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

// TestSegmentSizeNotAPowerOfTwo proves Iris at 40 samples a segment (a
// family of its own, set up once per machine in seconds): 150 samples in
// segments of 40, 40, 40 and 30 (the last padded), the predictions
// smartcore's, and the composite receipt verified for them. Sizes that
// fill a power-of-two domain need not be powers of two (prover/dtree's
// doc, "Circuit families").
func TestSegmentSizeNotAPowerOfTwo(t *testing.T) {
	r := provenIris(t) // the model and samples, as the s64 tests read them
	m, in := r.prog.Model, r.inputs
	p, err := dtree.Open(m, 40, programs.Bases{})
	if err != nil {
		t.Fatal(err)
	}
	if p.Shape.Name() != "dtree/v2/d6-n32-f4-s40" {
		t.Fatalf("family %s", p.Shape.Name())
	}
	sess, err := p.Execute(in)
	if err != nil {
		t.Fatal(err)
	}
	res, err := (&local.Prover{Store: store(t), Address: [20]byte{0xAA}, Task: irisTask}).Prove(context.Background(), &sess.Session)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(res.Receipt.Segments); n != 4 {
		t.Fatalf("150 samples at 40 a segment gave %d segments, want 4", n)
	}
	want := expected(t)
	exp, err := p.Expect(in, want)
	if err != nil {
		t.Fatal(err)
	}
	exp.Task = irisTask
	if err := res.Receipt.Verify(store(t), exp); err != nil {
		t.Fatalf("composite receipt at 40 samples a segment: %v", err)
	}
	// A wrong journal is refused.
	bad := append([]int(nil), want...)
	bad[149] = (bad[149] + 1) % 3
	if exp2, err := p.Expect(in, bad); err != nil {
		t.Fatal(err)
	} else if exp2.Task = irisTask; res.Receipt.Verify(store(t), exp2) == nil {
		t.Fatal("the receipt verified for a wrong last prediction")
	}
}
