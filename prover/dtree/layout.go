package dtree

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkpool/aoraki/prover/poseidon"
	"github.com/zkpool/aoraki/prover/tree"
)

// tables is a model laid out for a shape (see the package doc): per slot,
// whether it is a split, its feature (0 for a leaf) and its value (the
// quantised threshold of a split, the class of a leaf). Thr, Feat and
// Child are what the traversal reads (a leaf's threshold is its class, its
// feature the pseudo-feature Features, its child itself); Class is a
// leaf's class.
type tables struct {
	Split                   []bool
	Feat, Val               []uint64
	Thr, Child, Class, Look []uint64
}

func layout(m *tree.Model, q *Quantizer, s Shape) (*tables, error) {
	if len(m.Nodes) > s.Nodes {
		return nil, fmt.Errorf("%w: %d nodes, family holds %d", ErrShape, len(m.Nodes), s.Nodes)
	}
	t := &tables{Split: make([]bool, s.Nodes), Feat: make([]uint64, s.Nodes), Val: make([]uint64, s.Nodes),
		Thr: make([]uint64, s.Nodes), Child: make([]uint64, s.Nodes), Class: make([]uint64, s.Nodes), Look: make([]uint64, s.Nodes)}
	// Breadth-first, children of a split in adjacent slots: the left child
	// of the split in slot i is slot 1 + 2 × (splits in slots before i).
	slot := make([]int, 0, len(m.Nodes)) // slot -> model node
	slot = append(slot, 0)
	for i := 0; i < len(slot); i++ {
		n := m.Nodes[slot[i]]
		if n.Leaf {
			t.Val[i] = uint64(n.Class)
			continue
		}
		t.Split[i] = true
		t.Val[i] = uint64(q.Q(n.Feature, n.Threshold))
		t.Feat[i] = uint64(n.Feature)
		slot = append(slot, n.Left, n.Right)
	}
	splits := uint64(0)
	for i := range t.Split {
		if t.Split[i] {
			t.Thr[i], t.Look[i], t.Child[i] = t.Val[i], t.Feat[i], 1+2*splits
			splits++
		} else {
			// A leaf compares its class with the pseudo-feature (always
			// 0): it goes left, to itself, whatever the sample.
			t.Thr[i], t.Look[i], t.Child[i], t.Class[i] = t.Val[i], uint64(s.Features), uint64(i), t.Val[i]
		}
	}
	return t, nil
}

func (s Shape) modelTag() fr.Element   { return poseidon.Tag(s.Name() + "/model") }
func (s Shape) segmentTag() fr.Element { return poseidon.Tag(s.Name() + "/segment") }
func (s Shape) inputTag() fr.Element   { return poseidon.Tag(s.Name() + "/input") }

// InitialState is the state before the first sample, for every task: the
// start of both the state chain and the input chain.
func InitialState() fr.Element { return poseidon.Hash(poseidon.Tag("dtree/v1/initial"), nil) }

// modelHash is a dtree/v1 program id: the sponge of the quantisation
// digest and, per slot, the split bit with the feature (split + 2 ×
// feature, 9 bits) and the value (16 bits).
func (t *tables) modelHash(s Shape, qdigest fr.Element) fr.Element {
	var p poseidon.Packer
	p.AddElement(qdigest)
	for i := range t.Val {
		var split uint64
		if t.Split[i] {
			split = 1
		}
		p.Add(split+2*t.Feat[i], 9)
		p.Add(t.Val[i], 16)
	}
	return poseidon.Hash(s.modelTag(), p.Elements())
}

// values are what the program id commits to (Circuit.Model): the
// quantisation digest, then per slot the word the traversal reads,
// thr + 2^32 look + 2^64 child (below 2^81).
func (t *tables) values(qdigest fr.Element) []fr.Element {
	out := make([]fr.Element, 1+len(t.Thr))
	out[0] = qdigest
	for i := range t.Thr {
		var look, child fr.Element
		look.SetUint64(t.Look[i])
		look.Mul(&look, &frTwo32)
		child.SetUint64(t.Child[i])
		child.Mul(&child, &frTwo64)
		out[1+i].SetUint64(t.Thr[i])
		out[1+i].Add(&out[1+i], &look).Add(&out[1+i], &child)
	}
	return out
}

var frTwo32, frTwo64 = frPow2(32), frPow2(64)

func frPow2(n int) fr.Element {
	var e fr.Element
	e.SetBigInt(new(big.Int).Lsh(big.NewInt(1), uint(n)))
	return e
}

// segmentState folds one segment's predictions into the state chain; pv
// as in the package doc (padding slots 0).
func (s Shape) segmentState(state fr.Element, pv []uint64) fr.Element {
	var p poseidon.Packer
	p.AddElement(state)
	for i := 0; i < s.SegmentSize; i++ {
		var v uint64
		if i < len(pv) {
			v = pv[i]
		}
		p.Add(v, 17)
	}
	return poseidon.Hash(s.segmentTag(), p.Elements())
}

// inputState folds one segment's samples into the input chain. x holds the
// segment's real rows of Features values; padding rows are zero with
// valid = 0.
func (s Shape) inputState(state fr.Element, x [][]uint16) fr.Element {
	var p poseidon.Packer
	p.AddElement(state)
	for i := 0; i < s.SegmentSize; i++ {
		for f := 0; f < s.Features; f++ {
			var v uint16
			if i < len(x) && f < len(x[i]) {
				v = x[i][f]
			}
			p.Add(uint64(v), 16)
		}
		var valid uint64
		if i < len(x) {
			valid = 1
		}
		p.Add(valid, 1)
	}
	return poseidon.Hash(s.inputTag(), p.Elements())
}
