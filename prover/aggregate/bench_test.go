package aggregate

import (
	"fmt"
	"math/big"
	"os"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"

	"github.com/zkpool/aoraki/prover/hashchain"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/setup"
)

// toyFamily is committedSegment as a family: a program circuit with one
// commitment, the shape of dtree's.
type toyFamily struct{}

func (toyFamily) Name() string              { return "toy/v1/committed" }
func (toyFamily) Circuit() frontend.Circuit { return &committedSegment{} }

func report(b *testing.B, p phase) {
	b.ReportMetric(p.secs, p.name+"-s")
	b.ReportMetric(p.cpu, p.name+"-cpu-s")
	b.ReportMetric(p.mb, p.name+"-peakMB")
	fmt.Fprintf(os.Stderr, "%s: %s %.1fs wall %.1fs cpu, peak RSS %.0f MB\n", b.Name(), p.name, p.secs, p.cpu, p.mb)
}

// ensure sets up (or, when the store already holds them, loads) f's
// artifacts in the shared store, reporting which it did: run with an empty
// ZKPOOL_SETUP_DIR for setup figures.
func ensure(b *testing.B, st *setup.Store, f setup.Family) *setup.Artifacts {
	name := "load"
	if _, err := st.Manifest(f.Name()); err != nil {
		name = "setup"
	}
	var a *setup.Artifacts
	p := measure(name, func() {
		var err error
		if a, err = st.Ensure(f); err != nil {
			b.Fatal(err)
		}
	})
	report(b, p)
	b.ReportMetric(float64(a.Manifest.Constraints), "constraints")
	b.ReportMetric(float64(a.PKSize)/1e6, "pk-MB")
	fmt.Fprintf(os.Stderr, "%s: %d constraints, pk %d B, vk %d B, ccs %d B\n", b.Name(), a.Manifest.Constraints, a.PKSize, a.VKSize, a.CCSSize)
	return a
}

// BenchmarkJoin measures the aggregation jobs of the chosen path on this
// machine: the leaf join of hashchain segments (no commitment) and the
// node join, each set up (or loaded), then proven over real children; and
// the compile-only size of the leaf join of a committed family (dtree's
// shape). Setup runs once per store: for setup figures run
//
//	ZKPOOL_AGGREGATE_FULL=1 ZKPOOL_SETUP_DIR=$(mktemp -d) go test -run '^$' -bench Join -benchtime 1x ./prover/aggregate/
func BenchmarkJoin(b *testing.B) {
	needFull(b)
	st, err := setup.Open(setup.DefaultDir(), os.Stderr)
	if err != nil {
		b.Fatal(err)
	}
	var seed fr.Element
	seed.SetUint64(7)
	sess, err := hashchain.Execute(hashchain.Task{Seed: seed, Steps: 4}, 1)
	if err != nil {
		b.Fatal(err)
	}
	seg, err := st.Ensure(sess.Family)
	if err != nil {
		b.Fatal(err)
	}
	task := [32]byte{0xbe}
	var segs []receipt.SegmentReceipt
	for i, s := range sess.Segments {
		r := receipt.SegmentReceipt{Claim: s.Claim, Task: task, Prover: [20]byte{byte(i)}, Price: big.NewInt(1)}
		if r.Seal, err = proveSegment(seg, &r, s.Witness); err != nil {
			b.Fatal(err)
		}
		segs = append(segs, r)
	}
	leafFam, err := NewLeaf(seg.Manifest.Family, seg.VK)
	if err != nil {
		b.Fatal(err)
	}
	var leaf, node *setup.Artifacts
	aggs := aggregatorsOf(len(segs))
	var joins []*Join
	var keys receipt.Digest
	b.Run("leaf", func(b *testing.B) {
		leaf = ensure(b, st, leafFam)
		for i := 0; i < 2; i++ {
			in := LeafInput{Task: task, Aggregator: aggs[i], Family: seg.Manifest.Family, SegmentKey: seg.VK, Keys: keys, First: &segs[2*i], Second: &segs[2*i+1]}
			if i == 1 {
				in.BindIn = joins[0].Statement.BindOut
			}
			a, s, err := LeafAssignment(in)
			if err != nil {
				b.Fatal(err)
			}
			j := &Join{Kind: KindLeaf, Statement: s}
			p := measure("prove", func() {
				if j.Seal, err = Prove(leaf.CCS, leaf.PK, a); err != nil {
					b.Fatal(err)
				}
			})
			if i == 0 {
				report(b, p)
			}
			joins = append(joins, j)
		}
	})
	if leaf == nil {
		return
	}
	b.Run("node", func(b *testing.B) {
		node = ensure(b, st, Node{})
		// The leaves above were proven before the node key existed: redo
		// their statements' key set (a real tree knows both keys first).
		ld, err := KeyDigest(leaf.VK)
		if err != nil {
			b.Fatal(err)
		}
		nd, err := KeyDigest(node.VK)
		if err != nil {
			b.Fatal(err)
		}
		if keys, err = KeySet(ld, nd); err != nil {
			b.Fatal(err)
		}
		joins = joins[:0]
		for i := 0; i < 2; i++ {
			in := LeafInput{Task: task, Aggregator: aggs[i], Family: seg.Manifest.Family, SegmentKey: seg.VK, Keys: keys, First: &segs[2*i], Second: &segs[2*i+1]}
			if i == 1 {
				in.BindIn = joins[0].Statement.BindOut
			}
			a, s, err := LeafAssignment(in)
			if err != nil {
				b.Fatal(err)
			}
			j := &Join{Kind: KindLeaf, Statement: s}
			if j.Seal, err = Prove(leaf.CCS, leaf.PK, a); err != nil {
				b.Fatal(err)
			}
			joins = append(joins, j)
		}
		a, s, err := NodeAssignment(NodeInput{LeafKey: leaf.VK, NodeKey: node.VK, Left: joins[0], Right: joins[1], Task: task, Aggregator: aggs[2]})
		if err != nil {
			b.Fatal(err)
		}
		root := &Join{Kind: KindNode, Statement: s}
		report(b, measure("prove", func() {
			if root.Seal, err = Prove(node.CCS, node.PK, a); err != nil {
				b.Fatal(err)
			}
		}))
		joins = append(joins, root)
	})
	if node == nil {
		return
	}
	b.Run("wrap", func(b *testing.B) {
		wrap := ensure(b, st, Wrap{})
		root := joins[len(joins)-1]
		a, s, err := WrapAssignment(WrapInput{LeafKey: leaf.VK, NodeKey: node.VK, Root: root, Task: task, Aggregator: aggs[3]})
		if err != nil {
			b.Fatal(err)
		}
		w := &Join{Kind: KindWrap, Statement: s}
		report(b, measure("prove", func() {
			if w.Seal, err = ProveRoot(wrap.CCS, wrap.PK, a); err != nil {
				b.Fatal(err)
			}
		}))
		payees := make([]Payee, len(segs))
		for i := range segs {
			payees[i] = Payee{Prover: segs[i].Prover, Price: segs[i].Price}
		}
		r, err := NewReceipt(task, seg.Manifest.Family, w, payees, aggs)
		if err != nil {
			b.Fatal(err)
		}
		want := sess.Expect
		want.Task = task
		report(b, measure("verify", func() {
			if err := r.Verify(mapKeys{LeafName(seg.Manifest.Family): leaf.VK, NodeName: node.VK, WrapName: wrap.VK}, want); err != nil {
				b.Fatal(err)
			}
		}))
	})
	b.Run("leaf-committed", func(b *testing.B) {
		toy, err := st.Ensure(toyFamily{})
		if err != nil {
			b.Fatal(err)
		}
		f, err := NewLeaf(toy.Manifest.Family, toy.VK)
		if err != nil {
			b.Fatal(err)
		}
		var n int
		report(b, measure("compile", func() {
			ccs, err := setup.Compile(f)
			if err != nil {
				b.Fatal(err)
			}
			n = ccs.GetNbConstraints()
		}))
		b.ReportMetric(float64(n), "constraints")
		fmt.Fprintf(os.Stderr, "%s: %d constraints\n", b.Name(), n)
	})
}
