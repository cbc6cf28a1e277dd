package poseidon

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	p2 "github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
	"github.com/consensys/gnark/frontend"
	cp2 "github.com/consensys/gnark/std/permutation/poseidon2"

	"github.com/zkpool/aoraki/prover/bside"
)

// Sponge parameters (Poseidon2 paper, BN254, alpha = 5, t = 16).
const (
	Width         = 16
	Rate          = Width - 1
	FullRounds    = 8
	PartialRounds = 57
	// ElementBits is how many bits Packer puts in one field element.
	ElementBits = 252
)

var (
	perm16 = p2.NewPermutation(Width, FullRounds, PartialRounds)
	perm2  = p2.NewDefaultPermutation()
)

// Tag derives a domain tag (a field element) from a label such as
// "dtree/v1/segment/d8-n32-f4-s64".
func Tag(label string) fr.Element {
	var e fr.Element
	e.SetBytes([]byte(label)) // reduced mod r; labels are short
	return e
}

// Hash absorbs elems into a fresh sponge whose capacity lane holds tag and
// returns the first rate lane.
func Hash(tag fr.Element, elems []fr.Element) fr.Element {
	var st [Width]fr.Element
	st[0] = tag
	for off := 0; off == 0 || off < len(elems); off += Rate {
		for i := 0; i < Rate && off+i < len(elems); i++ {
			st[1+i].Add(&st[1+i], &elems[off+i])
		}
		if err := perm16.Permutation(st[:]); err != nil {
			panic(err) // width is fixed: cannot happen
		}
	}
	return st[1]
}

// Compress is the width-2 Merkle–Damgård compression perm(l, r)[1] + r.
func Compress(l, r fr.Element) fr.Element {
	x := [2]fr.Element{l, r}
	if err := perm2.Permutation(x[:]); err != nil {
		panic(err)
	}
	x[1].Add(&x[1], &r)
	return x[1]
}

// Circuit is the in-circuit counterpart of Hash and Compress.
type Circuit struct {
	api    frontend.API
	wide   *cp2.Permutation
	narrow *cp2.Permutation
}

// NewCircuit prepares both permutations for api.
func NewCircuit(api frontend.API) (*Circuit, error) { return newCircuit(api, api) }

// newCircuit builds the wide permutation on wideAPI, the narrow on api.
func newCircuit(api, wideAPI frontend.API) (*Circuit, error) {
	wide, err := cp2.NewPoseidon2FromParameters(wideAPI, Width, FullRounds, PartialRounds)
	if err != nil {
		return nil, fmt.Errorf("poseidon2 width %d: %w", Width, err)
	}
	narrow, err := cp2.NewPoseidon2(api)
	if err != nil {
		return nil, fmt.Errorf("poseidon2 width 2: %w", err)
	}
	return &Circuit{api: api, wide: wide, narrow: narrow}, nil
}

// NewPlacedCircuit is NewCircuit whose wide permutation writes each
// S-box's last multiplication, x⁴·x, with x in Groth16's B matrix instead
// of x⁴ (package bside): the same hash and constraint count, a full-size
// wire fewer in B per S-box. Only the dtree/v2 families use it: the join
// and hashchain circuits keep NewCircuit, whose constraint systems (and
// their setups) it would change.
func NewPlacedCircuit(api frontend.API) (*Circuit, error) {
	return newCircuit(api, placedAPI{api, bside.New(api)})
}

// placedAPI is api with Mul of two factors written by bside.
type placedAPI struct {
	frontend.API
	w *bside.Writer
}

func (a placedAPI) Mul(i1, i2 frontend.Variable, in ...frontend.Variable) frontend.Variable {
	if len(in) > 0 {
		return a.API.Mul(i1, i2, in...)
	}
	return a.w.Mul(i1, i2)
}

// Hash is Hash in circuit.
func (c *Circuit) Hash(tag fr.Element, elems []frontend.Variable) (frontend.Variable, error) {
	st := make([]frontend.Variable, Width)
	var t big.Int
	tag.BigInt(&t)
	st[0] = t
	for i := 1; i < Width; i++ {
		st[i] = 0
	}
	for off := 0; off == 0 || off < len(elems); off += Rate {
		for i := 0; i < Rate && off+i < len(elems); i++ {
			st[1+i] = c.api.Add(st[1+i], elems[off+i])
		}
		if err := c.wide.Permutation(st); err != nil {
			return nil, err
		}
	}
	return st[1], nil
}

// Compress is Compress in circuit.
func (c *Circuit) Compress(l, r frontend.Variable) frontend.Variable {
	return c.narrow.Compress(l, r)
}
