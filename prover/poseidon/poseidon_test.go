package poseidon

import (
	"fmt"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/test"
)

type hashCircuit struct {
	In       []frontend.Variable
	Small    []frontend.Variable
	Out      frontend.Variable `gnark:",public"`
	Packed   frontend.Variable `gnark:",public"`
	Compress frontend.Variable `gnark:",public"`
	tag      fr.Element
	widths   []int
	placed   bool // NewPlacedCircuit
}

func (c *hashCircuit) Define(api frontend.API) error {
	h, err := NewCircuit(api)
	if c.placed {
		h, err = NewPlacedCircuit(api)
	}
	if err != nil {
		return err
	}
	got, err := h.Hash(c.tag, c.In)
	if err != nil {
		return err
	}
	api.AssertIsEqual(got, c.Out)

	p := NewCircuitPacker(api)
	for i, v := range c.Small {
		if i == 3 {
			p.AddElement(c.In[0])
		}
		p.Add(v, c.widths[i])
	}
	packed, err := h.Hash(c.tag, p.Elements())
	if err != nil {
		return err
	}
	api.AssertIsEqual(packed, c.Packed)
	api.AssertIsEqual(h.Compress(c.In[0], c.Small[0]), c.Compress)
	return nil
}

func TestNativeMatchesCircuit(t *testing.T) {
	tag := Tag("test/v1")
	for _, n := range []int{1, 14, 15, 16, 31, 40} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			in := make([]fr.Element, n)
			for i := range in {
				in[i].SetUint64(uint64(7*i + 1))
			}
			widths := []int{16, 16, 5, 64, 17, 60, 1, 16}
			small := []uint64{65535, 1, 31, 1<<63 + 5, 99999, 12345, 1, 7}
			var p Packer
			for i, v := range small {
				if i == 3 {
					p.AddElement(in[0])
				}
				p.Add(v, widths[i])
			}
			var smallFr fr.Element
			smallFr.SetUint64(small[0])

			c := &hashCircuit{In: make([]frontend.Variable, n), Small: make([]frontend.Variable, len(small)), tag: tag, widths: widths}
			a := &hashCircuit{In: make([]frontend.Variable, n), Small: make([]frontend.Variable, len(small))}
			for i := range in {
				a.In[i] = in[i]
			}
			for i := range small {
				a.Small[i] = small[i]
			}
			a.Out = Hash(tag, in)
			a.Packed = Hash(tag, p.Elements())
			a.Compress = Compress(in[0], smallFr)
			if err := test.IsSolved(c, a, ecc.BN254.ScalarField()); err != nil {
				t.Fatalf("native and circuit disagree: %v", err)
			}
			// A wrong digest must not satisfy the circuit.
			bad := *a
			var one fr.Element
			one.SetOne()
			out := a.Out.(fr.Element)
			out.Add(&out, &one)
			bad.Out = out
			if err := test.IsSolved(c, &bad, ecc.BN254.ScalarField()); err == nil {
				t.Fatal("circuit accepted a wrong digest")
			}
			// The placed permutation, as an R1CS (the test engine cannot
			// place): the same digests, as many constraints.
			var counts [2]int
			for i, placed := range []bool{false, true} {
				pc := *c
				pc.placed = placed
				ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &pc)
				if err != nil {
					t.Fatal(err)
				}
				counts[i] = ccs.GetNbConstraints()
				for _, x := range []*hashCircuit{a, &bad} {
					w, err := frontend.NewWitness(x, ecc.BN254.ScalarField())
					if err != nil {
						t.Fatal(err)
					}
					if _, err := ccs.Solve(w); (err == nil) != (x == a) {
						t.Fatalf("placed %v, honest %v: solve err = %v", placed, x == a, err)
					}
				}
			}
			if counts[0] != counts[1] {
				t.Fatalf("placed permutation: %d constraints, not %d", counts[1], counts[0])
			}
		})
	}
}

func TestHashDomainSeparation(t *testing.T) {
	e := []fr.Element{fr.NewElement(1)}
	if Hash(Tag("a"), e) == Hash(Tag("b"), e) {
		t.Fatal("different tags gave the same hash")
	}
	// Zero padding is covered by the tag naming the length; but distinct
	// non-padded inputs must differ.
	if Hash(Tag("a"), e) == Hash(Tag("a"), []fr.Element{fr.NewElement(2)}) {
		t.Fatal("different inputs gave the same hash")
	}
}

func TestPackerLayout(t *testing.T) {
	var p Packer
	for i := 0; i < 16; i++ {
		p.Add(uint64(i), 16) // 15 fit in 252 bits, the 16th opens a new element
	}
	els := p.Elements()
	if len(els) != 2 {
		t.Fatalf("got %d elements, want 2", len(els))
	}
	if els[1] != fr.NewElement(15) {
		t.Fatalf("second element = %s, want 15", els[1].String())
	}
	defer func() {
		if recover() == nil {
			t.Fatal("Add accepted a value wider than its bits")
		}
	}()
	p.Add(1<<16, 16)
}
