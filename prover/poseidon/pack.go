package poseidon

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
)

// Packer accumulates values of declared bit widths into field elements.
// The layout depends only on the sequence of widths, so the native and the
// circuit packers agree when fed the same widths in the same order.
type Packer struct {
	elems []fr.Element
	cur   big.Int
	used  int
	open  bool
}

// Add appends v, which must be below 2^bits.
func (p *Packer) Add(v uint64, bits int) {
	if bits <= 0 || bits > 64 || (bits < 64 && v>>uint(bits) != 0) {
		panic(fmt.Sprintf("poseidon: value %d does not fit %d bits", v, bits))
	}
	if p.open && p.used+bits > ElementBits {
		p.flush()
	}
	var x big.Int
	x.SetUint64(v)
	x.Lsh(&x, uint(p.used))
	p.cur.Or(&p.cur, &x)
	p.used += bits
	p.open = true
}

// AddElement appends a whole field element, which occupies an element of
// its own.
func (p *Packer) AddElement(e fr.Element) {
	if p.open {
		p.flush()
	}
	p.elems = append(p.elems, e)
}

func (p *Packer) flush() {
	var e fr.Element
	e.SetBigInt(&p.cur)
	p.elems = append(p.elems, e)
	p.cur.SetInt64(0)
	p.used = 0
	p.open = false
}

// Elements closes the packer and returns the packed elements.
func (p *Packer) Elements() []fr.Element {
	if p.open {
		p.flush()
	}
	return p.elems
}

// CircuitPacker is Packer in circuit: packing is a linear combination, so it
// costs no constraints.
type CircuitPacker struct {
	api   frontend.API
	elems []frontend.Variable
	cur   frontend.Variable
	used  int
}

// NewCircuitPacker returns an empty packer for api.
func NewCircuitPacker(api frontend.API) *CircuitPacker {
	return &CircuitPacker{api: api}
}

// Add appends v; the caller must have range-checked v to bits.
func (p *CircuitPacker) Add(v frontend.Variable, bits int) {
	if p.cur != nil && p.used+bits > ElementBits {
		p.flush()
	}
	var shift big.Int
	shift.Lsh(big.NewInt(1), uint(p.used))
	term := p.api.Mul(v, &shift)
	if p.cur == nil {
		p.cur = term
	} else {
		p.cur = p.api.Add(p.cur, term)
	}
	p.used += bits
}

// AddElement appends a whole field element.
func (p *CircuitPacker) AddElement(v frontend.Variable) {
	if p.cur != nil {
		p.flush()
	}
	p.elems = append(p.elems, v)
}

func (p *CircuitPacker) flush() {
	p.elems = append(p.elems, p.cur)
	p.cur = nil
	p.used = 0
}

// Elements closes the packer and returns the packed elements.
func (p *CircuitPacker) Elements() []frontend.Variable {
	if p.cur != nil {
		p.flush()
	}
	return p.elems
}
