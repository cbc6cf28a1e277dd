package task

import (
	"errors"
	"io"
	"math"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"google.golang.org/protobuf/proto"

	pb "github.com/zkpool/aoraki/protocol/market"
	"github.com/zkpool/aoraki/prover/dtree"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/setup"
	"github.com/zkpool/aoraki/prover/tree"
)

func iris(t *testing.T) (*tree.Model, [][]float64) {
	m, err := tree.LoadModel("../tree/testdata/smartcore-iris/tree_model.msgpack")
	if err != nil {
		t.Fatal(err)
	}
	in, err := tree.LoadInputs("../tree/testdata/smartcore-iris/iris_input_data.csv", 4)
	if err != nil {
		t.Fatal(err)
	}
	return m, in
}

// bases is a setup store holding the Iris families at 16 and 32 samples
// a segment (one shared per test binary: their setups take a second).
func bases(t *testing.T) *setup.Store {
	t.Helper()
	basesOnce.Do(func() {
		st, err := setup.Open(setup.DefaultDir(), io.Discard) // the cache every test shares
		if err == nil {
			for _, seg := range []int{16, 32} {
				if _, err = st.Ensure(dtree.Shape{Depth: 6, Nodes: 32, Features: 4, SegmentSize: seg}); err != nil {
					break
				}
			}
		}
		basesStore, basesErr = st, err
	})
	if basesErr != nil {
		t.Fatal(basesErr)
	}
	return basesStore
}

var (
	basesOnce  sync.Once
	basesStore *setup.Store
	basesErr   error
)

func TestDtreeRoundTrip(t *testing.T) {
	m, in := iris(t)
	b, err := NewDtree(m, in, 32)
	if err != nil {
		t.Fatal(err)
	}
	tk, err := Open(b, bases(t))
	if err != nil {
		t.Fatal(err)
	}
	if tk.Segments() != 5 || tk.Family() != "dtree/v2/d6-n32-f4-s32" {
		t.Fatalf("%d segments, family %s", tk.Segments(), tk.Family())
	}
	sess, j, err := tk.Execute()
	if err != nil {
		t.Fatal(err)
	}
	if len(sess.Segments) != 5 || len(j.Predictions) != 150 || j.Predictions[149] != 2 {
		t.Fatalf("session %d segments, %d predictions", len(sess.Segments), len(j.Predictions))
	}
	exp, err := tk.Expect(j)
	if err != nil {
		t.Fatal(err)
	}
	if exp != sess.Expect || exp.ProgramID != tk.ProgramID() {
		t.Fatalf("verifier's expectation %+v differs from the executor's %+v", exp, sess.Expect)
	}
	j.Predictions[3] = 1
	if exp2, _ := tk.Expect(j); exp2.Final == exp.Final {
		t.Fatal("a changed journal kept the final state")
	}
}

func TestHashchainRoundTrip(t *testing.T) {
	b, err := NewHashchain(fr.NewElement(5), 9, 4)
	if err != nil {
		t.Fatal(err)
	}
	tk, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	sess, j, err := tk.Execute()
	if err != nil {
		t.Fatal(err)
	}
	exp, _ := tk.Expect(j)
	if tk.Segments() != 3 || exp != sess.Expect {
		t.Fatalf("segments %d, expect %+v vs %+v", tk.Segments(), exp, sess.Expect)
	}
}

func TestDecodeRefusesBadInput(t *testing.T) {
	m, in := iris(t)
	good, _ := NewDtree(m, in[:4], 8)
	edit := func(f func(*pb.TaskInput)) []byte {
		var x pb.TaskInput
		if err := proto.Unmarshal(good, &x); err != nil {
			t.Fatal(err)
		}
		f(&x)
		b, _ := proto.Marshal(&x)
		return b
	}
	cases := map[string][]byte{
		"garbage":        []byte{0xff, 0xff, 0xff},
		"version":        edit(func(x *pb.TaskInput) { x.Version = 9 }),
		"program":        edit(func(x *pb.TaskInput) { x.Program = "sha256" }),
		"model":          edit(func(x *pb.TaskInput) { x.Model = []byte("{}") }),
		"feature count":  edit(func(x *pb.TaskInput) { x.Features = 3 }),
		"ragged samples": edit(func(x *pb.TaskInput) { x.Samples = x.Samples[:5] }),
		"no samples":     edit(func(x *pb.TaskInput) { x.Samples = nil }),
		"NaN":            edit(func(x *pb.TaskInput) { x.Samples[2] = math.NaN() }),
		"segment size":   edit(func(x *pb.TaskInput) { x.SegmentSize = 3 }),
		"hashchain seed": edit(func(x *pb.TaskInput) {
			x.Program = Hashchain
			x.Seed = make([]byte, 33)
			x.Steps = 1
			x.SegmentSize = 1
		}),
		"zero steps": edit(func(x *pb.TaskInput) { x.Program = Hashchain; x.Seed = make([]byte, 32); x.SegmentSize = 1 }),
	}
	for name, b := range cases {
		if _, err := Decode(b); !errors.Is(err, ErrInput) && !errors.Is(err, ErrUnknownProgram) {
			t.Errorf("%s: err = %v", name, err)
		}
	}
}

func FuzzDecode(f *testing.F) {
	b, _ := NewHashchain(fr.NewElement(1), 3, 2)
	f.Add(b)
	f.Fuzz(func(t *testing.T, data []byte) {
		tk, err := Decode(data)
		if err != nil {
			return
		}
		if tk.Segments() < 1 {
			t.Fatal("a decoded task has no segments")
		}
	})
}

func TestNodeChosenSegmentSize(t *testing.T) {
	m, in := iris(t)
	b, err := NewDtree(m, in, 0)
	if err != nil {
		t.Fatal(err)
	}
	tk, err := Open(b, bases(t))
	if err != nil {
		t.Fatal(err)
	}
	if tk.Sized() || tk.Segments() != 0 {
		t.Fatal("an input without a segment size decoded as sized")
	}
	if _, _, err := tk.Execute(); !errors.Is(err, ErrUnsized) {
		t.Fatalf("executing an unsized task: %v", err)
	}
	s32, err := tk.WithSegmentSize(32)
	if err != nil {
		t.Fatal(err)
	}
	if s32.Segments() != 5 || s32.Family() != "dtree/v2/d6-n32-f4-s32" {
		t.Fatalf("%d segments, %s", s32.Segments(), s32.Family())
	}
	back, err := tk.Resolve(s32.ProgramID())
	if err != nil || back.Input.SegmentSize != 32 {
		t.Fatalf("resolve: %v, size %d", err, back.Input.SegmentSize)
	}
	if _, err := tk.Resolve(receipt.Digest{1}); !errors.Is(err, ErrInput) {
		t.Fatalf("resolving a foreign program id: %v", err)
	}
	if _, err := s32.Resolve(receipt.Digest{1}); !errors.Is(err, ErrInput) {
		t.Fatalf("a sized task resolved to another program: %v", err)
	}
	// A size whose family is not the network's has no program id.
	b32, err := bases(t).Basis(s32.Family(), dtree.ModelWords(s32.Dtree.Shape))
	if err != nil {
		t.Fatal(err)
	}
	only32, err := Open(b, BasisMap{s32.Family(): b32})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := only32.WithSegmentSize(64); !errors.Is(err, ErrNoFamily) {
		t.Fatalf("a size without its family's basis: %v", err)
	}
	if back, err := only32.Resolve(s32.ProgramID()); err != nil || back.Input.SegmentSize != 32 {
		t.Fatalf("resolve among the network's sizes: %v", err)
	}
	d, _ := Decode(b)
	if _, err := d.WithSegmentSize(32); !errors.Is(err, dtree.ErrUnbound) {
		t.Fatalf("a decoded task without bases took a size: %v", err)
	}
	hc, _ := NewHashchain(fr.NewElement(1), 4, 2)
	h, _ := Decode(hc)
	if _, err := h.WithSegmentSize(8); !errors.Is(err, ErrInput) {
		t.Fatal("a hashchain task took a node-chosen size")
	}
}
